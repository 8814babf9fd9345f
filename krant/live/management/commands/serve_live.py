from django.core.management.base import BaseCommand, CommandError

from krant.live.hub import LISTENERS_PER_PROCESS

LIVE_WORKERS = 1  # one event loop holds thousands of listeners (bench/live.py); more only split them


class Command(BaseCommand):
    help = "Serve the live channel's streams (/live/) in one asynchronous process; `krant serve` starts it."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on (default 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8001, help="Port to listen on (default 8001).")

    def handle(self, *args, host, port, **options):
        from granian.constants import Interfaces
        from granian.server import Server

        if not 0 < port < 65536:
            raise CommandError(f"--port: {port} is not a port number (1-65535)")
        self.stdout.write(f"Live channel on http://{host}:{port}/live/.")
        self.stdout.flush()
        Server(
            "krant.live.asgi:application",
            address=host,
            port=port,
            interface=Interfaces.ASGI,
            workers=LIVE_WORKERS,
            # Every listener is a request in progress: the hub refuses more than it holds (a clear 503).
            backpressure=LISTENERS_PER_PROCESS + 64,
            respawn_failed_workers=True,
        ).serve()
