"""The Scorebord's pages without JavaScript: overview, competition (standings, current round), round, match
(SportsEvent JSON-LD), the score fragment, bad addresses, and a query count that does not grow."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from krant.scores.models import Round, Status
from tests.scores.conftest import add_match


@pytest.fixture
def played(league):
    add_match(league, "Zandmeer", "Dijkhuizen", (2, 0))
    add_match(league, "Meeuwen", "Veenendorp", (1, 1))
    return league


def test_overview_lists_this_weeks_matches_per_competition(client, board_page, played):
    """Each competition with this week's matches, their scores and links; the page listens for scores."""
    html = client.get(board_page.url).content.decode()
    assert '<a href="/scorebord/polderdivisie/">Polderdivisie</a>' in html
    assert "Zandmeer" in html and "Dijkhuizen" in html
    assert re.search(r'class="score__goals">2<span aria-hidden="true">–</span>', html)
    assert 'data-live-channel="scores"' in html


def test_competition_page_shows_the_standings_and_the_round(client, board_page, played):
    """The standings come from the final results: Zandmeer first with 3 points, a draw gives 1."""
    response = client.get(f"{board_page.url}polderdivisie/")
    assert response.status_code == 200
    rows = re.findall(
        r'<tr><td>(\d+)</td><th scope="row">([^<]+)</th>.*?<td>(\d+)</td></tr>', response.content.decode()
    )
    assert rows == [
        ("1", "Zandmeer", "3"),
        ("2", "Meeuwen", "1"),
        ("2", "Veenendorp", "1"),
        ("4", "Dijkhuizen", "0"),
    ]
    assert "Speelronde 1" in response.content.decode()
    assert {"scores", f"scores:competition:{played.competition.pk}"} <= set(response["xkey"].split())


def test_a_match_in_play_does_not_count_in_the_standings(client, board_page, league):
    """Only a final result changes the table: 1-0 'bezig' leaves everyone on 0 points."""
    add_match(league, "Zandmeer", "Dijkhuizen", (1, 0), status=Status.LIVE)
    html = client.get(f"{board_page.url}polderdivisie/").content.decode()
    assert not re.search(r"<td>[1-9]\d*</td></tr>", html)
    assert "bezig" in html


def test_round_page_and_its_neighbours(client, board_page, played):
    """A round lists its matches and links to the next round."""
    Round.objects.create(competition=played.competition, number=2, name="Speelronde 2")
    html = client.get(f"{board_page.url}polderdivisie/ronde/1/").content.decode()
    assert "Zandmeer" in html
    assert 'href="/scorebord/polderdivisie/ronde/2/" rel="next"' in html


def test_match_page_has_sports_event_json_ld(client, board_page, played):
    """The match page describes the match as a schema.org SportsEvent with both teams and its start."""
    match = played.competition.matches.first()
    html = client.get(f"{board_page.url}wedstrijd/{match.pk}/").content.decode()
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]
    event = next(b for b in blocks if b.get("@type") == "SportsEvent")
    assert event["homeTeam"]["name"] == "Zandmeer" and event["awayTeam"]["name"] == "Dijkhuizen"
    assert event["startDate"] and event["url"].endswith(f"/scorebord/wedstrijd/{match.pk}/")


def test_race_page_lists_the_finishers_and_the_championship(client, board_page, races):
    """A race shows its finishers; the championship gives the competition's points per place."""
    html = client.get(f"{board_page.url}wedstrijd/{races.race.pk}/").content.decode()
    assert html.index("Daan Oosterwijk") < html.index("Thijs Moerkerk")
    html = client.get(f"{board_page.url}formule-1/").content.decode()
    assert re.search(r"Daan Oosterwijk</th><td>Team Vlietstra</td><td>1</td><td>25</td>", html)


def test_score_fragment_is_the_score_alone(client, board_page, played):
    """The fragment the script fetches is one element carrying the match's id and version."""
    match = played.competition.matches.first()
    response = client.get(f"{board_page.url}wedstrijd/{match.pk}/score/?v=3")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.startswith(f'<span class="score score--afgelopen" data-match="{match.pk}"')
    assert "<html" not in html


@pytest.mark.parametrize(
    "path",
    [
        "onbekend/",
        "polderdivisie/ronde/9/",
        "polderdivisie/ronde/x/",
        "wedstrijd/999999/",
        "wedstrijd/999999/score/",
    ],
)
def test_unknown_addresses_answer_404(client, board_page, played, path):
    """A competition, round or match that does not exist answers 404, never 500."""
    assert client.get(f"{board_page.url}{path}").status_code == 404


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_the_season(client, board_page, league):
    """Every page costs the same number of queries with 2 matches and with 40 matches in 10 rounds."""
    add_match(league, "Zandmeer", "Dijkhuizen", (2, 0))
    add_match(league, "Meeuwen", "Veenendorp", (1, 1))
    urls = [board_page.url, f"{board_page.url}polderdivisie/", f"{board_page.url}polderdivisie/ronde/1/"]
    match_url = f"{board_page.url}wedstrijd/{league.competition.matches.first().pk}/"
    for url in [*urls, match_url]:
        client.get(url)  # warm the menus and settings
    few = [count_queries(client, url) for url in [*urls, match_url]]
    names = list(league.teams)
    for number in range(2, 12):
        round_ = Round.objects.create(
            competition=league.competition, number=number, name=f"Speelronde {number}"
        )
        for index in range(4):
            add_match(
                league,
                names[index % 4],
                names[(index + 1) % 4],
                (index, 1),
                starts_at=timezone.now() - timedelta(hours=number),
                round_=round_,
            )
    many = [count_queries(client, url) for url in [*urls, match_url]]
    assert few == many
    assert max(many) <= 12


def test_english_pages(client, board_page, played):
    """Under /en/ the same pages answer, with the interface in English where translated."""
    assert client.get(f"/en{board_page.url}polderdivisie/").status_code == 200
    match = played.competition.matches.first()
    assert client.get(f"/en{board_page.url}wedstrijd/{match.pk}/").status_code == 200
