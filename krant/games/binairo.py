"""Binairo (takuzu): a grid of zeros and ones, generated with one solution that logic alone reaches.

A grid is a string of SIZE * SIZE characters, row by row: '0', '1', or '.' for an empty cell. The rules:
never three of the same next to each other in a row or column; as many zeros as ones in every row and
column; no two rows the same, nor two columns.

`deduce` is how a person solves it: a pair or a gap decides its neighbours (00. -> 001, 0.0 -> 010), a line
with its half of one digit gets the other in its empty cells, and a line two cells short of a finished line
must not become its copy. The generator removes givens in a seeded random order while `deduce` still finishes
the grid (so no guessing is ever needed), and `count_solutions` proves every stored puzzle unique.
"""

import random
from dataclasses import dataclass

SIZE = 10
HALF = SIZE // 2
LINES = [[r * SIZE + c for c in range(SIZE)] for r in range(SIZE)] + [
    [r * SIZE + c for r in range(SIZE)] for c in range(SIZE)
]
ROW_LINES, COL_LINES = LINES[:SIZE], LINES[SIZE:]
MAX_ATTEMPTS = 40


class Contradiction(Exception):
    pass


def parse(grid: str) -> list[int]:
    return [int(ch) if ch in "01" else -1 for ch in grid]


def render(cells: list[int]) -> str:
    return "".join("." if v < 0 else str(v) for v in cells)


def breaks_rules(cells: list[int]) -> bool:
    """Return whether the filled cells break a rule: three alike in a row, too many of one, a copied line."""
    complete = {True: set(), False: set()}
    for n, line in enumerate(LINES):
        values = [cells[i] for i in line]
        if values.count(0) > HALF or values.count(1) > HALF:
            return True
        for k in range(SIZE - 2):
            if values[k] >= 0 and values[k] == values[k + 1] == values[k + 2]:
                return True
        if -1 not in values:
            seen = complete[n < SIZE]
            if tuple(values) in seen:
                return True
            seen.add(tuple(values))
    return False


def is_valid_solution(grid: str) -> bool:
    return len(grid) == SIZE * SIZE and set(grid) <= {"0", "1"} and not breaks_rules(parse(grid))


def deduce(cells: list[int]) -> bool:
    """Fill what the rules force, in place, until nothing more follows; return whether anything was filled.

    Raise Contradiction when the cells cannot be completed by the rules.
    """
    progress = False
    changed = True
    while changed:
        changed = False
        if breaks_rules(cells):
            raise Contradiction
        for line in LINES:
            values = [cells[i] for i in line]
            # Pairs and gaps: two of a kind decide the third cell of any three in a row.
            for k in range(SIZE - 2):
                window = values[k : k + 3]
                if window.count(-1) == 1:
                    known = [v for v in window if v >= 0]
                    if known[0] == known[1]:
                        gap = k + window.index(-1)
                        cells[line[gap]] = values[gap] = 1 - known[0]
                        changed = True
            # Counts: a line with its half of one digit is the other digit elsewhere.
            for digit in (0, 1):
                if values.count(digit) == HALF and -1 in values:
                    for k, i in enumerate(line):
                        if values[k] < 0:
                            cells[i] = 1 - digit
                            values[k] = 1 - digit
                    changed = True
        if not changed:
            changed = _no_copies(cells)
        progress = progress or changed
    return progress


def _no_copies(cells: list[int]) -> bool:
    """A line two cells short, one of each to place, that would copy a finished line takes the other order."""
    for group in (ROW_LINES, COL_LINES):
        finished = [[cells[i] for i in line] for line in group if all(cells[i] >= 0 for i in line)]
        for line in group:
            open_spots = [k for k, i in enumerate(line) if cells[line[k]] < 0]
            if len(open_spots) != 2:
                continue
            values = [cells[i] for i in line]
            if values.count(0) != HALF - 1:
                continue
            for done in finished:
                if all(values[k] == done[k] for k in range(SIZE) if k not in open_spots):
                    a, b = open_spots
                    cells[line[a]], cells[line[b]] = 1 - done[a], 1 - done[b]
                    return True
    return False


def solve_logically(grid: str) -> str | None:
    """Return the grid filled by deduction alone, or None when deduction stops short or contradicts."""
    cells = parse(grid)
    try:
        deduce(cells)
    except Contradiction:
        return None
    if -1 in cells or breaks_rules(cells):
        return None
    return render(cells)


def count_solutions(grid: str, limit: int = 2) -> int:
    """Count the solutions of `grid`, stopping at `limit`: deduction, then a guess at the first empty cell."""
    found = 0

    def search(cells: list[int]) -> bool:
        nonlocal found
        try:
            deduce(cells)
        except Contradiction:
            return False
        if -1 not in cells:
            if breaks_rules(cells):
                return False
            found += 1
            return found >= limit
        spot = cells.index(-1)
        for digit in (0, 1):
            trial = cells[:]
            trial[spot] = digit
            if search(trial):
                return True
        return False

    cells = parse(grid)
    if breaks_rules(cells):
        return 0
    search(cells)
    return found


def full_grid(rng: random.Random) -> str:
    """Return a random complete grid that keeps every rule: a search that tries 0 and 1 in a seeded order."""

    def search(cells: list[int]) -> list[int] | None:
        try:
            deduce(cells)
        except Contradiction:
            return None
        if -1 not in cells:
            return None if breaks_rules(cells) else cells
        spot = cells.index(-1)
        digits = [0, 1]
        rng.shuffle(digits)
        for digit in digits:
            trial = cells[:]
            trial[spot] = digit
            result = search(trial)
            if result is not None:
                return result
        return None

    return render(search([-1] * (SIZE * SIZE)))


class GenerationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Puzzle:
    givens: str
    solution: str
    attempts: int

    @property
    def given_count(self) -> int:
        return sum(ch != "." for ch in self.givens)


def generate(seed: str) -> Puzzle:
    """Return the binairo for `seed` (the same every time): solvable by deduction, proven unique."""
    rng = random.Random(f"binairo:{seed}")  # noqa: S311 - a puzzle, not a secret: the same every time
    for attempt in range(1, MAX_ATTEMPTS + 1):
        solution = full_grid(rng)
        cells = list(solution)
        order = list(range(SIZE * SIZE))
        rng.shuffle(order)
        for i in order:
            kept, cells[i] = cells[i], "."
            if solve_logically("".join(cells)) != solution:
                cells[i] = kept
        givens = "".join(cells)
        if count_solutions(givens) == 1:
            return Puzzle(givens=givens, solution=solution, attempts=attempt)
    raise GenerationError(f"no binairo for {seed} in {MAX_ATTEMPTS} attempts")
