"""'Live scores' in the admin: one click on '+1', two numbers and a status, and clear refusals."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from krant.core.roles import DESK, REPORTER
from krant.live.log import event_log
from krant.scores.models import Match, Participant, Status
from tests.factories import make_user
from tests.scores.conftest import add_match

URL = "/admin/scorebord/live/"


@pytest.fixture
def desk(client, tree):
    client.force_login(make_user("eindredacteur", DESK))
    return client


@pytest.fixture
def today(league):
    return add_match(league, "Zandmeer", "Dijkhuizen", starts_at=timezone.now() + timedelta(minutes=1))


def post(client, match, **data):
    return client.post(URL, {"match": match.pk, "status": Status.LIVE, **data})


def test_the_list_shows_todays_matches(desk, today):
    html = desk.get(URL).content.decode()
    assert "Zandmeer" in html and f'name="match" value="{today.pk}"' in html


def test_plus_one_starts_the_match_and_counts_a_goal(desk, today):
    """One click on '+1' for the home side of a planned match: 1-0, 'bezig'."""
    response = desk.post(
        URL,
        {"match": today.pk, "status": Status.SCHEDULED, "home_score": "", "away_score": "", "plus": "home"},
    )
    assert response.status_code == 302
    today.refresh_from_db()
    assert (today.home_score, today.away_score, today.status) == (1, 0, Status.LIVE)


def test_two_numbers_and_a_status(desk, today):
    assert post(desk, today, home_score="2", away_score="3", status=Status.FINISHED).status_code == 302
    today.refresh_from_db()
    assert (today.home_score, today.away_score, today.status) == (2, 3, Status.FINISHED)


BAD = {
    "negative": ({"home_score": "-1", "away_score": "0"}, "Een score is 0 of meer."),
    "letters": ({"home_score": "twee", "away_score": "0"}, "Vul een heel getal in."),
    "too high": ({"home_score": "100", "away_score": "0"}, "Een score is hoogstens 99."),
    "one side": ({"home_score": "1", "away_score": ""}, "Vul beide scores in, of geen van beide."),
    "unknown status": ({"status": "gestaakt"}, "Kies een status uit de lijst."),
    "bad plus": ({"plus": "scheids"}, "Kies +1 voor thuis of uit."),
}


@pytest.mark.parametrize(("data", "message"), BAD.values(), ids=BAD.keys())
def test_bad_input_is_refused_with_a_dutch_message(desk, today, data, message):
    """400 with the reason on the form; the match is unchanged."""
    response = post(desk, today, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    today.refresh_from_db()
    assert (today.home_score, today.status) == (None, Status.SCHEDULED)


def test_an_unknown_match_is_404(desk, today):
    assert desk.post(URL, {"match": 999999, "status": Status.LIVE}).status_code == 404


def test_other_methods_are_405(desk, today):
    assert desk.put(URL).status_code == 405


def test_reporters_may_not_enter_scores(client, tree, today):
    """Only who may change matches (Eindredactie, Beheer) enters scores."""
    client.force_login(make_user("verslaggever", REPORTER))
    response = client.post(URL, {"match": today.pk, "status": Status.LIVE, "plus": "home"})
    assert response.status_code in (302, 403)
    assert Match.objects.get(pk=today.pk).status == Status.SCHEDULED


def test_a_result_corrected_in_the_full_form_reaches_open_pages(
    desk, today, django_capture_on_commit_callbacks
):
    """Saving the match in Scorebord > Wedstrijden gives it a new version and a live event."""
    event_log.cache_clear()
    start = event_log().last_id()
    data = {
        "competition": today.competition_id,
        "round": today.round_id,
        "name": "",
        "home": today.home_id,
        "away": today.away_id,
        "starts_at": timezone.localtime(today.starts_at).strftime("%Y-%m-%d %H:%M"),
        "venue": "",
        "status": Status.FINISHED,
        "home_score": "4",
        "away_score": "0",
        "external_id": "",
        "placings-TOTAL_FORMS": "0",
        "placings-INITIAL_FORMS": "0",
        "placings-MIN_NUM_FORMS": "0",
        "placings-MAX_NUM_FORMS": "1000",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = desk.post(f"/admin/scorebord/wedstrijden/edit/{today.pk}/", data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    today.refresh_from_db()
    assert (today.home_score, today.version) == (4, 1)
    assert [e.data for e in event_log().after(start)] == [{"type": "score", "match": today.pk, "version": 1}]


def test_the_match_list_costs_the_same_queries_for_any_number_of_matches(desk, league):
    """The admin's list of matches loads each row's sides, competition and round with the page."""
    add_match(league, "Zandmeer", "Dijkhuizen")
    url = "/admin/scorebord/wedstrijden/"
    desk.get(url)  # what the first request of all caches
    with CaptureQueriesContext(connection) as one:
        assert desk.get(url).status_code == 200
    for number in range(6):
        league.teams[f"Thuis {number}"] = Participant.objects.create(name=f"Thuis {number}")
        league.teams[f"Uit {number}"] = Participant.objects.create(name=f"Uit {number}")
        add_match(league, f"Thuis {number}", f"Uit {number}")
    with CaptureQueriesContext(connection) as seven:
        html = desk.get(url).content.decode()
    assert "Thuis 5" in html
    assert len(seven) == len(one)
