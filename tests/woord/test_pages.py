"""The Het Woord page and the reader's own game: without JavaScript, cacheable, never leaking the answer,
refusing bad guesses clearly, limited, and keeping members' statistics on the server."""

import datetime as dt
import re

import pytest
import time_machine
from django.core import signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from krant.woord import clock, views
from krant.woord.models import DailyWord, Game
from tests.woord.conftest import ANSWER, WRONG, post

UTC = dt.UTC


def everything(response) -> str:
    """Return all a client can read of a response: headers, cookies (decoded where signed) and body."""
    parts = [response.content.decode(), str(response.headers)]
    for morsel in response.cookies.values():
        parts.append(morsel.value)
        try:
            parts.append(str(signing.loads(morsel.value, salt=views.COOKIE_SALT)))
        except signing.BadSignature:
            pass
    return "\n".join(parts).lower()


def test_the_page_is_the_same_cacheable_bytes_for_everyone(woord_page, answer, client, member):
    """The empty board and the form: public, no CSRF token or cookie, identical for two readers and a member,
    and kept no later than midnight in Amsterdam."""
    with time_machine.travel(dt.datetime(2027, 1, 14, 22, 0, tzinfo=UTC), tick=False):  # 23:00 in Amsterdam
        first = client.get(woord_page.url)
        second = Client().get(woord_page.url)
        logged_in = Client()
        logged_in.force_login(member)
        third = logged_in.get(woord_page.url)
    assert first.status_code == 200
    assert "public" in first["Cache-Control"] and not first.cookies
    assert "csrfmiddlewaretoken" not in first.content.decode()
    assert first.content == second.content == third.content
    assert max(int(n) for n in re.findall(r"s-maxage=(\d+)", first["Cache-Control"])) <= 3600
    html = first.content.decode()
    assert f'action="{woord_page.game_url}"' in html and 'name="gok"' in html
    assert "Het Woord" in html and f"nr. {clock.number(dt.date(2027, 1, 14))}" in html


def test_a_guess_without_javascript_answers_with_the_board(woord_page, answer, client):
    """A form post shows the board with each letter's mark as colour, symbol and words; the game is kept in
    a signed cookie and shown again at mijn-spel/."""
    response = post(client, woord_page, "TAFEL")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    html = response.content.decode()
    assert 'class="tile tile--niet">T' in html and 'class="tile tile--elders">A' in html
    assert '<span class="tile__symbol" aria-hidden="true">↔</span>' in html
    assert "Poging 1 van 6: T niet in het woord, A komt voor, op een andere plek" in html  # aria-live
    assert views.COOKIE in response.cookies and response.cookies[views.COOKIE]["httponly"]
    again = client.get(woord_page.game_url)
    assert 'class="tile tile--elders">A' in again.content.decode()
    assert "Poging 2: typ een woord van vijf letters" in again.content.decode()


def test_the_answer_never_reaches_the_client_before_the_end(woord_page, answer, client):
    """Not in the page, the game page, its JSON, a refused guess or the cookie, for five wrong guesses; the
    sixth ends the game and only then the answer is told."""
    responses = [client.get(woord_page.url), client.get(woord_page.game_url)]
    responses.append(client.get(woord_page.game_url, HTTP_ACCEPT="application/json"))
    responses.append(post(client, woord_page, "zzzzz"))
    responses.extend(post(client, woord_page, guess) for guess in WRONG[:3])
    responses.extend(post(client, woord_page, guess, HTTP_ACCEPT="application/json") for guess in WRONG[3:5])
    for response in responses:
        assert ANSWER not in everything(response), response.request
    last = post(client, woord_page, WRONG[5])
    assert last.status_code == 200 and ANSWER.upper() in last.content.decode()


def test_six_wrong_guesses_end_the_game_and_a_seventh_is_refused(woord_page, answer, client):
    for guess in WRONG:
        assert post(client, woord_page, guess).status_code == 200
    cookie = client.cookies[views.COOKIE].value
    seventh = post(client, woord_page, "appel")
    assert seventh.status_code == 409
    assert "zes pogingen van vandaag gebruikt" in seventh.content.decode()
    assert client.cookies[views.COOKIE].value == cookie  # nothing stored


def test_winning_shows_the_share_text_without_letters(woord_page, answer, client):
    post(client, woord_page, "tafel")
    response = post(client, woord_page, ANSWER)
    html = response.content.decode()
    assert "Geraden in 2 pogingen!" in html
    share = re.search(r"data-woord-share>(.*?)</textarea>", html, re.S).group(1)
    number = clock.number(clock.today())
    assert share.splitlines() == [f"Het Woord {number} 2/6", "", "⬜🟨⬜⬜⬜", "🟩🟩🟩🟩🟩"]
    after = post(client, woord_page, "water")
    assert after.status_code == 409 and "al geraden" in after.content.decode()


@pytest.mark.parametrize(
    ("guess", "message"),
    [
        ("kat", "vijf letters; je typte er 3"),
        ("katten", "vijf letters; je typte er 6"),
        ("", "Typ een woord van vijf letters"),
        ("k4t3n", "alleen de letters a tot en met z"),
        ("café!", "alleen de letters a tot en met z"),
        ("crème", "alleen de letters a tot en met z"),
        ("qqqqq", "staat niet in onze woordenlijst"),
    ],
)
def test_bad_guesses_are_refused_with_a_message_and_nothing_stored(
    woord_page, answer, client, guess, message
):
    response = post(client, woord_page, guess)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert views.COOKIE not in response.cookies
    as_json = post(client, woord_page, guess, HTTP_ACCEPT="application/json")
    assert as_json.status_code == 400 and message in as_json.json()["error"]


def test_a_guess_for_another_day_is_refused(woord_page, answer, client):
    """A page kept open past midnight posts yesterday's number: refused, today's board shown."""
    response = post(client, woord_page, "tafel", number=clock.number(clock.today()) - 1)
    assert response.status_code == 409
    assert "hoort bij een andere dag" in response.content.decode()
    assert views.COOKIE not in response.cookies


def test_a_guess_needs_no_csrf_token_but_the_sites_origin(woord_page, answer):
    """The cached page carries no CSRF token: Django's check is lifted for the game, the Origin kept."""
    browser = Client(enforce_csrf_checks=True)
    assert post(browser, woord_page, "tafel").status_code == 200
    assert post(browser, woord_page, "water", HTTP_ORIGIN="https://elders.example").status_code == 403


def test_a_guess_from_another_site_is_refused(woord_page, answer, client):
    response = post(client, woord_page, "tafel", HTTP_ORIGIN="https://elders.example")
    assert response.status_code == 403
    assert views.COOKIE not in response.cookies


def test_only_get_and_post_are_answered(woord_page, client):
    assert client.put(woord_page.game_url).status_code == 405
    assert client.post(woord_page.url, HTTP_ORIGIN="http://testserver").status_code == 405
    assert client.get(woord_page.url + "iets/").status_code == 404


def test_a_tampered_cookie_counts_as_a_fresh_game(woord_page, answer, client):
    client.cookies[views.COOKIE] = "niet-ondertekend"
    response = client.get(woord_page.game_url, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["rows"] == []


def test_guesses_are_rate_limited(woord_page, answer, client, still_clock):
    """Thirty posts a minute from one address; the next is refused with 429 and Retry-After."""
    for _ in range(30):
        assert post(client, woord_page, "qqqqq").status_code == 400
    refused = post(client, woord_page, "tafel")
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert "te vaak achter elkaar geraden" in refused.content.decode()


def test_with_javascript_the_game_comes_as_json(woord_page, answer, client):
    """Marks, letter states for the keyboard and, at the end, the answer and the share text."""
    state = post(client, woord_page, "tafel", HTTP_ACCEPT="application/json").json()
    assert state["rows"] == [{"letters": "tafel", "marks": ["niet", "elders", "niet", "niet", "niet"]}]
    assert state["keyboard"] == {"t": "niet", "a": "elders", "f": "niet", "e": "niet", "l": "niet"}
    assert state["answer"] is None and state["share"] is None and not state["over"]
    assert state["message"].startswith("Poging 1 van 6")
    won = post(client, woord_page, ANSWER, HTTP_ACCEPT="application/json").json()
    assert won["over"] and won["won"] and won["answer"] == ANSWER and "2/6" in won["share"]


def test_anonymous_statistics_live_in_the_cookie(woord_page, client):
    """Two days won in a row: the reader's own cookie says played 2, streak 2."""
    for day in (14, 15):
        with time_machine.travel(dt.datetime(2027, 1, day, 10, 0, tzinfo=UTC), tick=False):
            DailyWord.objects.create(day=clock.today(), word=ANSWER)
            post(client, woord_page, ANSWER)
            html = client.get(woord_page.game_url).content.decode()
    assert re.search(r"Gespeeld</dt><dd>2<", html) and re.search(r"Reeks nu</dt><dd>2<", html)
    assert "alleen in deze browser" in html


def test_members_keep_their_game_and_statistics_on_the_server(woord_page, client, member):
    """A member's guesses are stored with their account (any device sees them); statistics count won
    and lost days, the current and the longest streak and the distribution."""
    plays = {10: ["tafel", ANSWER], 11: [ANSWER], 12: WRONG, 13: ["water", "fiets", ANSWER]}
    for day, guesses in plays.items():
        with time_machine.travel(dt.datetime(2027, 1, day, 12, 0, tzinfo=UTC), tick=False):
            client.force_login(member)
            DailyWord.objects.create(day=clock.today(), word=ANSWER)
            for guess in guesses:
                assert post(client, woord_page, guess).status_code == 200
    assert list(Game.objects.filter(user=member).values_list("day", "won")) == [
        (dt.date(2027, 1, 10), True),
        (dt.date(2027, 1, 11), True),
        (dt.date(2027, 1, 12), False),
        (dt.date(2027, 1, 13), True),
    ]
    other_device = Client()
    with time_machine.travel(dt.datetime(2027, 1, 13, 20, 0, tzinfo=UTC), tick=False):
        other_device.force_login(member)
        state = other_device.get(woord_page.game_url, HTTP_ACCEPT="application/json").json()
        html = other_device.get(woord_page.game_url).content.decode()
    assert [row["letters"] for row in state["rows"]] == ["water", "fiets", ANSWER]
    assert state["statistics"] == {
        "played": 4,
        "win_percentage": 75,
        "streak": 1,
        "best": 2,
        "distribution": [1, 1, 1, 0, 0, 0],
    }
    assert "Langste reeks</dt><dd>2<" in html and "alleen in deze browser" not in html
    assert views.COOKIE not in state


def test_the_game_page_costs_the_same_queries_with_more_guesses(woord_page, answer, client, member):
    """A member's game page reads their game, the day's word and their finished games: a constant."""
    client.force_login(member)
    post(client, woord_page, "tafel")
    client.get(woord_page.game_url)
    with CaptureQueriesContext(connection) as one:
        client.get(woord_page.game_url)
    for guess in WRONG[1:4]:
        post(client, woord_page, guess)
    with CaptureQueriesContext(connection) as four:
        client.get(woord_page.game_url)
    assert len(four) == len(one) <= 12
