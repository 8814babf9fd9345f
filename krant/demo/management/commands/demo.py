import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from krant.demo.accounts import ensure_demo_editor, ensure_demo_moderator
from krant.demo.community import ensure_demo_community
from krant.demo.moderation import ensure_demo_moderation_history
from krant.demo.predictions import ensure_demo_predictions
from krant.demo.services import load_demo


class Command(BaseCommand):
    help = (
        "Set up the demo publication (migrate, load the demo content when missing, make sure the "
        "editor account exists) and serve it. Running it again keeps all existing data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="Port to serve on (default 8000).")
        parser.add_argument("--workers", type=int, default=2, help="Server processes (default 2).")
        parser.add_argument("--no-serve", action="store_true", help="Set up only; do not serve.")

    def handle(self, *args, port, workers, no_serve, **options):
        # Checked before anything is set up: the links the demo writes name this port.
        if not 0 < port < 65536:
            raise CommandError(f"--port: {port} is not a port number (1-65535)")
        self.stdout.write(f"Data directory: {settings.DATA_DIR}")
        call_command("migrate", interactive=False, verbosity=0)
        created = load_demo(stdout=self.stdout)
        self.stdout.write("Demo publication created." if created else "Demo publication present; kept.")
        username, password = ensure_demo_editor()
        moderator, moderator_password = ensure_demo_moderator()
        loaded = ensure_demo_community()
        if loaded.comments or loaded.members:
            self.stdout.write(
                f"Demo community loaded: {loaded.members} members, {loaded.comments} comments "
                f"in {loaded.threads} discussions."
            )
        else:
            self.stdout.write("Demo community present; kept.")
        for refused in loaded.skipped:
            self.stdout.write(f"  not placed: {refused}")
        if predictions := ensure_demo_predictions():
            self.stdout.write(f"Demo Sportspellen loaded: {predictions} predictions.")
        if history := ensure_demo_moderation_history():
            self.stdout.write(f"Demo moderation history loaded: {history} decided comments.")
        self.stdout.flush()
        # In a process of its own: scikit-learn stays out of this one, which goes on to serve.
        subprocess.run([sys.executable, "-m", "krant", "train-moderation", "--if-missing"], check=False)  # noqa: S603
        site = f"http://127.0.0.1:{port}/"
        self.stdout.write(
            self.style.SUCCESS(
                f"\n  Site:             {site}\n  Admin:            {site}admin/\n"
                f"  Login:            {username} / {password}\n"
                f"  Moderator login:  {moderator} / {moderator_password}\n"
                f"  Community:        {site}community/\n"
            )
        )
        if not no_serve:
            call_command("serve", host="127.0.0.1", port=port, workers=workers)
