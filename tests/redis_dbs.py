"""The Redis databases the tests use, one set per pytest-xdist worker, so parallel workers never empty or
read each other's: the page cache and live log, the queues, the benches, the shared-cache check.

Outside xdist (and on its first worker) these are 15 down to 12, the numbers the tests always had in this
range; worker N takes the four below. Redis has 16 databases, so at most three workers (`--maxprocesses`).
"""

import os

ROLES = ("config", "bench", "queues", "live")
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


def redis_db(role: str) -> int:
    return 15 - 4 * WORKER - ROLES.index(role)


def redis_url(role: str) -> str:
    return f"redis://127.0.0.1:6379/{redis_db(role)}"
