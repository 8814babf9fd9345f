"""Het Woord in the API: the day's number and date, never a word; a day that has not begun is a 404."""

import pytest
import time_machine
from rest_framework.test import APIClient

from krant.woord import clock
from tests.woord.conftest import ANSWER

BASE = "http://127.0.0.1:8000"


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def morning():
    with time_machine.travel("2026-12-06T07:00:00Z", tick=False):  # Het Woord 6
        yield


def test_today_is_its_number_and_date_without_the_word(api, woord_page, morning, answer):
    """The public facts of today; the word, stored for today, is nowhere in the answer."""
    response = api.get("/api/v1/woord/")
    assert response.status_code == 200
    data = response.json()
    assert (data["number"], data["date"], data["today"]) == (6, "2026-12-06", True)
    assert data["url"] == f"{BASE}/het-woord/"
    assert data["api_url"] == f"{BASE}/api/v1/woord/6/"
    assert ANSWER not in response.content.decode().lower()
    assert "woord" in response["xkey"].split()
    assert "s-maxage=57600, stale-while-revalidate=0" in response["Cache-Control"]  # until midnight


def test_a_past_day_by_number_and_no_future_day(api, woord_page, morning):
    """Earlier days answer with their date; tomorrow's number and any later one, 0 and a huge one, 404."""
    data = api.get("/api/v1/woord/1/").json()
    assert (data["number"], data["date"], data["today"]) == (1, clock.FIRST_DAY.isoformat(), False)
    assert "word" not in data
    for number in (7, 0, 10**30):
        response = api.get(f"/api/v1/woord/{number}/")
        assert response.status_code == 404, number
        assert response.json()["error"]["code"] == "not_found"
