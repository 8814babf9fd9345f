"""The shop and the comparison: valid HTML, accessible in headless Chromium, sorted without JavaScript."""

import subprocess

import pytest

from krant.demo.shop import load_shop
from krant.shop.models import InsuranceComparisonPage, ShopPage
from tests.factories import add_page, make_site


def shop_addresses() -> list[str]:
    """Fill both pages with the demo's partners; return the shop, a category and the comparison."""
    tree = make_site()
    shop = add_page(tree.home, ShopPage(title="Shop", slug="shop", intro="Aanbod van partners."))
    comparison = add_page(
        tree.home, InsuranceComparisonPage(title="Verzekeringvergelijker", slug="vergelijker")
    )
    load_shop()
    return [
        shop.url,
        f"{shop.url}keramiek/",
        f"{comparison.url}?sorteer=eigen-risico",
        f"{comparison.url}?x=1",
    ]


def test_pages_are_valid_html(db, vnu, tmp_path, client):
    """The Nu Html Checker finds no errors on the shop, a category, the comparison and its 400 page."""
    paths = []
    for number, address in enumerate(shop_addresses()):
        response = client.get(address)
        assert response.status_code in (200, 400), address
        path = tmp_path / f"shop-{number}.html"
        path.write_bytes(response.content)
        paths.append(str(path))
    result = subprocess.run([*vnu, *paths], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def page_urls(live_server) -> list[str]:
    """Fill the pages before the browser starts: Playwright's event loop forbids database calls."""
    return [live_server.url + address for address in shop_addresses()]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pages_are_accessible_and_sort_without_javascript(page_urls, browser, axe):
    """axe-core (WCAG 2.1 AA) finds no violations; without JavaScript a column header sorts the table, and
    no request leaves our own site (the partners' pictures are ours)."""
    page = browser.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for url in page_urls[:3]:
        page.goto(url)
        axe(page)
    page = browser.new_context(java_script_enabled=False).new_page()
    page.goto(page_urls[2])
    page.get_by_role("link", name="Premie per maand").click()
    first = page.locator(".shop__table tbody th").first.inner_text()
    assert first.startswith("Inboedel Basis")  # the cheapest premium, € 8,45
    page.get_by_role("link", name="Premie per maand").click()
    assert page.url.endswith("sorteer=premie&richting=af")
    assert page.locator(".shop__table tbody th").first.inner_text().startswith("Zorg Compleet Vrij")
    origin = page_urls[0].split("/shop/")[0]
    assert requested and all(url.startswith(origin) for url in requested), set(requested)
