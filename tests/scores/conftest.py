"""A small league and a race series for the Scorebord's tests, and its page."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from krant.scores.models import Competition, Match, Participant, Placing, Round, ScoreboardPage, Sport, Status
from tests.factories import add_page


@pytest.fixture
def api():
    """A client as an app would be: no cookies, JSON back."""
    return APIClient()


@pytest.fixture
def board_page(tree) -> ScoreboardPage:
    return add_page(tree.home, ScoreboardPage(title="Scorebord", slug="scorebord"))


def make_league(teams=("Zandmeer", "Dijkhuizen", "Meeuwen", "Veenendorp"), **fields) -> SimpleNamespace:
    competition = Competition.objects.create(name="Polderdivisie", slug="polderdivisie", **fields)
    league = SimpleNamespace(
        competition=competition,
        round=Round.objects.create(competition=competition, number=1, name="Speelronde 1"),
        teams={name: Participant.objects.get_or_create(name=name)[0] for name in teams},
    )
    return league


def add_match(league, home, away, score=None, status=None, starts_at=None, round_=None) -> Match:
    home_score, away_score = score if score else (None, None)
    return Match.objects.create(
        competition=league.competition,
        round=round_ or league.round,
        home=league.teams[home],
        away=league.teams[away],
        home_score=home_score,
        away_score=away_score,
        status=status or (Status.FINISHED if score else Status.SCHEDULED),
        starts_at=starts_at or timezone.now() - timedelta(hours=3),
    )


@pytest.fixture
def league(db) -> SimpleNamespace:
    return make_league()


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
        venue="Circuit Kanaalhaven",
        status=Status.FINISHED,
        starts_at=timezone.now() - timedelta(days=1),
    )
    drivers = [
        Participant.objects.create(name=n, affiliation="Team Vlietstra")
        for n in ("Daan Oosterwijk", "Thijs Moerkerk")
    ]
    for position, driver in enumerate(drivers, start=1):
        Placing.objects.create(match=race, participant=driver, position=position)
    return SimpleNamespace(competition=competition, race=race, drivers=drivers)
