"""`krant import-comments EXPORT`: readers' comments from Disqus, Coral or WordPress join the articles."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from krant.ingest import coral, disqus, wordpress
from krant.ingest.files import MAX_BYTES, RefusedExport, checked_size, parse_xml
from krant.ingest.report import import_comment_threads

MEGABYTE = 1024 * 1024
FORMATS = ("disqus", "coral", "wordpress")


def read(path: Path, wanted: str, max_bytes: int):
    """Return the export at `path` in the format `wanted` ('auto': found from the file), or raise
    RefusedExport."""
    if wanted == "coral" or (wanted == "auto" and coral.is_coral(path)):
        return coral.read_export(path, max_bytes)
    checked_size(path, max_bytes)
    if wanted == "auto" and path.read_bytes()[:64].lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{"):
        raise RefusedExport(
            "a JSON file: a Coral export is the folder mongoexport writes (stories.json, users.json, "
            "comments.json); pass the folder"
        )
    root = parse_xml(path, max_bytes, maker="Disqus or WordPress")
    if wanted == "disqus" or (wanted == "auto" and disqus.is_disqus(root)):
        return disqus.from_root(root)
    if wanted == "wordpress" or (wanted == "auto" and root.tag == "rss"):
        return wordpress.comment_export(wordpress.from_root(root))
    raise RefusedExport(
        f"unknown format: <{root.tag.split('}')[-1]}> is neither a Disqus export nor a WordPress export"
    )


class Command(BaseCommand):
    help = (
        "Import readers' comments: a Disqus export (XML), a Coral export (the folder of stories.json, "
        "users.json and comments.json that mongoexport writes) or the comments of a WordPress export "
        "(WXR). Each thread joins the article an earlier import made from the same old address "
        "(krant import, krant import-wordpress); a thread whose article is unknown is reported and left "
        "out. Replies keep their place (deeper than three levels: beside the third level), dates and "
        "states (spam and rejected comments are stored rejected, deleted ones as tombstones). Authors "
        "become members without an account, whom a reader claims by verifying the same email address. "
        "Each thread is imported whole or not at all; running it again adds nothing. A file that is too "
        "large, broken or of an unknown format is refused before anything is imported. Exits with 0 when "
        "every thread was imported or reported, 1 when one failed or the file was refused, 2 on a usage "
        "error."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", metavar="EXPORT", help="The export file (Coral: its folder).")
        parser.add_argument(
            "--format",
            choices=("auto", *FORMATS),
            default="auto",
            help="The export's format (default: auto).",
        )
        parser.add_argument(
            "--max-size",
            type=float,
            default=MAX_BYTES / MEGABYTE,
            metavar="MB",
            help=f"Refuse exports larger than this (default {MAX_BYTES // MEGABYTE} MB).",
        )

    def handle(self, *args, export, format, max_size, **options):
        if max_size <= 0:
            raise CommandError("--max-size must be above 0", returncode=2)
        try:
            data = read(Path(export), format, int(max_size * MEGABYTE))
        except RefusedExport as error:
            raise CommandError(f"{export}: {error}", returncode=1) from None
        self.stdout.write(
            f"{export}: {data.source} export {data.name}, {len(data.threads)} threads, "
            f"{data.comment_count} comments"
        )
        failed = import_comment_threads(self, data)
        if failed:
            raise CommandError(f"{failed} of {len(data.threads)} threads could not be imported", returncode=1)
