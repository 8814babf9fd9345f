"""`krant serve --interface rsgi` answers page cache hits while every thread for Django waits (krant.rsgi)."""

import threading

import psycopg
import pytest
from django.db import connection

from krant.config import BLOCKING_THREADS
from tests.conftest import database_url
from tests.factories import make_article, make_site
from tests.processes import fetch, krant_environment, serving, share_store, wait_until

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("holds a PostgreSQL table lock to keep the server's Django threads waiting")


def waiting_on_locks(database: str) -> int:
    """Return how many sessions wait for a lock (asked outside the lock's transaction, which would see
    the activity as it was when it first looked)."""
    with psycopg.connect(database_url(), autocommit=True) as watcher:
        found = watcher.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
            [database],
        )
        return found.fetchone()[0]


def test_a_cached_page_is_answered_while_every_django_thread_waits(postgresql, tmp_path, settings):
    share_store(settings, tmp_path)
    site = make_site()
    article = make_article(site.binnenland)
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    with serving(
        "serve", "--workers", "1", "--no-live", "--interface", "rsgi", environment=environment
    ) as base:
        page = f"{base}/binnenland/{article.pk}/{article.slug}/"
        fetch(page)
        status, headers, _ = fetch(page)
        assert (status, headers["X-Cache"]) == (200, "hit")

        # Pages not in the cache (a new query string each) need the pages table: locked, every thread
        # for Django waits, and more requests queue behind them.
        database = connection.settings_dict["NAME"]
        with psycopg.connect(database_url(), autocommit=False) as lock_holder:
            lock_holder.execute("LOCK TABLE wagtailcore_page IN ACCESS EXCLUSIVE MODE")
            misses = []
            requests = [
                threading.Thread(target=lambda n=n: misses.append(fetch(f"{page}?n={n}", timeout=60)[0]))
                for n in range(2 * BLOCKING_THREADS)
            ]
            for request in requests:
                request.start()
            wait_until(
                lambda: waiting_on_locks(database) >= BLOCKING_THREADS,
                "every thread for Django to wait for the lock",
                30,
            )

            status, headers, _ = fetch(page, timeout=10)
            assert (status, headers["X-Cache"]) == (200, "hit")
            assert misses == []  # the misses were still waiting when the hit was answered
            lock_holder.rollback()
        for request in requests:
            request.join()
        assert misses == [200] * (2 * BLOCKING_THREADS)
