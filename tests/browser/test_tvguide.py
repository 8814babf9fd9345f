"""The Tv-gids pages are valid HTML and accessible in headless Chromium, with and without JavaScript."""

import subprocess
from datetime import timedelta

import pytest
from django.utils import timezone

from krant.demo.tvguide import load_tv_guide
from krant.tvguide.guide import amsterdam_day
from krant.tvguide.models import Programme, TvGuidePage
from tests.factories import add_page, make_site


def guide_addresses() -> list[str]:
    """Fill the guide with the demo's listings; return the front, a day grid and a programme page."""
    tree = make_site()
    page = add_page(tree.home, TvGuidePage(title="Tv-gids", slug="tv-gids"))
    load_tv_guide(timezone.now())
    tip = Programme.objects.filter(editors_pick=True).first()
    day = amsterdam_day(timezone.now() + timedelta(days=1)).isoformat()
    return [page.url, f"{page.url}dag/{day}/algemeen/", f"{page.url}programma/{tip.pk}/"]


def test_pages_are_valid_html(db, vnu, tmp_path, client):
    """The Nu Html Checker finds no errors on now and next, a day grid and a programme page."""
    paths = []
    for number, address in enumerate(guide_addresses()):
        response = client.get(address)
        assert response.status_code == 200, address
        path = tmp_path / f"tvguide-{number}.html"
        path.write_bytes(response.content)
        paths.append(str(path))
    result = subprocess.run([*vnu, *paths], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def page_urls(live_server) -> list[str]:
    """Fill the guide before the browser starts: Playwright's event loop forbids database calls."""
    return [live_server.url + address for address in guide_addresses()]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pages_are_accessible_without_javascript(page_urls, browser, axe):
    """axe-core (WCAG 2.1 AA) finds no violations; with JavaScript off every channel's listing is there."""
    page = browser.new_page()
    for url in page_urls:
        page.goto(url)
        axe(page)
    page = browser.new_context(java_script_enabled=False).new_page()
    page.goto(page_urls[1])
    assert page.locator(".tvguide__channel h2").count() == 3
    assert page.get_by_role("link", name="De Vuurtoren", exact=True).count() == 1
