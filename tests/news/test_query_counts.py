"""Every page type costs a pinned number of SQL queries, cold and warm, the same with 10 and 1,000 articles.

Cold: every cache is empty (menus, blocks, rankings, fragments), as after a deploy; image renditions
exist. Warm: the same request again, as on a page-cache miss with warm fragments. A change in these
numbers is a change to review, not to paper over.
"""

from datetime import timedelta
from io import BytesIO

import pytest
from django.core.cache import caches
from django.core.files.images import ImageFile
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PILImage

from krant.authors.models import AuthorPage
from krant.core.models import KrantImage, StaticPage
from krant.news.models import ArticleAuthor, ArticlePage, DossierIndexPage, DossierPage, MostReadPage
from krant.news.services import article_folder
from tests.factories import add_page, make_author, make_site

# page type: (queries cold, queries warm). Cold includes the page cache's two queries for the next scheduled
# go-live or expiry (krant.core.pagecache.seconds_to_next_change), kept in the shared store until a purge,
# and, on pages with teasers or an article's community block, the comment counts (community.threads
# .ListingCounts), kept a minute in the process's cache.
EXPECTED = {
    "home": (25, 1),
    "section": (23, 4),
    "subsection": (23, 2),
    "dossier": (18, 2),
    "dossier_index": (16, 1),
    "latest": (19, 1),
    "most_read": (17, 1),  # was 23: section lists are drawn from the ranking, none when nothing was read
    "article": (25, 1),
    "author": (21, 1),
    "author_index": (17, 2),
    "search": (18, 6),
    "static": (17, 2),
}


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
        "author_index": tree.authors.url,
        "dossier_index": DossierIndexPage.objects.live().first().url,
        "search": "/zoeken/?q=bericht",
        "static": StaticPage.objects.live().first().url,
    }


def query_counts(tree) -> dict:
    """Return {page type: (queries with an empty cache, queries with a warm one)}."""
    client = Client()
    counts = {}
    for name, url in urls(tree).items():
        assert client.get(url).status_code == 200, url  # makes the renditions
        for alias in caches:  # the shared store and this process's fragments
            caches[alias].clear()
        with CaptureQueriesContext(connection) as cold:
            assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as warm:
            assert client.get(url).status_code == 200
        counts[name] = (len(cold), len(warm))
    return counts


@pytest.fixture(scope="module")
def counts(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        tree = make_site()
        add_page(tree.home, StaticPage(title="Colofon", slug="colofon"))
        add_page(tree.home, MostReadPage(title="Meest gelezen", slug="meest-gelezen"))
        index = add_page(tree.home, DossierIndexPage(title="Dossiers", slug="dossiers"))
        add_page(index, DossierPage(title="Stikstof", slug="stikstof"))
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


@pytest.mark.parametrize("page_type", EXPECTED)
def test_query_count_is_pinned_and_does_not_grow_with_articles(counts, db, page_type):
    """The page costs exactly the pinned queries, cold and warm, with 10 articles and with 1,000."""
    with_ten, with_thousand = counts
    assert (with_ten[page_type], with_thousand[page_type]) == (EXPECTED[page_type],) * 2, (
        with_ten,
        with_thousand,
    )
