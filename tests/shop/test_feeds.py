"""Reading Merchant Center feeds: RSS 2.0 and Atom with g: fields, CSV and TSV; bad items skipped with their
reason, bad feeds refused as a whole."""

from decimal import Decimal

import pytest

from krant.shop.feeds import FeedError, read
from tests.shop.conftest import data


def by_id(feed) -> dict:
    return {item.offer_id: item for item in feed.items}


def test_rss_feed_with_rss_and_g_fields():
    """RSS's own title, link and description count beside g: fields; HTML in descriptions becomes text;
    '7,50 EUR' is a price; 'in stock' is Merchant Center's older spelling of in_stock."""
    items = by_id(read(data("rss.xml")))
    assert set(items) == {"A-1", "A-2"}
    first = items["A-1"]
    assert (first.title, first.link, first.description) == (
        "Puzzelboek & potlood",
        "https://winkel.example/a-1",
        "Met honderd puzzels.",
    )
    assert (first.price, first.sale_price, first.currency) == (Decimal("12.99"), Decimal("9.99"), "EUR")
    assert (first.availability, first.brand, first.image_link) == (
        "in_stock",
        "Kwelder",
        "https://winkel.example/a-1.jpg",
    )
    assert (first.category, first.category_slug) == ("Boeken", "boeken")
    second = items["A-2"]
    assert (second.price, second.sale_price, second.availability) == (Decimal("7.50"), None, "out_of_stock")
    assert second.category == "Kaarten"  # the merchant's product_type before Google's numeric category


def test_rss_items_without_required_fields_are_skipped_with_the_reason():
    skipped = read(data("rss.xml")).skipped
    assert skipped == [
        "item 3 (id 'A-3'): no price",
        "item 4 (id 'A-4'): the link 'javascript:alert(1)' is not an http(s) address",
        "item 5 (id 'A-1'): the id 'A-1' was used before in this feed",
    ]


def test_atom_feed():
    feed = read(data("atom.xml"))
    item = by_id(feed)["B-1"]
    assert (item.title, item.link, item.description) == (
        "Mok 'Eb'",
        "https://atelier.example/p/b-1",
        "Handgedraaide mok.",
    )
    assert (item.availability, item.category) == ("preorder", "Keramiek")
    assert feed.skipped == [
        "item 2 (id 'B-2'): the availability 'misschien' is not one of "
        "backorder, in_stock, out_of_stock, preorder"
    ]


def test_csv_feed_with_quoted_fields_and_bad_rows():
    feed = read(data("products.csv"), "csv")
    items = by_id(feed)
    assert set(items) == {"C-1", "C-2"}
    assert items["C-1"].description == "Licht, klein op te vouwen."
    assert (items["C-1"].sale_price, items["C-1"].category) == (Decimal("74.95"), "Jassen")
    assert (items["C-2"].image_link, items["C-2"].sale_price) == ("", None)
    assert feed.skipped == [
        "row 4 (id 'C-3'): the price '27.50' is not a price such as '12.99 EUR'",
        "row 5 (id 'C-4'): 3 fields where the header has 10",
    ]


def test_format_is_recognised_from_the_first_bytes():
    """A TSV file needs no format setting: the tabs in its header say what it is; so do XML and CSV."""
    assert [item.offer_id for item in read(data("products.tsv")).items] == ["T-1"]
    assert len(read(data("products.csv")).items) == 2
    assert len(read(data("atom.xml")).items) == 1


def test_insurance_columns():
    items = by_id(read(data("insurance.csv")))
    assert (items["V-3"].deductible, items["V-3"].coverage, items["V-3"].brand) == (
        Decimal("885"),
        "Vrijwillig eigen risico",
        "Polderpolis",
    )
    assert items["V-4"].deductible == Decimal("0")


def test_a_sale_price_not_below_the_price_is_no_sale():
    feed = b"id,title,link,price,sale_price\nX,Ding,https://w.example/x,10.00 EUR,12.00 EUR\n"
    assert read(feed).items[0].sale_price is None


def test_a_sale_price_in_another_currency_is_skipped():
    feed = b"id,title,link,price,sale_price\nX,Ding,https://w.example/x,10.00 EUR,8.00 USD\n"
    with pytest.raises(FeedError, match="the sale_price is in USD, the price in EUR"):
        read(feed)


RSS_WITH = (
    '<?xml version="1.0"?><rss version="2.0" xmlns:g="{ns}"><channel><item><g:id>1</g:id>'
    "<g:title>Ding</g:title><g:link>https://w.example/1</g:link><g:price>1.00 EUR</g:price>"
    "</item></channel></rss>"
)


@pytest.mark.parametrize(
    ("feed", "fmt", "message"),
    [
        (b"", "auto", "empty feed"),
        (b"<html><body><p>Onderhoud</body></html>", "auto", "not well-formed XML"),
        (b"<html><body></body></html>", "auto", "the root element is <html>, not <rss> or Atom's <feed>"),
        (
            RSS_WITH.format(ns="http://base.google.com/ns/2.0").encode(),
            "auto",
            "no fields in Google's namespace http://base.google.com/ns/1.0 \\(found: http://base.google.com/ns/2.0\\)",
        ),
        (
            b'<feed xmlns="http://purl.org/atom/ns#"><entry/></feed>',
            "auto",
            "in the namespace http://purl.org/atom/ns#, not Atom's",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]>'
            b"<rss><channel><item>&a;</item></channel></rss>",
            "auto",
            "declares XML entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>',
            "auto",
            "refused",
        ),
        (b"id,title,link\n1,Ding,https://w.example/1\n", "csv", "the CSV header has no column 'price'"),
        (
            b"id,title,link,price\n1,Ding,https://w.example/1,1.00 EUR\n",
            "tsv",
            "the TSV header has no column",
        ),
        (b"id,title,link,price\n1,D\xe9,https://w.example/1,1.00 EUR\n", "csv", "not UTF-8 text"),
        (b"id,title,link,price\n", "csv", "the feed has no items"),
        (
            b"id,title,link,price\n1,Ding,,1.00 EUR\n2,,x,\n",
            "csv",
            "none of the 2 items can be used; row 2 \\(id '1'\\): no link",
        ),
        (b'<rss version="2.0"><channel></channel></rss>', "auto", "the feed has no items"),
    ],
)
def test_bad_feeds_are_refused_with_the_reason(feed, fmt, message):
    with pytest.raises(FeedError, match=message):
        read(feed, fmt)


def test_size_and_item_limits():
    with pytest.raises(FeedError, match="larger than 1 MB"):
        read(b"id,title,link,price\n" + b"x" * (1024 * 1024 + 1), max_bytes=1024 * 1024)
    rows = "".join(f"{n},Ding,https://w.example/{n},1.00 EUR\n" for n in range(4))
    with pytest.raises(FeedError, match="more than 3 items"):
        read(f"id,title,link,price\n{rows}".encode(), max_items=3)
