"""The desk's side of Het Woord: the planning of the coming words, vetoes from it and in the snippet list,
and nobody else's."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from krant.core.roles import DESK, REPORTER
from krant.woord import services
from krant.woord.models import WordVeto
from tests.factories import make_user

MOMENT = dt.datetime(2027, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def desk(client, tree):
    """An editor of the desk, logged in on 10 March 2027 (a session older than the travelled-to day would
    have expired)."""
    with time_machine.travel(MOMENT, tick=False):
        client.force_login(make_user("eindredacteur", DESK))
        yield client


def test_the_desk_sees_the_coming_four_weeks(desk):
    with time_machine.travel(MOMENT, tick=False):
        response = desk.get(reverse("woord_planning"))
        planned = services.planning(dt.date(2027, 3, 10), 29)
    assert response.status_code == 200
    html = response.content.decode()
    assert all(day.word.upper() in html for day in planned)
    assert html.count('name="woord"') == 28  # today's word is fixed; every later one can be vetoed


def test_a_veto_from_the_planning_replaces_that_day_and_keeps_the_days_before(desk):
    with time_machine.travel(MOMENT, tick=False):
        before = services.planning(dt.date(2027, 3, 10), 10)
        response = desk.post(
            reverse("woord_planning"),
            {"woord": before[5].word, "dag": before[5].day.isoformat(), "reden": "Nee"},
        )
        after = services.planning(dt.date(2027, 3, 10), 10)
    assert response.status_code == 302
    assert [p.word for p in after[:5]] == [p.word for p in before[:5]]
    assert after[5].word != before[5].word
    assert WordVeto.objects.get().reason == "Nee"


@pytest.mark.parametrize("day", ["2027-03-10", "2027-03-01", "gisteren"])
def test_a_veto_for_today_or_earlier_is_refused_with_a_message(desk, day):
    with time_machine.travel(MOMENT, tick=False):
        response = desk.post(reverse("woord_planning"), {"woord": "water", "dag": day}, follow=True)
    assert not WordVeto.objects.exists()
    assert "morgen of later" in response.content.decode() or "Kies een dag" in response.content.decode()


def test_the_desk_manages_vetoes_as_snippets(desk):
    with time_machine.travel(MOMENT, tick=False):
        word = services.planning(dt.date(2027, 3, 12), 1)[0].word
        response = desk.post(
            reverse("wagtailsnippets_woord_wordveto:add"),
            {"word": word.upper(), "starts_on": "2027-03-12", "reason": ""},
        )
        refused = desk.post(
            reverse("wagtailsnippets_woord_wordveto:add"), {"word": "qqqqq", "starts_on": "2027-03-12"}
        )
    assert response.status_code == 302
    assert WordVeto.objects.get().word == word
    assert refused.status_code == 200 and "nooit woord van de dag" in refused.content.decode()


def test_a_reporter_sees_no_planning(client, tree):
    client.force_login(make_user("verslaggever", REPORTER))
    response = client.get(reverse("woord_planning"))
    assert response.status_code in (302, 403)
    assert "woord_planning" not in str(response.get("Location", ""))
