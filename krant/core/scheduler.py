"""Scheduled publishing without cron: `krant serve` runs this loop in a process of its own."""

import logging
import signal
import threading

from django.core.management import call_command
from django.db import close_old_connections

logger = logging.getLogger(__name__)


def publish_due_pages() -> None:
    """Publish what is due and unpublish what has expired (Wagtail's go-live and expiry times)."""
    call_command("publish_scheduled", verbosity=0)


def run_forever(interval: int, stop: threading.Event | None = None) -> None:
    """Call publish_due_pages every `interval` seconds until `stop` is set or SIGTERM arrives."""
    stop = stop or threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    while not stop.is_set():
        close_old_connections()  # a long-lived process must not keep a broken connection
        try:
            publish_due_pages()
        except Exception:
            # A database hiccup must not end scheduled publishing; try again next round.
            logger.exception("Scheduled publishing failed; retrying in %s s", interval)
        stop.wait(interval)
