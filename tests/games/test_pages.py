"""The Spellen page and a page per puzzle: cached and the same for everyone, a form that works without
JavaScript, never the solution before the reader asks for it, and clear answers to bad addresses."""

import re
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext

from krant.games.models import Kind, Level
from tests.games.conftest import TODAY, store


def test_index_lists_today_and_the_archive(todays, games_page, client):
    """Today's four puzzles are linked; yesterday's are in the archive; tomorrow's are nowhere."""
    store(Kind.SUDOKU, Level.HARD, TODAY - timedelta(days=1))
    store(Kind.SUDOKU, Level.HARD, TODAY + timedelta(days=1))
    response = client.get(games_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for puzzle in todays.values():
        assert f'href="{games_page.url}{puzzle.address}"' in html
    assert f"{games_page.url}sudoku/2026-12-05/moeilijk/" in html
    assert "2026-12-07" not in html
    assert response["Cache-Control"].startswith("public")


def test_puzzle_page_is_a_labelled_form_without_the_solution(todays, games_page, client):
    """One input per cell labelled by row and column; givens read-only; no solution digit of an open cell."""
    puzzle = todays[(Kind.SUDOKU, Level.MEDIUM)]
    response = client.get(f"{games_page.url}{puzzle.address}")
    assert response.status_code == 200
    html = response.content.decode()
    inputs = re.findall(
        r"<input id=\"c(\d+)\" name=\"c\d+\" value=\"(\d?)\"[^>]*aria-label=\"([^\"]+)\"", html
    )
    assert len(inputs) == 81
    assert inputs[22][2].startswith("rij 3, kolom 5")
    for index, value, _label in inputs:
        assert value == ("" if puzzle.givens[int(index)] == "." else puzzle.givens[int(index)])
    assert html.count(" readonly") == puzzle.given_count
    assert puzzle.solution not in html
    assert "csrfmiddlewaretoken" not in html
    assert f'action="/spellen/controleer/{puzzle.address}"' in html
    assert response["Cache-Control"].startswith("public")


def test_a_member_gets_the_same_page(todays, games_page, member, client):
    """The page is the same bytes for a logged-in member: their progress comes from its own request."""
    address = f"{games_page.url}{todays[(Kind.SUDOKU, Level.HARD)].address}"
    anonymous = client.get(address).content
    client.force_login(member)
    client.get(address)  # the login's first answer sets the account cookie (krant.community.middleware)
    response = client.get(address)
    assert response.content == anonymous
    assert response["Cache-Control"].startswith("public")


def test_binairo_page(todays, games_page, client):
    """The binairo has its 10 by 10 grid of 0/1 cells, without its solution."""
    puzzle = todays[(Kind.BINAIRO, Level.STANDARD)]
    response = client.get(f"{games_page.url}binairo/2026-12-06/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<input id="c') == 100
    assert puzzle.solution not in html


def test_cached_until_midnight_in_amsterdam(todays, games_page, client):
    """At noon in Amsterdam a puzzle's page is kept at most the twelve hours to the next day's puzzles."""
    response = client.get(f"{games_page.url}{todays[(Kind.SUDOKU, Level.EASY)].address}")
    max_age = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))
    assert 0 < max_age <= 12 * 3600


def test_unknown_addresses_are_404(todays, games_page, client):
    """An unknown level, a binairo with a level, a bad date, tomorrow, a day past the archive: 404."""
    store(Kind.SUDOKU, Level.EASY, TODAY + timedelta(days=1))
    store(Kind.SUDOKU, Level.EASY, TODAY - timedelta(days=30))
    for address in (
        "sudoku/2026-12-06/extreem/",
        "sudoku/2026-12-06/standaard/",
        "binairo/2026-12-06/makkelijk/",
        "sudoku/2026-13-45/makkelijk/",
        "sudoku/2026-12-07/makkelijk/",
        "sudoku/2026-11-06/makkelijk/",
        "kruiswoord/2026-12-06/",
    ):
        assert client.get(f"{games_page.url}{address}").status_code == 404, address
        assert client.post(f"/spellen/controleer/{address}", {}).status_code == 404, address


def test_tomorrows_404_is_kept_only_until_midnight(todays, games_page, client):
    """Tomorrow's address is a 404 today; no cache may keep that answer past the midnight it opens."""
    store(Kind.SUDOKU, Level.EASY, TODAY + timedelta(days=1))
    response = client.get(f"{games_page.url}sudoku/2026-12-07/makkelijk/")
    assert response.status_code == 404
    max_age = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))
    assert 0 < max_age <= 12 * 3600


def test_query_count_is_constant(todays, games_page, client):
    """A puzzle page and the index cost a pinned number of queries, however many days are stored."""
    puzzle = todays[(Kind.SUDOKU, Level.EASY)]
    client.get(games_page.url)  # warm the menus and settings
    counts = []
    for days_back in (1, 5):
        for n in range(1, days_back + 1):
            if not puzzle.__class__.objects.filter(day=TODAY - timedelta(days=n)).exists():
                store(Kind.SUDOKU, Level.EASY, TODAY - timedelta(days=n))
        with CaptureQueriesContext(connection) as index:
            client.get(games_page.url)
        with CaptureQueriesContext(connection) as page:
            client.get(f"{games_page.url}{puzzle.address}")
        counts.append((len(index), len(page)))
    assert counts[0] == counts[1]
    assert counts[0] == (1, 1)  # warm: the day's puzzles (index), the puzzle (page)
