"""The scheduler's job makes the coming days' puzzles ahead, a day per round, each once."""

from datetime import timedelta

import time_machine

from krant.core import scheduler
from krant.games import services
from krant.games.models import DAILY, Kind, Level, Puzzle
from tests.games.conftest import NOON, TODAY, made, store


def store_days(*offsets):
    """Store a full set of puzzles on each day, with today's grids: the job counts rows, it reads no grid."""
    for offset in offsets:
        for kind, level in DAILY:
            store(kind, level, TODAY + timedelta(days=offset), grids_of=TODAY)


def test_job_is_scheduled():
    """The job runs in every scheduler round."""
    assert "krant.games.services.generate_due_puzzles" in scheduler.JOBS


@time_machine.travel(NOON, tick=False)
def test_job_makes_the_first_missing_day(db):
    """With today and tomorrow stored, a round makes the next day's four puzzles and nothing else."""
    store_days(0, 1)
    services.generate_due_puzzles()
    day = TODAY + timedelta(days=2)
    assert Puzzle.objects.filter(day=day).count() == len(DAILY)
    assert Puzzle.objects.count() == 3 * len(DAILY)
    stored = Puzzle.objects.get(day=day, kind=Kind.SUDOKU, level=Level.HARD)
    assert stored.givens == services.make_puzzle(Kind.SUDOKU, Level.HARD, day).givens


@time_machine.travel(NOON, tick=False)
def test_job_fills_a_gap_and_does_nothing_when_all_are_there(db, django_assert_num_queries):
    """A day missing one puzzle gets just that one; with the week ahead stored, a round is one query."""
    store_days(*range(services.AHEAD_DAYS + 1))
    Puzzle.objects.filter(day=TODAY, kind=Kind.BINAIRO).delete()
    assert services.ensure_day(TODAY) == 1
    assert services.ensure_day(TODAY) == 0
    with django_assert_num_queries(1):
        services.generate_due_puzzles()


@time_machine.travel(NOON, tick=False)
def test_a_puzzle_stored_meanwhile_is_not_an_error(db):
    """Two processes making the same day: the second finds the rows there and stores nothing twice."""
    store(Kind.SUDOKU, Level.EASY)
    template = made(Kind.SUDOKU, Level.EASY, TODAY)
    assert Puzzle.objects.filter(day=TODAY, givens=template.givens).count() == 1
    assert services.ensure_day(TODAY) == len(DAILY) - 1
    assert Puzzle.objects.filter(day=TODAY).count() == len(DAILY)
