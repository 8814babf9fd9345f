"""/healthz: 200 'ok' while the databases and the shared cache answer, 503 with the reason when one does not.

The failures are real: a server whose SQLite file is gone, whose PostgreSQL database is dropped, whose
Redis is stopped.
"""

import os
import socket
import subprocess
import sys

import pytest
from django.db import connection

from tests.conftest import copy_test_database, free_port, postgres_admin
from tests.factories import make_site
from tests.processes import fetch, krant_environment, serving, wait_until

SECRET = "s" * 50


def test_healthz_answers_ok_without_session_or_cache(db, client, settings):
    """A probe gets a plain 'ok' that no cache keeps, no cookie, and no host check: it asks by address."""
    settings.ALLOWED_HOSTS = ["krant.example"]
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert (response.status_code, response.content) == (200, b"ok")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert not response.cookies
    assert client.head("/healthz", HTTP_HOST="10.0.0.7:8000").status_code == 200


def test_healthz_is_closed_to_crawlers(tree, client):
    assert "Disallow: /healthz" in client.get("/robots.txt").content.decode().splitlines()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite file of a server")
def test_healthz_and_pages_answer_503_while_the_sqlite_file_is_gone(tmp_path):
    """Without its database file the server says why on /healthz and 'busy' on pages, then recovers."""
    make_site()
    url = copy_test_database(tmp_path, "health")
    database_file = tmp_path / "health.sqlite3"
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=url, KRANT_SECRET_KEY=SECRET)
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as base:
        assert fetch(f"{base}/healthz")[2] == b"ok"
        database_file.rename(tmp_path / "elsewhere.sqlite3")
        status, headers, body = fetch(f"{base}/healthz")
        assert (status, body) == (503, b"database unavailable")
        assert headers["Cache-Control"] == "no-store"
        assert not database_file.exists(), "the health check made an empty database in its place"

        status, headers, body = fetch(f"{base}/")
        assert status == 503
        assert headers["Retry-After"] == "30" and headers["Cache-Control"] == "no-store"
        assert "Even geduld" in body.decode()

        database_file.unlink(missing_ok=True)  # the page's connection may have made an empty one
        (tmp_path / "elsewhere.sqlite3").rename(database_file)
        wait_until(lambda: fetch(f"{base}/healthz")[0] == 200, "the server to see its database again", 30)
        assert fetch(f"{base}/")[0] == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL database to drop")
def test_healthz_and_pages_answer_503_when_the_database_is_dropped(tmp_path):
    """A dropped PostgreSQL database: /healthz says so, pages say 'busy' with Retry-After, never a 500."""
    make_site()
    url = copy_test_database(tmp_path, "health")
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=url, KRANT_SECRET_KEY=SECRET)
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as base:
        assert fetch(f"{base}/healthz")[2] == b"ok"
        with postgres_admin() as admin:
            admin.execute(f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
        assert fetch(f"{base}/healthz")[:3:2] == (503, b"database unavailable")
        status, headers, body = fetch(f"{base}/")
        assert status == 503 and headers["Retry-After"] == "30"
        assert "Even geduld" in body.decode()


@pytest.fixture
def own_redis(tmp_path):
    """A Redis server of this test's own, which the test may stop."""
    port = free_port()
    arguments = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(tmp_path)]
    process = subprocess.Popen(["/usr/bin/redis-server", *arguments], stdout=subprocess.DEVNULL)  # noqa: S603
    wait_until(lambda: socket.create_connection(("127.0.0.1", port), 1).close() is None, "Redis to listen")
    yield process, f"redis://127.0.0.1:{port}/0"
    process.kill()
    process.wait()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(not os.path.exists("/usr/bin/redis-server"), reason="needs Debian's redis-server")
def test_healthz_answers_503_when_redis_stops(tmp_path, own_redis):
    """With KRANT_REDIS_URL, a stopped Redis makes /healthz answer 503 naming the cache."""
    make_site()
    process, url = own_redis
    database = copy_test_database(tmp_path, "health")
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database, KRANT_REDIS_URL=url, KRANT_SECRET_KEY=SECRET
    )
    # With Redis, the RQ apps join and bring their own migrations.
    subprocess.run([sys.executable, "-m", "krant", "migrate", "--no-input"], env=environment, check=True)  # noqa: S603
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as base:
        assert fetch(f"{base}/healthz")[2] == b"ok"
        process.kill()
        process.wait()
        assert fetch(f"{base}/healthz")[:3:2] == (503, b"cache unavailable")
