"""The fact checks' feed, /rss/overig/factcheck/ (and Atom): only fact checks, each with its verdict."""

import re
from xml.etree import ElementTree

from krant.factcheck.models import Verdict
from tests.factories import make_article, make_fact_check


def items(response) -> list[tuple[str, str]]:
    channel = ElementTree.fromstring(response.content).find("channel")
    return [(item.findtext("title"), item.findtext("description")) for item in channel.iter("item")]


def test_the_feed_lists_the_fact_checks_with_their_verdict(tree, client, listing):
    """No other articles; the verdict before the intro; purged with the listing (`factchecks`)."""
    make_article(tree.binnenland, title="Gewoon nieuws")
    make_fact_check(tree.binnenland, title="Factcheck: de brug", verdict=Verdict.MOSTLY_TRUE, intro="Bijna.")
    response = client.get("/rss/overig/factcheck/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert items(response) == [("Factcheck: de brug", "Ons oordeel: Klopt grotendeels. Bijna.")]
    assert "factchecks" in response["xkey"].split()
    assert client.get("/atom/overig/factcheck/").status_code == 200


def test_the_listing_names_its_feed(client, listing):
    """Feed readers find the fact checks' feed from the listing page (<link rel="alternate">)."""
    html = client.get(listing.url).content.decode()
    links = re.findall(r'<link rel="alternate" type="application/rss\+xml"[^>]*href="([^"]+)"', html)
    assert any(link.endswith("/rss/overig/factcheck/") for link in links), links


def test_the_news_feed_says_the_verdict_too(tree, client, check):
    """In every feed a fact check carries its verdict before its intro."""
    (entry,) = items(client.get("/rss/"))
    assert entry[1].startswith("Ons oordeel: Klopt niet. ")
