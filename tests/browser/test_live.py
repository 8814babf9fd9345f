"""The live channel in headless Chromium: a comment posted in one browser appears in another reader's open
article without a reload, through the live process (`krant serve_live`) beside the test's server."""

import pytest
from wagtail.models import Page

from tests.browser.conftest import LIVE_WAIT_MS, make_reader_site, outside_the_browser
from tests.community.conftest import PASSWORD, make_member
from tests.factories import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def live_site(live_process):
    tree = make_reader_site()
    make_member("schrijver@voorbeeld.nl", "Schrijver uit Zandmeer")
    make_member("lezer@voorbeeld.nl", "Lezer uit Duinwijk")
    yield live_process, tree.article.url


def log_in(browser, site: str, email: str):
    page = browser.new_context().new_page()
    page.goto(site + "/community/inloggen/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    return page


def test_a_comment_appears_in_another_browser_without_a_reload(live_site, browser):
    site, article_url = live_site
    reader = log_in(browser, site, "lezer@voorbeeld.nl")
    reader.goto(site + article_url)
    reader_block = reader.locator("#reacties")
    reader_block.locator("[data-thread-fragment]").wait_for()
    loads = []
    reader.on("framenavigated", lambda frame: loads.append(frame.url) if frame == reader.main_frame else None)
    reader.wait_for_selector("html[data-live=open]", state="attached")

    writer = log_in(browser, site, "schrijver@voorbeeld.nl")
    writer.goto(site + article_url)
    block = writer.locator("#reacties")
    block.get_by_label("Jouw reactie").fill("Vanavond is de brug weer open.")
    block.get_by_role("button", name="Plaatsen").first.click()
    block.locator("li.comment", has_text="Vanavond is de brug weer open.").wait_for()

    reader_block.locator("li.comment", has_text="Vanavond is de brug weer open.").wait_for(
        timeout=LIVE_WAIT_MS
    )
    assert loads == []  # the reader's page was not reloaded


def test_an_article_published_while_the_front_page_loads_is_still_announced(live_site, browser):
    """The stream opens a moment after the page was rendered (or much later, from a cache): it starts from
    the page's render time, so an article published in between is announced all the same."""
    site, _article_url = live_site
    page = browser.new_context().new_page()
    held = []
    # The stream's request waits until the article is out.
    page.route("**/live/?*", lambda route: held.append(route))
    with page.expect_request(lambda request: "/live/?" in request.url):
        page.goto(site + "/")
    assert page.locator("[data-live-news]").is_hidden()

    outside_the_browser(
        lambda: make_article(Page.objects.get(slug="binnenland").specific, "Veerpont vaart weer")
    )
    held[0].continue_()

    page.locator("[data-live-news]").wait_for(state="visible", timeout=LIVE_WAIT_MS)
    assert page.locator("[data-live-news] a").inner_text() == "1 nieuw bericht"
