"""`krant import PATH...`: saved news pages become draft articles."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from krant.ingest.report import Report, attempt
from krant.ingest.services import IngestError, find_section, front_page, import_page


class Command(BaseCommand):
    help = (
        "Import saved news pages as draft articles: HTML as a browser saves it, or the plain-text rendering "
        "of a page. Finds the headline, byline, date and time, intro, body, intertitles and quotes; leaves "
        "out menus, footers, comments, share buttons and the like. Nothing is published. Importing the same "
        "page again (same address, or same text) gives its article a new revision instead of a copy. "
        "Prints a line per file and a summary; exits with 0 when every file was imported, 1 when some "
        "failed, 2 on a usage error."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Saved pages (.html, .htm or .txt).")
        parser.add_argument(
            "--section",
            required=True,
            help="Section for the articles: its slug (binnenland), path (economie/klimaat) or page id.",
        )
        parser.add_argument(
            "--source",
            default="",
            help="The source line ('Bron: ...') for the articles; default: the site name the page gives.",
        )

    def handle(self, *args, paths, section, source, **options):
        try:
            front_page()
            target = find_section(section)
        except IngestError as error:
            raise CommandError(str(error), returncode=2) from None
        report = Report(self, total=len(paths), noun="file")
        for name in paths:
            report.begin(name)
            report.add(
                name, attempt(lambda name=name: import_page(Path(name), target, source=source.strip()))
            )
        report.finish()
        if report.failed:
            raise CommandError(f"{report.failed} of {len(paths)} files could not be imported", returncode=1)
