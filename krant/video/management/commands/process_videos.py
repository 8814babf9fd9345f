from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from krant.video.models import Video
from krant.video.processing import process


class Command(BaseCommand):
    help = (
        "Run the video worker: encode uploaded clips from the queue (the database, or RQ on Redis when "
        "KRANT_REDIS_URL is set). --unfinished processes, here and now, every clip left not ready by a "
        "crash or a killed worker."
    )

    def add_arguments(self, parser):
        parser.add_argument("--burst", action="store_true", help="Process what is queued now, then stop.")
        parser.add_argument(
            "--unfinished",
            action="store_true",
            help="Process clips left pending or half-processed, then stop.",
        )

    def handle(self, *args, burst=False, unfinished=False, **options):
        if unfinished:
            stuck = Video.objects.filter(status__in=[Video.Status.PENDING, Video.Status.PROCESSING])
            for video_id in stuck.values_list("pk", flat=True):
                self.stdout.write(f"{video_id}: {process(video_id)}")
            return
        from django_tasks import task_backends

        kind = type(task_backends["video"]).__module__
        if kind.startswith("django_tasks_db"):
            arguments = ["--backend=video", "--queue-name=video", "--no-reload"]
            call_command(
                "db_worker", *arguments, *(["--batch"] if burst else []), verbosity=options["verbosity"]
            )
        elif kind.startswith("django_tasks_rq"):
            call_command(
                "rqworker",
                "video",
                job_class="django_tasks_rq.Job",
                burst=burst,
                verbosity=options["verbosity"],
            )
        else:
            raise CommandError(
                "The 'video' task backend runs tasks as they are queued; there is no worker to start."
            )
