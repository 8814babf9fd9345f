"""The newsletters' part of the scheduler round (krant.core.scheduler.JOBS): cheap when nothing is due."""

import logging
from datetime import date, datetime, timedelta

from django.core.cache import cache
from django.utils import timezone

from krant.newsletters import delivery, services
from krant.newsletters.models import Edition, Kind, NewsletterList

logger = logging.getLogger(__name__)

# A scheduled letter still goes out this long after its time (the server was down, say); later it is
# skipped: a morning letter in the evening would be old news.
GRACE = timedelta(hours=3)
TASK_RESULTS_KEPT = timedelta(days=7)
HOUSEKEEPING_EVERY = 3600  # seconds


def send_due_newsletters() -> None:
    """Build and queue the daily and weekly editions that are due; take back batches of dead workers."""
    now = timezone.now()
    for newsletter in NewsletterList.objects.filter(is_active=True, kind__in=[Kind.DAILY, Kind.WEEKLY]):
        issue_date = due_issue_date(newsletter, now)
        if issue_date is not None:
            send_scheduled_edition(newsletter, issue_date, now)
    delivery.recover_abandoned_batches()
    delivery.resume_stalled_editions()
    if cache.add("krant:newsletters:housekeeping", 1, HOUSEKEEPING_EVERY):
        services.forget_unconfirmed_subscribers(now)
        prune_task_results(now)


def due_issue_date(newsletter: NewsletterList, now: datetime) -> date | None:
    """Return the day whose edition is due now (Dutch time), or None outside the send window."""
    if newsletter.send_time is None:
        return None
    zone = timezone.get_default_timezone()  # Europe/Amsterdam, whatever a request activated
    day = timezone.localtime(now, zone).date()
    if newsletter.kind == Kind.WEEKLY and day.weekday() != newsletter.weekday:
        return None
    scheduled = timezone.make_aware(datetime.combine(day, newsletter.send_time), zone)
    if not scheduled <= now < scheduled + GRACE:
        return None
    if newsletter.created_at > scheduled:
        return None  # a list made after today's time starts tomorrow, not at once
    return day


def send_scheduled_edition(newsletter: NewsletterList, issue_date: date, now: datetime) -> Edition | None:
    if Edition.objects.filter(newsletter=newsletter, issue_date=issue_date, article__isnull=True).exists():
        return None
    empty_key = f"krant:newsletters:empty:{newsletter.pk}:{issue_date.isoformat()}"
    if cache.get(empty_key):
        return None
    try:
        edition = services.build_scheduled_edition(newsletter, issue_date, now)
    except services.AlreadySent:
        return None  # another scheduler was first
    if edition is None:
        logger.info("Newsletter %s: nothing to send for %s", newsletter.slug, issue_date)
        cache.set(empty_key, 1, int(GRACE.total_seconds()))
        return None
    queued = services.send_edition(edition)
    logger.info("Newsletter %s: edition %s queued for %s addresses", newsletter.slug, edition.pk, queued)
    return edition


def prune_task_results(now: datetime) -> int:
    """Delete the newsletter worker's finished task records after a week (database queue only)."""
    from django_tasks import task_backends
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task_backends["newsletters"], DatabaseBackend):
        return 0
    finished = DBTaskResult.objects.finished().filter(
        backend_name="newsletters", finished_at__lt=now - TASK_RESULTS_KEPT
    )
    deleted, _ = finished.delete()
    return deleted
