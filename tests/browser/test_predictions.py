"""The Sportspellen in headless Chromium: a member logs in and predicts a match, with and without JavaScript;
at the kick-off the match leaves the form, and a form left open is refused; the pages pass axe."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
import time_machine
from django.utils import timezone

from krant.predictions.models import PredictionGamePage
from tests.browser.conftest import make_reader_site
from tests.community.conftest import PASSWORD, make_member
from tests.factories import add_page
from tests.scores.conftest import add_match, make_league


@pytest.fixture
def game_site(live_server, settings):
    """A game over a league with a match in two days and one in an hour; two members. Built before the
    browser starts (no database calls under Playwright)."""
    tree = make_reader_site()
    settings.BASE_URL = live_server.url
    settings.PAGE_CACHE = True  # as served: the game's page is the cached one
    league = make_league()
    now = timezone.now().replace(microsecond=0)
    later = add_match(league, "Zandmeer", "Dijkhuizen", starts_at=now + timedelta(days=2))
    soon = add_match(league, "Meeuwen", "Veenendorp", starts_at=now + timedelta(hours=1))
    game = add_page(
        tree.home,
        PredictionGamePage(title="Sportspellen", slug="sportspellen", competition=league.competition),
    )
    for email, name in (("met-js@voorbeeld.nl", "Speler met script"), ("zonder-js@voorbeeld.nl", "Speler")):
        make_member(email, name)
    return SimpleNamespace(
        url=live_server.url,
        game=game.url,
        predict=f"/spellen/{game.pk}/voorspellen/",
        later=later.pk,
        soon=soon.pk,
        kick_off=soon.starts_at,
    )


def log_in(page, site, email):
    page.goto(f"{site}/community/inloggen/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(site + "/")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize(
    ("javascript", "email"), [(True, "met-js@voorbeeld.nl"), (False, "zonder-js@voorbeeld.nl")]
)
def test_a_member_predicts_and_the_match_locks_at_kick_off(game_site, browser, axe, javascript, email):
    site = game_site
    page = browser.new_context(java_script_enabled=javascript).new_page()
    page.goto(site.url + site.game)
    if javascript:
        axe(page)
    log_in(page, site.url, email)
    page.goto(site.url + site.predict)
    if javascript:
        axe(page)

    later = page.locator(f"#wedstrijd-{site.later}")
    later.get_by_label("Zandmeer").fill("2")
    later.get_by_label("Dijkhuizen").fill("1")
    later.get_by_role("button", name="Voorspelling opslaan").click()
    page.get_by_text("Je voorspelling is opgeslagen.").wait_for()
    later = page.locator(f"#wedstrijd-{site.later}")
    assert (later.get_by_label("Zandmeer").input_value(), later.get_by_label("Dijkhuizen").input_value()) == (
        "2",
        "1",
    )
    assert later.get_by_role("button", name="Voorspelling wijzigen").is_visible()

    # The form of the match an hour away stays open in the browser past its kick-off.
    soon = page.locator(f"#wedstrijd-{site.soon}")
    soon.get_by_label("Meeuwen").fill("0")
    soon.get_by_label("Veenendorp").fill("0")
    with time_machine.travel(site.kick_off + timedelta(seconds=1)):
        soon.get_by_role("button", name="Voorspelling opslaan").click()
        alert = page.get_by_role("alert")
        alert.wait_for()
        assert "al begonnen" in alert.inner_text()
        assert page.locator(f"#wedstrijd-{site.soon}").count() == 0  # no longer offered
        assert page.locator(f"#wedstrijd-{site.later}").count() == 1
        if javascript:
            axe(page)
        page.goto(site.url + site.predict)
        assert page.locator(f"#wedstrijd-{site.soon}").count() == 0
