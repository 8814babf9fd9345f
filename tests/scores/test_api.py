"""The Scorebord in the API: competitions, a competition's standings, a match; 404 in the API's shape."""

from tests.scores.conftest import add_match


def test_competition_with_standings_and_current_round(api, board_page, league):
    """The standings follow the competition's rules; the current round's matches carry their scores."""
    add_match(league, "Zandmeer", "Dijkhuizen", (2, 0))
    listing = api.get("/api/v1/scores/competitions/").json()
    assert [c["slug"] for c in listing["results"]] == ["polderdivisie"]
    data = api.get(f"/api/v1/scores/competitions/{league.competition.pk}/").json()
    assert [(row["rank"], row["participant"]["name"], row["points"]) for row in data["standings"]][:2] == [
        (1, "Zandmeer", 3),
        (2, "Dijkhuizen", 0),
    ]
    assert data["current_matches"][0]["home_score"] == 2
    assert data["url"].endswith("/scorebord/polderdivisie/")


def test_match_and_race(api, races, league):
    match = add_match(league, "Zandmeer", "Dijkhuizen", (1, 1))
    data = api.get(f"/api/v1/scores/matches/{match.pk}/").json()
    assert (data["home"]["name"], data["home_score"], data["status"]) == ("Zandmeer", 1, "afgelopen")
    race = api.get(f"/api/v1/scores/matches/{races.race.pk}/").json()
    assert [p["participant"]["name"] for p in race["placings"]] == ["Daan Oosterwijk", "Thijs Moerkerk"]
    assert race["home"] is None


def test_unknown_ids_answer_404(api, tree):
    for url in ("/api/v1/scores/competitions/99999/", "/api/v1/scores/matches/99999/"):
        response = api.get(url)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"
