"""Read a partner's product feed in the Google Merchant Center formats, safely, into items.

Formats (https://support.google.com/merchants/answer/7052112 for the fields):
- XML: RSS 2.0 (`<rss><channel><item>`) or Atom (`<feed><entry>`), the fields in the namespace
  http://base.google.com/ns/1.0 (`g:id`, `g:price` ...); RSS's own `title`, `link`, `description` and
  Atom's `title`, `link href`, `summary` count as well, as Merchant Center allows.
- CSV or TSV: a header row with the fields' names (`id`, `title`, `price` ...), then one item per row.

Required per item: id, title, link and price ("12.99 EUR"). An item without them, or with a value that
cannot be read, is skipped with its reason; the others are imported. A feed that cannot be read at all
(not XML, not a feed, the wrong namespace, a header without a required column, no usable item) raises
FeedError before anything is stored. XML goes through defusedxml (entity declarations and outside
references refused) after a size check; insurance feeds add `eigen_risico` and `dekking`.
"""

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring
from django.core.exceptions import ValidationError
from django.utils.text import slugify

from krant.core.text import html_to_text
from krant.shop.models import http_url

G = "http://base.google.com/ns/1.0"
ATOM = "http://www.w3.org/2005/Atom"
MAX_BYTES = 20 * 1024 * 1024
MAX_ITEMS = 50_000
REQUIRED = ("id", "title", "link", "price")
LIMITS = {"id": 50, "title": 150, "description": 5000, "brand": 70, "category": 100, "dekking": 300}
AVAILABILITY = {"in_stock", "out_of_stock", "preorder", "backorder"}
PRICE = re.compile(r"^(\d{1,7}(?:[.,]\d{1,2})?)(?:\s*([A-Za-z]{3}))?$")
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
DEFAULT_CATEGORY = "Overig"


class FeedError(Exception):
    """A feed that is not imported at all; the message says why, in one line."""


class SkipItem(Exception):
    """One item that is left out; the message says why."""


@dataclass
class Item:
    offer_id: str
    title: str
    link: str
    price: Decimal
    currency: str
    description: str = ""
    image_link: str = ""
    sale_price: Decimal | None = None
    availability: str = "in_stock"
    brand: str = ""
    category: str = DEFAULT_CATEGORY
    category_slug: str = "overig"
    deductible: Decimal | None = None
    coverage: str = ""


@dataclass
class Feed:
    items: list[Item] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "item 3 (id 'x'): why"


def read(data: bytes, fmt: str = "auto", max_bytes: int = MAX_BYTES, max_items: int = MAX_ITEMS) -> Feed:
    """Return the items of the feed in `data`; raise FeedError when the feed as a whole is unusable."""
    if len(data) > max_bytes:
        raise FeedError(f"the feed is larger than {max_bytes // (1024 * 1024)} MB and was not read")
    if not data.strip():
        raise FeedError("empty feed")
    if fmt == "auto":
        fmt = sniff(data)
    records = xml_records(data) if fmt == "xml" else csv_records(data, "\t" if fmt == "tsv" else ",")
    feed = Feed()
    seen = set()
    for number, (where, fields) in enumerate(records, start=1):
        if number > max_items:
            raise FeedError(f"more than {max_items} items in one feed")
        try:
            item = item_from(fields)
            if item.offer_id in seen:
                raise SkipItem(f"the id '{item.offer_id}' was used before in this feed")
        except SkipItem as reason:
            offer = clean(fields.get("id", ""), 50)
            feed.skipped.append(f"{where}" + (f" (id '{offer}')" if offer else "") + f": {reason}")
            continue
        seen.add(item.offer_id)
        feed.items.append(item)
    if not feed.items:
        if feed.skipped:
            raise FeedError(f"none of the {len(feed.skipped)} items can be used; {feed.skipped[0]}")
        raise FeedError("the feed has no items")
    return feed


def sniff(data: bytes) -> str:
    """Return 'xml', 'tsv' or 'csv' from the first bytes: markup, or a header row with tabs or commas."""
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<"):
        return "xml"
    header = start.split(b"\n", 1)[0]
    return "tsv" if b"\t" in header else "csv"


def clean(value: str | None, limit: int = 5000) -> str:
    return " ".join(UNPRINTABLE.sub("", value or "").split())[:limit]


# --- XML --------------------------------------------------------------------------------------------


def xml_records(data: bytes):
    """Yield ("item N", {field: text}) for each item of an RSS 2.0 or Atom feed with g: fields."""
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden:
        raise FeedError("refused: the feed declares XML entities") from None
    except ExternalReferenceForbidden:
        raise FeedError("refused: the feed refers to outside resources") from None
    except DefusedXmlException as error:
        raise FeedError(f"refused: {error}") from None
    except ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else "?"
        raise FeedError(f"line {line}: not well-formed XML ({error}); is this a product feed?") from None
    if root.tag == "rss":
        elements, own = root.findall("channel/item"), ""
    elif root.tag == f"{{{ATOM}}}feed":
        elements, own = root.findall(f"{{{ATOM}}}entry"), f"{{{ATOM}}}"
    elif root.tag.endswith("}feed"):
        raise FeedError(
            f"the root element <feed> is in the namespace {root.tag[1:].split('}')[0]}, not Atom's {ATOM}"
        )
    else:
        raise FeedError(f"the root element is <{root.tag}>, not <rss> or Atom's <feed>: not a product feed")
    if elements and not any(child.tag.startswith(f"{{{G}}}") for e in elements for child in e):
        found = sorted(
            {child.tag[1:].split("}")[0] for e in elements for child in e if child.tag.startswith("{")}
        )
        raise FeedError(
            f"the items have no fields in Google's namespace {G}"
            + (f" (found: {', '.join(found)})" if found else "")
        )
    for number, element in enumerate(elements, start=1):
        yield f"item {number}", xml_fields(element, own)


def xml_fields(element, own: str) -> dict:
    """Return an item's fields: its g: elements, with the feed format's own title/link/description below."""
    fields = {}
    title, description = element.findtext(f"{own}title"), element.findtext(f"{own}description")
    if own:  # Atom
        description = element.findtext(f"{own}summary") or element.findtext(f"{own}content")
        links = element.findall(f"{own}link")
        chosen = next((e for e in links if e.get("rel", "alternate") == "alternate"), None)
        link = chosen.get("href") if chosen is not None else None
    else:
        link = element.findtext("link")
    for name, value in (("title", title), ("description", description), ("link", link)):
        if value:
            fields[name] = value
    for child in element:
        if child.tag.startswith(f"{{{G}}}") and child.text:
            fields[child.tag.split("}", 1)[1]] = child.text
    return fields


# --- CSV / TSV --------------------------------------------------------------------------------------


def csv_records(data: bytes, delimiter: str):
    """Yield ("row N", {field: text}) for each data row of a Merchant Center CSV or TSV file."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FeedError(f"byte {error.start}: not UTF-8 text; is this a product feed?") from None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            kind = "TSV" if delimiter == "\t" else "CSV"
            raise FeedError(
                f"the {kind} header has no column {', '.join(repr(m) for m in missing)} "
                f"(found: {', '.join(header[:12]) or 'nothing'})"
            )
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            where = f"row {reader.line_num}"
            if len(row) != len(header):
                problem = f"{len(row)} fields where the header has {len(header)}"
                yield (
                    where,
                    {
                        "_error": problem,
                        "id": row[header.index("id")] if len(row) > header.index("id") else "",
                    },
                )
                continue
            yield where, dict(zip(header, row, strict=True))
    except csv.Error as error:
        raise FeedError(f"line {reader.line_num}: not a readable CSV file ({error})") from None


# --- One item ---------------------------------------------------------------------------------------


def money(value: str, name: str, currency: str | None = None) -> tuple[Decimal, str]:
    """Return amount and currency of a Merchant Center price ("12.99 EUR"); raise SkipItem."""
    match = PRICE.match(clean(value))
    if not match or (match.group(2) is None and currency is None):
        raise SkipItem(f"the {name} '{clean(value, 30)}' is not a price such as '12.99 EUR'")
    found = (match.group(2) or currency).upper()
    if currency is not None and found != currency:
        raise SkipItem(f"the {name} is in {found}, the price in {currency}")
    try:
        return Decimal(match.group(1).replace(",", ".")), found
    except InvalidOperation:
        raise SkipItem(f"the {name} '{clean(value, 30)}' is not a price") from None


def web_address(value: str) -> str:
    value = clean(value, 1000)
    try:
        http_url(value)
    except ValidationError:
        return ""
    return value


def category_of(fields: dict) -> str:
    """Return the merchant's own product_type, else a Google category given by name, last level only."""
    for name in ("product_type", "google_product_category"):
        value = clean(fields.get(name, ""))
        if value and not value.isdigit():  # a bare number is Google's taxonomy id: no name to show
            return clean(value.split(">")[-1], LIMITS["category"])
    return DEFAULT_CATEGORY


def item_from(fields: dict) -> Item:
    """Return the Item of one record's fields; raise SkipItem saying what is wrong with it."""
    if "_error" in fields:
        raise SkipItem(fields["_error"])
    missing = [name for name in REQUIRED if not clean(fields.get(name, ""))]
    if missing:
        raise SkipItem(f"no {', '.join(missing)}")
    link = web_address(fields["link"])
    if not link:
        raise SkipItem(f"the link '{clean(fields['link'], 60)}' is not an http(s) address")
    price, currency = money(fields["price"], "price")
    sale_price = None
    if clean(fields.get("sale_price", "")):
        sale_price, _currency = money(fields["sale_price"], "sale_price", currency)
        if sale_price >= price:
            sale_price = None  # not a sale: the price is what a reader pays
    availability = clean(fields.get("availability", "")).lower().replace(" ", "_") or "in_stock"
    if availability not in AVAILABILITY:
        raise SkipItem(
            f"the availability '{clean(fields['availability'], 30)}' is not one of "
            + ", ".join(sorted(AVAILABILITY))
        )
    deductible = None
    if clean(fields.get("eigen_risico", "")):
        deductible, _currency = money(fields["eigen_risico"], "eigen_risico", currency)
    category = category_of(fields)
    return Item(
        offer_id=clean(fields["id"], LIMITS["id"]),
        title=clean(fields["title"], LIMITS["title"]),
        link=link,
        price=price,
        currency=currency,
        description=clean(html_to_text(fields.get("description", "")), LIMITS["description"]),
        image_link=web_address(fields.get("image_link", "")),
        sale_price=sale_price,
        availability=availability,
        brand=clean(fields.get("brand", ""), LIMITS["brand"]),
        category=category,
        category_slug=slugify(category)[:100] or "overig",
        deductible=deductible,
        coverage=clean(fields.get("dekking", ""), LIMITS["dekking"]),
    )
