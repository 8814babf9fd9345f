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

from krant.ads.models import HouseAd
from krant.ads.slots import SlotName
from krant.authors.models import AuthorPage
from krant.core.models import KrantImage, StaticPage
from krant.factcheck.models import FactCheckIndexPage, FactCheckPage
from krant.news.models import ArticleAuthor, ArticlePage, DossierIndexPage, DossierPage, MostReadPage
from krant.news.services import article_folder
from krant.shop.models import InsuranceComparisonPage, Partner, ShopPage
from krant.shop.services import import_partner
from krant.woord.models import WoordPage
from tests.factories import add_page, make_author, make_site
from tests.news.test_pages import main_column_ids

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)

# page type: (queries cold, queries warm). Cold includes the page cache's two queries for the next scheduled
# go-live or expiry (krant.core.pagecache.seconds_to_next_change), kept in the shared store until a purge,
# and, on pages with teasers or an article's community block, the comment counts (community.threads
# .ListingCounts), kept a minute in the process's cache. Pages with teasers and search results read the open
# liveblogs once cold ('Live', krant.liveblogs.models.open_liveblog_ids), kept in the shared store; every
# page reads the breaking-news banner (krant.banner.services.current), kept in the process until it changes.
# Cold: +1 on every page for the weather warnings, +1 on the front page for its weather widget (both kept
# per process per version of their key, so a warm page reads neither).
EXPECTED = {
    "home": (32, 1),
    "section": (29, 4),
    "subsection": (29, 2),
    "dossier": (23, 2),
    "dossier_index": (21, 1),
    "latest": (25, 1),
    "most_read": (22, 1),  # was 23: section lists are drawn from the ranking, none when nothing was read
    "article": (31, 1),
    "author": (27, 1),
    "author_index": (22, 2),
    # Results say 'Live' too, as teasers do (cold +1); the podcast episodes' search runs on every render
    # (+2 queries, krant.search.services.search_episodes).
    "search": (23, 8),
    "static": (22, 2),
    "woord": (22, 2),  # as a static page: the empty board reads nothing of its own, no game, no word
    "factcheck": (25, 1),  # as Net binnen: the fact checks of one verdict, by a join
    # Partners' offers: the categories and a page of products (with their partner) on both shop pages;
    # the comparison's kinds and offers.
    "shop": (24, 4),
    "shop_category": (24, 4),
    "comparison": (24, 4),
}


def add_house_ads(image):
    """A house ad in every slot, one with an image: the slots are filled on every page measured."""
    for slot in SlotName.values:
        HouseAd.objects.create(
            name=slot,
            slot=slot,
            advertiser="krant",
            headline="Lees de Ochtendeditie",
            link_url="https://krant.example/nieuwsbrieven/",
            image=image if slot == SlotName.LEADERBOARD else None,
        )


def add_partner_offers(tree):
    """The shop and the comparison, with 30 products and 30 insurance offers from two partners' feeds."""
    tree.shop = add_page(tree.home, ShopPage(title="Shop", slug="shop"))
    tree.comparison = add_page(tree.home, InsuranceComparisonPage(title="Vergelijker", slug="vergelijker"))
    head = "id,title,link,price,brand,product_type,eigen_risico,dekking\n"
    for slug, kind, category in (
        ("winkel", Partner.Kind.SHOP, "Keramiek"),
        ("polis", Partner.Kind.INSURANCE, "Zorg"),
    ):
        partner = Partner.objects.create(name=slug, slug=slug, kind=kind, feed_url=f"https://{slug}.example/")
        rows = "".join(
            f"{n},Ding {n},https://w.example/{n},{n}.00 EUR,Merk {n % 4},{category},{n} EUR,Basis\n"
            for n in range(30)
        )
        import_partner(partner, (head + rows).encode())


def add_articles(tree, count, image, author, start=0):
    """Add `count` live articles quickly: straight into the tree, without revisions or signals."""
    folder = article_folder()
    now = timezone.now()
    sections = [tree.binnenland, tree.klimaat]
    for number in range(start, start + count):
        # Every tenth a fact check: its badge is read with the listing's rows, at no query of its own.
        kind = FactCheckPage if number % 10 == 5 else ArticlePage
        extra = FACT_CHECK if kind is FactCheckPage else {}
        article = kind(
            title=f"Bericht {number}",
            slug=f"bericht-{number}",
            intro="Een korte samenvatting.",
            home_section=sections[number % 2],
            lead_image=image,
            live=True,
            first_published_at=now - timedelta(minutes=number),
            body=[("paragraph", f"<p>Alinea {paragraph}.</p>") for paragraph in range(4)],
            **extra,
        )
        folder.add_child(instance=article)
        article.dossiers.add(tree.dossier)
        ArticleAuthor.objects.create(article=article, author=author)


FACT_CHECK = {
    "claim": "Er rijden twee keer zoveel bussen.",
    "claimant": "Een wethouder",
    "verdict": "klopt-niet",
    "reasoning": "Het zijn er 20 procent meer.",
}


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
        "factcheck": FactCheckIndexPage.objects.live().first().url + "?oordeel=klopt-niet",
        "shop": tree.shop.url,
        "shop_category": f"{tree.shop.url}keramiek/",
        "comparison": f"{tree.comparison.url}?sorteer=eigen-risico",
        "woord": WoordPage.objects.live().first().url,
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
        add_page(tree.home, FactCheckIndexPage(title="Factcheck", slug="factcheck"))
        add_partner_offers(tree)
        add_page(tree.home, WoordPage(title="Het Woord", slug="het-woord"))
        buffer = BytesIO()
        PILImage.new("RGB", (640, 360), (200, 80, 40)).save(buffer, "JPEG")
        image = KrantImage.objects.create(title="Beeld", file=ImageFile(buffer, name="beeld.jpg"))
        author = make_author(tree)
        add_house_ads(image)
        add_articles(tree, 10, image, author)
        with_ten = query_counts(tree)
        add_articles(tree, 990, image, author, start=10)
        with_thousand = query_counts(tree)
        front_page_ids.extend(main_column_ids(Client().get("/").context))
        yield with_ten, with_thousand
        transaction.set_rollback(True)


front_page_ids = []  # the front page's main column with 1,000 articles, top to bottom


def test_no_article_shows_twice_in_the_main_column_with_1000_articles(counts, db):
    """With 1,000 articles in two sections and one dossier, the front page's main column still repeats
    none: the blocks further down take the newest the blocks above did not show."""
    assert len(front_page_ids) > 10
    assert len(front_page_ids) == len(set(front_page_ids))


@pytest.mark.parametrize("page_type", EXPECTED)
def test_query_count_is_pinned_and_does_not_grow_with_articles(counts, db, page_type):
    """The page costs exactly the pinned queries, cold and warm, with 10 articles and with 1,000."""
    with_ten, with_thousand = counts
    assert (with_ten[page_type], with_thousand[page_type]) == (EXPECTED[page_type],) * 2, (
        with_ten,
        with_thousand,
    )
