"""`krant import-xmltv FILE|URL`: TV listings in the XMLTV format into the Tv-gids."""

from dataclasses import replace
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from krant.demo.progress import Progress
from krant.tvguide.services import FETCH_LIMITS, import_file, import_url
from krant.tvguide.xmltv import MAX_BYTES, XmltvError

MEGABYTE = 1024 * 1024


class Command(BaseCommand):
    help = (
        "Import TV listings from an XMLTV file or http(s) address: channels, programmes, genres, episode "
        "numbers and age ratings. Running it again updates programmes (an editor's tip stays) and adds no "
        "duplicates; a programme that is no longer in the file's time span for its channel is removed. A "
        "file that is too large, not well-formed, declares entities or has an unusable programme is refused "
        "with the line and element, and nothing is stored. Exit status 0: imported; 1: refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="FILE|URL", help="An XMLTV file, or its http(s) address.")
        parser.add_argument(
            "--max-size",
            type=float,
            default=MAX_BYTES / MEGABYTE,
            metavar="MB",
            help=f"Refuse files larger than this (default {MAX_BYTES // MEGABYTE} MB).",
        )
        parser.add_argument(
            "--allow-private-hosts",
            action="store_true",
            help="Allow addresses in the local network (for own servers and tests).",
        )

    def handle(self, *args, source, max_size, allow_private_hosts, **options):
        if max_size <= 0:
            raise CommandError("--max-size must be above 0", returncode=2)
        max_bytes = int(max_size * MEGABYTE)
        progress = Progress(self.stdout, steps=1)
        try:
            if source.startswith(("http://", "https://")):
                fence = replace(FETCH_LIMITS, max_bytes=max_bytes, allow_private=allow_private_hosts)
                report = import_url(source, progress, fence)
            else:
                report = import_file(Path(source), progress, max_bytes)
        except XmltvError as error:
            raise CommandError(f"{source}: {error}; nothing was imported", returncode=1) from None
        self.stdout.write(f"{source}: {report}")
