"""`krant import-wordpress EXPORT.xml`: a WordPress site's posts and pages become articles and pages."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from krant.ingest import wordpress
from krant.ingest.images import MAX_BYTES as MAX_IMAGE_BYTES
from krant.ingest.images import ImageFetcher
from krant.ingest.report import Report, attempt, import_comment_threads
from krant.ingest.services import (
    IngestError,
    WordPressRun,
    find_section,
    front_page,
    import_wordpress_item,
    wordpress_items,
)

MEGABYTE = 1024 * 1024


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools > Export, a WXR file): posts become articles (published ones "
        "published, with their original date; drafts stay drafts), categories sections, tags dossiers, "
        "WordPress users author pages, pages static pages, readers' comments the articles' threads (as "
        "krant import-comments does); featured and inline images are fetched from their addresses, and "
        "the old addresses (the post's link and ?p=ID) redirect to the new pages. "
        "Running it again is safe: it updates what it made before. A file that is not a WordPress export, "
        "is too large or holds a DTD or entities is refused before anything is imported. Exits with 0 when "
        "every item was imported, 1 when some failed or the file was refused, 2 on a usage error."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", metavar="EXPORT.xml", help="The WordPress export file (WXR 1.0-1.2).")
        parser.add_argument(
            "--section",
            default="",
            help="Section for posts without a category (or with only 'Uncategorized'): slug, path or id.",
        )
        parser.add_argument(
            "--max-size",
            type=float,
            default=wordpress.MAX_BYTES / MEGABYTE,
            metavar="MB",
            help=f"Refuse export files larger than this (default {wordpress.MAX_BYTES // MEGABYTE} MB).",
        )
        parser.add_argument(
            "--max-image-size",
            type=float,
            default=MAX_IMAGE_BYTES / MEGABYTE,
            metavar="MB",
            help=f"Skip images larger than this (default {MAX_IMAGE_BYTES // MEGABYTE} MB).",
        )
        parser.add_argument(
            "--image-timeout",
            type=float,
            default=10.0,
            metavar="SECONDS",
            help="Give up on an image server that does not answer within this time (default 10).",
        )
        parser.add_argument(
            "--allow-private-hosts",
            action="store_true",
            help="Also fetch images from this machine or the local network (refused by default).",
        )
        parser.add_argument("--no-images", action="store_true", help="Do not fetch any images.")

    def handle(self, *args, export, section, max_size, max_image_size, image_timeout, **options):
        if max_size <= 0 or max_image_size <= 0 or image_timeout <= 0:
            raise CommandError(
                "--max-size, --max-image-size and --image-timeout must be above 0", returncode=2
            )
        try:
            data = wordpress.read_export(Path(export), max_bytes=int(max_size * MEGABYTE))
        except wordpress.RefusedExport as error:
            raise CommandError(f"{export}: {error}", returncode=1) from None
        try:
            front_page()
            default_section = find_section(section) if section else None
        except IngestError as error:
            raise CommandError(str(error), returncode=2) from None
        fetcher = None
        if not options["no_images"]:
            fetcher = ImageFetcher(
                timeout=image_timeout,
                max_bytes=int(max_image_size * MEGABYTE),
                allow_private=options["allow_private_hosts"],
            )
        run = WordPressRun(data, section=default_section, fetcher=fetcher)
        items, skipped = wordpress_items(data)
        self.stdout.write(
            f"{export}: '{data.title}' ({data.site_url}), WXR {data.version}, {len(items)} items"
        )
        report = Report(self, total=len(items), noun="item")
        for item in items:
            subject = f"{item.post_type} {item.post_id}"
            report.begin(subject)
            report.add(subject, attempt(lambda item=item: import_wordpress_item(run, item)))
        for what, count in sorted(skipped.items()):
            report.line(f"{'skipped':<9} {what}: {count}")
        report.finish()
        comments = wordpress.comment_export(data)
        failed_threads = import_comment_threads(self, comments) if comments.threads else 0
        if report.failed or failed_threads:
            raise CommandError(
                f"{report.failed} of {len(items)} items and {failed_threads} of {len(comments.threads)} "
                "comment threads could not be imported",
                returncode=1,
            )
