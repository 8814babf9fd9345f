"""The demo's shop partners: every shipped feed imports whole, offline, with drawn pictures; a second load
changes nothing."""

from krant.demo.shop import load_shop, read_partners
from krant.shop.models import Partner, Product


def test_every_demo_feed_imports_without_a_skipped_item(db):
    assert load_shop() == Product.objects.count() > 20
    partners = Partner.objects.all()
    assert partners.count() == len(read_partners())
    for partner in partners:
        assert partner.last_report.endswith(" 0 skipped"), partner.last_report
        assert partner.feed_file and not partner.feed_url
    assert set(partners.values_list("kind", flat=True)) == {Partner.Kind.SHOP, Partner.Kind.INSURANCE}
    assert set(partners.values_list("format", flat=True)) >= {"xml", "csv", "auto"}


def test_demo_products_have_pictures_of_their_own(db):
    load_shop()
    shop = Product.objects.in_shop()
    assert shop.exists() and not shop.filter(image="").exists()
    assert not shop.exclude(image_width=320).exists()


def test_loading_again_changes_nothing(db):
    load_shop()
    before = list(Product.objects.order_by("pk").values_list())
    assert load_shop() == 0
    assert list(Product.objects.order_by("pk").values_list()) == before
