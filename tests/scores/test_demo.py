"""The demo's season (content/scores.toml): loaded offline, a round under way today, loaded once."""

from django.utils import timezone

from krant.demo.scores import load_scores
from krant.scores.models import Competition, Match, Status


def test_the_demo_season_is_loaded_once_with_a_round_under_way(db):
    """Four competitions; the league's 7th round is being played (one match in play, one at half-time)
    and the rounds before are final; loading again adds nothing."""
    now = timezone.now()
    assert load_scores(now) == 4
    league = Competition.objects.get(slug="polderdivisie")
    assert league.rounds.count() == 10 and league.matches.count() == 30
    assert league.matches.filter(round__number__lt=7).exclude(status=Status.FINISHED).count() == 0
    statuses = set(league.matches.filter(round__number=7).values_list("status", flat=True))
    assert statuses == {Status.LIVE, Status.HALF_TIME, Status.SCHEDULED}
    assert Match.objects.filter(competition__slug="formule-1", status=Status.FINISHED).count() == 3
    assert load_scores(now) == 0
    assert Match.objects.count() == 30 + 6 + 4 + 2
