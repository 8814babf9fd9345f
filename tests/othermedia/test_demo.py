"""The demo's 'Uit andere media': the real page in the menu, invented outlets that are never fetched."""

from urllib.parse import urlsplit

import pytest
from django.db import transaction
from wagtail.models import Page, Site

from krant.demo.services import load_demo
from krant.news.models import Feature, FeaturePage
from krant.othermedia import services
from krant.othermedia.models import OtherMediaPage, OutletFeed, OutletItem
from tests.demo.test_services import MAIN_MENU, menu, snapshot

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for this module, inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


def test_demo_has_the_page_with_headlines(demo, db, client):
    """'Uit andere media' in the demo is the real page, filled with the invented outlets' headlines."""
    page = OtherMediaPage.objects.live().get()
    assert page.url == "/uit-andere-media/"
    assert not FeaturePage.objects.filter(feature=Feature.OTHER_MEDIA).exists()
    html = client.get(page.url).content.decode()
    assert "Veerpont Molenhaven vaart weer" in html and "Dagblad De Kade" in html
    assert OutletItem.objects.count() >= 10


def test_demo_outlets_are_invented_and_never_fetched(demo, db):
    """Every demo address is on a reserved .example domain, and no demo feed is due for fetching."""
    hosts = {urlsplit(url).hostname for url in OutletFeed.objects.values_list("feed_url", flat=True)}
    hosts |= {urlsplit(url).hostname for url in OutletItem.objects.values_list("link", flat=True)}
    assert hosts and all(host.endswith(".example") for host in hosts)
    assert not OutletFeed.objects.filter(active=True).exists()
    assert services.fetch_due_feeds() == 0


def test_placeholder_from_an_older_demo_is_replaced_in_place(demo, db):
    """Data loaded before the page existed has a 'komt binnenkort' page: a rerun swaps it, same place."""
    page = OtherMediaPage.objects.get()
    parent, neighbour = page.get_parent(), page.get_next_sibling()
    page.delete()
    placeholder = FeaturePage(
        title="Uit andere media", slug="uit-andere-media", feature=Feature.OTHER_MEDIA, show_in_menus=True
    )
    parent.add_child(instance=placeholder)
    placeholder.save_revision().publish()
    Page.objects.get(pk=placeholder.pk).move(neighbour, pos="left")
    site = Site.objects.get(is_default_site=True)
    assert menu(site) == MAIN_MENU  # the old state: the placeholder in its place

    assert load_demo() is True
    assert menu(site) == MAIN_MENU  # one entry, still between Politiek and Video
    assert OtherMediaPage.objects.live().get().url == "/uit-andere-media/"
    assert not FeaturePage.objects.filter(feature=Feature.OTHER_MEDIA).exists()
    before = snapshot()
    assert load_demo() is False
    assert snapshot() == before
