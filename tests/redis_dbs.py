"""The Redis databases the tests use, one set per pytest-xdist worker, so parallel workers never empty or
read each other's: the page cache and live log, the queues, the benches, the shared-cache check.

Outside xdist (and on its first worker) these are 15 down to 12, the numbers the tests always had in this
range; worker N takes the four below. Redis has 16 databases, so at most three workers (`--maxprocesses`).
Two checkouts testing side by side on one machine give one of them a Redis server of its own:
TEST_REDIS_SERVER=redis://127.0.0.1:6380 (the default is the machine's, 127.0.0.1:6379).
"""

import os

ROLES = ("config", "bench", "queues", "live")
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
SERVER = os.environ.get("TEST_REDIS_SERVER", "redis://127.0.0.1:6379").rstrip("/")


def redis_db(role: str) -> int:
    return 15 - 4 * WORKER - ROLES.index(role)


def redis_url(role: str) -> str:
    return f"{SERVER}/{redis_db(role)}"


def redis_available(role: str) -> bool:
    """Return whether the tests' Redis server answers (the tests that need it are skipped otherwise)."""
    import redis

    try:
        return bool(redis.Redis.from_url(redis_url(role), socket_timeout=2).ping())
    except redis.exceptions.RedisError:
        return False


def empty(role: str) -> None:
    """Empty the role's database: entries of an earlier run or test must not reach this one."""
    import redis

    redis.Redis.from_url(redis_url(role), socket_timeout=2).flushdb()


NEEDS_REDIS = f"needs Redis at {SERVER}"
