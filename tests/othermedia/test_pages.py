"""The 'Uit andere media' page: other outlets' headlines, newest first, each linking out; hidden ones gone."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from krant.core.navigation import navigation
from krant.core.templatetags.krant_tags import nl_time
from krant.news.models import HomePage, SectionPage
from krant.othermedia.models import PAGE_SIZE, OtherMediaPage, OutletFeed
from tests.othermedia.conftest import make_item


@pytest.fixture
def kade(db) -> OutletFeed:
    return OutletFeed.objects.create(name="Dagblad De Kade", feed_url="https://www.dekade.example/rss.xml")


@pytest.fixture
def omroep(db) -> OutletFeed:
    return OutletFeed.objects.create(name="Omroep Zilverdam", feed_url="https://omroepzilverdam.example/rss")


def titles(response) -> list[str]:
    return [item.title for item in response.context["items"]]


def test_items_newest_first_with_outlet_time_and_outbound_link(other_media_page, client, kade, omroep):
    """Each headline links to the outlet's own site, with the outlet's name, the time and the summary."""
    older = make_item(
        kade, "Veerpont vaart weer", minutes_ago=90, summary="De pont ligt weer aan de steiger."
    )
    newer = make_item(omroep, "Storm velt bomen", minutes_ago=5, link="https://omroepzilverdam.example/storm")
    response = client.get(other_media_page.url)
    assert response.status_code == 200
    assert titles(response) == ["Storm velt bomen", "Veerpont vaart weer"]
    html = response.content.decode()
    link = 'href="https://omroepzilverdam.example/storm" rel="external nofollow noopener">Storm velt bomen'
    assert link in html
    assert f"Omroep Zilverdam · {nl_time(newer.published_at)}" in html
    assert f"Dagblad De Kade · {nl_time(older.published_at)}" in html
    assert "De pont ligt weer aan de steiger." in html
    assert " om " in nl_time(newer.published_at)  # Dutch: '29 nov 2026 om 17:05'


def test_hidden_items_are_not_shown(other_media_page, client, kade):
    """An item an editor hid is absent from the page."""
    make_item(kade, "Zichtbaar bericht")
    make_item(kade, "Verborgen bericht", hidden=True)
    response = client.get(other_media_page.url)
    assert titles(response) == ["Zichtbaar bericht"]
    assert "Verborgen bericht" not in response.content.decode()


def test_hostile_text_is_escaped(other_media_page, client, kade):
    """Markup in a stored title or summary is shown as text, never run."""
    make_item(kade, "<script>alert('kop')</script>", summary="<img src=x onerror=alert(1)>")
    html = client.get(other_media_page.url).content.decode()
    assert "<script>alert(" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#x27;kop&#x27;)&lt;/script&gt;" in html


def test_paginated_and_unknown_page_is_404(other_media_page, client, kade):
    """A page holds PAGE_SIZE items; ?page=2 has the rest; a page that does not exist is a 404."""
    for number in range(PAGE_SIZE + 5):
        make_item(kade, f"Bericht {number:02d}", minutes_ago=number)
    first = client.get(other_media_page.url)
    assert len(first.context["items"]) == PAGE_SIZE
    assert 'rel="next" href="?page=2"' in first.content.decode()
    second = client.get(other_media_page.url, {"page": 2})
    assert titles(second) == [f"Bericht {number:02d}" for number in range(PAGE_SIZE, PAGE_SIZE + 5)]
    assert client.get(other_media_page.url, {"page": 3}).status_code == 404
    assert client.get(other_media_page.url, {"page": "abc"}).status_code == 404


def test_empty_page_says_so(other_media_page, client):
    """Before the first fetch the page says there is nothing yet, instead of an empty list."""
    html = client.get(other_media_page.url).content.decode()
    assert "Er zijn nog geen berichten van andere media." in html
    assert "article-list" not in html


@pytest.mark.parametrize("intro", ["", "Wat de regio vandaag meldt."])
def test_the_page_has_one_intro(other_media_page, client, intro):
    """The editors' intro replaces the standard one; the two are never stacked."""
    other_media_page.intro = intro
    other_media_page.save()
    html = client.get(other_media_page.url).content.decode()
    assert html.count('class="page-header__intro"') == 1
    assert (intro or "Koppen van andere media") in html


def test_anonymous_page_is_public_and_the_same_for_everyone(other_media_page, client, kade):
    """Anonymous readers get the same cacheable bytes."""
    make_item(kade, "Voor iedereen")
    first = client.get(other_media_page.url, REMOTE_ADDR="10.0.0.1", HTTP_USER_AGENT="Telefoon")
    second = Client().get(other_media_page.url, REMOTE_ADDR="10.0.0.2", HTTP_USER_AGENT="Laptop")
    assert first["Cache-Control"].startswith("public, max-age=1, s-maxage=")
    assert first.content == second.content


def query_count(url: str) -> int:
    client = Client()
    assert client.get(url).status_code == 200  # warms the menus
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_items(other_media_page, kade, omroep):
    """Three items or a full page from two outlets: the same, small number of queries."""
    for number in range(3):
        make_item(kade, f"Kop {number}")
    few = query_count(other_media_page.url)
    for number in range(3, 3 * PAGE_SIZE):
        make_item(omroep if number % 2 else kade, f"Kop {number}")
    assert query_count(other_media_page.url) == few
    assert few <= 12


def test_page_sits_under_the_front_page_or_a_section_once(tree, other_media_page):
    """Editors can add it under the front page or a section, like the other feature pages, once per site."""
    assert OtherMediaPage in HomePage.allowed_subpage_models()
    assert OtherMediaPage in SectionPage.allowed_subpage_models()
    assert not OtherMediaPage.can_create_at(tree.economie)  # there is one already


def test_page_is_in_the_menu(other_media_page):
    """The page shows in the main menu by default."""
    site = Site.objects.get(is_default_site=True)
    front = navigation(site)["main"][0]
    assert ("Uit andere media", other_media_page.url) in [(item.title, item.url) for item in front.children]


def test_english_interface(other_media_page, client, kade):
    """At /en/ the interface is English (when the catalogue has it) and the headlines stay as they are."""
    make_item(kade, "Veerpont vaart weer")
    response = client.get("/en" + other_media_page.url)
    assert response.status_code == 200
    assert "Veerpont vaart weer" in response.content.decode()
