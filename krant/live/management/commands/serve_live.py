import os
import sys

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Serve the live channel's streams (/live/) in one asynchronous process; `krant serve` starts it."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on (default 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8001, help="Port to listen on (default 8001).")

    def handle(self, *args, host, port, **options):
        if not 0 < port < 65536:
            raise CommandError(f"--port: {port} is not a port number (1-65535)")
        # This process has loaded all of Django to get here: the live process itself runs without it.
        command = [sys.executable, "-m", "krant.live", "--host", host, "--port", str(port)]
        os.execv(sys.executable, command)  # noqa: S606 - our own interpreter and module
