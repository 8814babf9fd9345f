"""The breaking-news banner in headless Chromium: set while a reader has a page open, it appears there
without a reload (the live channel, then the cached fragment), is announced politely, passes axe, and goes
again when it is removed. The pages with a banner are valid HTML."""

import subprocess

import pytest

from krant.banner import services
from krant.banner.models import Banner
from tests.browser.conftest import LIVE_WAIT_MS, make_reader_site, outside_the_browser

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
TEXT = "Dijk bij Zandmeer doorgebroken: bewoners geëvacueerd"


@pytest.fixture
def live_site(live_process):
    tree = make_reader_site()
    tree.article_url = tree.article.url  # here: Playwright's event loop forbids the query later
    yield live_process, tree


def test_a_banner_appears_on_an_open_page_without_a_reload_and_goes_again(live_site, browser, axe):
    site, tree = live_site
    page = browser.new_context().new_page()
    page.goto(site + tree.article_url)
    loads = []
    page.on("framenavigated", lambda frame: loads.append(frame.url) if frame == page.main_frame else None)
    page.wait_for_selector("html[data-live=open]", state="attached")
    slot = page.locator("[data-banner-url]")
    assert slot.get_attribute("role") == "status"  # there before the change, so the change is announced
    assert slot.inner_text() == ""

    banners = []
    outside_the_browser(
        lambda: banners.append(services.save_banner(Banner(text=TEXT, link_page=tree.article)))
    )
    link = slot.get_by_role("link", name=TEXT)
    link.wait_for(timeout=LIVE_WAIT_MS)
    assert slot.locator(".banner__label").inner_text().lower() == "breaking"  # a word, not only a colour
    assert link.get_attribute("href") == tree.article_url
    axe(page)
    link.focus()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"

    outside_the_browser(lambda: services.remove_banner(banners[0]))
    slot.locator(".banner").wait_for(state="detached", timeout=LIVE_WAIT_MS)
    assert loads == []  # neither change reloaded the page

    # Without JavaScript the next page load shows it.
    outside_the_browser(lambda: services.save_banner(Banner(text=TEXT, link_url="https://example.org/")))
    plain = browser.new_context(java_script_enabled=False).new_page()
    plain.goto(site + "/")
    assert plain.locator(".banner").get_by_role("link", name=TEXT).is_visible()


def test_pages_with_a_banner_are_valid_html(live_site, client, vnu, tmp_path):
    site, tree = live_site
    services.save_banner(Banner(text=TEXT, link_page=tree.article, style=Banner.UPDATE))
    files = []
    for name, url in {"front": "/", "article": tree.article.url, "section": tree.binnenland.url}.items():
        response = client.get(url)
        assert TEXT in response.content.decode()
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)  # noqa: S603
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
