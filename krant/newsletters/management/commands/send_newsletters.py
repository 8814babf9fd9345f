from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from krant.core.management.secret_key import require_fixed_secret_key


class Command(BaseCommand):
    help = (
        "Run the newsletter worker: take batches from the queue (the database, or RQ on Redis when "
        "KRANT_REDIS_URL is set) and mail them. `krant serve` starts it; run it on its own elsewhere."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--burst",
            action="store_true",
            help="Send what is queued now, then stop (instead of waiting for more).",
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=1.0,
            help="Seconds between looks at an empty database queue (default 1).",
        )

    def handle(self, *args, burst=False, interval=1.0, **options):
        require_fixed_secret_key()  # the mails carry signed links (unsubscribe, confirm)
        from django_tasks import task_backends

        backend = task_backends["newsletters"]
        kind = type(backend).__module__
        if kind.startswith("django_tasks_db"):
            if interval <= 0:
                raise CommandError(f"--interval: must be more than 0, got {interval}")
            # As command-line words: db_worker checks --backend only when it is given, not its default.
            arguments = [
                "--backend=newsletters",
                "--queue-name=newsletters",
                f"--interval={interval}",
                "--no-reload",
            ]
            call_command(
                "db_worker", *arguments, *(["--batch"] if burst else []), verbosity=options["verbosity"]
            )
        elif kind.startswith("django_tasks_rq"):
            # RQ's scheduler moves deferred batches (a retry after a 4xx) into the queue when due.
            call_command(
                "rqworker",
                "newsletters",
                job_class="django_tasks_rq.Job",
                with_scheduler=True,
                burst=burst,
                verbosity=options["verbosity"],
            )
        else:
            raise CommandError(
                f"The 'newsletters' task backend ({type(backend).__name__}) runs tasks as they are queued; "
                "there is no worker to start."
            )
