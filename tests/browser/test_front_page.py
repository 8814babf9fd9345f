"""The front page's header in real headless Chromium without JavaScript: every menu item reachable."""

import pytest
from django.utils.text import slugify

from krant.core import navigation
from krant.core.models import MenuGroup, QuickLink, SiteSettings
from krant.news.models import SectionPage
from tests.browser.conftest import make_reader_site
from tests.factories import add_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
# The seed's quick menu after the reader site's four (Voorpagina, Net binnen, Binnenland, Economie).
DESKTOP = 1024
SEED_QUICK = ["Populair", "Algemeen", "Sport", "Media en Cultuur", "Achterklap", "Shop"]


@pytest.fixture
def home_url(live_server):
    """A site with the seed's ten quick links, each also a menu group; built before the browser starts."""
    tree = make_reader_site()
    settings = SiteSettings.for_site(tree.site)
    for order, title in enumerate(SEED_QUICK, start=10):
        page = add_page(tree.home, SectionPage(title=title, slug=slugify(title)))
        QuickLink.objects.create(setting=settings, link_page=page, sort_order=order)
        MenuGroup.objects.create(setting=settings, link_page=page, sort_order=order)
    navigation.invalidate()
    return live_server.url + "/"


def inside(box, outer) -> bool:
    return box["x"] >= outer["x"] - 1 and box["x"] + box["width"] <= outer["x"] + outer["width"] + 1


@pytest.mark.parametrize("width", [320, 390, 768, 1280])
def test_every_menu_item_is_reachable_without_javascript(home_url, browser, width):
    """Each quick-menu link can be brought into the bar's view (it wraps or scrolls, nothing is cut off
    for good), and the Menu, a <details>, opens on every width and shows every menu item."""
    context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    page.goto(home_url)
    bar = page.locator(".quickbar")
    links = page.locator(".quickbar a")
    titles = [links.nth(number).inner_text() for number in range(links.count())]
    assert set(SEED_QUICK) <= set(titles)
    for number in range(links.count()):
        link = links.nth(number)
        if width >= DESKTOP:  # the bar wraps: every item shows as the page opens, none is scrolled to
            assert inside(link.bounding_box(), bar.bounding_box()), titles[number]
        link.scroll_into_view_if_needed()
        box, outer = link.bounding_box(), bar.bounding_box()
        assert inside(box, outer), (titles[number], box, outer)
        assert 0 <= box["x"] and box["x"] + box["width"] <= width + 1, titles[number]
    page.locator("summary.menu__toggle").click()
    menu_links = page.locator(".menu__panel a")
    assert set(SEED_QUICK) <= {menu_links.nth(n).inner_text() for n in range(menu_links.count())}
    for number in range(menu_links.count()):
        link = menu_links.nth(number)
        link.scroll_into_view_if_needed()
        assert link.is_visible()
        box = link.bounding_box()
        assert 0 <= box["x"] and box["x"] + box["width"] <= width + 1, link.inner_text()
    context.close()
