"""What processes must agree on lives in the shared store; without Redis one machine's workers share it."""

import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import RequestFactory
from django_ratelimit.core import _get_window

from krant.core.shared_store import SharedRedisCache
from krant.search.views import SEARCH_RATE, search_limit
from tests.conftest import database_url
from tests.factories import make_site
from tests.processes import fetch, krant_environment, serving, share_store, wait_until
from tests.redis_dbs import NEEDS_REDIS, redis_available, redis_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LIMIT = int(SEARCH_RATE.split("/")[0])


def test_without_redis_the_default_cache_is_shared_and_local_is_not(settings):
    assert settings.CACHES["default"]["BACKEND"] == "krant.core.shared_store.SharedDiskCache"
    assert settings.CACHES["default"]["LOCATION"] == str(settings.DATA_DIR / "cache")
    assert settings.CACHES["local"]["BACKEND"].endswith("LocMemCache")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps")
def test_the_disk_store_reads_its_files_without_mapping_them(settings, tmp_path):
    """A page SQLite maps counts in a worker's memory once for every connection that read it, and a
    long day's store is large: diskcache maps up to 64 MiB of each shard unless told not to."""
    share_store(settings, tmp_path)
    store = caches["default"]
    for n in range(400):
        store.set(f"entry-{n}", f"{n}" * 4000)
    assert all(store.get(f"entry-{n}") == f"{n}" * 4000 for n in range(400))
    maps = Path("/proc/self/smaps").read_text().splitlines()
    assert [line for line in maps if str(tmp_path) in line and line.endswith("cache.db")] == []


@pytest.fixture
def two_workers(tmp_path, settings):
    """`krant serve` with two workers on the test database; this process counts in the same shared store."""
    share_store(settings, tmp_path)
    make_site()
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    with serving("serve", "--workers", "2", "--no-scheduler", "--no-worker", environment=environment) as base:
        yield base
    caches["default"].clear()


def search_statuses(base: str, queries: range) -> list[int]:
    with ThreadPoolExecutor(16) as pool:
        return list(pool.map(lambda n: fetch(f"{base}/zoeken/?q=woord{n}")[0], queries))


def away_from_a_window_end(address: str, seconds: int = 60, margin: int = 20) -> None:
    """Rate limits count in fixed windows: wait (on the clock) until this one has `margin` seconds left."""
    wait_until(lambda: _get_window(address, seconds) - time.time() > margin, "a fresh rate-limit window", 60)


def test_a_limit_counted_in_one_process_holds_in_every_worker(two_workers):
    away_from_a_window_end("127.0.0.1")
    request = RequestFactory().get("/zoeken/", REMOTE_ADDR="127.0.0.1")
    for _ in range(LIMIT):
        assert search_limit(request) is None
    assert set(search_statuses(two_workers, range(20))) == {429}


def test_a_burst_over_two_workers_gets_exactly_the_limit(two_workers):
    away_from_a_window_end("127.0.0.1")
    statuses = search_statuses(two_workers, range(3 * LIMIT))
    assert statuses.count(200) == LIMIT
    assert statuses.count(429) == 2 * LIMIT


@pytest.mark.skipif(not redis_available("config"), reason=NEEDS_REDIS)
def test_the_redis_store_makes_its_client_once_and_shares_it_between_threads():
    """Django makes a `redis.Redis` per cache call, which cost a tenth of a comment write's CPU."""
    store = SharedRedisCache(redis_url("config"), {"KEY_PREFIX": "test-kept-clients"})
    client = store._cache.get_client()
    assert store._cache.get_client(write=True) is client
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda n: store.set(f"sleutel-{n}", n, 30), range(40)))
        assert list(pool.map(lambda n: store.get(f"sleutel-{n}"), range(40))) == list(range(40))
    store.delete_many([f"sleutel-{n}" for n in range(40)])
