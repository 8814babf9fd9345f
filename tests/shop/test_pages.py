"""The shop by category and the insurance comparison: partner offers labelled as such, sponsored links, prices
with their update time, server-side sorting, bad addresses answered clearly, a constant number of queries."""

import re
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
import time_machine
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from krant.shop.models import InsuranceComparisonPage, Partner, Product, ShopPage
from krant.shop.services import import_partner
from tests.factories import add_page, make_site
from tests.shop.conftest import data, make_partner

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)

MORNING = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """The publication, both pages and two shops' and an insurer's offers, made once for this module inside a
    transaction rolled back at the end (each test's own changes roll back to this)."""
    with django_db_blocker.unblock(), transaction.atomic():
        tree = make_site()
        shop = add_page(tree.home, ShopPage(title="Shop", slug="shop", intro="Aanbod van partners."))
        comparison = add_page(
            tree.home,
            InsuranceComparisonPage(
                title="Verzekeringvergelijker",
                slug="verzekeringvergelijker",
                disclosure="Gegevens van Polis.",
            ),
        )
        partner = make_partner(affiliate_template="https://klik.example/r?naar={url}")
        with time_machine.travel(MORNING, tick=False):
            import_partner(partner, data("rss.xml"))
            import_partner(make_partner("atelier"), data("atom.xml"))
            import_partner(make_partner("polis", kind=Partner.Kind.INSURANCE), data("insurance.csv"))
        Product.objects.filter(offer_id="A-1").update(
            image="shop/images/a1.jpg", image_width=320, image_height=240
        )
        yield SimpleNamespace(shop=shop, comparison=comparison, partner=partner)
        transaction.set_rollback(True)


@pytest.fixture
def shop_page(site, db):
    return site.shop


@pytest.fixture
def comparison_page(site, db):
    return site.comparison


@pytest.fixture
def products(site, db):
    return site.partner


@pytest.fixture
def offers(site, db):
    return None


def test_shop_shows_partner_offers_labelled_with_sponsored_links(shop_page, products, client):
    html = client.get(shop_page.url).content.decode()
    assert "Partneraanbod" in html and "niet van de redactie" in html
    links = re.findall(r'<a href="([^"]+)" rel="sponsored noopener"[^>]*>([^<]+)</a>', html)
    assert (
        "https://klik.example/r?naar=https%3A%2F%2Fwinkel.example%2Fa-1",
        "Puzzelboek &amp; potlood",
    ) in links
    assert ("https://atelier.example/p/b-1", "Mok &#x27;Eb&#x27;") in links
    assert "€ 9,99</strong> <del>" in html and "€ 12,99</del>" in html
    assert "prijs bijgewerkt op 1 december 2026, 09:00" in html  # Amsterdam time
    assert (
        '<img class="shop__image" src="/media/shop/images/a1.jpg" width="320" height="240" '
        'loading="lazy" alt="">' in html
    )


def test_shop_lists_the_categories_with_counts(shop_page, products, client):
    html = client.get(shop_page.url).content.decode()
    nav = re.findall(r'<li><a href="([^"]+)"[^>]*>([^<]+)</a> <span class="shop__meta">\((\d+)\)', html)
    assert nav == [
        (f"{shop_page.url}boeken/", "Boeken", "1"),
        (f"{shop_page.url}kaarten/", "Kaarten", "1"),
        (f"{shop_page.url}keramiek/", "Keramiek", "1"),
    ]


def test_category_page_shows_only_its_products(shop_page, products, client):
    response = client.get(f"{shop_page.url}keramiek/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mok &#x27;Eb&#x27;" in html and "Puzzelboek" not in html
    assert "Vooruitbestellen" in html
    assert 'aria-current="page">Keramiek</a>' in html


@pytest.mark.parametrize("path", ["bestaat-niet/", "keramiek/?page=2", "keramiek/?page=x"])
def test_unknown_categories_and_pages_are_404(shop_page, products, client, path):
    assert client.get(f"{shop_page.url}{path}").status_code == 404


def test_hidden_products_and_switched_off_partners_are_not_shown(shop_page, products, client):
    import_partner(
        products, b"id,title,link,price\nA-2,Wandelkaart Zandmeer,https://winkel.example/a-2,7.50 EUR\n"
    )
    Partner.objects.filter(slug="atelier").update(active=False)
    html = client.get(shop_page.url).content.decode()
    assert "Wandelkaart" in html and "Puzzelboek" not in html and "Mok" not in html
    assert client.get(f"{shop_page.url}keramiek/").status_code == 404


def test_empty_shop_says_so(shop_page, client):
    Product.objects.all().delete()
    assert (
        "Er zijn op dit moment geen aanbiedingen van partners." in client.get(shop_page.url).content.decode()
    )


def test_shop_pages_name_their_content_for_the_page_cache(shop_page, products, client):
    assert "shop" in client.get(shop_page.url)["xkey"].split()
    assert "shop" in client.get(f"{shop_page.url}keramiek/")["xkey"].split()


# --- The comparison ---------------------------------------------------------------------------------


def table(html: str) -> list[str]:
    return re.findall(r'<th scope="row">([^<]+)', html)


def test_comparison_is_cheapest_first_with_sponsored_links(comparison_page, offers, client):
    html = client.get(comparison_page.url).content.decode()
    assert table(html) == ["Auto WA", "Zorg Budget", "Zorg Basis", "Zorg Vrij"]
    assert html.count('rel="sponsored noopener"') == 4 and "Partneraanbod" in html
    assert 'aria-sort="ascending"' in html and "Gegevens van Polis." in html
    assert "€ 885" in html and "Vrijwillig eigen risico" in html and "via Polis" in html


@pytest.mark.parametrize(
    ("query", "order"),
    [
        ("?sorteer=premie&richting=af", ["Zorg Vrij", "Zorg Basis", "Zorg Budget", "Auto WA"]),
        ("?sorteer=eigen-risico", ["Auto WA", "Zorg Basis", "Zorg Vrij", "Zorg Budget"]),
        ("?sorteer=eigen-risico&richting=af", ["Zorg Budget", "Zorg Basis", "Zorg Vrij", "Auto WA"]),
        ("?sorteer=partner", ["Zorg Vrij", "Auto WA", "Zorg Budget", "Zorg Basis"]),
        ("?sorteer=dekking", ["Zorg Basis", "Zorg Vrij", "Zorg Budget", "Auto WA"]),
        ("?soort=zorgverzekering", ["Zorg Budget", "Zorg Basis", "Zorg Vrij"]),
        ("?soort=autoverzekering&sorteer=premie&richting=af", ["Auto WA"]),
    ],
)
def test_comparison_sorts_and_filters_on_the_server(comparison_page, offers, client, query, order):
    response = client.get(comparison_page.url + query)
    assert response.status_code == 200
    assert table(response.content.decode()) == order


def test_each_kind_of_insurance_is_offered_once(comparison_page, offers, client):
    html = client.get(comparison_page.url).content.decode()
    kinds = re.findall(r'<li><a href="[^"]*\?soort=([a-z-]+)[^"]*"[^>]*>([^<]+)</a></li>', html)
    assert kinds == [("autoverzekering", "Autoverzekering"), ("zorgverzekering", "Zorgverzekering")]


def test_column_headers_link_to_the_other_direction(comparison_page, offers, client):
    html = client.get(comparison_page.url + "?soort=zorgverzekering&sorteer=eigen-risico").content.decode()
    assert 'href="?soort=zorgverzekering&amp;sorteer=eigen-risico&amp;richting=af"' in html
    assert 'href="?soort=zorgverzekering&amp;sorteer=premie"' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?sorteer=prijs", "Sorteren kan op premie, eigen-risico, dekking of partner."),
        ("?richting=omhoog", "De richting is &#x27;op&#x27; (laag naar hoog) of &#x27;af&#x27;"),
        ("?utm_source=x", "Dit adres kent de vergelijker niet: utm_source."),
        ("?soort=%3Cscript%3E", "Deze soort verzekering bestaat niet."),
    ],
)
def test_bad_parameters_are_400_with_a_dutch_message(comparison_page, offers, client, query, message):
    response = client.get(comparison_page.url + query)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_unknown_kind_is_404(comparison_page, offers, client):
    assert client.get(comparison_page.url + "?soort=reisverzekering").status_code == 404


def test_shop_products_are_not_in_the_comparison_nor_offers_in_the_shop(
    shop_page, comparison_page, products, offers, client
):
    assert "Puzzelboek" not in client.get(comparison_page.url).content.decode()
    assert "Zorg Basis" not in client.get(shop_page.url).content.decode()


# --- Queries ----------------------------------------------------------------------------------------


def query_count(url: str) -> int:
    client = Client()
    assert client.get(url).status_code == 200  # warms the menus
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_products(shop_page, comparison_page, products, offers):
    urls = [shop_page.url, f"{shop_page.url}keramiek/", comparison_page.url + "?sorteer=partner"]
    few = [query_count(url) for url in urls]
    rows = "".join(f"K-{n},Kom {n},https://w.example/{n},{n}.00 EUR,,Keramiek\n" for n in range(1, 60))
    import_partner(
        Partner.objects.get(slug="atelier"), f"id,title,link,price,sale_price,product_type\n{rows}".encode()
    )
    insurance = "".join(
        f"P-{n},Polis {n},https://p.example/{n},{n}.00 EUR,in_stock,"
        f"Verzekeraar {n},Zorgverzekering,{n} EUR,Basis\n"
        for n in range(1, 60)
    )
    import_partner(
        Partner.objects.get(slug="polis"),
        f"id,title,link,price,availability,brand,product_type,eigen_risico,dekking\n{insurance}".encode(),
    )
    assert [query_count(url) for url in urls] == few
