from django.core.management.base import BaseCommand

from krant.demo.services import load_demo


class Command(BaseCommand):
    help = (
        "Fill the site with the demo publication: front page, sections, static pages, authors, images, "
        "site settings and a month of invented articles. Safe to run again: only adds what is missing."
    )

    def handle(self, *args, **options):
        created = load_demo(stdout=self.stdout)
        if created:
            self.stdout.write(self.style.SUCCESS("Demo publication created."))
        else:
            self.stdout.write("Nothing created: the demo publication was already there.")
