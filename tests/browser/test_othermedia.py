"""'Uit andere media' is valid HTML and accessible in headless Chromium."""

import re
import subprocess

import pytest

from krant.othermedia.models import PAGE_SIZE, OtherMediaPage, OutletFeed
from tests.factories import add_page, make_site
from tests.othermedia.conftest import make_item


def test_page_is_valid_html(db, vnu, tmp_path, client):
    """The Nu Html Checker finds no errors on a full page whose headlines hold markup characters."""
    tree = make_site()
    page = add_page(tree.home, OtherMediaPage(title="Uit andere media", slug="uit-andere-media"))
    feed = OutletFeed.objects.create(name="Dagblad De Kade", feed_url="https://www.dekade.example/rss.xml")
    for number in range(PAGE_SIZE + 1):
        make_item(feed, f"Kop {number} & meer", summary="Samenvatting met <tekens> & 'quotes'.")
    path = tmp_path / "uit-andere-media.html"
    path.write_bytes(client.get(page.url).content)
    result = subprocess.run([*vnu, str(path)], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def page_url(live_server) -> str:
    """Fill the page before the browser starts: Playwright's event loop forbids database calls."""
    tree = make_site()
    page = add_page(tree.home, OtherMediaPage(title="Uit andere media", slug="uit-andere-media"))
    feed = OutletFeed.objects.create(name="Dagblad De Kade", feed_url="https://www.dekade.example/rss.xml")
    for number in range(5):
        make_item(feed, f"Kop nummer {number}", minutes_ago=number)
    return live_server.url + page.url


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_page_is_accessible(page_url, browser, axe):
    """axe-core (WCAG 2.1 AA) finds no violations on a filled page; headlines link out to the outlet."""
    page = browser.new_page()
    page.goto(page_url)
    axe(page)
    link = page.get_by_role("link", name=re.compile("Kop nummer 0")).first.get_attribute("href")
    assert link.startswith("https://www.dekade.example/")
