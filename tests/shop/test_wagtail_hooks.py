"""The admin's Shop: Beheer registers partners and sees what was imported; products are never edited by hand,
and the newsroom has no part in it."""

import pytest
from django.urls import reverse

from krant.core.roles import ADMINS, DESK, ensure_newsroom_roles
from krant.shop.models import Partner, Product
from krant.shop.services import import_partner
from tests.factories import make_user
from tests.shop.conftest import data, make_partner


@pytest.fixture
def beheer(db, client):
    ensure_newsroom_roles()
    client.force_login(make_user("beheerder", ADMINS))
    return client


def test_beheer_registers_a_partner_and_bad_templates_are_refused(beheer):
    form = {
        "name": "Boekhandel",
        "slug": "boekhandel",
        "kind": "shop",
        "feed_url": "https://boekhandel.example/feed.xml",
        "format": "auto",
        "interval_hours": "12",
        "affiliate_template": "https://klik.example/?naar={adres}",
        "active": "on",
    }
    response = beheer.post(reverse("shop_partner:add"), form)
    assert response.status_code == 200 and "Het sjabloon moet {url} bevatten" in response.content.decode()
    form["affiliate_template"] = "https://klik.example/?naar={url}"
    assert beheer.post(reverse("shop_partner:add"), form).status_code == 302
    assert Partner.objects.get().interval_hours == 12


def test_products_are_listed_and_inspected_but_never_edited(beheer):
    import_partner(make_partner(), data("products.csv"))
    product = Product.objects.first()
    assert "Regenjas" in beheer.get(reverse("shop_product:index")).content.decode()
    assert beheer.get(reverse("shop_product:inspect", args=[product.pk])).status_code == 200
    for url in (reverse("shop_product:add"), reverse("shop_product:edit", args=[product.pk])):
        assert beheer.get(url).status_code in (302, 403)


def test_the_newsroom_does_not_manage_partners(db, client):
    ensure_newsroom_roles()
    client.force_login(make_user("eindredacteur", DESK))
    assert client.get(reverse("shop_partner:index")).status_code in (302, 403)
