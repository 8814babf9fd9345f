from django.conf import settings
from django.core.management.base import BaseCommand

from krant.core import scheduler
from krant.core.management.secret_key import require_fixed_secret_key


class Command(BaseCommand):
    help = "Run scheduled work (publishing, newsletters, feeds) in a loop; krant serve starts it."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run one round and stop.")
        parser.add_argument(
            "--interval",
            type=int,
            default=None,
            help="Seconds between rounds (default KRANT_SCHEDULER_INTERVAL, 30).",
        )

    def handle(self, *args, once=False, interval=None, **options):
        require_fixed_secret_key()  # newsletters it sends carry signed links
        if once:
            scheduler.run_due_jobs()
            return
        interval = interval or settings.CONFIG.scheduler_interval
        self.stdout.write(f"Scheduler: running due jobs every {interval} s.")
        scheduler.run_forever(interval)
