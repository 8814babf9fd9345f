"""Purging: after the commit, in the shared store of every process and in every Varnish."""

import logging
import subprocess
import sys
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction
from django.utils import timezone

from krant.core import pagecache
from krant.core.purge import KEYS_PER_REQUEST, purge, varnish_queue
from tests.conftest import database_url, free_port
from tests.factories import make_article, make_site
from tests.processes import fetch, krant_environment, serving, wait_until
from tests.redis_dbs import NEEDS_REDIS, empty, redis_available, redis_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_purge_waits_for_the_commit_and_a_rollback_cancels_it():
    """Inside a transaction nothing moves; the commit purges; a rolled-back change purges nothing."""
    before = pagecache.versions(["article:1"])
    with transaction.atomic():
        purge({"article:1"})
        assert pagecache.versions(["article:1"]) == before
    after = pagecache.versions(["article:1"])
    assert after != before
    with pytest.raises(RuntimeError), transaction.atomic():
        purge({"article:1"})
        raise RuntimeError
    assert pagecache.versions(["article:1"]) == after


class PurgeRecorder:
    """A stand-in for Varnish: records each PURGE's xkey-purge header and answers `status`."""

    def __init__(self, status=200):
        self.purges: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_PURGE(self):  # noqa: N802 - http.server's name
                recorder.purges.append(self.headers.get("xkey-purge", ""))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


def purge_urls(settings, *urls):
    settings.CONFIG = type(settings.CONFIG)(**{**settings.CONFIG.__dict__, "purge_urls": tuple(urls)})


def test_every_varnish_gets_the_keys_in_batches(settings):
    """Each address in KRANT_PURGE_URLS gets `PURGE /` with the keys, in batches a header can carry."""
    first, second = PurgeRecorder(), PurgeRecorder()
    purge_urls(settings, first.url, second.url)
    keys = {f"article:{number}" for number in range(KEYS_PER_REQUEST + 5)}
    purge(keys)
    varnish_queue.flush()
    for varnish in (first, second):
        assert len(varnish.purges) == 2
        assert {key for header in varnish.purges for key in header.split()} == keys
    first.httpd.shutdown()
    second.httpd.shutdown()


def test_the_caller_does_not_wait_for_varnish(settings):
    """The page cache is purged at once; Varnish later, by the queue's own thread, the keys unchanged."""
    varnish = PurgeRecorder()
    purge_urls(settings, varnish.url)
    before = pagecache.versions(["front"])
    purge({"front", "article:7"})
    assert pagecache.versions(["front"]) != before
    assert varnish.purges == []  # not before VARNISH_DELAY: every app process must see the new versions first
    varnish_queue.flush()
    assert varnish.purges == ["article:7 front"]
    varnish.httpd.shutdown()


def test_a_varnish_that_fails_is_logged_and_the_publish_goes_on(settings, caplog):
    """A refusing or unreachable Varnish is logged; the purge of the app's own cache still happens."""
    refusing = PurgeRecorder(status=403)
    purge_urls(settings, refusing.url, f"http://127.0.0.1:{free_port()}")
    before = pagecache.versions(["front"])
    with caplog.at_level(logging.ERROR, logger="krant.core.purge"):
        purge({"front"})
        assert pagecache.versions(["front"]) != before
        varnish_queue.flush()
    messages = [record.getMessage() for record in caplog.records]
    assert any("refused" in message and "403" in message for message in messages)
    assert any("could not be purged" in message for message in messages)
    refusing.httpd.shutdown()


STORES = [
    pytest.param({}, id="embedded"),
    pytest.param(
        {"KRANT_REDIS_URL": redis_url("live")},  # the page cache's own Redis database in the tests
        id="redis",
        marks=pytest.mark.skipif(not redis_available("live"), reason=NEEDS_REDIS),
    ),
]


def all_show(url: str, text: str, times: int = 12) -> bool:
    """Return whether `times` requests, each on a new connection (so spread over the workers), show `text`."""
    return all(text.encode() in fetch(url)[2] for _ in range(times))


@pytest.mark.parametrize("store", STORES)
def test_a_publish_in_another_process_reaches_every_worker(store, tmp_path):
    """Two server workers and the scheduler share the store: an edit published by another process shows
    on every worker, and so does an embargoed article the scheduler publishes, with no stale page after."""
    if store:
        empty("live")  # entries of an earlier run
    tree = make_site()
    story = make_article(tree.binnenland, "Dijk bij Zandmeer versterkt")
    embargoed = make_article(tree.binnenland, "Onder embargo", published=False)
    embargoed.go_live_at = timezone.now() + timedelta(seconds=4)
    embargoed.save_revision().publish()
    environment = krant_environment(
        tmp_path,
        KRANT_DATABASE_URL=database_url(),
        KRANT_SECRET_KEY="s" * 50,
        KRANT_SCHEDULER_INTERVAL="1",
        **store,
    )
    if store:  # Redis brings the RQ apps, whose tables the test database lacks
        subprocess.run([sys.executable, "-m", "krant", "migrate", "-v0"], env=environment, check=True)  # noqa: S603
    with serving("serve", "--workers", "2", "--no-worker", environment=environment) as base:
        url = base + story.url
        assert all_show(url, "Dijk bij Zandmeer versterkt")
        assert fetch(url)[1]["X-Cache"] == "hit"
        script = (
            "from krant.news.models import ArticlePage\n"
            f"article = ArticlePage.objects.get(pk={story.pk})\n"
            "article.title = 'Dijk bij Zandmeer nog hoger'\n"
            "article.save_revision().publish()\n"
        )
        subprocess.run([sys.executable, "-m", "krant", "shell", "-c", script], env=environment, check=True)  # noqa: S603
        wait_until(lambda: all_show(url, "Dijk bij Zandmeer nog hoger"), "every worker to show the edit", 10)
        assert all_show(base + "/", "Dijk bij Zandmeer nog hoger", times=20)
        wait_until(lambda: all_show(base + "/", "Onder embargo"), "the scheduled article on every worker", 30)
        assert all_show(base + tree.binnenland.url, "Onder embargo", times=20)
