"""Purging: after a change readers can see commits, the pages that show it are dropped everywhere.

`purge(keys)` is the one way to do it. It waits for the transaction to commit (a page rendered before the
commit must not be stored as fresh), then gives the keys new versions in the shared store (krant's page
cache, every process) and, a moment later and from a thread of its own, asks each Varnish in
KRANT_PURGE_URLS to drop the objects tagged with them (`PURGE /` with `xkey-purge`, the xkey vmod;
deploy/varnish/krant.vcl). Which keys a change purges is
decided by the receivers of the app that owns the content (news, authors, core, othermedia).
"""

import atexit
import http.client
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from krant.core import pagecache

logger = logging.getLogger(__name__)

VARNISH_TIMEOUT = 2  # seconds per server: a slow Varnish must not hold up the editor's publish
KEYS_PER_REQUEST = 100  # keeps the xkey-purge header well under Varnish's 8 KiB header limit
# Varnish is purged only once every app process has seen the new versions (each rereads the purge token
# within CHECK_SECONDS), or a Varnish miss right after the purge could fetch, and keep, the old page.
VARNISH_DELAY = 2 * pagecache.CHECK_SECONDS
VARNISH_TICK = 0.5  # purges due within the same half second go to Varnish together (a burst of comments)


def purge(keys: Iterable[str]) -> None:
    """Drop every cached page showing the content named by `keys`, once the transaction commits."""
    keys = frozenset(keys)
    if keys:
        transaction.on_commit(lambda: purge_now(keys))


def purge_now(keys: Iterable[str]) -> None:
    """Drop the cached pages of `keys` now in the page cache; in every Varnish a moment later."""
    keys = sorted(set(keys))
    pagecache.bump(keys)
    logger.debug("Purged %s", " ".join(keys))
    if settings.CONFIG.purge_urls:
        varnish_queue.add(keys)


class VarnishQueue:
    """This process's purges for Varnish, sent by a thread of their own once VARNISH_DELAY has passed.

    No request waits for them (an editor's publish, or each of a burst of comments, would hold a server
    thread for the delay), and the keys of everything due at once go out together. Pending purges are
    sent when the process exits, so a command that publishes purges Varnish before it ends.
    """

    def __init__(self):
        self.condition = threading.Condition()
        self.batches: deque[tuple[float, list[str]]] = deque()  # (due, keys), oldest first
        self.thread: threading.Thread | None = None
        self.sending = 0  # batches taken from the queue and not yet answered by every Varnish

    def add(self, keys: list[str]) -> None:
        with self.condition:
            due = math.ceil((time.monotonic() + VARNISH_DELAY) / VARNISH_TICK) * VARNISH_TICK
            self.batches.append((due, keys))
            if self.thread is None or not self.thread.is_alive():  # none yet, or not in a forked worker
                self.thread = threading.Thread(target=self.run, name="krant-varnish-purge", daemon=True)
                self.thread.start()
            self.condition.notify_all()

    def run(self) -> None:
        while True:
            with self.condition:
                self.condition.wait_for(lambda: self.batches)
            self.send_due(wait=True)

    def send_due(self, wait: bool) -> None:
        """Send every batch that is due, after waiting for the oldest one when `wait`."""
        with self.condition:
            if not self.batches:
                return
            delay = self.batches[0][0] - time.monotonic()
        if wait and delay > 0:
            time.sleep(delay)
        keys: set[str] = set()
        with self.condition:
            now = time.monotonic()
            while self.batches and self.batches[0][0] <= now:
                keys.update(self.batches.popleft()[1])
            self.sending += 1
        try:
            send_to_varnish(sorted(keys))
        finally:
            with self.condition:
                self.sending -= 1
                self.condition.notify_all()

    def flush(self) -> None:
        """Return once everything pending has been sent, each batch when due: at exit, and for callers
        that must know (tests)."""
        while True:
            with self.condition:
                if not self.batches:
                    self.condition.wait_for(lambda: not self.sending or self.batches)
                    if not self.batches:
                        return
            self.send_due(wait=True)


def send_to_varnish(keys: list[str]) -> None:
    for url in settings.CONFIG.purge_urls:
        for start in range(0, len(keys), KEYS_PER_REQUEST):
            purge_varnish(url, keys[start : start + KEYS_PER_REQUEST])


varnish_queue = VarnishQueue()
atexit.register(varnish_queue.flush)


def purge_varnish(url: str, keys: list[str]) -> bool:
    """Ask the Varnish at `url` to drop the objects tagged with `keys`; log a failure, never raise it.

    Our own servers, named in the configuration: not an outside address, so not through core.fetch.
    """
    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = kind(parts.hostname, parts.port, timeout=VARNISH_TIMEOUT)
    try:
        connection.request("PURGE", "/", headers={"xkey-purge": " ".join(keys)})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            logger.error("Varnish at %s refused the purge of %s: HTTP %s", url, keys, response.status)
            return False
        return True
    except OSError as error:
        logger.error("Varnish at %s could not be purged (%s): %s stay cached there", url, error, keys)
        return False
    finally:
        connection.close()
