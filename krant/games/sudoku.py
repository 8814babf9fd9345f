"""Sudoku: a solver that counts solutions, a logical solver that grades, and a deterministic generator.

A grid is a string of 81 characters, row by row: '1'-'9' for a digit, '.' for an empty cell.

Difficulty is the hardest technique a person needs, found by a logical solver that always takes the
easiest step available (tiers below); the generator removes givens in a seeded random order, keeping a
removal only while the puzzle stays unique and within its level's tiers:

- makkelijk: singles only (tier 1: naked and hidden singles), and at least 32 givens;
- gemiddeld: needs tier 2 at least once (locked candidates, naked and hidden pairs), nothing harder;
- moeilijk: needs more than tier 2: tier 3 (naked triples, X-wing) or, beyond that, trial (tier 4).

Every stored puzzle is proven unique by `count_solutions` (a complete search that stops at two).
"""

import random
from dataclasses import dataclass
from itertools import combinations

SIZE = 81
ALL = 0x3FE  # bits 1..9
DIGITS = "123456789"

ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [
    [(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)] for br in range(3) for bc in range(3)
]
UNITS = ROWS + COLS + BOXES
PEERS = [sorted({p for unit in UNITS if i in unit for p in unit} - {i}) for i in range(SIZE)]
ROW_OF = [i // 9 for i in range(SIZE)]
COL_OF = [i % 9 for i in range(SIZE)]
BOX_OF = [(i // 27) * 3 + (i % 9) // 3 for i in range(SIZE)]
BIT = {d: 1 << d for d in range(1, 10)}

TIER_NAMES = {
    1: "enkelingen",
    2: "paren en vergrendelde kandidaten",
    3: "drietallen en X-wing",
    4: "proberen",
}


def _bits(mask: int) -> list[int]:
    return [d for d in range(1, 10) if mask >> d & 1]


POP = [bin(mask).count("1") for mask in range(1 << 10)]


def _popcount(mask: int) -> int:
    return POP[mask]


def parse(grid: str) -> list[int]:
    return [int(ch) if ch in DIGITS else 0 for ch in grid]


def is_valid_solution(grid: str) -> bool:
    """Return whether `grid` is a complete grid that breaks no rule."""
    if len(grid) != SIZE or any(ch not in DIGITS for ch in grid):
        return False
    return all(len({grid[i] for i in unit}) == 9 for unit in UNITS)


def count_solutions(grid: str, limit: int = 2) -> int:
    """Count the solutions of `grid`, stopping at `limit`: a complete search, fewest candidates first."""
    cells = parse(grid)
    rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
    for i, d in enumerate(cells):
        if d:
            bit = BIT[d]
            if rows[ROW_OF[i]] & bit or cols[COL_OF[i]] & bit or boxes[BOX_OF[i]] & bit:
                return 0
            rows[ROW_OF[i]] |= bit
            cols[COL_OF[i]] |= bit
            boxes[BOX_OF[i]] |= bit
    empty = [i for i in range(SIZE) if not cells[i]]
    found = 0

    def search() -> bool:
        nonlocal found
        best, best_mask, best_count = -1, 0, 10
        for i in empty:
            if cells[i]:
                continue
            mask = ALL & ~(rows[ROW_OF[i]] | cols[COL_OF[i]] | boxes[BOX_OF[i]])
            count = _popcount(mask)
            if count < best_count:
                best, best_mask, best_count = i, mask, count
                if count <= 1:
                    break
        if best < 0:
            found += 1
            return found >= limit
        if best_count == 0:
            return False
        r, c, b = ROW_OF[best], COL_OF[best], BOX_OF[best]
        for d in _bits(best_mask):
            bit = BIT[d]
            cells[best] = d
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
            stop = search()
            rows[r] ^= bit
            cols[c] ^= bit
            boxes[b] ^= bit
            cells[best] = 0
            if stop:
                return True
        return False

    search()
    return found


def solve(grid: str) -> str | None:
    """Return the one solution of `grid`, or None when it has none or more than one."""
    if count_solutions(grid) != 1:
        return None
    return _first_solution(grid)


def _first_solution(grid: str) -> str | None:
    cells = parse(grid)

    def search() -> bool:
        try:
            i = cells.index(0)
        except ValueError:
            return True
        used = {cells[p] for p in PEERS[i]}
        for d in range(1, 10):
            if d not in used:
                cells[i] = d
                if search():
                    return True
        cells[i] = 0
        return False

    return "".join(map(str, cells)) if search() else None


def full_grid(rng: random.Random) -> str:
    """Return a random complete grid: a search that tries digits in the seeded random order."""
    cells = [0] * SIZE

    def search(i: int) -> bool:
        if i == SIZE:
            return True
        used = {cells[p] for p in PEERS[i]}
        digits = [d for d in range(1, 10) if d not in used]
        rng.shuffle(digits)
        for d in digits:
            cells[i] = d
            if search(i + 1):
                return True
        cells[i] = 0
        return False

    search(0)
    return "".join(map(str, cells))


def grade(grid: str, max_tier: int = 3) -> int:
    """Return the hardest tier a person needs for `grid` (1-3), or 4 when no technique up to `max_tier` does.

    The logical solver takes the easiest step available each time, so the answer is the least a solver needs.
    """
    candidates = [ALL] * SIZE
    solved = [False] * SIZE
    for i, d in enumerate(parse(grid)):
        if d:
            if not candidates[i] & BIT[d]:
                return 4  # two givens clash: not a puzzle
            _place(candidates, solved, i, BIT[d])
    hardest = 1
    while True:
        if 0 in candidates:
            return 4  # a contradiction: not a valid puzzle
        if all(solved):
            return hardest
        if _singles(candidates, solved):
            continue
        if max_tier >= 2 and (_locked_candidates(candidates) or _subsets(candidates, 2)):
            hardest = max(hardest, 2)
            continue
        if max_tier >= 3 and (_subsets(candidates, 3) or _x_wing(candidates)):
            hardest = max(hardest, 3)
            continue
        return 4


def _place(candidates: list[int], solved: list[bool], i: int, bit: int) -> None:
    candidates[i] = bit
    solved[i] = True
    for p in PEERS[i]:
        candidates[p] &= ~bit


def _singles(candidates: list[int], solved: list[bool]) -> bool:
    """Place every naked single, else one hidden single; return whether anything was placed."""
    placed = False
    for i in range(SIZE):
        if not solved[i] and POP[candidates[i]] == 1:
            _place(candidates, solved, i, candidates[i])
            placed = True
    if placed:
        return True
    for unit in UNITS:
        once = twice = 0
        for i in unit:
            if not solved[i]:
                twice |= once & candidates[i]
                once |= candidates[i]
        only = once & ~twice
        if only:
            bit = only & -only
            for i in unit:
                if not solved[i] and candidates[i] & bit:
                    _place(candidates, solved, i, bit)
                    return True
    return False


def _locked_candidates(candidates: list[int]) -> bool:
    """Pointing and claiming: a digit confined to one line within a box (or one box within a line)."""
    changed = False
    for box in BOXES:
        box_set = set(box)
        for d in range(1, 10):
            bit = BIT[d]
            spots = [i for i in box if candidates[i] & bit and _popcount(candidates[i]) > 1]
            if len(spots) < 2 or any(candidates[i] == bit for i in box):
                continue
            for line_of, lines in ((ROW_OF, ROWS), (COL_OF, COLS)):
                if len({line_of[i] for i in spots}) == 1:
                    for j in lines[line_of[spots[0]]]:
                        if j not in box_set and candidates[j] & bit:
                            candidates[j] &= ~bit
                            changed = True
    if changed:
        return True
    for lines in (ROWS, COLS):
        for line in lines:
            line_set = set(line)
            for d in range(1, 10):
                bit = BIT[d]
                if any(candidates[i] == bit for i in line):
                    continue
                spots = [i for i in line if candidates[i] & bit]
                if len(spots) >= 2 and len({BOX_OF[i] for i in spots}) == 1:
                    for j in BOXES[BOX_OF[spots[0]]]:
                        if j not in line_set and candidates[j] & bit:
                            candidates[j] &= ~bit
                            changed = True
    return changed


def _subsets(candidates: list[int], n: int) -> bool:
    """Naked and hidden subsets of size `n` (pairs, triples) in every unit."""
    changed = False
    for unit in UNITS:
        open_cells = [i for i in unit if _popcount(candidates[i]) > 1]
        if len(open_cells) <= n:
            continue
        # Naked: n cells whose candidates together are n digits.
        for group in combinations([i for i in open_cells if _popcount(candidates[i]) <= n], n):
            union = 0
            for i in group:
                union |= candidates[i]
            if _popcount(union) == n:
                for j in open_cells:
                    if j not in group and candidates[j] & union:
                        candidates[j] &= ~union
                        changed = True
        # Hidden: n digits that fit only in the same n cells.
        open_digits = [
            d for d in range(1, 10) if 1 < sum(1 for i in open_cells if candidates[i] & BIT[d]) <= n
        ]
        for digits in combinations(open_digits, n):
            mask = sum(BIT[d] for d in digits)
            spots = {i for i in open_cells if candidates[i] & mask}
            if len(spots) == n:
                for i in spots:
                    if candidates[i] & ~mask:
                        candidates[i] &= mask
                        changed = True
        if changed:
            return True
    return changed


def _x_wing(candidates: list[int]) -> bool:
    """A digit with two places in each of two rows, in the same two columns, leaves those columns."""
    changed = False
    for lines, cross, line_of in ((ROWS, COLS, COL_OF), (COLS, ROWS, ROW_OF)):
        for d in range(1, 10):
            bit = BIT[d]
            pairs = {}
            for n, line in enumerate(lines):
                spots = [i for i in line if candidates[i] & bit]
                if len(spots) == 2 and candidates[spots[0]] != bit and candidates[spots[1]] != bit:
                    key = (line_of[spots[0]], line_of[spots[1]])
                    pairs.setdefault(key, []).append(n)
            for (a, b), found in pairs.items():
                if len(found) != 2:
                    continue
                for k in (a, b):
                    for j in cross[k]:
                        if j not in lines[found[0]] and j not in lines[found[1]] and candidates[j] & bit:
                            candidates[j] &= ~bit
                            changed = True
            if changed:
                return True
    return changed


class Level:
    EASY = "makkelijk"
    MEDIUM = "gemiddeld"
    HARD = "moeilijk"


LEVELS = (Level.EASY, Level.MEDIUM, Level.HARD)
MIN_EASY_GIVENS = 32
MAX_ATTEMPTS = 60


class GenerationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Puzzle:
    givens: str
    solution: str
    tier: int
    attempts: int

    @property
    def given_count(self) -> int:
        return sum(ch != "." for ch in self.givens)


def generate(seed: str, level: str) -> Puzzle:
    """Return the puzzle of `level` for `seed` (the same every time), proven unique and graded.

    A complete grid is dug out in a seeded random order, in pairs of cells mirrored through the centre as
    printed sudokus are; a grid that ends outside its level is set aside and the next one is dug.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    rng = random.Random(f"sudoku:{seed}:{level}")  # noqa: S311 - a puzzle, not a secret
    for attempt in range(1, MAX_ATTEMPTS + 1):
        solution = full_grid(rng)
        givens = _dig(solution, level, rng)
        tier = grade(givens)
        if _fits(level, tier) and count_solutions(givens) == 1:
            return Puzzle(givens=givens, solution=solution, tier=tier, attempts=attempt)
    raise GenerationError(f"no {level} sudoku for {seed} in {MAX_ATTEMPTS} attempts")


def _fits(level: str, tier: int) -> bool:
    if level == Level.EASY:
        return tier == 1
    if level == Level.MEDIUM:
        return tier == 2
    return tier >= 3


def _dig(solution: str, level: str, rng: random.Random) -> str:
    cells = list(solution)
    order = list(range(41))  # cell 40 is the centre; every other cell comes with its mirror 80 - i
    rng.shuffle(order)
    givens = SIZE
    for i in order:
        pair = {i, SIZE - 1 - i}
        if level == Level.EASY and givens - len(pair) < MIN_EASY_GIVENS:
            continue
        kept = {j: cells[j] for j in pair}
        for j in pair:
            cells[j] = "."
        candidate = "".join(cells)
        if level == Level.EASY:
            keep = grade(candidate, max_tier=1) == 1
        elif level == Level.MEDIUM:
            keep = grade(candidate, max_tier=2) <= 2
        else:
            keep = count_solutions(candidate) == 1
        if keep:
            givens -= len(pair)
        else:
            for j, digit in kept.items():
                cells[j] = digit
    return "".join(cells)
