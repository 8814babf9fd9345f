"""Spellen in the API: /api/v1/puzzles/ lists what the pages let a reader play, the givens and never the
solution; tomorrow's puzzle is a 404, as on the site."""

from datetime import timedelta

import pytest
from rest_framework.test import APIClient

from krant.games.models import DAILY, Kind, Level
from tests.games.conftest import TODAY, store

BASE = "http://127.0.0.1:8000"


@pytest.fixture
def api():
    return APIClient()


def test_todays_puzzles_have_their_givens_and_no_solution(api, todays, games_page):
    """Today's four puzzles in the pages' order, each with its givens and its page; no solution anywhere."""
    store(Kind.SUDOKU, Level.EASY, TODAY - timedelta(days=1), grids_of=TODAY)
    response = api.get("/api/v1/puzzles/")
    assert response.status_code == 200
    data = response.json()
    assert data["today"] == TODAY.isoformat()
    today = [item for item in data["results"] if item["day"] == TODAY.isoformat()]
    assert [(item["kind"], item["level"]) for item in today] == [(k.value, lv.value) for k, lv in DAILY]
    easy = todays[(Kind.SUDOKU, Level.EASY)]
    assert today[0]["givens"] == easy.givens and today[0]["size"] == 9
    assert today[0]["url"] == f"{BASE}/spellen/sudoku/{TODAY.isoformat()}/makkelijk/"
    assert data["results"][-1]["day"] == (TODAY - timedelta(days=1)).isoformat()  # newest day first
    for puzzle in todays.values():
        assert puzzle.solution not in response.content.decode()
    assert "solution" not in today[0]
    assert "games" in response["xkey"].split()
    # Gone at midnight in Amsterdam (noon now), not a second later.
    assert "s-maxage=43200, stale-while-revalidate=0" in response["Cache-Control"]


def test_tomorrows_puzzle_is_a_404_and_not_listed(api, todays):
    """Tomorrow's puzzles are stored ahead with their solutions: not in the list, a 404 by id."""
    tomorrow = store(Kind.BINAIRO, Level.STANDARD, TODAY + timedelta(days=1), grids_of=TODAY)
    listed = api.get("/api/v1/puzzles/").json()["results"]
    assert tomorrow.pk not in [item["id"] for item in listed]
    response = api.get(f"/api/v1/puzzles/{tomorrow.pk}/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert api.get("/api/v1/puzzles/99999999/").status_code == 404


def test_one_puzzle_by_id(api, todays):
    puzzle = todays[(Kind.BINAIRO, Level.STANDARD)]
    data = api.get(f"/api/v1/puzzles/{puzzle.pk}/").json()
    assert (data["kind"], data["level"], data["size"], data["givens"]) == (
        "binairo",
        "standaard",
        10,
        puzzle.givens,
    )
    assert data["symbols"] == "01"


def test_filters_by_kind_level_and_day(api, todays):
    store(Kind.SUDOKU, Level.HARD, TODAY - timedelta(days=2), grids_of=TODAY)
    results = api.get("/api/v1/puzzles/", {"kind": "sudoku", "level": "moeilijk"}).json()["results"]
    assert [item["day"] for item in results] == [TODAY.isoformat(), (TODAY - timedelta(days=2)).isoformat()]
    results = api.get("/api/v1/puzzles/", {"day": TODAY.isoformat(), "kind": "binairo"}).json()["results"]
    assert [item["kind"] for item in results] == ["binairo"]
    assert api.get("/api/v1/puzzles/", {"kind": "binairo", "level": "makkelijk"}).json()["results"] == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"kind": "kruiswoord"}, "kind"),
        ({"level": "heel-moeilijk"}, "level"),
        ({"day": "2026-13-01"}, "day"),
        ({"day": ""}, "day"),
    ],
)
def test_bad_parameters_are_a_400_naming_them(api, todays, query, field):
    response = api.get("/api/v1/puzzles/", query)
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
