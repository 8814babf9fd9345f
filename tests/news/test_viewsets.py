"""Finding articles in the admin: the chooser and the listing, newest first, with the section."""

from datetime import timedelta

import pytest
from django.utils import timezone

from krant.core.roles import DESK
from tests.factories import make_article, make_user


@pytest.fixture
def articles(tree):
    now = timezone.now()
    return [
        make_article(tree.binnenland, "Oud nieuws uit de polder", when=now - timedelta(days=30)),
        make_article(tree.klimaat, "Nieuwe dijk bij Zandmeer", when=now - timedelta(hours=1)),
        make_article(tree.economie, "Middelbaar nieuws over banen", when=now - timedelta(days=2)),
    ]


@pytest.fixture
def desk(client):
    client.force_login(make_user("eindredacteur", DESK))
    return client


def positions(html, titles):
    return [html.index(title) for title in titles]


def test_chooser_lists_newest_first_with_section(articles, desk):
    """The article chooser (top stories) shows the newest article first, each with its section."""
    response = desk.get("/admin/artikelkiezer/")
    assert response.status_code == 200
    html = response.json()["html"]
    newest, middle, oldest = articles[1], articles[2], articles[0]
    assert positions(html, [newest.title, middle.title, oldest.title]) == sorted(
        positions(html, [newest.title, middle.title, oldest.title])
    )
    assert "Rubriek" in html
    assert "Klimaat" in html and "Economie" in html and "Binnenland" in html


def test_chooser_search_keeps_newest_first(articles, desk):
    """Searching in the chooser still puts the newest match first."""
    response = desk.get("/admin/artikelkiezer/results/", {"q": "nieuw"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Nieuwe dijk bij Zandmeer") < html.index("Oud nieuws uit de polder")


def test_front_page_top_stories_use_the_article_chooser(tree, desk):
    """The front page's curated stories are picked with this chooser, not the page tree."""
    response = desk.get(f"/admin/pages/{tree.home.pk}/edit/")
    assert response.status_code == 200
    assert "/admin/artikelkiezer/" in response.content.decode()


def test_listing_shows_section_column(articles, desk):
    """The admin's article listing has a Rubriek column naming each article's section."""
    response = desk.get("/admin/artikelen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Rubriek" in html
    for article in articles:
        assert article.title in html


def test_listing_filters_by_section(articles, tree, desk):
    """Filtering the listing on a section leaves only that section's articles."""
    response = desk.get("/admin/artikelen/", {"home_section": tree.klimaat.pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nieuwe dijk bij Zandmeer" in html
    assert "Oud nieuws uit de polder" not in html


def test_listing_refuses_an_unknown_section_without_error(articles, desk):
    """A section that does not exist is a filter error shown to the editor, not a 500."""
    response = desk.get("/admin/artikelen/", {"home_section": "999999"})
    assert response.status_code == 200


def test_choosing_an_article_returns_it(articles, desk):
    """Clicking an article in the chooser hands its id and title back to the form."""
    article = articles[1]
    response = desk.get(f"/admin/artikelkiezer/chosen/{article.pk}/")
    assert response.status_code == 200
    result = response.json()["result"]
    assert (result["id"], result["title"]) == (str(article.pk), article.title)
    assert result["edit_url"] == f"/admin/pages/{article.pk}/edit/"
