"""Weather warnings in headless Chromium: a warning issued while a reader has a page open appears there
without a reload (the live channel, then the cached fragment), is announced politely, passes axe, changes
with its code and goes again when it is withdrawn."""

from datetime import timedelta

import pytest
from django.utils import timezone

from krant.weather import services
from krant.weather.adapters import WarningData
from krant.weather.models import WeatherPage
from tests.browser.conftest import LIVE_WAIT_MS, make_reader_site, outside_the_browser
from tests.factories import add_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def live_site(live_process):
    tree = make_reader_site()
    add_page(tree.home, WeatherPage(title="Weer", slug="weer"))
    tree.article_url = tree.article.url  # here: Playwright's event loop forbids the query later
    yield live_process, tree


def warn(level: str | None) -> None:
    now = timezone.now()
    warnings = (
        [WarningData("Zeeland", level, "Zware windstoten", now, now + timedelta(hours=3))] if level else []
    )
    outside_the_browser(lambda: services.store_warnings(warnings))


def test_a_warning_appears_on_an_open_page_changes_and_goes_without_a_reload(live_site, browser, axe):
    site, tree = live_site
    page = browser.new_context().new_page()
    page.goto(site + tree.article_url)
    loads = []
    page.on("framenavigated", lambda frame: loads.append(frame.url) if frame == page.main_frame else None)
    page.wait_for_selector("html[data-live=open]", state="attached")
    slot = page.locator("[data-weather-warnings-url]")
    assert slot.get_attribute("role") == "status"  # there before the change, so the change is announced
    assert slot.inner_text() == ""

    warn("oranje")
    link = slot.get_by_role("link", name="Code oranje in Zeeland")
    link.wait_for(timeout=LIVE_WAIT_MS)
    assert link.get_attribute("href") == "/weer/"
    axe(page)

    warn("rood")
    slot.get_by_role("link", name="Code rood in Zeeland").wait_for(timeout=LIVE_WAIT_MS)
    assert "oranje" not in slot.inner_text()

    warn(None)
    slot.locator(".banner--weather").wait_for(state="detached", timeout=LIVE_WAIT_MS)
    assert loads == []  # no change reloaded the page
