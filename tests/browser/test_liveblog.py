"""A liveblog in headless Chromium: an update posted through the admin's form appears on a reader's open
page behind 'Toon 1 nieuwe update', and in 'Belangrijkste ontwikkelingen' once pinned, without a reload,
through the live process beside the test's server."""

import pytest

from krant.core.roles import DESK
from tests.browser.conftest import LIVE_WAIT_MS, make_reader_site
from tests.factories import make_liveblog, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "correct horse battery"  # tests.factories.make_user's


@pytest.fixture
def liveblog_site(live_process):
    tree = make_reader_site()
    liveblog = make_liveblog(tree.binnenland, "Storm trekt over Zandmeer")
    make_user("eindredacteur", DESK, first_name="Eva", last_name="Mulder")
    yield live_process, liveblog.url, liveblog.pk  # no database calls under Playwright


def test_an_update_posted_in_the_admin_appears_on_an_open_page(liveblog_site, browser):
    site, url, liveblog_id = liveblog_site
    reader = browser.new_context().new_page()
    reader.goto(site + url)
    reader.wait_for_selector("html[data-live=open]", state="attached")
    loads = []
    reader.on("framenavigated", lambda frame: loads.append(frame.url) if frame == reader.main_frame else None)

    editor = browser.new_context().new_page()
    editor.goto(f"{site}/admin/login/")
    editor.fill("input[name=username]", "eindredacteur")
    editor.fill("input[name=password]", PASSWORD)
    editor.get_by_role("button", name="Inloggen").click()
    editor.wait_for_load_state()
    editor.goto(f"{site}/admin/liveblogs/{liveblog_id}/")
    editor.fill("input[name=title]", "Dak van sporthal weggewaaid")
    editor.fill(
        "textarea[name=text]", "Bij de sporthal aan de Dijkweg is het dak losgeraakt. Niemand raakte gewond."
    )
    editor.get_by_role("button", name="Plaats update").click()
    editor.get_by_text("De update staat online.").wait_for()

    button = reader.get_by_role("button", name="Toon 1 nieuwe update")
    button.wait_for(timeout=LIVE_WAIT_MS)
    assert reader.locator("[data-update]").count() == 0  # behind the button: the page did not move
    button.click()
    reader.locator("[data-update]", has_text="Dak van sporthal weggewaaid").wait_for()

    editor.get_by_role("button", name="Vastzetten").click()
    editor.wait_for_load_state()
    pinned = reader.locator(".liveblog__pinned-list a", has_text="Dak van sporthal weggewaaid")
    pinned.wait_for(timeout=LIVE_WAIT_MS)
    assert loads == []  # no reload
