"""The demo publication: the seed's section tree, a month of articles, and a second run changes nothing."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Page, Revision, Site

from krant.ads.models import AdSettings, AdvertisingPage, HouseAd
from krant.ads.slots import SlotName
from krant.authors.models import AuthorPage
from krant.core.models import ConsentPage, FormPage, KrantImage, SiteSettings, StaticPage
from krant.core.navigation import navigation
from krant.demo.liveblogs import read_liveblogs
from krant.demo.services import load_demo
from krant.demo.stories import load_stories
from krant.demo.videos import read_videos
from krant.factcheck.models import FactCheckPage
from krant.games.models import DAILY, GamesPage, Puzzle
from krant.news.models import (
    DOSSIER_STRIP_SIZE,
    PAGE_SIZE,
    ArticlePage,
    ArticleYearPage,
    DossierPage,
    Feature,
    FeaturePage,
    HomePage,
    SectionPage,
)
from krant.predictions.models import PredictionGamePage
from krant.shop.models import InsuranceComparisonPage, ShopPage
from krant.video.models import Video
from krant.woord.models import WoordPage

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_19b839fd26fbb91a.txt"
RENAMES = {
    "NUjij": "Community",
    "NUcheckt": "Factcheck",
    "NUshop": "Shop",
    "Over NU.nl": "Over ons",
    "Huisregels NUjij": "Huisregels",
    "Werken bij NU.nl": "Werken bij",
    "De Boordradio GP-spel": "GP-spel",
}
MAIN_MENU = {
    "Voorpagina": [
        "Net binnen", "Meest gelezen", "Oorlog in Oekraïne", "Spanningen Midden-Oosten", "Binnenland",
        "Buitenland", "Algemeen", "Politiek", "Uit andere media", "Video", "Podcast", "Weer",
    ],
    "Economie": ["Klimaat", "Tech"],
    "Sport": [
        "Voetbal", "Formule 1", "Wielrennen", "Tennis", "Sport Overig", "Scorebord", "Sportspellen",
        "GP-spel",
    ],
    "Media en cultuur": [
        "Films en series", "Muziek", "Boek en Cultuur", "Media", "Achterklap", "Koningshuis", "Tv-gids",
    ],
    "Overig": [
        "Slimmer Leven", "Dieren", "Community", "Het Woord", "Factcheck", "Opmerkelijk", "Wetenschap",
        "Goed Nieuws", "Spellen", "Over ons", "Shop", "Adverteren",
    ],
}  # fmt: skip
QUICK_BAR = [
    "Voorpagina", "Net binnen", "Populair", "Algemeen", "Economie", "Sport", "Media en Cultuur", "Achterklap",
    "Shop",
]  # fmt: skip
STATIC_PAGES = [
    "Over ons", "Colofon", "Contact met de redactie", "Nieuwsbrieven", "Pushmeldingen", "Huisregels",
    "Copyright", "Disclaimer", "Klachten / Feedback", "Toegankelijkheid", "Werken bij",
    "Cookiebeleid", "Privacybeleid", "Gebruiksvoorwaarden",
]  # fmt: skip


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for this module, inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        created = load_demo()
        yield created
        transaction.set_rollback(True)


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "last revision": Revision.objects.aggregate(Max("pk"))["pk__max"],
        "images": KrantImage.objects.count(),
        "last change": Page.objects.aggregate(Max("latest_revision_created_at"))[
            "latest_revision_created_at__max"
        ],
    }


def menu(site):
    return {group.title: [child.title for child in group.children] for group in navigation(site)["main"]}


def parse_seed_menu(text: str) -> tuple[list[str], dict[str, list[str]]]:
    """Return the seed page's quick bar and the first full menu (group -> items), renamed."""
    lines = text.splitlines()
    quick, groups, group = [], {}, None
    for line in lines[2:]:
        top = re.match(r"^  • (.+)$", line)
        child = re.match(r"^    • (.+)$", line)
        if top and groups and top.group(1) == "Voorpagina" and group is not None:
            break  # the footer repeats the menu
        if top:
            name = RENAMES.get(top.group(1), top.group(1))
            if name == "Voorpagina" and quick:
                group = name
                groups[group] = []
            elif group is None:
                quick.append(name)
            else:
                group = name
                groups[group] = []
        elif child and group is not None:
            groups[group].append(RENAMES.get(child.group(1), child.group(1)))
        elif line.strip() and group is not None and groups[group]:
            break
    return quick, groups


def test_first_run_creates_and_second_changes_nothing(demo, db):
    assert demo is True
    before = snapshot()
    assert load_demo() is False
    assert snapshot() == before


def test_section_tree_equals_the_seed_menu(demo, db):
    assert menu(Site.objects.get(is_default_site=True)) == MAIN_MENU


@pytest.mark.skipif(not SEED.exists(), reason="the seed page (../shared) is not present")
def test_section_tree_matches_the_seed_file_itself(demo, db):
    quick, groups = parse_seed_menu(SEED.read_text(encoding="utf-8"))
    assert groups == MAIN_MENU
    assert quick == QUICK_BAR


def test_quick_bar(demo, db):
    site = Site.objects.get(is_default_site=True)
    assert [item.title for item in navigation(site)["quick"]] == QUICK_BAR


def test_a_month_of_articles_in_every_news_section(demo, db):
    """Every story is loaded, spread over a month; each section has enough for its top stories and a list."""
    articles = ArticlePage.objects.live()
    # A liveblog and a fact check are articles too.
    assert (
        articles.count() == len(load_stories()) + len(read_liveblogs()) + FactCheckPage.objects.live().count()
    )
    assert len(load_stories()) >= 120
    oldest = articles.order_by("first_published_at").first().first_published_at
    newest = articles.order_by("-first_published_at").first().first_published_at
    assert (newest - oldest).days >= 25
    leaves = [s for s in SectionPage.objects.live() if not s.get_children().type(SectionPage).exists()]
    assert len(leaves) >= 20
    for section in leaves:
        assert section.articles().count() >= 6, section.title
    for section in SectionPage.objects.live().filter(depth=3):
        if section.get_children().type(SectionPage).exists():
            assert section.articles().count() > PAGE_SIZE, section.title


def test_articles_read_like_news(demo, db):
    """Every article has an intro, a picture drawn for its subject, an intertitle and an attributed quote."""
    # A liveblog has updates instead; a fact check, its claim and sources.
    stories = ArticlePage.objects.live().filter(liveblogpage__isnull=True, factcheckpage__isnull=True)
    for article in stories.select_related("lead_image"):
        kinds = [block.block_type for block in article.body]
        assert article.intro, article.title
        assert article.lead_image, article.title
        assert "intertitle" in kinds and "quote" in kinds, article.title
        quote = next(block.value for block in article.body if block.block_type == "quote")
        assert quote["attribution"] and "—" not in quote["text"], article.title
        assert kinds.count("paragraph") >= 2, article.title


def test_today_is_a_news_day(demo, db, client):
    """The front page leads with today's news: the lead story is from the last few hours."""
    home = HomePage.objects.get()
    assert timezone.now() - home.lead_story.first_published_at < timedelta(hours=3)
    assert client.get("/").status_code == 200


def test_dossiers_have_articles(demo, db):
    """Every dossier fills its strip on the front page, so no dossier looks empty."""
    for dossier in DossierPage.objects.live():
        assert dossier.articles().count() >= DOSSIER_STRIP_SIZE, dossier.title


def test_articles_live_in_year_folders(demo, db):
    for article in ArticlePage.objects.all()[:50]:
        folder = article.get_parent().specific
        assert isinstance(folder, ArticleYearPage)
        assert folder.slug == str(article.first_published_at.year)


def test_authors_static_pages_and_settings(demo, db):
    assert AuthorPage.objects.live().count() >= 10
    titles = set(StaticPage.objects.live().values_list("title", flat=True)) | set(
        FormPage.objects.live().values_list("title", flat=True)
    )
    assert set(STATIC_PAGES) <= titles
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.social_links and settings.kvk_number and settings.vat_number
    assert [link.text for link in settings.privacy_links.all()][:3] == [
        "Cookiebeleid", "Privacybeleid", "Gebruiksvoorwaarden",
    ]  # fmt: skip


def test_adverteren_is_the_advertising_page_with_a_rate_card_and_house_ads(demo, db):
    """Overig > Adverteren is the advertising page type, in the footer too; the ad settings hold a rate card
    and an ads.txt, and every slot has a house ad."""
    page = AdvertisingPage.objects.live().get()
    assert page.url == "/overig/adverteren/"
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert page.pk in settings.footer_links.values_list("link_page_id", flat=True)
    ad_settings = AdSettings.for_site(Site.objects.get(is_default_site=True))
    assert ad_settings.rates.count() >= 4 and ad_settings.ads_txt
    assert set(HouseAd.objects.values_list("slot", flat=True)) == set(SlotName.values)


def test_shop_and_comparison_are_the_real_pages(demo, db, client):
    """Overig > Shop is the shop with the partners' offers; the footer's Verzekeringvergelijker compares the
    insurance partner's offers at the address the announcing StaticPage had."""
    shop = ShopPage.objects.live().get()
    assert shop.url == "/overig/shop/" and shop.show_in_menus
    assert not FeaturePage.objects.filter(feature=Feature.SHOP).exists()
    html = client.get(shop.url).content.decode()
    assert "Het grote polderpuzzelboek" in html and 'rel="sponsored noopener"' in html
    comparison = InsuranceComparisonPage.objects.live().get()
    assert comparison.url == "/verzekeringvergelijker/" and not comparison.show_in_menus
    assert not StaticPage.objects.filter(slug="verzekeringvergelijker").exists()
    assert "Zorg Budget Plus" in client.get(comparison.url).content.decode()


def test_privacy_settings_is_the_consent_page(demo, db):
    """The footer's last privacy link opens the consent settings, a real ConsentPage at the usual address."""
    page = ConsentPage.objects.live().get()
    assert page.url == "/privacy-instellingen/"
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.privacy_links.last().link_page_id == page.pk


def test_demo_pages_render(demo, db, client):
    """Every kind of demo page answers 200: no link from the menu leads to a 404."""
    site = Site.objects.get(is_default_site=True)
    nav = navigation(site)
    urls = [item.url for group in nav["main"] for item in [group, *group.children]]
    urls += [item.url for item in nav["footer"] + nav["privacy"] + nav["quick"]]
    urls.append(ArticlePage.objects.live().first().url)
    urls.append(AuthorPage.objects.live().first().url)
    for url in dict.fromkeys(urls):
        assert client.get(url).status_code == 200, url


def test_video_has_the_demo_clips_and_articles_show_them(demo, db, client):
    """/video/ lists the processed demo clips; one article leads with a clip, another has one in its body."""
    clips = list(Video.objects.visible())
    assert len(clips) == len(read_videos()) and all(clip.poster and clip.renditions for clip in clips)
    listing = client.get("/video/").content.decode()
    assert all(clip.title in listing for clip in clips)
    lead = ArticlePage.objects.live().get(lead_video__isnull=False)
    html = client.get(lead.url).content.decode()
    assert html.index("<video") < html.index('class="article__body')
    (with_block,) = [a for a in ArticlePage.objects.live() if any(b.block_type == "video" for b in a.body)]
    html = client.get(with_block.url).content.decode()
    assert html.index('class="article__body') < html.index("<video")


def test_spellen_is_the_real_page_with_puzzles(demo, db, client):
    """'Spellen' under Overig is the games page, with yesterday's, today's and tomorrow's puzzles stored
    and today's playable."""
    page = GamesPage.objects.live().get()
    assert page.url == "/overig/spellen/"
    assert Puzzle.objects.count() == 3 * len(DAILY)
    html = client.get(page.url).content.decode()
    assert html.count(f'href="{page.url}sudoku/') >= 3


def test_het_woord_is_the_real_game_in_its_menu_place(demo, db, client):
    """'Het Woord' under Overig is the game's own page now, not a 'komt binnenkort' page."""
    page = WoordPage.objects.live().get()
    assert page.url == "/overig/het-woord/" and page.show_in_menus
    assert not FeaturePage.objects.filter(feature=Feature.WORD).exists()
    assert 'name="gok"' in client.get(page.url).content.decode()


def test_the_sport_games_are_real_games_over_the_demo_season(demo, db):
    """'Sportspellen' and 'GP-spel' are prediction games in their menu places, over demo competitions."""
    games = {page.title: page for page in PredictionGamePage.objects.live()}
    assert games["Sportspellen"].url == "/sport/sportspellen/"
    assert games["Sportspellen"].competition.slug == "polderdivisie"
    assert games["GP-spel"].competition.slug == "formule-1"
