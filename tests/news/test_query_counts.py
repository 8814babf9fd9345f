"""Every page type costs the same number of SQL queries with 10 and with 1,000 articles."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PILImage

from krant.authors.models import AuthorPage
from krant.core.models import KrantImage, StaticPage
from krant.news.models import ArticleAuthor, ArticlePage, MostReadPage
from krant.news.services import article_folder
from tests.factories import add_page, make_author, make_site

PAGE_TYPES = [
    "home", "section", "subsection", "dossier", "latest", "most_read", "article", "author", "static",
]  # fmt: skip


def add_articles(tree, count, image, author, start=0):
    """Add `count` live articles quickly: straight into the tree, without revisions or signals."""
    folder = article_folder()
    now = timezone.now()
    sections = [tree.binnenland, tree.klimaat]
    for number in range(start, start + count):
        article = ArticlePage(
            title=f"Bericht {number}",
            slug=f"bericht-{number}",
            intro="Een korte samenvatting.",
            home_section=sections[number % 2],
            lead_image=image,
            live=True,
            first_published_at=now - timedelta(minutes=number),
        )
        folder.add_child(instance=article)
        article.dossiers.add(tree.dossier)
        ArticleAuthor.objects.create(article=article, author=author)


def urls(tree):
    article = ArticlePage.objects.live().order_by("-first_published_at").first()
    return {
        "home": "/",
        "section": tree.economie.url,
        "subsection": tree.klimaat.url,
        "dossier": tree.dossier.url,
        "latest": tree.latest.url,
        "most_read": MostReadPage.objects.live().first().url,
        "article": article.url,
        "author": AuthorPage.objects.live().first().url,
        "static": StaticPage.objects.live().first().url,
    }


def query_counts(tree) -> dict:
    client = Client()
    counts = {}
    for name, url in urls(tree).items():
        assert client.get(url).status_code == 200, url  # warms renditions and caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[name] = len(queries)
    return counts


@pytest.fixture(scope="module")
def counts(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        tree = make_site()
        add_page(tree.home, StaticPage(title="Colofon", slug="colofon"))
        add_page(tree.home, MostReadPage(title="Meest gelezen", slug="meest-gelezen"))
        buffer = BytesIO()
        PILImage.new("RGB", (640, 360), (200, 80, 40)).save(buffer, "JPEG")
        image = KrantImage.objects.create(title="Beeld", file=ImageFile(buffer, name="beeld.jpg"))
        author = make_author(tree)
        add_articles(tree, 10, image, author)
        with_ten = query_counts(tree)
        add_articles(tree, 990, image, author, start=10)
        with_thousand = query_counts(tree)
        yield with_ten, with_thousand
        transaction.set_rollback(True)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_query_count_does_not_grow_with_articles(counts, db, page_type):
    with_ten, with_thousand = counts
    assert with_thousand[page_type] == with_ten[page_type], (with_ten, with_thousand)
    assert with_ten[page_type] <= 20, with_ten
