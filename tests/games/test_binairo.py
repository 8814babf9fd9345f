"""The binairo generator: grids that keep the rules, one solution reached by deduction, the same per day."""

import pytest

from krant.games import binairo

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)

DAYS = ["2026-12-05", "2026-12-06", "2026-12-07"]
N = binairo.SIZE


@pytest.fixture(scope="module")
def puzzles():
    return {day: binairo.generate(day) for day in DAYS}


def rows(grid: str) -> list[str]:
    return [grid[r * N : (r + 1) * N] for r in range(N)]


def columns(grid: str) -> list[str]:
    return ["".join(grid[r * N + c] for r in range(N)) for c in range(N)]


def test_solutions_keep_every_rule(puzzles):
    """No three alike in a line, as many zeros as ones in each line, no two rows or columns the same."""
    for puzzle in puzzles.values():
        lines = rows(puzzle.solution) + columns(puzzle.solution)
        assert all("000" not in line and "111" not in line for line in lines)
        assert all(line.count("0") == N // 2 for line in lines)
        assert len(set(rows(puzzle.solution))) == N and len(set(columns(puzzle.solution))) == N
        assert binairo.is_valid_solution(puzzle.solution)


def test_exactly_one_solution_reached_by_deduction(puzzles):
    """The complete search finds one solution; deduction alone reaches it (no guessing needed)."""
    for puzzle in puzzles.values():
        assert binairo.count_solutions(puzzle.givens) == 1
        assert binairo.solve_logically(puzzle.givens) == puzzle.solution
        assert all(g in (".", s) for g, s in zip(puzzle.givens, puzzle.solution, strict=True))


def test_same_day_same_puzzle(puzzles):
    """Generated again, a day's binairo is the same; other days differ."""
    assert binairo.generate("2026-12-06") == puzzles["2026-12-06"]
    assert len({p.givens for p in puzzles.values()}) == len(DAYS)


def test_rule_breakers_are_seen():
    """Three in a row, too many of one digit, and two equal rows each break the rules."""
    good = binairo.generate("2026-12-06").solution
    assert not binairo.breaks_rules(binairo.parse(good))
    three = "000" + "." * (N * N - 3)
    assert binairo.breaks_rules(binairo.parse(three))
    too_many = "0101010101"[:-1] + "0" + "." * (N * N - N)  # six zeros in the first row
    assert binairo.breaks_rules(binairo.parse(too_many))
    first_row = good[:N]
    copied = first_row + first_row + "." * (N * N - 2 * N)
    assert binairo.breaks_rules(binairo.parse(copied))


def test_deduction_uses_the_no_copies_rule():
    """A row two cells short that would copy a finished row takes the other order."""
    cells = [-1] * (N * N)
    finished = [0, 1, 1, 0, 0, 1, 0, 1, 1, 0]
    cells[:N] = finished
    short = finished[:]
    cells[N : 2 * N] = [-1, -1, *short[2:]]  # the copy would start 0, 1
    binairo.deduce(cells)
    assert cells[N : N + 2] == [1, 0]


def test_an_open_grid_has_many_solutions():
    """An empty grid is not a puzzle: the search stops at two."""
    assert binairo.count_solutions("." * (N * N)) == 2
