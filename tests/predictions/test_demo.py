"""The demo's Sportspellen (content/predictions.toml): games linked to the season, leaderboards filled."""

from django.utils import timezone

from krant.demo.accounts import ensure_demo_moderator
from krant.demo.community import ensure_demo_members
from krant.demo.predictions import ensure_demo_predictions, link_games
from krant.demo.scores import load_scores
from krant.predictions import leaderboards
from krant.predictions.models import Group, Prediction, PredictionGamePage
from krant.scores.models import Competition
from tests.factories import add_page


def test_the_demo_fills_both_games_leaderboards_once(tree):
    """Both menu pages get their competition; the players' predictions of the played matches and races
    are scored, so both season tables are filled; loading again adds nothing."""
    for title in ("Sportspellen", "GP-spel"):
        add_page(tree.home, PredictionGamePage(title=title))
    load_scores(timezone.now())
    assert link_games() == 2
    ensure_demo_moderator()
    ensure_demo_members()
    created = ensure_demo_predictions()
    assert created > 0
    assert not Prediction.objects.filter(points__isnull=True, match__status="afgelopen").exists()
    for slug in ("polderdivisie", "formule-1"):
        table = leaderboards.season(Competition.objects.get(slug=slug))
        assert len(table) == 6 and table[0].points > 0
    assert Group.objects.count() == 2
    assert ensure_demo_predictions() == 0
    assert link_games() == 0
