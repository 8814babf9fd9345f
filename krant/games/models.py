"""Spellen: the stored daily puzzles (sudoku in three levels, binairo), members' progress, the Spellen page.

Puzzles are written by krant.games.services only (the scheduler's job, or the demo), days ahead, so a page
never generates one; pages only read them, and only those of today and before.
"""

from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from krant.core.pagecache import add_keys, limit_lifetime
from krant.core.routing import CachedRestrictions
from krant.games import clock
from krant.news.models import LISTING_PARENTS

ARCHIVE_DAYS = 14  # the days before today a reader can still play
PURGE_KEY = "games"


class Kind(models.TextChoices):
    SUDOKU = "sudoku", _("Sudoku")
    BINAIRO = "binairo", _("Binairo")


class Level(models.TextChoices):
    EASY = "makkelijk", _("makkelijk")
    MEDIUM = "gemiddeld", _("gemiddeld")
    HARD = "moeilijk", _("moeilijk")
    STANDARD = "standaard", _("standaard")


# The puzzles of every day, in the order the pages list them.
DAILY = [
    (Kind.SUDOKU, Level.EASY),
    (Kind.SUDOKU, Level.MEDIUM),
    (Kind.SUDOKU, Level.HARD),
    (Kind.BINAIRO, Level.STANDARD),
]
LEVELS_OF = {kind: [level for k, level in DAILY if k == kind] for kind in Kind}


class PuzzleQuerySet(models.QuerySet):
    def playable(self, today: date):
        """Today's puzzles and those of the archive's days; never tomorrow's (their solutions are stored)."""
        return self.filter(day__lte=today, day__gt=today - timedelta(days=ARCHIVE_DAYS))

    def upcoming(self, today: date):
        return self.filter(day__gt=today)


class Puzzle(models.Model):
    """One day's puzzle of one kind and level, with its one solution."""

    kind = models.CharField(_("soort"), max_length=16, choices=Kind.choices)
    day = models.DateField(_("dag"))
    level = models.CharField(_("niveau"), max_length=16, choices=Level.choices)
    size = models.PositiveSmallIntegerField(_("grootte"), help_text=_("Vakjes per rij en per kolom."))
    givens = models.CharField(
        _("gegeven"), max_length=144, help_text=_("Rij na rij; een punt is een leeg vakje.")
    )
    solution = models.CharField(_("oplossing"), max_length=144)
    given_count = models.PositiveSmallIntegerField(_("aantal gegeven"))
    tier = models.PositiveSmallIntegerField(
        _("moeilijkste techniek"),
        null=True,
        blank=True,
        help_text=_(
            "Sudoku: 1 enkelingen, 2 paren en vergrendelde kandidaten, 3 drietallen en X-wing, 4 proberen."
        ),
    )
    generated_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)

    objects = PuzzleQuerySet.as_manager()

    class Meta:
        ordering = ["-day", "kind", "level"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "day", "level"], name="games_one_puzzle_a_day")
        ]
        verbose_name = _("puzzel")
        verbose_name_plural = _("puzzels")

    def __str__(self):
        return f"{self.get_kind_display()} {self.get_level_display()} {self.day.isoformat()}"

    @property
    def address(self) -> str:
        """The puzzle's part of its addresses: sudoku/<day>/<level>/ or binairo/<day>/."""
        if self.kind == Kind.SUDOKU:
            return f"{self.kind}/{self.day.isoformat()}/{self.level}/"
        return f"{self.kind}/{self.day.isoformat()}/"

    @property
    def title(self) -> str:
        if self.kind == Kind.SUDOKU:
            return _("Sudoku %(level)s") % {"level": self.get_level_display()}
        return str(self.get_kind_display())

    def route_kwargs(self) -> dict:
        kwargs = {"kind": self.kind, "day": self.day.isoformat()}
        if self.kind == Kind.SUDOKU:
            kwargs["level"] = self.level
        return kwargs

    @property
    def check_url(self) -> str:
        return reverse("games:check", kwargs=self.route_kwargs())

    @property
    def progress_url(self) -> str:
        return reverse("games:progress", kwargs=self.route_kwargs())

    @property
    def symbols(self) -> str:
        return "123456789" if self.kind == Kind.SUDOKU else "01"


class Progress(models.Model):
    """A member's grid of one puzzle, kept so they can carry on elsewhere; anonymous readers keep theirs in
    the browser."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="puzzle_progress"
    )
    puzzle = models.ForeignKey(Puzzle, on_delete=models.CASCADE, related_name="progress")
    cells = models.CharField(_("vakjes"), max_length=144)
    seconds = models.PositiveIntegerField(_("seconden"), default=0)
    solved_at = models.DateTimeField(_("opgelost op"), null=True, blank=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "puzzle"], name="games_one_progress_a_puzzle")]
        verbose_name = _("voortgang")
        verbose_name_plural = _("voortgang")

    def __str__(self):
        return f"{self.user_id}: {self.puzzle}"


class GamesPage(RoutablePageMixin, CachedRestrictions, Page):
    """Spellen: today's puzzles and the archive's days; a page per puzzle and day."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("spellen")

    @path("")
    def index(self, request):
        today = clock.today()
        self.declare(request)
        puzzles = list(Puzzle.objects.playable(today).defer("solution", "givens"))
        days = {}
        for puzzle in puzzles:
            days.setdefault(puzzle.day, []).append(puzzle)
        order = {pair: n for n, pair in enumerate(DAILY)}
        for listed in days.values():
            listed.sort(key=lambda p: order.get((p.kind, p.level), 99))
        return self.render(
            request,
            template="games/games_page.html",
            context_overrides={
                "today": today,
                "todays": days.pop(today, []),
                "archive": sorted(days.items(), reverse=True),
            },
        )

    @re_path(r"^(?P<kind>sudoku)/(?P<day>\d{4}-\d{2}-\d{2})/(?P<level>[a-z]+)/$")
    @re_path(r"^(?P<kind>binairo)/(?P<day>\d{4}-\d{2}-\d{2})/$")
    def puzzle_page(self, request, kind, day, level=Level.STANDARD):
        self.declare(request)  # first: tomorrow's address is a 404 only until midnight
        puzzle = find_playable(kind, day, level)
        return self.render_puzzle(request, puzzle)

    def render_puzzle(
        self,
        request,
        puzzle: Puzzle,
        status: int = 200,
        entries: list[str] | None = None,
        wrong: list[int] | None = None,
        solution: str = "",
        result: dict | None = None,
        error: str = "",
    ):
        """Render the puzzle's page: plain (the cached page), or after a check or a reveal (never cached)."""
        response = self.render(
            request,
            template="games/puzzle.html",
            context_overrides={
                "puzzle": puzzle,
                "grid": grid_rows(puzzle, entries, wrong or [], solution),
                "result": result,
                "error": error,
                "revealed": bool(solution),
            },
        )
        response.status_code = status
        return response

    def declare(self, request) -> None:
        """Name the content shown and keep it no longer than today: at midnight a new day's puzzles open."""
        add_keys(request, PURGE_KEY)
        limit_lifetime(request, clock.seconds_to_midnight(), exact=True)

    def puzzle_url(self, puzzle: Puzzle) -> str:
        return f"{self.url}{puzzle.address}"


def find_playable(kind: str, day: str, level: str) -> Puzzle:
    """Return the playable puzzle at this address, or raise Http404 (unknown level or day, or tomorrow's)."""
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise Http404 from None
    if kind not in LEVELS_OF or level not in LEVELS_OF[kind]:
        raise Http404
    puzzle = Puzzle.objects.playable(clock.today()).filter(kind=kind, day=when, level=level).first()
    if puzzle is None:
        raise Http404
    return puzzle


def grid_rows(puzzle: Puzzle, entries: list[str] | None, wrong: list[int], solution: str) -> list[list[dict]]:
    """Return the grid as rows of cells for the template: given, filled in by the reader, wrong.

    The solution goes in only when the reader asked for it (`solution`); a plain page never carries it.
    """
    wrong = set(wrong)
    rows = []
    for r in range(puzzle.size):
        row = []
        for c in range(puzzle.size):
            i = r * puzzle.size + c
            given = puzzle.givens[i] != "."
            if given:
                value = puzzle.givens[i]
            elif solution:
                value = solution[i]
            elif entries:
                value = entries[i]
            else:
                value = ""
            row.append(
                {
                    "index": i,
                    "row": r + 1,
                    "col": c + 1,
                    "given": given,
                    "value": value,
                    "wrong": i in wrong,
                    "box_right": puzzle.kind == Kind.SUDOKU and c in (2, 5),
                    "box_below": puzzle.kind == Kind.SUDOKU and r in (2, 5),
                }
            )
        rows.append(row)
    return rows
