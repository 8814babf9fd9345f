"""The Sportspellen in the API: the games, a game's rounds with their matches and lock times, the public
leaderboards; nothing personal, bad parameters a 400, unknown ids a 404, the keys that purge each answer."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from krant.predictions import services
from krant.predictions.models import PredictionGamePage, game_key
from krant.scores import services as scores
from krant.scores.models import Round, Status
from tests.factories import add_page
from tests.scores.conftest import add_match

BASE = "http://testserver"


@pytest.fixture
def api():
    return APIClient()


def finish(league, player, rival):
    """Both predict the open match; it ends 2-1; the player was exactly right, the rival not at all."""
    services.place_prediction(player.member, league.match.pk, home_score=2, away_score=1)
    services.place_prediction(rival.member, league.match.pk, home_score=0, away_score=1)
    scores.record_score(league.match, 2, 1, Status.FINISHED)
    services.score_match(league.match.pk)


def test_the_games_are_listed_with_their_competition_and_addresses(api, game, gp_game):
    """Every published game with its competition, its page and its API addresses; a draft is not listed."""
    add_page(game.get_parent(), PredictionGamePage(title="Concept", slug="concept"), published=False)
    results = api.get("/api/v1/predictions/games/").json()["results"]
    assert [(g["id"], g["competition"]["slug"]) for g in results] == [
        (game.pk, "polderdivisie"),
        (gp_game.pk, "formule-1"),
    ]
    assert results[0]["url"].endswith("/sportspellen/")
    assert api.get(results[0]["api_url"]).status_code == 200
    assert api.get(results[0]["leaderboard_url"]).status_code == 200


def test_a_game_has_its_rounds_with_matches_and_when_each_locks(api, game, league):
    """Rounds in order, each with its matches, their start as the lock time, and which are locked now."""
    played = add_match(league, "Meeuwen", "Veenendorp", (1, 1))
    later = Round.objects.create(competition=league.competition, number=2, name="Speelronde 2")
    data = api.get(f"/api/v1/predictions/games/{game.pk}/").json()
    assert data["rules"][1] == "3 punten voor precies de goede uitslag."
    first, second = data["rounds"]
    assert (first["number"], second["number"], second["name"]) == (1, 2, later.name)
    assert [(m["id"], m["locked"]) for m in first["matches"]] == [(played.pk, True), (league.match.pk, False)]
    assert first["matches"][1]["locks_at"] == timezone.localtime(league.kick_off).isoformat()
    assert first["locks_at"] == first["matches"][0]["starts_at"]
    assert (second["matches"], second["locks_at"]) == ([], None)
    assert second["leaderboard_url"].endswith(f"/predictions/games/{game.pk}/leaderboard/?round=2")


def test_a_match_shown_under_way_is_locked_before_its_planned_start(api, game, league):
    """The lock follows the Scorebord as the write does: a match under way is locked, whatever its time."""
    scores.record_score(league.match, 0, 0, Status.LIVE)
    match = api.get(f"/api/v1/predictions/games/{game.pk}/").json()["rounds"][0]["matches"][0]
    assert (match["id"], match["locked"]) == (league.match.pk, True)


def test_the_answer_lives_no_longer_than_the_next_lock(api, game, league):
    """The next kick-off turns a match locked: no cache keeps the answer past it."""
    response = api.get(f"/api/v1/predictions/games/{game.pk}/")
    seconds = (league.kick_off - timezone.now()).total_seconds()
    assert int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0]) <= seconds + 1


def test_leaderboards_of_the_season_and_a_round_show_names_only(api, game, league, player, rival):
    """The season's and the round's tables rank by points with the community names; no address, no id."""
    finish(league, player, rival)
    services.create_group(player.member, league.competition.pk, "Geheime kantoorpoule")
    for query in ("", "?round=1"):
        response = api.get(f"/api/v1/predictions/games/{game.pk}/leaderboard/{query}")
        rows = response.json()["results"]
        assert [(r["place"], r["name"], r["points"], r["exact"]) for r in rows] == [
            (1, "Voorspeller", 3, 1),
            (2, "Tegenspeler", 0, 0),
        ]
        body = response.content.decode()
        assert "@" not in body and "Geheime" not in body and "member" not in body
    data = api.get(f"/api/v1/predictions/games/{game.pk}/leaderboard/?round=1&limit=1").json()
    assert data["round"] == {"number": 1, "name": "Speelronde 1"}
    assert [r["name"] for r in data["results"]] == ["Voorspeller"]


@pytest.mark.parametrize("query", ["round=een", "round=0", "round=", "limit=0", "limit=51", "limit=x"])
def test_bad_parameters_answer_400_naming_them(api, game, query):
    response = api.get(f"/api/v1/predictions/games/{game.pk}/leaderboard/?{query}")
    assert response.status_code == 400
    error = response.json()["error"]
    assert list(error["fields"]) == [query.split("=")[0]]
    assert error["message"].startswith(f"Ongeldige parameter '{query.split('=')[0]}'")


def test_unknown_games_and_rounds_answer_404(api, game, tree):
    """An unknown or draft game, a page of another type, a round the season lacks: 404 in the API's shape."""
    draft = add_page(tree.home, PredictionGamePage(title="Concept", slug="concept"), published=False)
    for url in (
        "/api/v1/predictions/games/99999/",
        f"/api/v1/predictions/games/{draft.pk}/",
        f"/api/v1/predictions/games/{tree.binnenland.pk}/",
        f"/api/v1/predictions/games/{draft.pk}/leaderboard/",
        f"/api/v1/predictions/games/{2**40}/leaderboard/",
    ):
        response = api.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]["code"] == "not_found"
    response = api.get(f"/api/v1/predictions/games/{game.pk}/leaderboard/?round=99")
    assert response.status_code == 404
    assert list(response.json()["error"]["fields"]) == ["round"]


def test_answers_carry_the_keys_that_purge_them(api, game, league):
    """The game and its leaderboards carry the game's key (new points), the competition's (a score, a
    fixture) and the page's (a publish); the list the menus' (a new game)."""
    expected = {"scores", league.competition.cache_key, game_key(league.competition.pk), f"page:{game.pk}"}
    for url in (f"/api/v1/predictions/games/{game.pk}/", f"/api/v1/predictions/games/{game.pk}/leaderboard/"):
        assert expected <= set(api.get(url)["xkey"].split()), url
    assert "menus" in api.get("/api/v1/predictions/games/")["xkey"].split()


def query_count(api, url: str) -> int:
    api.get(url)  # the first answer fills the per-process caches (the site's root paths)
    with CaptureQueriesContext(connection) as queries:
        assert api.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_the_season(api, game, league, player, rival):
    """A game and its leaderboards cost the same queries with one round or five, one match or many."""
    finish(league, player, rival)
    urls = [
        "/api/v1/predictions/games/",
        f"/api/v1/predictions/games/{game.pk}/",
        f"/api/v1/predictions/games/{game.pk}/leaderboard/",
        f"/api/v1/predictions/games/{game.pk}/leaderboard/?round=1",
    ]
    before = [query_count(api, url) for url in urls]
    for number in range(2, 6):
        round_ = Round.objects.create(competition=league.competition, number=number, name=f"Ronde {number}")
        add_match(
            league, "Meeuwen", "Veenendorp", starts_at=league.kick_off + timedelta(days=number), round_=round_
        )
    assert [query_count(api, url) for url in urls] == before
    assert max(before) <= 6, before
