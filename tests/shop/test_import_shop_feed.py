"""`krant import-shop-feed PARTNER [FILE|URL]`: what it reports, and how it refuses."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError

from krant.shop.models import Product
from tests.httpserver import LocalServer
from tests.shop.conftest import DATA, data, make_partner
from tests.shop.test_services import png


def run(*args) -> str:
    out = io.StringIO()
    call_command("import_shop_feed", *args, "--no-images", stdout=out)
    return out.getvalue()


def test_a_file_is_imported_and_a_second_run_changes_nothing(db):
    make_partner()
    path = str(DATA / "products.csv")
    first = run("testwinkel", path)
    assert (
        f"{path}: 2 new, 0 updated (0 with a new price), 0 unchanged, 0 hidden, 0 shown again, 2 skipped"
        in first
    )
    assert "  skipped row 4 (id 'C-3'): the price '27.50' is not a price such as '12.99 EUR'" in first
    assert "[1/1] Testwinkel: products" in first
    assert "2 new" not in run("testwinkel", path) and Product.objects.count() == 2


def test_the_partners_own_feed_and_its_report(db):
    partner = make_partner(feed_url="")
    partner.feed_file.save("feed.tsv", ContentFile(data("products.tsv")))
    assert ": 1 new" in run("testwinkel")
    partner.refresh_from_db()
    assert partner.last_report.startswith("1 new") and partner.next_import_at is not None


def test_an_address_is_fetched(db):
    make_partner()
    with LocalServer(content_type="application/xml") as server:
        url = server.serve("/feed.xml", data("atom.xml"))
        assert f"{url}: 1 new" in run("testwinkel", url, "--allow-private-hosts")


def test_a_broken_feed_is_refused_with_exit_status_1(db, tmp_path):
    partner = make_partner()
    run("testwinkel", str(DATA / "products.csv"))
    broken = tmp_path / "kapot.xml"
    broken.write_bytes(b"<html><body>Onderhoud</body></html>")
    with pytest.raises(CommandError, match="the root element is <html>.*; nothing was imported") as refused:
        run("testwinkel", str(broken))
    assert refused.value.returncode == 1
    assert Product.objects.filter(partner=partner, hidden=False).count() == 2


@pytest.mark.parametrize(
    ("args", "message", "status"),
    [
        (("onbekend",), "no partner 'onbekend' \\(known: testwinkel\\)", 2),
        (("testwinkel", "/bestaat/niet.csv"), "no such file; nothing was imported", 1),
        (("testwinkel", "/tmp"), "is a directory", 1),
        (("testwinkel", "http://127.0.0.1:1/feed.csv"), "fetch failed: private", 1),
        (("testwinkel", "--max-size", "0"), "--max-size must be above 0", 2),
    ],
)
def test_bad_arguments_are_refused(db, args, message, status):
    make_partner()
    with pytest.raises(CommandError, match=message) as refused:
        run(*args)
    assert refused.value.returncode == status


def test_the_alias_is_known():
    from krant.cli import ALIASES

    assert ALIASES["import-shop-feed"] == "import_shop_feed"


def test_pictures_are_copied_after_the_import(db):
    """Without --no-images the command copies the new products' pictures too, and says how many."""
    make_partner()
    with LocalServer(content_type="text/csv") as server:
        picture = server.serve("/beeld.png", png(40, 40), content_type="image/png")
        url = server.serve(
            "/feed.csv", f"id,title,link,price,image_link\nX,Ding,https://w.example/x,1.00 EUR,{picture}\n"
        )
        out = io.StringIO()
        call_command("import_shop_feed", "testwinkel", url, "--allow-private-hosts", stdout=out)
    assert "1 pictures copied" in out.getvalue()
    assert Product.objects.get().image_width == 40
