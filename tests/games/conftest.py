"""Puzzles and the Spellen page for the tests: generated once per session, stored per test."""

from datetime import UTC, date, datetime
from functools import cache

import pytest
import time_machine

from krant.games import services
from krant.games.models import DAILY, GamesPage, Kind, Level, Puzzle
from tests.factories import add_page

TODAY = date(2026, 12, 6)
# Noon in Amsterdam on TODAY: every page test plays on this day.
NOON = datetime(2026, 12, 6, 11, 0, tzinfo=UTC)


@cache
def made(kind: str, level: str, day: date) -> Puzzle:
    """The generated puzzle (unsaved), made once per session: generating costs tenths of a second."""
    return services.make_puzzle(kind, level, day)


def store(
    kind: str = Kind.SUDOKU, level: str = Level.EASY, day: date = TODAY, grids_of: date | None = None
) -> Puzzle:
    """Store the puzzle of `day` (or, quicker where the grid does not matter, that of the day `grids_of`)."""
    template = made(kind, level, grids_of or day)
    fields = {f.name: getattr(template, f.name) for f in Puzzle._meta.concrete_fields if f.name != "id"}
    return Puzzle.objects.create(**{**fields, "day": day})


@pytest.fixture
def noon():
    with time_machine.travel(NOON, tick=False):
        yield


@pytest.fixture
def games_page(tree) -> GamesPage:
    return add_page(tree.home, GamesPage(title="Spellen", slug="spellen", intro="Elke dag nieuwe puzzels."))


@pytest.fixture
def todays(games_page, noon) -> dict:
    """Today's four puzzles, by (kind, level)."""
    return {(kind, level): store(kind, level) for kind, level in DAILY}


def solution_entries(puzzle: Puzzle) -> dict:
    return {f"c{i}": value for i, value in enumerate(puzzle.solution)}


def given_entries(puzzle: Puzzle) -> dict:
    return {f"c{i}": "" if value == "." else value for i, value in enumerate(puzzle.givens)}
