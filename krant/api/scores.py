"""The Scorebord in the API: the competitions, one competition with its standings and current round, and
one match or race. The same bytes for everybody, cached and purged with the Scorebord's pages."""

from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers
from rest_framework.response import Response

from krant.api.serializers import DateTimeField
from krant.api.views import ApiView, documented, id_parameter
from krant.core.pagecache import add_keys
from krant.feeds import links
from krant.scores import board
from krant.scores.models import ALL_KEY, Competition, Match, ScoreboardPage


def page_url(path: str = "") -> str | None:
    page = ScoreboardPage.objects.live().first()
    return links.absolute_url(page.url + path) if page else None


class CompetitionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    slug = serializers.CharField()
    sport = serializers.CharField(help_text="voetbal, tennis, formule-1 or wielrennen.")
    season = serializers.CharField(allow_blank=True)


class ParticipantSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    short_name = serializers.CharField(allow_blank=True)
    affiliation = serializers.CharField(allow_blank=True, help_text="A driver's or rider's team.")


class PlacingSerializer(serializers.Serializer):
    position = serializers.IntegerField()
    participant = ParticipantSerializer()
    note = serializers.CharField(allow_blank=True, help_text="A time or gap, as the sport writes it.")


class MatchSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(allow_blank=True, help_text="Races: the race's name.")
    round = serializers.CharField(source="round.name")
    home = ParticipantSerializer(allow_null=True)
    away = ParticipantSerializer(allow_null=True)
    starts_at = DateTimeField()
    venue = serializers.CharField(allow_blank=True)
    status = serializers.CharField(help_text="gepland, bezig, rust, afgelopen or uitgesteld.")
    home_score = serializers.IntegerField(allow_null=True)
    away_score = serializers.IntegerField(allow_null=True)
    version = serializers.IntegerField(help_text="Goes up with every change of score or status.")


class MatchDetailSerializer(MatchSerializer):
    competition = CompetitionSerializer()
    placings = PlacingSerializer(many=True, help_text="Races: the finishers, winner first.")


class StandingSerializer(serializers.Serializer):
    rank = serializers.IntegerField(help_text="Teams level after every rule share a rank.")
    participant = ParticipantSerializer()
    played = serializers.IntegerField()
    won = serializers.IntegerField()
    drawn = serializers.IntegerField()
    lost = serializers.IntegerField()
    goals_for = serializers.IntegerField()
    goals_against = serializers.IntegerField()
    points = serializers.IntegerField()


class RoundSerializer(serializers.Serializer):
    number = serializers.IntegerField()
    name = serializers.CharField()


class CompetitionDetailSerializer(CompetitionSerializer):
    standings = StandingSerializer(many=True)
    rounds = RoundSerializer(many=True)
    current_round = RoundSerializer(allow_null=True)
    current_matches = MatchSerializer(many=True, help_text="The current round's matches or races.")
    url = serializers.URLField(allow_null=True, help_text="The competition's page on the site.")


class CompetitionListSerializer(serializers.Serializer):
    results = CompetitionSerializer(many=True)


class CompetitionListView(ApiView):
    """Every competition on the Scorebord."""

    @documented("list_competitions", CompetitionListSerializer, summary="The Scorebord's competitions.")
    def get(self, request):
        add_keys(request, ALL_KEY)
        return Response({"results": CompetitionSerializer(Competition.objects.all(), many=True).data})


class CompetitionDetailView(ApiView):
    """One competition: standings by its rules, its rounds, the current round's matches."""

    @documented(
        "get_competition",
        CompetitionDetailSerializer,
        404,
        parameters=[id_parameter("competition")],
        summary="A competition with its standings and the current round.",
    )
    def get(self, request, pk: int):
        competition = Competition.objects.filter(pk=pk).first()
        if competition is None:
            raise exceptions.NotFound(_("Er is geen competitie met id %(id)s.") % {"id": pk})
        add_keys(request, ALL_KEY, competition.cache_key)
        state = board.competition_state(competition)
        data = CompetitionSerializer(competition).data
        data.update(
            standings=StandingSerializer(state["table"], many=True).data,
            rounds=RoundSerializer(state["rounds"], many=True).data,
            current_round=RoundSerializer(state["current_round"]).data if state["current_round"] else None,
            current_matches=MatchSerializer(state["round_matches"], many=True).data,
            url=page_url(f"{competition.slug}/"),
        )
        return Response(data)


class MatchDetailView(ApiView):
    """One match with its score, or one race with its finishers."""

    @documented(
        "get_match",
        MatchDetailSerializer,
        404,
        parameters=[id_parameter("match")],
        summary="A match with its score and status, or a race with its finishers.",
    )
    def get(self, request, pk: int):
        match = Match.objects.for_listing().prefetch_related("placings__participant").filter(pk=pk).first()
        if match is None:
            raise exceptions.NotFound(_("Er is geen wedstrijd met id %(id)s.") % {"id": pk})
        add_keys(request, ALL_KEY, match.competition.cache_key)
        return Response(MatchDetailSerializer(match).data)
