"""The Shop in the API: categories, and partners' offers per category with their price, the time it changed,
the sponsored link and the picture kept here; purged with the shop's pages."""

from datetime import UTC, datetime

import pytest
import time_machine
from rest_framework.test import APIClient

from krant.shop.models import Partner, Product, ShopPage
from krant.shop.services import import_partner
from tests.factories import add_page, make_site
from tests.shop.conftest import data, make_partner

BASE = "http://127.0.0.1:8000"
MORNING = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def api():
    return APIClient()


def stock(tree) -> Partner:
    """The shop page and a partner's imported feed (two offers, in two categories)."""
    add_page(tree.home, ShopPage(title="Shop", slug="shop"))
    partner = make_partner(affiliate_template="https://klik.example/r?naar={url}")
    with time_machine.travel(MORNING, tick=False):
        import_partner(partner, data("rss.xml"))
    Product.objects.filter(offer_id="A-1").update(
        image="shop/images/a1.jpg", image_width=320, image_height=240
    )
    return partner


@pytest.fixture
def partner(tree) -> Partner:
    return stock(tree)


def test_categories_with_their_pages_and_offers(api, partner):
    response = api.get("/api/v1/shop/categories/")
    assert response.status_code == 200
    assert response.json()["results"] == [
        {
            "name": "Boeken",
            "slug": "boeken",
            "count": 1,
            "url": f"{BASE}/shop/boeken/",
            "products_url": f"{BASE}/api/v1/shop/products/?category=boeken",
        },
        {
            "name": "Kaarten",
            "slug": "kaarten",
            "count": 1,
            "url": f"{BASE}/shop/kaarten/",
            "products_url": f"{BASE}/api/v1/shop/products/?category=kaarten",
        },
    ]
    assert "shop" in response["xkey"].split()


def test_an_offer_has_its_partner_price_update_time_sponsored_link_and_image(api, partner):
    response = api.get("/api/v1/shop/products/", {"category": "boeken"})
    assert response.status_code == 200
    (item,) = response.json()["results"]
    product = Product.objects.get(offer_id="A-1")
    assert item == {
        "id": product.pk,
        "title": "Puzzelboek & potlood",
        "description": product.description,
        "brand": "Kwelder",
        "category": {"name": "Boeken", "slug": "boeken"},
        "partner": {"name": partner.name},
        "price": "9.99",
        "regular_price": "12.99",
        "on_sale": True,
        "currency": "EUR",
        "price_updated_at": "2026-12-01T09:00:00+01:00",
        "availability": "in_stock",
        "link": "https://klik.example/r?naar=https%3A%2F%2Fwinkel.example%2Fa-1",
        "sponsored": True,
        "image": {"url": f"{BASE}/media/shop/images/a1.jpg", "width": 320, "height": 240},
        "api_url": f"{BASE}/api/v1/shop/products/{product.pk}/",
    }
    assert api.get(item["api_url"].removeprefix(BASE)).json() == item
    assert "shop" in response["xkey"].split()


def test_all_offers_by_category_a_page_at_a_time(api, partner):
    first = api.get("/api/v1/shop/products/", {"limit": 1}).json()
    assert [item["category"]["slug"] for item in first["results"]] == ["boeken"]
    second = api.get(first["next"].removeprefix(BASE)).json()
    assert [item["title"] for item in second["results"]] == ["Wandelkaart Zandmeer"]
    assert second["results"][0]["image"] is None and second["next"] is None


def test_hidden_offers_and_switched_off_partners_are_not_shown(api, partner):
    product = Product.objects.get(offer_id="A-2")
    product.hidden = True
    product.save()
    assert api.get(f"/api/v1/shop/products/{product.pk}/").status_code == 404
    partner.active = False
    partner.save()
    assert api.get("/api/v1/shop/products/").json()["results"] == []
    assert api.get("/api/v1/shop/categories/").json()["results"] == []


def test_an_insurance_offer_is_not_a_shop_product(api, partner):
    make_partner("polis", kind=Partner.Kind.INSURANCE)
    import_partner(Partner.objects.get(slug="polis"), data("insurance.csv"))
    offer = Product.objects.filter(partner__slug="polis").first()
    assert api.get(f"/api/v1/shop/products/{offer.pk}/").status_code == 404


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"category": "tuin"}, 404),
        ({"category": "niet een slug!"}, 400),
        ({"category": ""}, 400),
        ({"limit": "0"}, 400),
        ({"cursor": "abc"}, 400),
    ],
)
def test_bad_parameters(api, partner, query, status):
    response = api.get("/api/v1/shop/products/", query)
    assert response.status_code == status
    assert "category" in response.json()["error"]["fields"] or status == 400


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_partner_switched_off_purges_the_cached_offers(api, page_cache):
    """The offers are kept by the page cache until the shop changes: then the next read is fresh."""
    partner = stock(make_site())
    url = "/api/v1/shop/products/"
    assert api.get(url).get("X-Cache") == "miss"
    assert api.get(url).get("X-Cache") == "hit"
    partner.active = False
    partner.save()  # commits: the shop's key is purged
    response = api.get(url)
    assert response.get("X-Cache") == "miss" and response.json()["results"] == []
