"""Absolute addresses: KRANT_BASE_URL for the site, each site's own address when there are several."""

from wagtail.models import Site

from krant.feeds import links
from krant.news.models import HomePage, SectionPage
from tests.factories import add_page
from tests.feeds.conftest import BASE_URL


def test_absolute_url_puts_paths_on_the_public_address(settings):
    """A path gets KRANT_BASE_URL's scheme and host; an absolute address stays as it is."""
    assert links.absolute_url("/media/x.jpg") == f"{BASE_URL}/media/x.jpg"
    assert links.absolute_url("https://cdn.example/x.jpg") == "https://cdn.example/x.jpg"
    assert links.absolute_url("//cdn.example/x.jpg") == "https://cdn.example/x.jpg"
    assert links.absolute_url("") == ""
    settings.BASE_URL = "http://127.0.0.1:8000"
    assert links.absolute_url("/rss/") == "http://127.0.0.1:8000/rss/"


def test_one_site_uses_the_base_url_not_the_sites_hostname(tree):
    """With one Wagtail site (here 'localhost'), pages are addressed at KRANT_BASE_URL."""
    assert tree.site.hostname == "localhost"
    assert links.page_url(tree.klimaat) == f"{BASE_URL}/economie/klimaat/"
    assert links.page_url(tree.home) == f"{BASE_URL}/"


def test_several_sites_each_keep_their_own_address(tree):
    """With a second site, every page is addressed at its own site's hostname and port."""
    other_home = add_page(tree.home.get_parent(), HomePage(title="Regio", slug="regio"))
    Site.objects.create(hostname="regio.example", port=443, root_page=other_home)
    section = add_page(other_home, SectionPage(title="Stad", slug="stad"))
    assert links.page_url(section) == "https://regio.example/stad/"
    assert links.page_url(tree.klimaat) == "http://localhost/economie/klimaat/"


def test_site_path_is_the_path_below_the_front_page(tree):
    """The feed path of a page is its path below the site's front page."""
    assert links.site_path(tree.klimaat) == "economie/klimaat"
    assert links.site_path(tree.home) == ""


def test_feed_url(tree):
    """Feed addresses for all news and for a page's path."""
    assert links.feed_url("rss") == f"{BASE_URL}/rss/"
    assert links.feed_url("atom", "economie/klimaat") == f"{BASE_URL}/atom/economie/klimaat/"
