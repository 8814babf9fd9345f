"""The machine-readable answers as HTTP: robots.txt, methods, cache headers."""

import pytest
from django.urls import reverse

from tests.feeds.conftest import BASE_URL

MACHINE_URLS = ["/rss/", "/atom/", "/rss/economie/", "/sitemap.xml", "/sitemap-paginas.xml", "/robots.txt"]


def test_robots_txt_names_the_sitemap_and_closes_private_paths(tree, client):
    """robots.txt keeps crawlers out of the newsroom, the API and the counter, and names the index."""
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {"Disallow: /admin/", "Disallow: /api/", "Disallow: /teller/"} <= set(lines)
    assert not [line for line in lines if "zoeken" in line]  # search results: noindex, see below
    assert f"Sitemap: {BASE_URL}/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # never the whole site
    assert response["Cache-Control"] == "public, max-age=3600"


def test_robots_txt_closes_the_paths_that_exist(tree, client):
    """The closed paths are the real prefixes of the admin, the read counter and the consent form."""
    lines = client.get("/robots.txt").content.decode().splitlines()
    closed = [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow: ")]
    for path in (
        reverse("wagtailadmin_home"),
        reverse("readership_beacon", args=[1]),
        reverse("consent_choice"),
    ):
        assert any(path.startswith(prefix) for prefix in closed), path


def test_search_results_are_crawlable_so_their_noindex_is_seen(tree, client):
    """Search is not disallowed in robots.txt: crawlers must fetch it to read its noindex."""
    lines = client.get("/robots.txt").content.decode().splitlines()
    closed = [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow: ")]
    for path in ("/zoeken/?q=dijk", "/en/zoeken/?q=dijk"):
        assert not any(path.startswith(prefix) for prefix in closed), path
        assert '<meta name="robots" content="noindex">' in client.get(path).content.decode()


def test_robots_txt_follows_the_base_url(tree, client, settings):
    """The sitemap's address in robots.txt is absolute, on KRANT_BASE_URL."""
    settings.BASE_URL = "https://nieuws.example"
    assert "Sitemap: https://nieuws.example/sitemap.xml" in client.get("/robots.txt").content.decode()


@pytest.mark.parametrize("url", MACHINE_URLS)
def test_only_get_and_head(tree, client, url):
    """Feeds, sitemaps and robots.txt answer GET and HEAD; anything else is 405."""
    assert client.head(url).status_code == 200
    assert client.post(url).status_code == 405
    assert client.delete(url).status_code == 405


@pytest.mark.parametrize("url", MACHINE_URLS)
def test_same_answer_for_every_reader(tree, client, url):
    """The answer does not depend on the consent cookie or a session: no Vary on Cookie, public."""
    client.cookies["krant_consent"] = "v1:analytics"
    response = client.get(url)
    assert "Cookie" not in response.get("Vary", "")
    assert response["Cache-Control"].startswith("public, max-age=")
    assert not response.cookies
