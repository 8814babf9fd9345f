"""Every endpoint costs the same number of SQL queries with 10 and with 130 articles, and a long article
as many as a short one."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PILImage
from rest_framework.test import APIClient
from wagtail.embeds.blocks import EmbedValue
from wagtail.rich_text import RichText

from krant.authors.models import AuthorPage
from krant.core.models import KrantImage
from krant.news.models import (
    ArticleAuthor,
    ArticleCorrection,
    ArticlePage,
    ArticleViewCount,
    DossierPage,
    RelatedArticle,
)
from krant.news.readership import hour_of
from krant.news.services import article_folder
from tests.factories import add_page, make_author, make_site

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)

ENDPOINTS = [
    "front_page", "articles", "articles_long", "section_articles", "dossier_articles", "author_articles",
    "article", "most_read", "sections", "section", "dossiers", "dossier", "authors", "author", "search",
]  # fmt: skip


def make_images(count):
    images = []
    for number in range(count):
        buffer = BytesIO()
        PILImage.new("RGB", (640, 360), (40 * number, 80, 40)).save(buffer, "JPEG")
        images.append(
            KrantImage.objects.create(title=f"Beeld {number}", file=ImageFile(buffer, name="b.jpg"))
        )
    return images


def add_articles(tree, count, images, author, start=0):
    """Add `count` live articles quickly: straight into the tree, without revisions or signals."""
    folder = article_folder()
    now = timezone.now()
    sections = [tree.binnenland, tree.klimaat]
    for number in range(start, start + count):
        article = ArticlePage(
            title=f"Bericht over de dijk {number}",
            slug=f"bericht-{number}",
            intro="Een korte samenvatting.",
            home_section=sections[number % 2],
            lead_image=images[number % len(images)],
            live=True,
            first_published_at=now - timedelta(minutes=number),
        )
        folder.add_child(instance=article)
        article.dossiers.add(tree.dossier)
        ArticleAuthor.objects.create(article=article, author=author)
        ArticleViewCount.objects.create(article=article, hour=hour_of(now), count=number + 1)


def fill(article, targets, authors, images, dossiers, size):
    """Give `article` a body and links of `size` of each kind."""
    article.body = [
        block
        for number in range(size)
        for block in [
            ("paragraph", RichText(f'<p>Zie <a linktype="page" id="{targets[number].pk}">dit</a>.</p>')),
            ("image", {"image": images[number % len(images)], "caption": "", "credit": ""}),
            ("embed", {"embed": EmbedValue(f"https://www.youtube.com/watch?v={number}"), "caption": ""}),
            ("quote", {"text": "Citaat", "attribution": ""}),
            (
                "info_box",
                {
                    "title": "Uitleg",
                    "text": RichText(f'<p><a linktype="page" id="{targets[-1].pk}">x</a></p>'),
                },
            ),
        ]
    ]
    article.save()
    for number in range(size):
        ArticleAuthor.objects.create(article=article, author=authors[number % len(authors)])
        ArticleCorrection.objects.create(article=article, note=f"Correctie {number}")
        RelatedArticle.objects.create(article=article, related=targets[number])
        article.dossiers.add(dossiers[number % len(dossiers)])


def urls(tree, author, short, long) -> dict:
    return {
        "front_page": "/api/v1/front-page/",
        "articles": "/api/v1/articles/",
        "articles_long": "/api/v1/articles/?limit=50",
        "section_articles": f"/api/v1/articles/?section={tree.economie.pk}",
        "dossier_articles": f"/api/v1/articles/?dossier={tree.dossier.pk}",
        "author_articles": f"/api/v1/articles/?author={author.pk}",
        "article": f"/api/v1/articles/{short.pk}/",
        "most_read": "/api/v1/most-read/?limit=50",
        "sections": "/api/v1/sections/",
        "section": f"/api/v1/sections/{tree.economie.pk}/",
        "dossiers": "/api/v1/dossiers/",
        "dossier": f"/api/v1/dossiers/{tree.dossier.pk}/",
        "authors": "/api/v1/authors/",
        "author": f"/api/v1/authors/{author.pk}/",
        "search": "/api/v1/search/?q=dijk&limit=50",
    } | ({"article": f"/api/v1/articles/{long.pk}/"} if long else {})


def query_counts(addresses: dict) -> dict:
    client = APIClient()
    counts = {}
    for name, url in addresses.items():
        assert client.get(url).status_code == 200, url  # makes renditions and fills caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[name] = len(queries)
    return counts


@pytest.fixture(scope="module")
def counts(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        tree = make_site()
        images = make_images(3)
        author = make_author(tree)
        authors = [author, *(make_author(tree, f"Auteur {n}") for n in range(5))]
        dossiers = [
            tree.dossier,
            *(add_page(tree.home, DossierPage(title=f"Dossier {n}", slug=f"d-{n}")) for n in range(4)),
        ]
        for n in range(4):
            photo_author = AuthorPage.objects.get(pk=authors[n + 1].pk)
            photo_author.photo = images[n % 3]
            photo_author.save()
        add_articles(tree, 10, images, author)
        targets = list(ArticlePage.objects.order_by("pk")[:10])
        short, long = targets[0], targets[1]
        fill(short, targets, authors, images, dossiers, 1)
        fill(long, targets, authors, images, dossiers, 8)
        with_ten = query_counts(urls(tree, author, short, None))
        with_ten_long = query_counts({"article": urls(tree, author, short, long)["article"]})
        add_articles(tree, 120, images, author, start=10)
        with_many = query_counts(urls(tree, author, short, None))
        yield with_ten, with_many, with_ten_long
        transaction.set_rollback(True)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_query_count_does_not_grow_with_articles(counts, db, endpoint):
    with_ten, with_many, _ = counts
    assert with_many[endpoint] == with_ten[endpoint], (with_ten, with_many)
    assert with_ten[endpoint] <= 16, with_ten


def test_long_article_costs_as_many_queries_as_a_short_one(counts, db):
    """Eight times the blocks, authors, corrections, related articles and dossiers: the same queries."""
    with_ten, _, with_ten_long = counts
    assert with_ten_long["article"] == with_ten["article"], (with_ten["article"], with_ten_long["article"])
