"""Storing feeds: idempotent re-imports, hidden (not deleted) products, price times, broken feeds that change
nothing, the scheduler's due logic and back-off, and the products' pictures copied here."""

import io
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from PIL import Image

from krant.core import pagecache
from krant.shop import services
from krant.shop.feeds import FeedError
from krant.shop.models import Partner, Product
from krant.shop.services import fetch_images, import_due_partners, import_partner
from tests.httpserver import LocalServer
from tests.shop.conftest import data, make_partner

MORNING = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
CSV_HEAD = "id,title,link,price,sale_price\n"


def rows(partner) -> list[tuple]:
    """Every stored column of the partner's products, to compare before and after."""
    return list(Product.objects.filter(partner=partner).order_by("offer_id").values_list())


def test_importing_the_same_feed_twice_changes_nothing(db):
    partner = make_partner()
    first = import_partner(partner, data("rss.xml"))
    assert (first.created, len(first.skipped)) == (2, 3)
    before = rows(partner)
    with time_machine.travel(datetime.now(UTC) + timedelta(hours=3)):
        second = import_partner(partner, data("rss.xml"))
    assert (second.created, second.updated, second.unchanged, second.hidden) == (0, 0, 2, 0)
    assert rows(partner) == before


def test_products_gone_from_the_feed_are_hidden_and_come_back(db):
    partner = make_partner()
    import_partner(partner, data("products.csv"))
    report = import_partner(
        partner, (CSV_HEAD + "C-2,Thermosfles,https://buiten.example/c-2,27.50 EUR,\n").encode()
    )
    assert report.hidden == 1
    assert dict(Product.objects.values_list("offer_id", "hidden")) == {"C-1": True, "C-2": False}
    report = import_partner(partner, data("products.csv"))
    assert (report.shown_again, report.hidden) == (1, 0)
    assert not Product.objects.filter(hidden=True).exists()


def test_a_price_change_updates_the_price_time_and_nothing_else_does(db):
    partner = make_partner()
    with time_machine.travel(MORNING, tick=False):
        import_partner(partner, (CSV_HEAD + "X,Ding,https://w.example/x,10.00 EUR,\n").encode())
    with time_machine.travel(MORNING + timedelta(hours=1), tick=False):
        report = import_partner(
            partner, (CSV_HEAD + "X,Ding met nieuwe naam,https://w.example/x,10.00 EUR,\n").encode()
        )
    product = Product.objects.get()
    assert (report.updated, report.price_changes, product.price_updated_at) == (1, 0, MORNING)
    with time_machine.travel(MORNING + timedelta(hours=2), tick=False):
        report = import_partner(
            partner, (CSV_HEAD + "X,Ding met nieuwe naam,https://w.example/x,10.00 EUR,8.00 EUR\n").encode()
        )
    product.refresh_from_db()
    assert report.price_changes == 1
    assert (product.sale_price, product.price_updated_at) == (8, MORNING + timedelta(hours=2))


def test_partners_products_are_their_own(db):
    """The same feed id at two partners is two products; one partner's feed hides none of the other's."""
    import_partner(make_partner("een"), data("products.tsv"))
    import_partner(make_partner("twee"), data("products.tsv"))
    import_partner(Partner.objects.get(slug="een"), data("products.csv"))
    assert Product.objects.filter(offer_id="T-1", hidden=False).count() == 1
    assert Product.objects.count() == 4


@pytest.mark.parametrize(
    "bad", [b"<html><body>Onderhoud", b"id,title\n1,Ding\n", b"id,title,link,price\n1,,,\n"]
)
def test_a_broken_feed_leaves_the_products_untouched(db, bad):
    partner = make_partner()
    import_partner(partner, data("products.csv"))
    before = rows(partner)
    with pytest.raises(FeedError):
        import_partner(partner, bad)
    assert rows(partner) == before


def test_import_purges_the_shop_pages_only_when_something_changed(db, django_capture_on_commit_callbacks):
    partner = make_partner()
    before = pagecache.versions(["shop"])
    with django_capture_on_commit_callbacks(execute=True):
        import_partner(partner, data("products.tsv"))
    changed = pagecache.versions(["shop"])
    assert changed != before
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        import_partner(partner, data("products.tsv"))
    assert callbacks == [] and pagecache.versions(["shop"]) == changed


def test_affiliate_template():
    partner = Partner(affiliate_template="https://klik.example/r/{id}?naar={url}")
    assert partner.outbound_url("https://w.example/a?b=1", "A 1") == (
        "https://klik.example/r/A%201?naar=https%3A%2F%2Fw.example%2Fa%3Fb%3D1"
    )
    assert Partner().outbound_url("https://w.example/a", "A") == "https://w.example/a"


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("https://klik.example/r", "{url}"),
        ("javascript:alert({url})", "Voer een geldige URL in"),
        ("https://klik.example/?a={url}&b={naam}", "Alleen {url} en {id}"),
    ],
)
def test_bad_affiliate_templates_are_refused(db, template, message):
    partner = Partner(name="P", slug="p", feed_url="https://p.example/feed", affiliate_template=template)
    with pytest.raises(ValidationError, match=message):
        partner.full_clean()


def test_a_partner_has_an_address_or_a_file(db):
    with pytest.raises(ValidationError, match="adres of een bestand"):
        Partner(name="P", slug="p").full_clean()


# --- The scheduler ----------------------------------------------------------------------------------


@pytest.fixture
def feed_server(monkeypatch):
    """The local server stands in for partners' servers (the fence opened for 127.0.0.1 only here)."""
    monkeypatch.setattr(services, "FETCH_LIMITS", replace(services.FETCH_LIMITS, allow_private=True))
    with LocalServer(content_type="text/csv") as server:
        yield server


def test_scheduler_imports_the_due_partner_then_waits_its_interval(db, feed_server):
    feed_server.serve("/feed.csv", data("products.csv"))
    partner = make_partner(feed_url=feed_server.url("/feed.csv"), interval_hours=6)
    with time_machine.travel(MORNING, tick=False):
        import_due_partners()
    partner.refresh_from_db()
    assert Product.objects.count() == 2
    assert (partner.failures, partner.last_imported_at, partner.next_import_at) == (
        0,
        MORNING,
        MORNING + timedelta(hours=6),
    )
    assert (
        partner.last_report.startswith("2 new, 0 updated")
        and "skipped row 4 (id 'C-3')" in partner.last_report
    )
    with time_machine.travel(MORNING + timedelta(hours=5), tick=False):
        import_due_partners()  # not due yet
    with time_machine.travel(MORNING + timedelta(hours=6), tick=False):
        import_due_partners()
    assert feed_server.requests.count("/feed.csv") == 2


def test_scheduler_takes_the_most_overdue_active_partner(db, feed_server):
    feed_server.serve("/a.csv", data("products.csv"))
    feed_server.serve("/b.csv", data("products.tsv"))
    make_partner("uit", feed_url=feed_server.url("/a.csv"), active=False)
    a = make_partner("a", feed_url=feed_server.url("/a.csv"))
    b = make_partner("b", feed_url=feed_server.url("/b.csv"))
    Partner.objects.filter(pk=a.pk).update(next_import_at=MORNING - timedelta(hours=1))
    Partner.objects.filter(pk=b.pk).update(next_import_at=MORNING - timedelta(hours=2))
    with time_machine.travel(MORNING, tick=False):
        import_due_partners()
        import_due_partners()
        import_due_partners()  # nothing due any more; the inactive partner never is
    assert feed_server.requests == ["/b.csv", "/a.csv"]


def test_a_failing_feed_is_reported_retried_later_and_keeps_the_products(db, feed_server):
    feed_server.serve("/feed.csv", data("products.csv"))
    partner = make_partner(feed_url=feed_server.url("/feed.csv"))
    with time_machine.travel(MORNING, tick=False):
        import_due_partners()
    before = rows(partner)
    feed_server.serve("/feed.csv", b"<html><body>Onderhoud</body></html>")
    Partner.objects.filter(pk=partner.pk).update(next_import_at=None)
    with time_machine.travel(MORNING, tick=False):
        import_due_partners()
    partner.refresh_from_db()
    assert partner.failures == 1 and partner.next_import_at == MORNING + timedelta(minutes=30)
    assert partner.last_report == (
        "Mislukt: the root element is <html>, not <rss> or Atom's <feed>: not a product feed; "
        "de producten van de vorige import blijven staan"
    )
    assert rows(partner) == before


def test_partner_addresses_are_fenced(db):
    """Without the test's opening, a private address is refused by core.fetch, named in the error."""
    partner = make_partner(feed_url="http://127.0.0.1:1/feed.csv")
    with pytest.raises(FeedError, match="fetch failed: private"):
        import_partner(partner)


def test_an_uploaded_feed_file_is_imported(db):
    from django.core.files.base import ContentFile

    partner = make_partner(feed_url="")
    partner.feed_file.save("feed.csv", ContentFile(data("products.csv")))
    assert import_partner(partner).created == 2


def test_scheduler_runs_the_import():
    from krant.core import scheduler

    assert "krant.shop.services.import_due_partners" in scheduler.JOBS


# --- Pictures ---------------------------------------------------------------------------------------


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def test_pictures_are_copied_here_once_scaled_down(db, feed_server):
    big = feed_server.serve("/groot.png", png(800, 400), content_type="image/png")
    broken = feed_server.serve("/kapot.png", b"geen beeld", content_type="image/png")
    partner = make_partner()
    feed = (
        CSV_HEAD.replace("\n", ",image_link\n")
        + f"A,Ding,https://w.example/a,1.00 EUR,,{big}\nB,Ding,https://w.example/b,1.00 EUR,,{broken}\n"
    )
    import_partner(partner, feed.encode())
    fence = replace(services.IMAGE_LIMITS, allow_private=True)
    assert fetch_images(fence=fence) == 1
    a, b = Product.objects.order_by("offer_id")
    assert (a.image_width, a.image_height) == (320, 160) and default_storage.exists(a.image)
    assert a.image_url.startswith("/media/shop/images/")
    assert (b.image, b.image_source) == ("", broken)  # tried: not fetched again every round
    assert fetch_images(fence=fence) == 0
    assert feed_server.requests == ["/groot.png", "/kapot.png"]
