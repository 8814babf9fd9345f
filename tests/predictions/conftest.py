"""A league with an open match and a race series for the Sportspellen' tests, their game pages, players."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from krant.predictions.models import PredictionGamePage
from krant.scores.models import Competition, Match, Participant, Placing, Round, Sport
from tests.community.conftest import make_member
from tests.factories import add_page
from tests.scores.conftest import add_match, make_league


@pytest.fixture
def league(db) -> SimpleNamespace:
    league = make_league()
    league.kick_off = timezone.now().replace(microsecond=0) + timedelta(days=2)
    league.match = add_match(league, "Zandmeer", "Dijkhuizen", starts_at=league.kick_off)
    return league


@pytest.fixture
def races(db) -> SimpleNamespace:
    competition = Competition.objects.create(
        name="Formule 1", slug="formule-1", sport=Sport.FORMULA_ONE, race_points=[25, 18, 15]
    )
    round_ = Round.objects.create(competition=competition, number=1, name="Grote Prijs van Kanaalhaven")
    race = Match.objects.create(
        competition=competition,
        round=round_,
        name="Grote Prijs van Kanaalhaven",
        starts_at=timezone.now().replace(microsecond=0) + timedelta(days=3),
    )
    drivers = [
        Participant.objects.create(name=name, affiliation="Team Vlietstra")
        for name in ("Daan Oosterwijk", "Thijs Moerkerk", "Ruben Achterberg", "Koen Hazeveld")
    ]
    # The drivers one can pick: who finished an earlier race of the series.
    earlier = Match.objects.create(
        competition=competition,
        round=round_,
        name="Testrace",
        starts_at=timezone.now() - timedelta(days=7),
    )
    for position, driver in enumerate(drivers, start=1):
        Placing.objects.create(match=earlier, participant=driver, position=position)
    return SimpleNamespace(competition=competition, race=race, drivers=drivers)


@pytest.fixture
def game(tree, league) -> PredictionGamePage:
    return add_page(
        tree.home,
        PredictionGamePage(title="Sportspellen", slug="sportspellen", competition=league.competition),
    )


@pytest.fixture
def gp_game(tree, races) -> PredictionGamePage:
    return add_page(
        tree.home, PredictionGamePage(title="GP-spel", slug="gp-spel", competition=races.competition)
    )


@pytest.fixture
def player(db):
    """A member (the user; `.member` is their community face)."""
    return make_member("speler@voorbeeld.nl", "Voorspeller")


@pytest.fixture
def rival(db):
    return make_member("rivaal@voorbeeld.nl", "Tegenspeler")
