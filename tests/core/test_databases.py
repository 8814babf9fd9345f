"""Where queries go (the replica router) and how many connections a server holds (the pool).

The servers here run on real PostgreSQL databases: a copy of the test database stands in for the replica,
with other data in it, so a page shows which database it was read from.
"""

import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from django.db import DEFAULT_DB_ALIAS, connection, transaction

from krant.core import databases
from krant.core.databases import REPLICA, ReplicaRouter
from krant.news.models import ArticlePage
from tests.conftest import copy_test_database, database_url, postgres_admin
from tests.factories import make_article, make_site
from tests.processes import fetch, krant_environment, serving
from tests.redis_dbs import redis_url

SECRET = "s" * 50
READER = {"REQUEST_METHOD": "GET", "PATH_INFO": "/"}
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")


@pytest.fixture
def router():
    yield ReplicaRouter()
    databases.end_request(None)


def test_a_readers_page_reads_from_the_replica(router):
    databases.start_request(None, environ=READER)
    assert router.db_for_read(ArticlePage) == REPLICA


def test_reads_after_a_write_stay_on_the_primary(router):
    """A request reads what it wrote: after its first write, every read goes to the primary."""
    databases.start_request(None, environ=READER)
    assert router.db_for_write(ArticlePage) == DEFAULT_DB_ALIAS
    assert router.db_for_read(ArticlePage) == DEFAULT_DB_ALIAS


def test_the_next_request_starts_afresh(router):
    """A thread serves many requests: one request's write does not send the next one's reads away."""
    databases.start_request(None, environ=READER)
    router.db_for_write(ArticlePage)
    databases.end_request(None)
    databases.start_request(None, environ=READER)
    assert router.db_for_read(ArticlePage) == REPLICA


def test_reads_inside_a_transaction_stay_on_the_primary(router, db):
    databases.start_request(None, environ=READER)
    with transaction.atomic():
        assert router.db_for_read(ArticlePage) == DEFAULT_DB_ALIAS


@pytest.mark.parametrize(
    "environ",
    [
        {"REQUEST_METHOD": "POST", "PATH_INFO": "/nieuwsbrieven/"},
        {"REQUEST_METHOD": "GET", "PATH_INFO": "/", "HTTP_COOKIE": "krant_consent=v1:; sessionid=abc"},
    ],
    ids=["a form", "an editor"],
)
def test_forms_and_editors_read_from_the_primary(router, environ):
    """A form's answer and an editor's pages must show what was just saved, so they skip the replica."""
    databases.start_request(None, environ=environ)
    assert router.db_for_read(ArticlePage) == DEFAULT_DB_ALIAS


def test_work_outside_a_request_reads_from_the_primary(router):
    """The scheduler, the newsletter worker and commands never read a replica's older state."""
    assert router.db_for_read(ArticlePage) == DEFAULT_DB_ALIAS


def test_migrations_run_on_the_primary_only(router):
    assert router.allow_migrate(DEFAULT_DB_ALIAS, "news")
    assert not router.allow_migrate(REPLICA, "news")


def connect(url: str):
    return psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True)


@postgresql_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_server_reads_readers_pages_from_the_replica(tmp_path):
    """Through a real server: a reader's page comes from the replica, an editor's from the primary; both
    databases count for /healthz."""
    tree = make_site()
    article = make_article(tree.binnenland, "Kop op de primaire")
    replica = copy_test_database(tmp_path, "replica")
    with connect(replica) as copy:
        copy.execute("UPDATE wagtailcore_page SET title = 'Kop op de replica' WHERE id = %s", [article.pk])
    environment = krant_environment(
        tmp_path,
        KRANT_DATABASE_URL=database_url(),
        KRANT_DATABASE_REPLICA_URL=replica,
        KRANT_SECRET_KEY=SECRET,
    )
    url = f"/binnenland/{article.pk}/{article.slug}/"
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as base:
        assert "Kop op de replica" in fetch(base + url)[2].decode()
        editor = fetch(base + url, {"Cookie": "sessionid=onbekend; krant_account=staff"})[2].decode()
        assert "Kop op de primaire" in editor

        assert fetch(f"{base}/healthz")[2] == b"ok"
        with postgres_admin() as admin:
            admin.execute(f'DROP DATABASE "{replica.rsplit("/", 1)[1]}" WITH (FORCE)')
        assert fetch(f"{base}/healthz")[:3:2] == (503, b"database replica unavailable")


POOL_SIZE = 3
WORKERS = 2


def server_connections(watcher, url: str) -> Counter:
    """Return the connections PostgreSQL has open to the database of `url`, counted by state.

    `watcher` is connected to another database, so that its own coming and going is not counted.
    """
    rows = watcher.execute(
        "SELECT state FROM pg_stat_activity WHERE datname = %s AND backend_type = 'client backend'",
        [url.rsplit("/", 1)[1]],
    ).fetchall()
    return Counter(state for (state,) in rows)


def read_as_editor(url: str) -> int:
    """Return the status of a GET with a session cookie, which makes every request use the database,
    whatever a page cache holds; waiting as long as a crowd on a busy machine may take."""
    request = urllib.request.Request(url, headers={"Cookie": "sessionid=onbekend"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 - localhost only
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@postgresql_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_crowd_never_opens_more_connections_than_the_pools_hold(tmp_path):
    """100 readers at once against 2 workers with 3 connections each: no error but a possible 503 'busy',
    never more than 6 connections to PostgreSQL, and none left in a transaction afterwards."""
    tree = make_site()
    article = make_article(tree.binnenland, "Drukte")
    database = copy_test_database(tmp_path, "pool")
    environment = krant_environment(
        tmp_path,
        KRANT_DATABASE_URL=database,
        KRANT_DATABASE_POOL_SIZE=str(POOL_SIZE),
        KRANT_REDIS_URL=redis_url("queues"),
        KRANT_SECRET_KEY=SECRET,
    )
    # With Redis, the RQ apps join and bring their own migrations.
    subprocess.run([sys.executable, "-m", "krant", "migrate", "--no-input"], env=environment, check=True)  # noqa: S603
    bound = WORKERS * POOL_SIZE
    arguments = ("serve", "--workers", str(WORKERS), "--no-scheduler", "--no-worker")
    with serving(*arguments, environment=environment) as base:
        url = f"{base}/binnenland/{article.pk}/{article.slug}/"
        most, done = 0, threading.Event()

        def watch():
            nonlocal most
            with postgres_admin() as watcher:
                while not done.is_set():
                    most = max(most, sum(server_connections(watcher, database).values()))

        watcher = threading.Thread(target=watch)
        watcher.start()
        try:
            with ThreadPoolExecutor(max_workers=100) as crowd:
                statuses = Counter(crowd.map(lambda _: read_as_editor(url), range(300)))
        finally:
            done.set()
            watcher.join()
        with postgres_admin() as watcher:
            afterwards = server_connections(watcher, database)

    assert set(statuses) <= {200, 503}, statuses
    assert statuses[200] > 0
    assert most <= bound, f"{most} connections during the load"
    assert sum(afterwards.values()) <= bound
    assert afterwards["idle in transaction"] == 0
