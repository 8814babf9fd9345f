"""The Sportspellen in the API: the games, a game's rounds with their matches or races and when each
locks, and the public leaderboards of a season or a round. Only what the game's page shows everybody:
members by their community name, never an address; the private groups not at all. The same bytes for
every client, cached and purged with the game's page (the Scorebord's keys and the game's)."""

from collections import defaultdict

from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers
from rest_framework.response import Response

from krant.api import links
from krant.api.errors import ParameterNotFound
from krant.api.scores import CompetitionSerializer, MatchSerializer
from krant.api.serializers import DateTimeField
from krant.api.views import ApiView, documented, id_parameter
from krant.core.pagecache import add_keys, limit_lifetime
from krant.feeds.links import page_url
from krant.predictions import leaderboards
from krant.predictions.models import LEADERBOARD_SIZE, PredictionGamePage, game_key, is_locked, rules
from krant.scores.models import ALL_KEY, Match, Round


class GameSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    intro = serializers.CharField(allow_blank=True)
    competition = CompetitionSerializer(allow_null=True, help_text="The competition (a season) predicted.")
    url = serializers.SerializerMethodField(help_text="The game's page on the site.")
    api_url = serializers.SerializerMethodField(help_text="The game with its rounds and matches.")
    leaderboard_url = serializers.SerializerMethodField(help_text="The season's leaderboard.")

    def get_url(self, game) -> str | None:
        return page_url(game, self.context.get("request"))

    def get_api_url(self, game) -> str:
        return links.api_url("predictions-game", game.pk)

    def get_leaderboard_url(self, game) -> str:
        return links.api_url("predictions-leaderboard", game.pk)


class GameMatchSerializer(MatchSerializer):
    locks_at = DateTimeField(
        source="starts_at", help_text="Predictions are refused from this moment on (the start)."
    )
    locked = serializers.BooleanField(
        help_text="Whether predictions are refused now: started, or under way or over on the Scorebord."
    )


class GameRoundSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    name = serializers.CharField()
    locks_at = DateTimeField(allow_null=True, help_text="The first start of the round; null without matches.")
    matches = GameMatchSerializer(
        many=True, source="matches_list", help_text="The round's matches or races, soonest first."
    )
    leaderboard_url = serializers.SerializerMethodField(help_text="The round's leaderboard.")

    def get_leaderboard_url(self, round_) -> str:
        return links.api_url(
            "predictions-leaderboard", self.context["game"].pk, query={"round": round_.number}
        )


class GameDetailSerializer(GameSerializer):
    rules = serializers.ListField(
        child=serializers.CharField(), help_text="The rules, as the page shows them."
    )
    rounds = GameRoundSerializer(many=True)


class GameListSerializer(serializers.Serializer):
    results = GameSerializer(many=True)


class LeaderboardRowSerializer(serializers.Serializer):
    place = serializers.IntegerField(help_text="Members level on points and exact predictions share a place.")
    name = serializers.CharField(help_text="The member's community name, as on the site's leaderboards.")
    points = serializers.IntegerField()
    exact = serializers.IntegerField(help_text="Predictions exactly right.")
    predictions = serializers.IntegerField(help_text="Predictions scored.")


class LeaderboardSerializer(serializers.Serializer):
    game = serializers.IntegerField(help_text="The game's id.")
    round = serializers.DictField(
        allow_null=True, help_text="The round ({number, name}); null for the season."
    )
    results = LeaderboardRowSerializer(many=True)


class LeaderboardParameters(serializers.Serializer):
    round = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=32767,
        help_text="The round's number: its leaderboard instead of the season's.",
    )
    limit = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=LEADERBOARD_SIZE,
        default=LEADERBOARD_SIZE,
        help_text="How many members, from the top.",
    )


def games():
    return PredictionGamePage.objects.live().public().select_related("competition").order_by("path")


class GameView(ApiView):
    def game(self, pk: int) -> PredictionGamePage:
        """Return the published game `pk` and declare its keys; a 404 for anything else."""
        add_keys(self.request, ALL_KEY, f"page:{pk}")
        game = self.page_or_404(games(), pk, _("Er is geen voorspelspel met id %(id)s.") % {"id": pk})
        if game.competition_id:
            add_keys(self.request, game.competition.cache_key, game_key(game.competition_id))
        return game


class GameListView(ApiView):
    """Every published prediction game."""

    @documented(
        "list_prediction_games", GameListSerializer, summary="The Sportspellen: every prediction game."
    )
    def get(self, request):
        add_keys(request, "menus", ALL_KEY)  # a game's publish or removal purges the menus
        data = GameSerializer(games(), many=True, context=self.context()).data
        return Response({"results": data})


class GameDetailView(GameView):
    """One game: its rules and its rounds, each with its matches or races and when they lock."""

    @documented(
        "get_prediction_game",
        GameDetailSerializer,
        404,
        parameters=[id_parameter("game")],
        summary="A prediction game with its rounds, their matches or races and when each locks.",
    )
    def get(self, request, pk: int):
        game = self.game(pk)
        now = timezone.now()
        rounds = []
        if game.competition_id:
            matches = defaultdict(list)
            for match in Match.objects.for_listing().filter(competition_id=game.competition_id):
                match.locked = is_locked(match, now)
                matches[match.round_id].append(match)
            rounds = list(Round.objects.filter(competition_id=game.competition_id).order_by("number"))
            for round_ in rounds:
                round_.matches_list = matches[round_.pk]
                round_.locks_at = min((m.starts_at for m in round_.matches_list), default=None)
            # `locked` turns at the next start: keep the answer no longer than that.
            upcoming = [m.starts_at for ms in matches.values() for m in ms if m.starts_at > now]
            if upcoming:
                limit_lifetime(request, int((min(upcoming) - now).total_seconds()) + 1)
        context = {**self.context(), "game": game}
        data = GameSerializer(game, context=context).data
        data["rules"] = [str(rule) for rule in rules(game.competition)]
        data["rounds"] = GameRoundSerializer(rounds, many=True, context=context).data
        return Response(data)


class LeaderboardView(GameView):
    """A game's public leaderboard: the season's, or a round's (?round=)."""

    @documented(
        "get_prediction_leaderboard",
        LeaderboardSerializer,
        400,
        404,
        parameters=[id_parameter("game"), LeaderboardParameters],
        summary="The season's or a round's leaderboard of a prediction game.",
    )
    def get(self, request, pk: int):
        parameters = self.parameters(LeaderboardParameters)
        game = self.game(pk)
        if game.competition_id is None:
            raise exceptions.NotFound(_("Dit voorspelspel hoort (nog) bij geen competitie."))
        number, limit = parameters.get("round"), parameters["limit"]
        round_ = None
        if number is not None:
            round_ = Round.objects.filter(competition_id=game.competition_id, number=number).first()
            if round_ is None:
                message = _("Dit spel heeft geen ronde %(number)s.") % {"number": number}
                raise ParameterNotFound({"round": [message]})
            rows = leaderboards.for_round(round_)[:limit]
        else:
            rows = leaderboards.season(game.competition)[:limit]
        return Response(
            {
                "game": game.pk,
                "round": {"number": round_.number, "name": round_.name} if round_ else None,
                "results": LeaderboardRowSerializer(rows, many=True).data,
            }
        )
