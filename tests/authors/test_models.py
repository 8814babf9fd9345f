"""Authors: the index of the newsroom's people and each author's page with their articles."""

from datetime import timedelta
from io import BytesIO

from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PILImage

from krant.authors.models import AuthorPage
from krant.core.models import KrantImage
from krant.news.models import PAGE_SIZE, ArticleAuthor, ArticlePage
from tests.factories import add_page, make_article, make_author, publish


def byline(article, *authors):
    article.author_links = [ArticleAuthor(author=author) for author in authors]
    return publish(article)


def titles(response) -> list[str]:
    return [article.title for article in response.context["articles"]]


def photo() -> KrantImage:
    buffer = BytesIO()
    PILImage.new("RGB", (320, 320), (90, 90, 90)).save(buffer, "JPEG")
    return KrantImage.objects.create(title="Portret", file=ImageFile(buffer, name="portret.jpg"))


def test_author_page_lists_their_published_articles_newest_first(tree, client):
    """Only this author's published articles, newest first: no drafts, expired or other authors' work."""
    author, other = make_author(tree), make_author(tree, "Joris Bakker")
    now = timezone.now()
    byline(make_article(tree.binnenland, "Oud verhaal", when=now - timedelta(days=2)), author)
    byline(make_article(tree.economie, "Nieuw verhaal", when=now - timedelta(hours=1)), author)
    byline(make_article(tree.binnenland, "Van een ander"), other)
    draft = make_article(tree.binnenland, "Concept", published=False)
    draft.author_links = [ArticleAuthor(author=author)]
    draft.save_revision()
    expired = byline(make_article(tree.binnenland, "Verlopen"), author)
    ArticlePage.objects.filter(pk=expired.pk).update(expire_at=now - timedelta(minutes=1))
    response = client.get(author.url)
    assert response.status_code == 200
    assert titles(response) == ["Nieuw verhaal", "Oud verhaal"]
    assert "Sanne de Wit" in response.content.decode() and "verslaggever" in response.content.decode()


def test_an_author_named_twice_lists_the_article_once(tree, client):
    """A byline that names the same author twice still lists the article once on their page."""
    author = make_author(tree)
    byline(make_article(tree.binnenland, "Dubbel genoemd"), author, author)
    assert titles(client.get(author.url)) == ["Dubbel genoemd"]


def test_author_page_is_paginated_and_refuses_bad_pages(tree, client):
    """PAGE_SIZE articles a page; page 2 holds the rest; a page that does not exist is a 404."""
    author = make_author(tree)
    now = timezone.now()
    for number in range(PAGE_SIZE + 1):
        article = make_article(tree.binnenland, f"Stuk {number}", when=now - timedelta(minutes=number))
        byline(article, author)
    assert len(titles(client.get(author.url))) == PAGE_SIZE
    assert titles(client.get(author.url, {"page": "2"})) == [f"Stuk {PAGE_SIZE}"]
    assert client.get(author.url, {"page": "3"}).status_code == 404
    assert client.get(author.url, {"page": "x"}).status_code == 404


def test_author_index_lists_live_authors_by_name(tree, client):
    """The index shows published authors alphabetically, linked to their pages; drafts are left out."""
    make_author(tree, "Wim Zeeman")
    make_author(tree, "Anna Aalbers")
    add_page(tree.authors, AuthorPage(title="Nog Niet", slug="nog-niet"), published=False)
    response = client.get(tree.authors.url)
    assert [author.title for author in response.context["authors"]] == ["Anna Aalbers", "Wim Zeeman"]
    assert '<a class="teaser__link" href="/redactie/wim-zeeman/">Wim Zeeman</a>' in response.content.decode()
    assert "Nog Niet" not in response.content.decode()


def test_author_index_photos_cost_the_same_queries_for_many_authors(tree, client):
    """All authors' photos come in one query: two authors with photos cost what twelve cost."""

    def cost() -> int:
        client.get(tree.authors.url)  # makes the renditions
        cache.clear()  # renditions are cached too: count what reading them costs
        with CaptureQueriesContext(connection) as queries:
            assert client.get(tree.authors.url).status_code == 200
        return len(queries)

    for number in range(2):
        AuthorPage.objects.filter(pk=make_author(tree, f"Auteur {number}").pk).update(photo=photo())
    few = cost()
    for number in range(2, 12):
        AuthorPage.objects.filter(pk=make_author(tree, f"Auteur {number}").pk).update(photo=photo())
    assert cost() == few
