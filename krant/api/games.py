"""Spellen in the API: the playable puzzles (today's and the archive's days) with their givens.

What the cached puzzle page shows, and no more: the givens, never the solution (the site gives it only to a
reader who asks for it, in an answer that is never cached). Tomorrow's puzzles, stored ahead with their
solutions, are a 404 here as on the site. Kept until the next midnight in Amsterdam, when a day opens.
"""

from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers
from rest_framework.response import Response

from krant.api import links
from krant.api.serializers import ApiUrlField
from krant.api.views import ApiView, documented, id_parameter
from krant.core.pagecache import add_keys, limit_lifetime
from krant.games import clock
from krant.games.models import ARCHIVE_DAYS, DAILY, PURGE_KEY, GamesPage, Kind, Level, Puzzle
from krant.news.readership import MAX_ARTICLE_ID

ORDER = {pair: n for n, pair in enumerate(DAILY)}


class PuzzleSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=Kind.values)
    level = serializers.ChoiceField(choices=Level.values, help_text="Binairo has one: standaard.")
    day = serializers.DateField(help_text="The day (Amsterdam) the puzzle is of.")
    title = serializers.CharField()
    size = serializers.IntegerField(help_text="Cells per row and per column.")
    givens = serializers.CharField(
        help_text="Row after row, size x size characters: a digit (sudoku 1-9, binairo 0 or 1) or '.' for an "
        "empty cell. The solution is not in the API: the site shows it to a reader who asks."
    )
    symbols = serializers.CharField(help_text="What an empty cell may take.")
    url = serializers.SerializerMethodField(help_text="The puzzle's page on the site; null without one.")
    api_url = ApiUrlField("puzzle-detail")

    def get_url(self, puzzle) -> str | None:
        page = self.context.get("games_page")
        return links.absolute(page.puzzle_url(puzzle)) if page else None


class PuzzleListSerializer(serializers.Serializer):
    today = serializers.DateField(help_text="Today in Amsterdam: its puzzles are new at midnight.")
    results = PuzzleSerializer(many=True)


class PuzzleParameters(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Kind.values, required=False, help_text="Only this kind.")
    level = serializers.ChoiceField(
        choices=Level.values,
        required=False,
        help_text="Only this level (sudoku: makkelijk, gemiddeld, moeilijk; binairo: standaard).",
    )
    day = serializers.DateField(
        required=False,
        help_text=f"Only this day's puzzles: today or one of the {ARCHIVE_DAYS - 1} days before.",
    )


class GamesView(ApiView):
    def declare(self, request) -> None:
        """As the site's pages: the key of the puzzles, and no longer than today."""
        add_keys(request, PURGE_KEY)
        limit_lifetime(request, clock.seconds_to_midnight(), exact=True)

    def context(self) -> dict:
        return {**super().context(), "games_page": GamesPage.objects.live().public().first()}


class PuzzleListView(GamesView):
    """The puzzles a reader can play: today's and those of the archive's days, newest day first."""

    @documented(
        "list_puzzles",
        PuzzleListSerializer,
        400,
        parameters=[PuzzleParameters],
        summary="Today's puzzles and the archive's, newest day first, with their givens.",
    )
    def get(self, request):
        self.declare(request)
        parameters = self.parameters(PuzzleParameters)
        today = clock.today()
        puzzles = Puzzle.objects.playable(today).defer("solution")
        for name in ("kind", "level", "day"):
            if name in parameters:
                puzzles = puzzles.filter(**{name: parameters[name]})
        # At most four a day for ARCHIVE_DAYS days: one short list, in the order the pages show them.
        ordered = sorted(puzzles, key=lambda p: (-p.day.toordinal(), ORDER.get((p.kind, p.level), 99)))
        data = PuzzleSerializer(ordered, many=True, context=self.context()).data
        return Response({"today": today.isoformat(), "results": data})


class PuzzleDetailView(GamesView):
    """One playable puzzle; tomorrow's, one older than the archive or an unknown id is a 404."""

    @documented(
        "get_puzzle", PuzzleSerializer, 404, parameters=[id_parameter("puzzle")], summary="One puzzle."
    )
    def get(self, request, pk: int):
        self.declare(request)  # a 404 for tomorrow's puzzle lasts only until midnight
        puzzles = Puzzle.objects.playable(clock.today()).defer("solution")
        puzzle = puzzles.filter(pk=pk).first() if pk <= MAX_ARTICLE_ID else None
        if puzzle is None:
            raise exceptions.NotFound(_("Er is geen speelbare puzzel met id %(id)s.") % {"id": pk})
        return Response(PuzzleSerializer(puzzle, context=self.context()).data)
