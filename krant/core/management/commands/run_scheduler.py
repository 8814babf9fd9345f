from django.conf import settings
from django.core.management.base import BaseCommand

from krant.core import scheduler


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages on time, in a loop (krant serve starts this)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run one round and stop.")
        parser.add_argument(
            "--interval",
            type=int,
            default=None,
            help="Seconds between rounds (default KRANT_SCHEDULER_INTERVAL, 30).",
        )

    def handle(self, *args, once=False, interval=None, **options):
        if once:
            scheduler.publish_due_pages()
            return
        interval = interval or settings.CONFIG.scheduler_interval
        self.stdout.write(f"Scheduler: publishing due pages every {interval} s.")
        scheduler.run_forever(interval)
