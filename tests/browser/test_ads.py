"""Ads in headless Chromium: the slots reserve their space, so neither house ads nor the ad server's late
ads move the page (the sum of layout shifts, Lighthouse's CLS, is 0); a reader who refuses advertising
gets no request to anyone but the site; with consent the ad server's tag is loaded and fills the slots.
The pages with ads are valid HTML and pass axe."""

import subprocess

import pytest

from krant.ads.models import HouseAd
from krant.core.consent import COOKIE_NAME
from tests.browser.conftest import make_reader_site
from tests.factories import make_article
from tests.httpserver import LocalServer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# The outside world: an ad server whose tag fills each slot after the page has loaded, with an ad of the
# slot's largest size that fits the screen, as a real one does. The test says when (window.__fillAds), so it
# can see where everything was just before.
FAKE_TAG = """
window.__fillAds = function () {
    document.querySelectorAll("[data-ad-slot]").forEach(function (slot) {
        var sizes = slot.dataset.adSizes.split(",").map(function (size) { return size.split("x"); });
        var fits = sizes.filter(function (size) { return +size[0] <= slot.clientWidth; });
        var size = (fits.length ? fits : sizes)[fits.length ? fits.length - 1 : 0];
        var ad = document.createElement("div");
        ad.className = "nep-advertentie";
        ad.textContent = "Nepadvertentie " + size.join("x");
        ad.style.width = size[0] + "px";
        ad.style.height = size[1] + "px";
        ad.style.background = "#fc0";
        slot.appendChild(ad);
    });
};
"""

# Collects every layout shift from the start (buffered), before any of the page's own scripts run.
WATCH_SHIFTS = """
window.__shifts = [];
window.__shiftObserver = new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
        if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    });
});
window.__shiftObserver.observe({type: "layout-shift", buffered: true});
"""
CLS = """() => {
    window.__shiftObserver.takeRecords().forEach(function (entry) { window.__shifts.push(entry.value); });
    return window.__shifts.reduce(function (sum, value) { return sum + value; }, 0);
}"""
# Where every element outside the ad slots is, after the browser has laid out any change.
PLACES = """() => new Promise(function (resolve) {
    requestAnimationFrame(function () {
        var places = [];
        document.querySelectorAll("body *").forEach(function (node) {
            if (node.closest("[data-ad-slot]")) return;
            var box = node.getBoundingClientRect();
            places.push([node.tagName, box.x, box.y, box.width, box.height]);
        });
        resolve(places);
    });
})"""
PARAGRAPHS = [
    ("paragraph", f"<p>Alinea {number}: de fietsbrug over de Vaart is open.</p>") for number in range(6)
]


@pytest.fixture
def ad_site(live_server, settings):
    settings.BASE_URL = live_server.url
    with LocalServer() as ad_server:
        ad_server.serve("/tag.js", FAKE_TAG, content_type="text/javascript")
        settings.AD_SERVER_URL = ad_server.url("/tag.js")
        tree = make_reader_site()
        for slot in ("leaderboard", "in_article", "sidebar", "listing"):
            HouseAd.objects.create(
                name=slot,
                slot=slot,
                advertiser="krant",
                headline="Begin je dag met de Ochtendeditie",
                text="Elke ochtend om zeven uur het belangrijkste nieuws in je mailbox.",
                link_url="https://krant.example/nieuwsbrieven/",
            )
        article = make_article(tree.binnenland, "Fietsbrug over de Vaart open", body=PARAGRAPHS)
        tree.pages = ["/", article.url, tree.binnenland.url]
        yield live_server.url, tree, ad_server


def reader(browser, site: str, consent: str, width: int = 1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.add_cookies([{"name": COOKIE_NAME, "value": consent, "url": site}])
    context.add_init_script(WATCH_SHIFTS)
    return context.new_page()


def test_refusing_advertising_means_no_outside_request_and_no_layout_shift(ad_site, browser, axe):
    """With only the necessary cookies every request goes to the site itself; the house ads are in the
    reserved space from the first paint, so the page does not shift; the slots have their fixed sizes."""
    site, tree, ad_server = ad_site
    requests = []
    for width in (1280, 375):
        page = reader(browser, site, "v1:", width)
        page.on("request", lambda request: requests.append(request.url))
        for path in tree.pages:
            page.goto(site + path, wait_until="load")
            page.wait_for_load_state("networkidle")
            assert page.locator(".house-ad").count() >= 1, path
            assert page.evaluate(CLS) == 0, (path, width)
        outside = [url for url in requests if not url.startswith(site + "/") and not url.startswith("data:")]
        assert outside == [], outside
        page.goto(site + tree.pages[1])
        frame = page.locator(".ad-slot--leaderboard .ad-slot__frame").bounding_box()
        assert (frame["width"], frame["height"]) == ((728, 90) if width == 1280 else (320, 100))
        frame = page.locator(".ad-slot--in_article .ad-slot__frame").bounding_box()
        assert (frame["width"], frame["height"]) == (300, 250)
        rail = page.locator(".article-layout__rail .ad-slot__frame")
        if width == 1280:  # beside the article, its own size
            frame, article = rail.bounding_box(), page.locator("article.article").bounding_box()
            assert (frame["width"], frame["height"]) == (300, 250)
            assert frame["x"] >= article["x"] + article["width"]
        else:  # a phone has no rail
            assert not rail.is_visible()
        axe(page)
        page.context.close()
    assert ad_server.requests == []


def test_with_consent_the_ad_servers_tag_fills_the_slots_without_shifting_the_page(ad_site, browser):
    """With advertising allowed the page loads the ad server's tag, whose ads arrive after the page has
    loaded, into the reserved space: nothing outside the slots moves, on a wide screen and on a phone, and
    no ad goes into a slot the screen does not show (the article's rail on a phone)."""
    site, tree, ad_server = ad_site
    for width in (1280, 375):
        page = reader(browser, site, "v1:advertising", width)
        for path in tree.pages:
            page.goto(site + path, wait_until="load")
            page.wait_for_function("() => typeof window.__fillAds === 'function'")
            slots = page.locator("[data-ad-slot]")
            assert slots.count() >= 2, path
            before = page.evaluate(PLACES)
            page.evaluate("window.__fillAds()")
            ads = page.locator(".nep-advertentie")
            assert ads.count() == slots.count()
            assert all(ad.is_visible() for ad in ads.all()), (path, width)  # none in a slot this screen hides
            if path == tree.pages[1]:  # the article: its rail beside it on a wide screen, none on a phone
                assert page.locator(".article-layout__rail .nep-advertentie").count() == (width == 1280)
            assert page.locator(".house-ad").count() == 0
            assert page.evaluate(PLACES) == before, (path, width)
        page.context.close()
    assert "/tag.js" in ad_server.requests


def test_pages_with_ads_are_valid_html(ad_site, vnu, tmp_path, client):
    """House ads and the ad server's empty slots are valid HTML (the Nu Html Checker finds no errors)."""
    site, tree, _ad_server = ad_site
    files = []
    for number, path in enumerate(tree.pages):
        for consent in ("v1:", "v1:advertising"):
            client.cookies[COOKIE_NAME] = consent
            file = tmp_path / f"{number}-{consent[3:] or 'geen'}.html"
            file.write_bytes(client.get(path).content)
            files.append(str(file))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)  # noqa: S603
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
