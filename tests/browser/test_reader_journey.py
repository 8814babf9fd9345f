"""A reader in real headless Chromium: menu, section, article, footer, consent; axe-core on every page."""

import pytest

from tests.browser.conftest import AXE, CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, require

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def browser():
    require(CHROMIUM.exists(), f"{CHROMIUM} is missing: browser tests skipped (apt-get install chromium)")
    require(AXE.exists(), f"axe-core missing ({AXE}); run `npm ci`")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site_urls(live_server):
    """Build the publication before the browser starts: Playwright's event loop forbids database calls."""
    from tests.browser.conftest import make_reader_site

    tree = make_reader_site()
    return {
        "home": live_server.url + "/",
        "article": live_server.url + tree.article.url,
        "others": [
            live_server.url + p.url for p in (tree.latest, tree.most_read, tree.dossier, tree.colofon)
        ],
    }


def assert_accessible(page):
    page.evaluate(AXE.read_text())  # not a script tag: the CSP forbids inline scripts
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG)
    problems = [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert problems == [], f"{page.url}: {problems}"


def test_reader_journey(site_urls, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_urls["home"])
    assert_accessible(page)

    page.locator("details.menu summary").click()
    page.locator(".menu__panel").get_by_role("link", name="Binnenland", exact=True).click()
    page.wait_for_url("**/binnenland/")
    assert page.locator("h1").inner_text() == "Binnenland"
    assert_accessible(page)

    page.locator(".teaser__link").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").count() == 1
    assert page.locator("h1").inner_text().startswith("Gemeente Duinwijk opent fietsbrug")
    assert page.locator(".byline a").inner_text() == "Lotte Verbeek"
    assert " om " in page.locator("time[datetime]").first.inner_text()
    footer = page.locator("footer").inner_text()
    assert "KvK-nummer: 00000000" in footer and "Colofon" in footer
    assert_accessible(page)

    for url in site_urls["others"]:
        page.goto(url)
        assert_accessible(page)


def test_no_sideways_scrolling_at_320_pixels(site_urls, browser):
    """Responsive from 320 px: neither the front page nor an article is wider than the screen."""
    page = browser.new_page(viewport={"width": 320, "height": 640})
    for url in (site_urls["home"], site_urls["article"]):
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, url


@pytest.mark.parametrize(
    ("button", "expected"), [("Alles accepteren", "social"), ("Alleen noodzakelijk", "")]
)
def test_consent_banner_accept_and_refuse(site_urls, browser, button, expected):
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_urls["home"])
    banner = page.get_by_role("region", name="Privacy-instellingen")
    assert banner.is_visible()
    assert_accessible(page)
    banner.get_by_role("button", name=button).click()
    page.wait_for_load_state()
    assert page.get_by_role("region", name="Privacy-instellingen").count() == 0
    cookie = next(c for c in context.cookies() if c["name"] == "krant_consent")
    assert (expected in cookie["value"]) if expected else cookie["value"].endswith(":")


@pytest.mark.parametrize(("name", "width"), [("telefoon", 390), ("desktop", 1280)])
def test_screenshots(site_urls, browser, name, width):
    """Write screenshots of the front page and an article to screenshots/ for people to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    for kind in ("home", "article"):
        page.goto(site_urls[kind])
        target = SCREENSHOTS / f"{'voorpagina' if kind == 'home' else 'artikel'}-{name}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 10_000
