"""The sudoku generator: one solution, proven; the same puzzle per day and level; levels by technique."""

import pytest

from krant.games import sudoku

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)

DAYS = ["2026-12-05", "2026-12-06", "2026-12-07"]


@pytest.fixture(scope="module")
def puzzles():
    return {(day, level): sudoku.generate(day, level) for day in DAYS for level in sudoku.LEVELS}


def test_every_puzzle_has_exactly_one_solution(puzzles):
    """The complete search finds one solution for every level on every day, and it is the stored one."""
    for puzzle in puzzles.values():
        assert sudoku.count_solutions(puzzle.givens) == 1
        assert sudoku.solve(puzzle.givens) == puzzle.solution
        assert sudoku.is_valid_solution(puzzle.solution)


def test_givens_are_the_solution_with_holes(puzzles):
    """Every given is the solution's digit in that cell; the givens are symmetric through the centre."""
    for puzzle in puzzles.values():
        assert all(g in (".", s) for g, s in zip(puzzle.givens, puzzle.solution, strict=True))
        assert all((g == ".") == (puzzle.givens[80 - i] == ".") for i, g in enumerate(puzzle.givens))


def test_same_day_and_level_same_puzzle(puzzles):
    """Generated again, a day's puzzle is the same; other days and levels differ."""
    assert sudoku.generate("2026-12-06", "gemiddeld") == puzzles[("2026-12-06", "gemiddeld")]
    assert len({p.givens for p in puzzles.values()}) == len(puzzles)


def test_levels_follow_the_techniques_needed(puzzles):
    """Makkelijk needs singles only (and keeps 32 givens), gemiddeld pairs or locked candidates, moeilijk
    more."""
    for (_day, level), puzzle in puzzles.items():
        assert sudoku.grade(puzzle.givens) == puzzle.tier
        if level == "makkelijk":
            assert puzzle.tier == 1 and puzzle.given_count >= sudoku.MIN_EASY_GIVENS
            assert sudoku.grade(puzzle.givens, max_tier=1) == 1
        elif level == "gemiddeld":
            assert puzzle.tier == 2
            assert sudoku.grade(puzzle.givens, max_tier=1) == 4  # singles alone get stuck
        else:
            assert puzzle.tier >= 3
            assert sudoku.grade(puzzle.givens, max_tier=2) == 4
    for day in DAYS:
        tiers = [puzzles[(day, level)].tier for level in sudoku.LEVELS]
        assert tiers == sorted(tiers) and len(set(tiers)) == 3


def test_solver_counts_two_solutions_and_none():
    """A puzzle with a deadly pattern has two solutions; clashing givens have none."""
    solution = sudoku.generate("2026-12-06", "makkelijk").solution
    # A rectangle in one band of boxes whose corners hold a, b / b, a: emptied, both orders fit.
    grid = list(solution)
    found = None
    for r1 in range(9):
        for r2 in range(r1 + 1, 9):
            if r1 // 3 != r2 // 3:
                continue
            for c1 in range(9):
                for c2 in range(c1 + 1, 9):
                    a, b = solution[r1 * 9 + c1], solution[r1 * 9 + c2]
                    if solution[r2 * 9 + c1] == b and solution[r2 * 9 + c2] == a:
                        found = [r1 * 9 + c1, r1 * 9 + c2, r2 * 9 + c1, r2 * 9 + c2]
    assert found
    for i in found:
        grid[i] = "."
    assert sudoku.count_solutions("".join(grid)) == 2
    assert sudoku.solve("".join(grid)) is None
    assert sudoku.count_solutions("11" + "." * 79) == 0


def test_unknown_level_refused():
    """Only the three levels exist."""
    with pytest.raises(ValueError):
        sudoku.generate("2026-12-06", "extreem")
