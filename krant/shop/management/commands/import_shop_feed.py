"""`krant import-shop-feed PARTNER [FILE|URL]`: a partner's product feed into the shop or the comparison."""

from dataclasses import replace
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from krant.demo.progress import Progress
from krant.shop.feeds import MAX_BYTES, FeedError
from krant.shop.models import Partner
from krant.shop.services import (
    FETCH_LIMITS,
    IMAGE_LIMITS,
    download,
    fetch_images,
    import_partner,
    record,
)

MEGABYTE = 1024 * 1024


class Command(BaseCommand):
    help = (
        "Import a partner's product feed in a Google Merchant Center format (RSS 2.0 or Atom with g: fields, "
        "CSV or TSV): the partner's own feed address or file, or the FILE or URL given. Running it again "
        "changes only what the feed changed; products no longer in the feed are hidden, not deleted. An "
        "item without id, title, link or price is skipped with its reason; a feed that cannot be read at "
        "all is refused and the partner's products stay as they were. Exit status 0: imported; 1: refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("partner", help="The partner's short name (slug), as in the admin.")
        parser.add_argument(
            "source",
            nargs="?",
            metavar="FILE|URL",
            help="A feed file or http(s) address instead of the partner's own.",
        )
        parser.add_argument(
            "--max-size",
            type=float,
            default=MAX_BYTES / MEGABYTE,
            metavar="MB",
            help=f"Refuse feeds larger than this (default {MAX_BYTES // MEGABYTE} MB).",
        )
        parser.add_argument(
            "--allow-private-hosts",
            action="store_true",
            help="Allow addresses in the local network (for own servers and tests).",
        )
        parser.add_argument(
            "--no-images", action="store_true", help="Do not copy the products' pictures now."
        )

    def handle(self, *args, partner, source, max_size, allow_private_hosts, no_images, **options):
        if max_size <= 0:
            raise CommandError("--max-size must be above 0", returncode=2)
        found = Partner.objects.filter(slug=partner).first()
        if found is None:
            known = ", ".join(Partner.objects.values_list("slug", flat=True)[:20]) or "none yet"
            raise CommandError(f"no partner '{partner}' (known: {known})", returncode=2)
        fence = replace(FETCH_LIMITS, max_bytes=int(max_size * MEGABYTE), allow_private=allow_private_hosts)
        progress = Progress(self.stdout, steps=1)
        label = source or found.feed_url or found.feed_file.name or found.slug
        now = timezone.now()
        try:
            data = None
            if source and source.startswith(("http://", "https://")):
                data = download(source, fence, "application/xml, text/xml, text/csv")
            elif source:
                data = read_file(Path(source), fence.max_bytes)
            report = import_partner(found, data, progress, fence)
        except FeedError as error:
            if not source:
                record(found, now, error=str(error))
            raise CommandError(f"{label}: {error}; nothing was imported", returncode=1) from None
        if not source:
            record(found, now, report)
        self.stdout.write(f"{label}: {report}")
        if not no_images:
            count = fetch_images(fence=replace(IMAGE_LIMITS, allow_private=allow_private_hosts))
            self.stdout.write(f"{count} pictures copied")


def read_file(path: Path, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as stream:
            data = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise FeedError("no such file") from None
    except IsADirectoryError:
        raise FeedError("is a directory, not a feed") from None
    except PermissionError:
        raise FeedError("cannot read: permission denied") from None
    if len(data) > max_bytes:
        raise FeedError(f"the feed is larger than {max_bytes // MEGABYTE} MB and was not read")
    return data
