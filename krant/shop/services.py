"""Import partners' feeds: from a file, an address (through krant.core.fetch) or on the scheduler's round.

`import_feed` is the one write: a partner's whole feed in one transaction, so a feed that fails leaves the
products as they were. A product is its partner and its feed id: a re-import updates what changed (and
`price_updated_at` only when a price did), shows again what was hidden, and hides (never deletes) what the
feed no longer names; the same feed twice changes nothing. The pages' key `shop` is purged on commit.
Images are copied here afterwards (`fetch_images`), outside that transaction: a slow image server
does not hold the import, and a missing image only means a product without one.
"""

import hashlib
import io
import logging
from dataclasses import dataclass, field, replace
from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from PIL import Image, UnidentifiedImageError

from krant.core.fetch import FetchError, Limits, backoff, open_url
from krant.core.purge import purge
from krant.shop.feeds import MAX_BYTES, Feed, FeedError, Item, read
from krant.shop.models import PURGE_KEY, Partner, Product

logger = logging.getLogger(__name__)

RETRY_BASE = timedelta(minutes=15)  # after the n-th failure in a row: RETRY_BASE * 2**n, at most a day
MAX_BACKOFF = timedelta(days=1)
FETCH_LIMITS = Limits(connect_timeout=5, read_timeout=20, deadline=120, max_bytes=MAX_BYTES, max_redirects=3)
IMAGE_LIMITS = Limits(
    connect_timeout=5, read_timeout=10, deadline=20, max_bytes=5 * 1024 * 1024, max_redirects=3
)
IMAGE_SIZE = (320, 320)  # the largest a product's picture is shown, twice for sharp screens
IMAGES_PER_ROUND = 40  # a large new feed gets its pictures over a few rounds
MAX_PIXELS = 40_000_000  # a bigger picture is refused before it is decoded
FIELDS = (
    "title",
    "description",
    "link",
    "image_link",
    "price",
    "sale_price",
    "currency",
    "availability",
    "brand",
    "category",
    "category_slug",
    "deductible",
    "coverage",
)
PRICE_FIELDS = ("price", "sale_price", "currency")


@dataclass
class Report:
    created: int = 0
    updated: int = 0
    price_changes: int = 0
    unchanged: int = 0
    hidden: int = 0
    shown_again: int = 0
    skipped: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        line = (
            f"{self.created} new, {self.updated} updated ({self.price_changes} with a new price), "
            f"{self.unchanged} unchanged, {self.hidden} hidden, {self.shown_again} shown again, "
            f"{len(self.skipped)} skipped"
        )
        return "\n".join([line, *(f"  skipped {reason}" for reason in self.skipped[:20])]) + (
            f"\n  ... and {len(self.skipped) - 20} more" if len(self.skipped) > 20 else ""
        )


class NoProgress:
    def step(self, label: str, total: int = 0) -> None: ...

    def count(self, n: int, total: int) -> None: ...


@transaction.atomic
def import_feed(partner: Partner, feed: Feed, progress=None) -> Report:
    """Store `feed` as `partner`'s products (see the module's docstring) and return what changed."""
    progress = progress or NoProgress()
    now = timezone.now()
    report = Report(skipped=list(feed.skipped))
    stored = {product.offer_id: product for product in Product.objects.filter(partner=partner)}
    new, changed = [], []
    progress.step(f"{partner.name}: products", total=len(feed.items))
    for done, item in enumerate(feed.items, start=1):
        product = stored.pop(item.offer_id, None)
        if product is None:
            new.append(Product(partner=partner, offer_id=item.offer_id, price_updated_at=now, **values(item)))
        elif update(product, item, now, report):
            changed.append(product)
        else:
            report.unchanged += 1
        if done % 500 == 0 or done == len(feed.items):
            progress.count(done, len(feed.items))
    gone = [product.pk for product in stored.values() if not product.hidden]
    Product.objects.filter(pk__in=gone).update(hidden=True)
    Product.objects.bulk_create(new, batch_size=500)
    Product.objects.bulk_update(changed, [*FIELDS, "hidden", "price_updated_at"], batch_size=500)
    report.created, report.updated, report.hidden = len(new), len(changed), len(gone)
    if new or changed or gone:
        purge({PURGE_KEY})
    return report


def values(item: Item) -> dict:
    return {name: getattr(item, name) for name in FIELDS}


def update(product: Product, item: Item, now, report: Report) -> bool:
    """Bring `product` in line with `item`; return whether anything changed."""
    fresh = values(item)
    if not product.hidden and all(getattr(product, name) == value for name, value in fresh.items()):
        return False
    if any(getattr(product, name) != fresh[name] for name in PRICE_FIELDS):
        product.price_updated_at = now
        report.price_changes += 1
    if product.hidden:
        product.hidden = False
        report.shown_again += 1
    for name, value in fresh.items():
        setattr(product, name, value)
    return True


def download(url: str, fence: Limits, accept: str) -> bytes:
    """Return the body at `url`, fetched within `fence`; raise FeedError when the fetch fails."""
    try:
        with open_url(url, {"User-Agent": "krant/1 (Shop)", "Accept": accept}, fence) as opened:
            if opened.status != 200:
                raise FeedError(f"the server answered {opened.status}")
            return opened.read()
    except FetchError as error:
        raise FeedError(f"fetch failed: {error.reason} {error.detail or ''}".strip()) from None


def feed_bytes(partner: Partner, fence: Limits | None = None) -> bytes:
    """Return the partner's feed: its uploaded file, or what its address answers."""
    fence = fence or FETCH_LIMITS
    if partner.feed_file:
        try:
            with partner.feed_file.open("rb") as stream:
                data = stream.read(fence.max_bytes + 1)
        except FileNotFoundError:
            raise FeedError("the uploaded feed file is missing") from None
        if len(data) > fence.max_bytes:
            raise FeedError(f"the feed is larger than {fence.max_bytes // (1024 * 1024)} MB and was not read")
        return data
    if partner.feed_url:
        return download(
            partner.feed_url, fence, "application/xml, text/xml, text/csv, text/tab-separated-values"
        )
    raise FeedError("the partner has neither a feed address nor a feed file")


def import_partner(
    partner: Partner, data: bytes | None = None, progress=None, fence: Limits | None = None
) -> Report:
    """Import `data`, or else the partner's own feed, for `partner`; raise FeedError (nothing stored)."""
    fence = fence or FETCH_LIMITS
    if data is None:
        data = feed_bytes(partner, fence)
    return import_feed(partner, read(data, partner.format, max_bytes=fence.max_bytes), progress)


def record(partner: Partner, now, report: Report | None = None, error: str = "") -> None:
    """Write the outcome of an import on the partner: the editors' report, and when to import next."""
    if report is None:
        partner.failures += 1
        partner.last_report = f"Mislukt: {error}; de producten van de vorige import blijven staan"
        partner.next_import_at = now + backoff(partner.failures, RETRY_BASE, MAX_BACKOFF)
    else:
        partner.failures = 0
        partner.last_imported_at = now
        partner.last_report = str(report)
        partner.next_import_at = now + partner.interval
    Partner.objects.filter(pk=partner.pk).update(
        failures=partner.failures,
        last_report=partner.last_report,
        next_import_at=partner.next_import_at,
        last_imported_at=partner.last_imported_at,
    )


def due_partner(now) -> Partner | None:
    return (
        Partner.objects.filter(active=True)
        .exclude(next_import_at__gt=now)
        .order_by("next_import_at", "pk")
        .first()
    )


def import_due_partners(fence: Limits | None = None) -> None:
    """Scheduler job: import the one partner most overdue, then copy the pictures still missing."""
    now = timezone.now()
    partner = due_partner(now)
    if partner is not None:
        try:
            report = import_partner(partner, fence=fence)
        except FeedError as error:
            record(partner, now, error=str(error))
        except Exception as error:  # a stranger's file must not take the scheduler down
            logger.exception("Importing the feed of partner %s failed unexpectedly", partner.pk)
            record(partner, now, error=f"onverwachte fout ({type(error).__name__})")
        else:
            record(partner, now, report)
    fetch_images(fence=replace(IMAGE_LIMITS, allow_private=(fence or FETCH_LIMITS).allow_private))


# --- Images -----------------------------------------------------------------------------------------


def fetch_images(limit: int = IMAGES_PER_ROUND, fence: Limits | None = None) -> int:
    """Copy up to `limit` products' pictures whose image_link is new; return how many were stored.

    A picture that cannot be fetched or read is remembered as tried (image_source set, no image), so it
    is not fetched every round; a new image_link in the feed tries again.
    """
    fence = fence or IMAGE_LIMITS
    stored = 0
    waiting = (
        Product.objects.filter(hidden=False)
        .exclude(image_link="")
        .exclude(image_source=F("image_link"))
        .only("pk", "image_link", "image", "image_source")[:limit]
    )
    for product in waiting:
        try:
            name, size = store_image(product.image_link, download(product.image_link, fence, "image/*"))
        except (FeedError, ValueError) as error:
            logger.info("No picture for product %s: %s", product.pk, error)
            name, size = "", (None, None)
        Product.objects.filter(pk=product.pk).update(
            image=name, image_width=size[0], image_height=size[1], image_source=product.image_link
        )
        stored += bool(name)
    if stored:
        purge({PURGE_KEY})
    return stored


def store_image(source: str, data: bytes) -> tuple[str, tuple[int, int]]:
    """Store `data` as a product picture no larger than IMAGE_SIZE; return its name and size, or raise
    ValueError when it is not a picture Pillow can read."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ValueError("the picture has too many pixels")
            image.thumbnail(IMAGE_SIZE)
            picture = image.convert("RGB")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValueError(f"not a picture ({error})") from None
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82, optimize=True)
    digest = hashlib.blake2b(source.encode() + buffer.getvalue(), digest_size=12).hexdigest()
    name = f"shop/images/{digest}.jpg"
    if not default_storage.exists(name):
        name = default_storage.save(name, ContentFile(buffer.getvalue()))
    return name, picture.size
