"""Every write of Spellen: making the daily puzzles ahead, and members' progress; and the check of a grid.

`generate_due_puzzles` is a scheduler job (krant.core.scheduler.JOBS): each round it looks, in one query,
whether every puzzle of today and the next AHEAD_DAYS days is stored, and makes one missing day's puzzles when
not. Generating takes about a second a day, so the job keeps its round short and pages never wait for it.
"""

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from krant.games import binairo, clock, sudoku
from krant.games.models import DAILY, Kind, Progress, Puzzle

logger = logging.getLogger(__name__)

AHEAD_DAYS = 7  # editors see a week of upcoming puzzles in the admin


def make_puzzle(kind: str, level: str, day: date) -> Puzzle:
    """Return the unsaved puzzle of `kind` and `level` for `day`: the same puzzle every time for that day."""
    seed = day.isoformat()
    if kind == Kind.SUDOKU:
        made = sudoku.generate(seed, level)
        return Puzzle(
            kind=kind,
            day=day,
            level=level,
            size=9,
            givens=made.givens,
            solution=made.solution,
            given_count=made.given_count,
            tier=made.tier,
        )
    made = binairo.generate(seed)
    return Puzzle(
        kind=kind,
        day=day,
        level=level,
        size=binairo.SIZE,
        givens=made.givens,
        solution=made.solution,
        given_count=made.given_count,
    )


def ensure_day(day: date) -> int:
    """Store every puzzle of `day` not stored yet; return how many were made. Safe to run twice at once."""
    present = set(Puzzle.objects.filter(day=day).values_list("kind", "level"))
    made = 0
    for kind, level in DAILY:
        if (kind, level) in present:
            continue
        puzzle = make_puzzle(kind, level, day)
        try:
            with transaction.atomic():
                puzzle.save()
        except IntegrityError:
            continue  # another process stored the same puzzle first: it is the same puzzle
        made += 1
    return made


def generate_due_puzzles(now: datetime | None = None) -> None:
    """Make the first day's puzzles that are missing, from today up to AHEAD_DAYS ahead (one day a round)."""
    today = clock.today(now)
    days = [today + timedelta(days=n) for n in range(AHEAD_DAYS + 1)]
    stored = {}
    for day in Puzzle.objects.filter(day__in=days).values_list("day", flat=True):
        stored[day] = stored.get(day, 0) + 1
    due = next((day for day in days if stored.get(day, 0) < len(DAILY)), None)
    if due is not None:
        made = ensure_day(due)
        logger.info("Made %s puzzles for %s", made, due.isoformat())


class EntryError(ValueError):
    """The posted grid is not a grid of this puzzle; the message says why, for the reader."""


def read_entries(puzzle: Puzzle, data) -> list[str]:
    """Return the reader's grid from a posted form (`c0` ... `cN`, one per cell), or raise EntryError.

    Empty cells are ''. Refused: a cell that is not one of the puzzle's symbols, a missing or extra cell, and
    a given changed.
    """
    count = puzzle.size * puzzle.size
    names = {key for key in data if key.startswith("c") and key[1:].isdigit()}
    expected = {f"c{i}" for i in range(count)}
    if names != expected:
        raise EntryError(
            _("Dit rooster past niet bij de puzzel: die heeft %(count)d vakjes. Laad de pagina opnieuw.")
            % {"count": count}
        )
    entries = []
    for i in range(count):
        value = data.get(f"c{i}", "").strip()
        if value and (len(value) != 1 or value not in puzzle.symbols):
            raise EntryError(
                _("Rij %(row)d, kolom %(col)d: vul %(allowed)s in, of laat het vakje leeg.")
                % {"row": i // puzzle.size + 1, "col": i % puzzle.size + 1, "allowed": allowed_text(puzzle)}
            )
        given = puzzle.givens[i]
        if given != "." and value != given:
            raise EntryError(
                _("Rij %(row)d, kolom %(col)d is gegeven en kan niet veranderen.")
                % {"row": i // puzzle.size + 1, "col": i % puzzle.size + 1}
            )
        entries.append(value)
    return entries


def allowed_text(puzzle: Puzzle) -> str:
    return _("een cijfer van 1 tot en met 9") if puzzle.kind == Kind.SUDOKU else _("een 0 of een 1")


@dataclass(frozen=True)
class Check:
    wrong: list[int]  # cells filled in that differ from the solution
    empty: int
    solved: bool

    @property
    def message(self) -> str:
        if self.solved:
            return _("Opgelost! Alle vakjes kloppen.")
        left = ngettext("Nog %(empty)d vakje leeg.", "Nog %(empty)d vakjes leeg.", self.empty) % {
            "empty": self.empty
        }
        if self.wrong:
            wrong = ngettext(
                "%(wrong)d ingevuld vakje klopt niet; het is gemarkeerd.",
                "%(wrong)d ingevulde vakjes kloppen niet; ze zijn gemarkeerd.",
                len(self.wrong),
            ) % {"wrong": len(self.wrong)}
            return f"{wrong} {left}"
        return _("Alles wat je hebt ingevuld klopt.") + " " + left

    def as_json(self) -> dict:
        return {"wrong": self.wrong, "empty": self.empty, "solved": self.solved, "message": self.message}


def check(puzzle: Puzzle, entries: list[str]) -> Check:
    """Compare the reader's grid with the solution: which filled cells are wrong, how many are empty."""
    wrong = [i for i, value in enumerate(entries) if value and value != puzzle.solution[i]]
    empty = sum(1 for value in entries if not value)
    return Check(wrong=wrong, empty=empty, solved=not wrong and not empty)


def save_progress(user, puzzle: Puzzle, entries: list[str], seconds: int) -> Progress:
    """Keep a member's grid of `puzzle` and their time; the first complete right grid marks it solved."""
    cells = "".join(value or "." for value in entries)
    with transaction.atomic():
        progress, _created = Progress.objects.select_for_update().get_or_create(
            user=user, puzzle=puzzle, defaults={"cells": cells, "seconds": seconds}
        )
        if progress.solved_at is None:  # a solved puzzle keeps the time it was solved in
            progress.cells = cells
            progress.seconds = seconds
            if cells == puzzle.solution:
                progress.solved_at = timezone.now()
        progress.save()
    return progress
