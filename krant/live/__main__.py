"""`python -m krant.live [--host H] [--port P]`: the live process, started by `krant serve`.

granian's main process only watches its worker, which loads krant.live.asgi: neither sets up Django's apps.
"""

import argparse

from granian.constants import Interfaces
from granian.server import Server

from krant.live import LISTENERS_PER_PROCESS

LIVE_WORKERS = 1  # one event loop holds thousands of listeners (bench/live.py); more only split them


def port_number(text: str) -> int:
    port = int(text)
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1-65535)")
    return port


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m krant.live", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="Address to listen on (default 127.0.0.1).")
    parser.add_argument("--port", type=port_number, default=8001, help="Port to listen on (default 8001).")
    options = parser.parse_args(argv)
    print(f"Live channel on http://{options.host}:{options.port}/live/.", flush=True)
    Server(
        "krant.live.asgi:application",
        address=options.host,
        port=options.port,
        interface=Interfaces.ASGI,
        workers=LIVE_WORKERS,
        # Every listener is a request in progress: the hub refuses more than it holds (a clear 503).
        backpressure=LISTENERS_PER_PROCESS + 64,
        respawn_failed_workers=True,
    ).serve()


if __name__ == "__main__":
    main()
