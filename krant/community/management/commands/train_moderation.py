from django.core.management.base import BaseCommand, CommandError

from krant.community import training
from krant.community.models import ModerationModel


class Command(BaseCommand):
    help = (
        "Train a new version of the moderation model on the moderators' decisions and make it the active "
        "one (the scheduler in `krant serve` retrains by itself when there are new decisions)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-missing", action="store_true", help="Only train when there is no model yet (for the demo)."
        )

    def handle(self, *args, if_missing, **options):
        if if_missing and ModerationModel.objects.exists():
            self.stdout.write("Moderation model present; kept.")
            return
        try:
            row = training.train()
        except training.NotEnough as error:
            if if_missing:
                self.stdout.write(f"Moderation model not trained: {error}")
                return
            raise CommandError(str(error)) from error
        self.stdout.write(f"Moderation model {row.version} trained on {row.decisions} decisions; active.")
