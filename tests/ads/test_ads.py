"""Advertising: slots with their reserved size, house ads on schedule and the same for every reader, the ad
server only with consent, no ads on sensitive pages, paid content labelled and out of Google News, ads.txt
from the admin, the 'Adverteren' page with its rate card, and the CSP."""

import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import time_machine
from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from krant.ads import services
from krant.ads.adstxt import line_errors
from krant.ads.models import AdSettings, AdvertisingPage, HouseAd, Rate
from krant.ads.services import save_house_ad
from krant.config import ConfigError, parse_ad_server_url
from krant.core.consent import COOKIE_NAME
from krant.core.models import ConsentPage, PrivacyLink, SiteSettings, StaticPage
from krant.core.roles import ADMINS
from krant.news.models import Label
from tests.factories import add_page, make_article, make_user

pytestmark = pytest.mark.django_db
AD_SERVER = "https://ads.example/tag.js"
ADVERTISING = "v1:advertising"
NECESSARY = "v1:"


def paragraphs(count: int) -> list:
    return [("paragraph", f"<p>Alinea {number} over de dijk.</p>") for number in range(1, count + 1)]


def house_ad(slot="leaderboard", **fields) -> HouseAd:
    fields = {
        "name": f"Eigen {slot}",
        "slot": slot,
        "advertiser": "Fietsenwinkel De Spaak",
        "headline": f"Winterbeurt {slot}",
        "link_url": "https://despaak.example/winterbeurt",
        **fields,
    }
    return save_house_ad(HouseAd(**fields))


def html(client, url: str, consent: str | None = None) -> str:
    if consent is not None:
        client.cookies[COOKIE_NAME] = consent
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def ad_html(page_html: str) -> str:
    return "".join(re.findall(r'<div class="ad-slot .*?</div>\s*</div>', page_html, re.DOTALL))


def slots(page_html: str) -> list[str]:
    return re.findall(r'class="ad-slot ad-slot--(\w+)"', page_html)


@pytest.fixture
def story(tree):
    return make_article(tree.binnenland, "Dijk bij Zandmeer versterkt", body=paragraphs(5))


# Slots and house ads ----------------------------------------------------------------------------------------


def test_house_ads_fill_their_slots_with_the_size_reserved(tree, story, client):
    """Each slot is a frame whose class gives it a fixed size per breakpoint; the house ad is in the page."""
    for slot in ("leaderboard", "in_article", "sidebar", "listing"):
        house_ad(slot)
    for number in range(6):
        make_article(tree.binnenland, f"Bericht {number}", slug=f"bericht-{number}")
    article = html(client, story.url)
    assert slots(article) == ["leaderboard", "in_article", "sidebar"]  # the last in the rail beside it
    assert "Winterbeurt leaderboard" in article and "Winterbeurt in_article" in article
    assert 'rel="sponsored noopener"' in article
    assert "Advertentie van Fietsenwinkel De Spaak" in article
    assert slots(html(client, "/")) == ["leaderboard", "sidebar"]
    assert slots(html(client, tree.binnenland.url)) == ["leaderboard", "listing"]


def test_the_stylesheet_reserves_each_slots_size():
    """The frame of every slot has a fixed width and height in the stylesheet, also at the wide breakpoint."""
    css = Path(finders.find("krant/krant.css")).read_text(encoding="utf-8")
    for slot, size in (
        ("leaderboard", "320px;\n    height: 100px"),
        ("in_article", "300px;\n    height: 250px"),
    ):
        assert re.search(rf"\.ad-slot--{slot} \.ad-slot__frame[^{{]*\{{\s*width: {size}", css), slot
    assert "width: 728px;\n        height: 90px" in css
    assert "contain: strict" in css
    # Every block closed: one missing brace nests every rule after it (CSS nesting) and they stop applying.
    depth = 0
    for character in re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL):
        depth += {"{": 1, "}": -1}.get(character, 0)
        assert depth >= 0
    assert depth == 0


def test_in_article_ad_follows_the_paragraph_the_settings_name(
    tree, story, client, django_capture_on_commit_callbacks
):
    """The in-article ad comes after the Nth paragraph (3 by default, the ad settings' number otherwise);
    an article with fewer paragraphs has none."""
    house_ad("in_article")
    body = html(client, story.url)
    assert body.index("Alinea 3") < body.index("ad-slot--in_article") < body.index("Alinea 4")
    setting = AdSettings.for_site(tree.site)
    setting.in_article_after = 1
    with django_capture_on_commit_callbacks(execute=True):  # the settings' purge of `ads`
        setting.save()
    body = html(client, story.url)
    assert body.index("Alinea 1") < body.index("ad-slot--in_article") < body.index("Alinea 2")
    short = make_article(tree.binnenland, "Korte melding", body=paragraphs(1)[:0])
    assert "ad-slot--in_article" not in html(client, short.url)


def test_house_ads_run_only_between_start_and_end(tree, client):
    """A house ad shows from its start to its end; the page's cache lifetime ends at the next change."""
    now = timezone.now()
    house_ad(headline="Later", starts_at=now + timedelta(hours=2), ends_at=now + timedelta(hours=5))
    with time_machine.travel(now, tick=False):
        first = client.get("/")
    assert "Later" not in first.content.decode()
    assert "s-maxage=7200," in first["Cache-Control"]
    with time_machine.travel(now + timedelta(hours=3)):
        assert "Later" in html(client, "/")
    with time_machine.travel(now + timedelta(hours=6)):
        assert "Later" not in html(client, "/")
        assert "ad-slot" not in html(client, "/")  # nothing to show: no empty frame either


def test_switched_off_house_ads_do_not_show(tree, client):
    house_ad(headline="Uitgezet", active=False)
    assert "Uitgezet" not in html(client, "/")


def test_the_pick_is_the_same_for_every_reader_and_weighted(tree, client):
    """Every reader gets the same ad on a page (one cached copy); over many pages the weights count."""
    house_ad(headline="Zwaar", weight=9)
    house_ad(headline="Licht", weight=1)
    first = ad_html(html(client, "/"))
    assert "Zwaar" in first or "Licht" in first
    for consent in (NECESSARY, "v1:analytics"):
        assert ad_html(html(client, "/", consent)) == first, consent
    picks = [
        services.house_ad(RequestFactory().get(f"/pagina-{number}/"), "leaderboard")["headline"]
        for number in range(200)
    ]
    assert 140 < picks.count("Zwaar") < 200 and picks.count("Licht") > 0


def test_the_pick_needs_no_cache_read_that_can_miss(tree):
    """The pick is made from the ads as stored, so a shared store that lost every key (evicted, restarted,
    a read that failed under load) and a process that kept nothing still pick the same ad per page; it
    changes only when the ads do."""
    for name in ("Een", "Twee", "Drie"):
        house_ad(headline=name, name=name)
    pages = [f"/pagina-{number}/" for number in range(60)]

    def picks() -> list[str]:
        return [services.house_ad(RequestFactory().get(path), "leaderboard")["headline"] for path in pages]

    before = picks()
    assert len(set(before)) == 3  # spread over the pages
    caches["default"].clear()  # the content version and the ads' key gone from the shared store
    caches["local"].clear()  # and this process's copy of the ads
    assert picks() == before
    save_house_ad(HouseAd.objects.get(name="Twee"))  # a change of an ad may move the picks ...
    caches["local"].clear()  # ... once its purge (on commit, which this test never reaches) is seen
    assert picks() != before


def test_house_ad_errors_are_clear(db):
    """A house ad's link must be https, its end after its start, its weight 1 to 100."""
    now = timezone.now()
    with pytest.raises(ValidationError) as error:
        house_ad(link_url="javascript:alert(1)", starts_at=now, ends_at=now - timedelta(hours=1), weight=0)
    assert set(error.value.message_dict) == {"link_url", "ends_at", "weight"}
    assert "https://" in error.value.message_dict["link_url"][0]


def test_the_privacy_settings_and_privacy_pages_have_no_ads(tree, client, settings):
    """A reader deciding about advertising sees no ad slot there: not on the consent page, not on a page
    the footer's privacy links name, with or without consent to advertising; other static pages keep them."""
    settings.AD_SERVER_URL = AD_SERVER
    house_ad("leaderboard")
    consent_page = add_page(tree.home, ConsentPage(title="Privacy-instellingen", slug="privacy-instellingen"))
    policy = add_page(tree.home, StaticPage(title="Privacybeleid", slug="privacybeleid"))
    colofon = add_page(tree.home, StaticPage(title="Colofon", slug="colofon"))
    setting = SiteSettings.for_site(tree.home.get_site())
    PrivacyLink.objects.create(setting=setting, link_page=policy, sort_order=0)
    for consent in (None, ADVERTISING):
        for page in (consent_page, policy):
            shown = html(client, page.url, consent)
            assert "ad-slot" not in shown and AD_SERVER not in shown, (page.url, consent)
        assert slots(html(client, colofon.url, consent)) == ["leaderboard"], consent


# Sensitive pages and paid content ---------------------------------------------------------------------------


def test_a_sensitive_article_has_no_ads_at_all(tree, client, settings):
    """'Gevoelig onderwerp': no slot, no house ad, no ad server script, also with advertising consent."""
    settings.AD_SERVER_URL = AD_SERVER
    house_ad("leaderboard")
    house_ad("in_article")
    house_ad("sidebar")
    article = make_article(tree.binnenland, "Drie doden bij brand", body=paragraphs(5), sensitive=True)
    for consent in (None, ADVERTISING):
        page = html(client, article.url, consent)
        assert "ad-slot" not in page and AD_SERVER not in page
        assert "article-layout--rail" not in page and "article-layout__rail" not in page  # no empty rail


def test_advertorials_are_labelled_on_the_page_and_in_listings(tree, client):
    body = [
        (
            "paragraph",
            '<p>Lees <a href="https://despaak.example/">bij De Spaak</a> of '
            '<a href="/binnenland/">hier</a>.</p>',
        )
    ]
    article = make_article(tree.binnenland, "Zo blijft je fiets heel", label=Label.ADVERTORIAL, body=body)
    page = html(client, article.url)
    assert 'label--sponsored">Advertorial<' in page
    assert "Betaalde inhoud" in page
    assert '<a href="https://despaak.example/" rel="sponsored noopener">' in page
    assert '<a href="/binnenland/">' in page  # a link on the site stays as it is
    assert 'label--sponsored">Advertorial</span> Zo blijft je fiets heel' in html(client, tree.binnenland.url)
    partner = make_article(tree.binnenland, "Samen naar de beurs", label=Label.PARTNERCONTENT)
    assert 'label--sponsored">Partnercontent<' in html(client, partner.url)


def test_paid_content_is_not_in_the_google_news_sitemap(tree, client):
    news = make_article(tree.binnenland, "Dijk versterkt")
    paid = make_article(tree.binnenland, "Zo blijft je fiets heel", label=Label.ADVERTORIAL)
    partner = make_article(tree.binnenland, "Samen naar de beurs", label=Label.PARTNERCONTENT)
    sitemap = client.get("/sitemap-nieuws.xml").content.decode()
    assert news.slug in sitemap
    assert paid.slug not in sitemap and partner.slug not in sitemap


# The ad server and consent ----------------------------------------------------------------------------------


def test_the_ad_server_loads_only_with_advertising_consent(tree, story, client, settings):
    """Without consent (or before choosing) the house ads, no script; with it the ad server's script and
    empty frames its tag fills, named by slot and sizes."""
    settings.AD_SERVER_URL = AD_SERVER
    house_ad("leaderboard", headline="Eigen advertentie")
    for consent in (None, NECESSARY, "v1:analytics.social"):
        page = html(client, story.url, consent)
        assert AD_SERVER not in page and "ads/slots.js" not in page and "Eigen advertentie" in page
    page = html(client, story.url, ADVERTISING)
    assert f'<script src="{AD_SERVER}" defer></script>' in page
    assert page.index("ads/slots.js") < page.index(AD_SERVER)  # hidden slots leave before the tag runs
    assert "Eigen advertentie" not in page
    assert 'data-ad-slot="leaderboard" data-ad-sizes="320x100,728x90"' in page
    assert 'data-ad-slot="in_article" data-ad-sizes="300x250"' in page


def test_without_an_ad_server_consent_changes_nothing(tree, client):
    house_ad(headline="Eigen advertentie")
    assert "Eigen advertentie" in html(client, "/", ADVERTISING)
    assert '<script src="https://ads' not in html(client, "/", ADVERTISING)


def test_csp_allows_the_ad_server_only_when_configured(tree, client, settings):
    policy = client.get("/")["Content-Security-Policy"]
    assert "ads.example" not in policy
    settings.AD_SERVER_URL = AD_SERVER
    policy = dict(
        part.strip().split(" ", 1) for part in client.get("/")["Content-Security-Policy"].split(";")
    )
    for directive in ("script-src", "img-src", "frame-src", "connect-src"):
        assert "https://ads.example" in policy[directive].split(), directive
    assert "ads.example" not in client.get("/admin/login/")["Content-Security-Policy"]


def test_the_ad_server_setting_is_checked():
    assert parse_ad_server_url("") == ""
    assert parse_ad_server_url(AD_SERVER) == AD_SERVER
    assert parse_ad_server_url("http://127.0.0.1:8850/tag.js") == "http://127.0.0.1:8850/tag.js"
    for bad in (
        "http://ads.example/tag.js",
        "javascript:alert(1)",
        "https://user:pw@ads.example/t.js",
        "ads.js",
    ):
        with pytest.raises(ConfigError, match="KRANT_AD_SERVER_URL"):
            parse_ad_server_url(bad)


# ads.txt ----------------------------------------------------------------------------------------------------


ADS_TXT = (
    "# verkopers\ncontact=advertenties@krant.example\nadvertentienet.example, pub-20461, DIRECT, c0ffee42\n"
)


def test_ads_txt_is_served_as_plain_text_from_the_settings(tree, client):
    assert client.get("/ads.txt").status_code == 404  # empty: no file
    setting = AdSettings.for_site(tree.site)
    setting.ads_txt = ADS_TXT
    setting.full_clean()
    setting.save()
    response = client.get("/ads.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == ADS_TXT
    assert client.post("/ads.txt").status_code == 405


def test_ads_txt_lines_are_checked_with_the_line_number():
    assert line_errors(ADS_TXT + "\n  # comment only\nbeurs.example, 88-1207, reseller\n") == []
    errors = line_errors(
        "advertentienet.example, pub-1, DIRECT\n"
        "geen domein, pub-1, DIRECT\n"
        "advertentienet.example, pub-1, BOTH\n"
        "advertentienet.example, pub-1\n"
        "kleur=rood\n"
    )
    assert [error.split(":")[0] for error in errors] == ["Regel 2", "Regel 3", "Regel 4", "Regel 5"]
    assert "DIRECT of RESELLER" in errors[1]
    assert "kleur" in errors[3]


def test_the_admin_refuses_a_bad_ads_txt_and_saves_a_good_one(tree, client):
    client.force_login(make_user("beheer", ADMINS, is_superuser=True))
    url = f"/admin/settings/ads/adsettings/{tree.site.pk}/"
    data = nested_form_data(
        {
            "in_article_after": 3,
            "listing_after": 5,
            "ads_txt": "advertentienet.example, pub-1, MISSCHIEN",
            "rates": inline_formset([]),
            "rate_card_note": rich_text(""),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Regel 1: het derde veld moet DIRECT of RESELLER zijn" in response.content.decode()
    data["ads_txt"] = ADS_TXT
    assert client.post(url, data).status_code == 302
    assert client.get("/ads.txt").content.decode() == ADS_TXT


# Adverteren -------------------------------------------------------------------------------------------------


def test_the_advertising_page_shows_the_rate_card_from_the_settings(tree, client):
    setting = AdSettings.for_site(tree.site)
    setting.rates = [
        Rate(format="leaderboard", price=Decimal("12.50"), unit="cpm", sort_order=0),
        Rate(
            format="advertorial",
            price=Decimal("2750"),
            unit="item",
            note="Door ons partnerteam",
            sort_order=1,
        ),
    ]
    setting.save()
    page = add_page(
        tree.home, AdvertisingPage(title="Adverteren", slug="adverteren", contact_email="ads@krant.example")
    )
    body = html(client, page.url)
    assert "Tarieven" in body
    assert "320×100, 728×90" in body
    assert "€ 12,50 per 1000 vertoningen" in body
    assert "€ 2.750,00 per stuk" in body
    assert "Door ons partnerteam" in body
    assert 'href="mailto:ads@krant.example"' in body
