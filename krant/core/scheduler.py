"""Scheduled work without cron: `krant serve` runs this loop in a process of its own.

Each job in JOBS runs every round and decides itself what is due, so a job must be cheap when nothing is.
"""

import logging
import signal
import threading
from contextlib import contextmanager

from django.core.management import call_command
from django.db import close_old_connections
from django.utils.module_loading import import_string
from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger(__name__)


def publish_due_pages() -> None:
    """Publish what is due and unpublish what has expired (Wagtail's go-live and expiry times)."""
    with logged_publishing():
        call_command("publish_scheduled", verbosity=0)


@contextmanager
def logged_publishing():
    """Log a line for each page published or unpublished in this block.

    The desk must be able to see when an embargo was lifted: Wagtail's command says nothing at
    verbosity 0 and gives no per-page result, but its signals name every page.
    """

    def on_published(sender, instance, **kwargs):
        logger.info("Scheduler published page %s %r (%s)", instance.pk, instance.title, describe(sender))

    def on_unpublished(sender, instance, **kwargs):
        logger.info("Scheduler unpublished page %s %r (%s)", instance.pk, instance.title, describe(sender))

    page_published.connect(on_published)
    page_unpublished.connect(on_unpublished)
    try:
        yield
    finally:
        page_published.disconnect(on_published)
        page_unpublished.disconnect(on_unpublished)


def describe(model) -> str:
    return model._meta.label_lower


JOBS = [
    "krant.core.scheduler.publish_due_pages",
    "krant.othermedia.services.fetch_due_feeds",
    "krant.tvguide.services.import_due_sources",
    "krant.newsletters.jobs.send_due_newsletters",
    "krant.push.delivery.resume_stalled",
    "krant.community.reply_mails.queue_due_mails",
    "krant.news.readership.refresh_ranking",
    "krant.liveblogs.services.close_due_liveblogs",
    "krant.banner.services.end_due_banners",
    "krant.weather.services.fetch_due_weather",
    "krant.weather.services.announce_due_warnings",
    "krant.scores.services.fetch_due_scores",
    "krant.games.services.generate_due_puzzles",
    "krant.shop.services.import_due_partners",
    "krant.predictions.services.score_due_matches",
    "krant.api.tokens.forget_expired_keys",
    # The only place the web site's processes import scikit-learn: the scheduler's own process.
    "krant.community.training.retrain_when_due",
]


def run_due_jobs() -> None:
    """Run every job once; one failing job must not keep the others from running."""
    for dotted in JOBS:
        try:
            import_string(dotted)()
        except Exception:
            logger.exception("Scheduled job %s failed; retrying next round", dotted)


def run_forever(interval: int, stop: threading.Event | None = None) -> None:
    """Run the due jobs every `interval` seconds until `stop` is set or SIGTERM arrives."""
    stop = stop or threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    while not stop.is_set():
        close_old_connections()  # a long-lived process must not keep a broken connection
        run_due_jobs()
        stop.wait(interval)
