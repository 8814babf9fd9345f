"""The fact-check pages are valid HTML and accessible, every verdict's badge included."""

import subprocess

import pytest

from krant.factcheck.models import FactCheckIndexPage, Verdict
from krant.news.models import SectionPage
from tests.factories import add_page, make_fact_check, make_site


def fact_check_site() -> tuple[str, str]:
    """Return the listing's and one fact check's addresses, with a fact check for every verdict."""
    tree = make_site()
    overig = add_page(tree.home, SectionPage(title="Overig", slug="overig"))
    listing = add_page(overig, FactCheckIndexPage(title="Factcheck", slug="factcheck"))
    checks = [
        make_fact_check(tree.binnenland, title=f"Factcheck: {label} & <meer>", slug=value, verdict=value)
        for value, label in Verdict.choices
    ]
    return listing.url, checks[0].url


def test_pages_are_valid_html(db, vnu, tmp_path, client):
    """The Nu Html Checker finds no errors on the listing, a filtered listing and a fact check."""
    listing, check = fact_check_site()
    paths = []
    for name, url in [("listing", listing), ("filtered", f"{listing}?oordeel=half-waar"), ("check", check)]:
        path = tmp_path / f"{name}.html"
        path.write_bytes(client.get(url).content)
        paths.append(str(path))
    result = subprocess.run([*vnu, *paths], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def addresses(live_server) -> list[str]:
    """Fill the pages before the browser starts: Playwright's event loop forbids database calls."""
    return [live_server.url + url for url in fact_check_site()]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_listing_and_a_fact_check_are_accessible(addresses, browser, axe):
    """axe-core (WCAG 2.1 AA, colour contrast of every badge included) finds no violations."""
    page = browser.new_page()
    for url in addresses:
        page.goto(url)
        axe(page)
