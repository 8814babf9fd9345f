"""Sending an edition in batches, at most once per address, whatever happens to the worker.

The rules that make "never twice" hold (see docs/decisions/2026-11-29-newsletters.md):

1. A worker claims a batch: in one committed transaction its deliveries go from 'pending' to 'sending'
   under a Batch row that names the process (host:pid) and a lease.
2. It sends them one by one in id order, and writes each outcome ('sent', 'bounced' ...) right after the
   server's answer, before the next recipient; the write only counts if the row is still 'sending' in
   this batch. So at any moment at most one delivery of a batch is between "handed to the server" and
   "written down": the first one still 'sending'.
3. A batch whose process has died (or whose lease ran out) is taken back: its first 'sending' delivery
   becomes 'uncertain' (it may have arrived; it is not sent again), the rest go back to 'pending'.
   If the worker was only slow, its next write finds the row taken back and it stops.
"""

import logging
import math
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.utils import timezone

from krant.newsletters.mailer import EditionMessage, Outcome, Result, TransportUnavailable, open_transport
from krant.newsletters.models import (
    Batch,
    Delivery,
    DeliveryStatus,
    Edition,
    EditionStatus,
    Subscriber,
    Subscription,
    SubscriptionStatus,
)

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 500
MAX_BATCH_SIZE = 10_000
LEASE = timedelta(minutes=5)
RENEW_EVERY = 60  # seconds between lease renewals while a batch is being sent
MAX_ATTEMPTS = 5
RETRY_DELAYS = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1)]
STALL = timedelta(minutes=15)  # a sending edition without a claim this long gets its batches queued again
UPDATE_CHUNK = 900  # ids per UPDATE ... WHERE id IN (...): well within every database's limit
MARK_SENT_SQL = (
    "UPDATE {table} SET status = %s, sent_at = %s, attempts = %s, last_error = '' "
    "WHERE id = %s AND batch_id = %s AND status = %s"
)


def batch_size_setting() -> int:
    """Return the configured addresses per batch (setting NEWSLETTERS_BATCH_SIZE, default 500)."""
    return getattr(settings, "NEWSLETTERS_BATCH_SIZE", DEFAULT_BATCH_SIZE)


def retry_delay(attempts: int) -> timedelta:
    return RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]


def holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def holder_is_gone(holder: str) -> bool:
    """Return whether the process that claimed a batch has certainly ended (only knowable on this host)."""
    host, _, pid_text = holder.rpartition(":")
    if host != socket.gethostname() or not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    pid = int(pid_text)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, under another user
    try:  # ended but not yet reaped by its parent (a zombie) counts as ended
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state in ("Z", "X")


# --- Queueing ---------------------------------------------------------------------------------------


def enqueue_batches(edition_id: int, batch_size: int, count: int, run_after: datetime | None = None) -> int:
    """Queue `count` batch tasks for an edition; return how many were queued.

    A task claims whatever is due when it runs, so a task too many finds nothing and ends.
    """
    from krant.newsletters.tasks import send_batch

    task = send_batch
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return 0  # the scheduler queues it when due (resume_stalled_editions)
        task = task.using(run_after=run_after)
    for _ in range(count):
        task.enqueue(edition_id, batch_size)
    return count


def batches_for(count: int, batch_size: int) -> int:
    return math.ceil(count / batch_size) if count else 0


# --- Claiming ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    delivery_id: int
    subscriber_id: int
    email: str
    key: str
    attempts: int


def claim_batch(edition: Edition, size: int) -> tuple[Batch, list[Recipient]] | None:
    """Claim up to `size` due deliveries of an edition for this process; None when nothing is due.

    Deliveries whose subscriber has unsubscribed or bounced since the edition was queued are marked
    'skipped' on the way.
    """
    confirmed = Subscription.objects.filter(
        subscriber_id=OuterRef("subscriber_id"),
        newsletter_id=edition.newsletter_id,
        status=SubscriptionStatus.CONFIRMED,
    )
    while True:
        now = timezone.now()
        with transaction.atomic():
            due = (
                Delivery.objects.filter(edition_id=edition.pk, status=DeliveryStatus.PENDING)
                .filter(Q(retry_after__isnull=True) | Q(retry_after__lte=now))
                .order_by("id")
            )
            if connection.features.has_select_for_update_skip_locked:
                # PostgreSQL: workers claim different rows side by side. SQLite has no row locks; its
                # transactions take the write lock at the start (IMMEDIATE), so claims take turns.
                due = due.select_for_update(skip_locked=True, of=("self",))
            fields = ["id", "subscriber_id", "subscriber__email", "subscriber__key", "attempts", "wanted"]
            wanted = Exists(confirmed) & Q(subscriber__bounced_at__isnull=True)
            rows = list(due.annotate(wanted=wanted).values_list(*fields)[:size])
            if not rows:
                return None
            update_in_chunks([row[0] for row in rows if not row[5]], status=DeliveryStatus.SKIPPED)
            recipients = [Recipient(*row[:5]) for row in rows if row[5]]
            if recipients:
                batch = Batch.objects.create(
                    edition_id=edition.pk, holder=holder_id(), lease_until=now + LEASE
                )
                ids = [recipient.delivery_id for recipient in recipients]
                update_in_chunks(ids, status=DeliveryStatus.SENDING, batch=batch)
                return batch, recipients


def update_in_chunks(ids: list[int], **values) -> int:
    return sum(
        Delivery.objects.filter(pk__in=ids[start : start + UPDATE_CHUNK]).update(**values)
        for start in range(0, len(ids), UPDATE_CHUNK)
    )


# --- Sending a batch ---------------------------------------------------------------------------------


def send_batch(edition_id: int, batch_size: int) -> dict:
    """Claim one batch of an edition and send it; return counts per outcome (the task's result)."""
    recover_abandoned_batches()
    edition = Edition.objects.select_related("newsletter").filter(pk=edition_id).first()
    if edition is None or edition.status != EditionStatus.SENDING:
        return {}
    claimed = claim_batch(edition, batch_size)
    if claimed is None:
        finish_edition_if_done(edition.pk)
        return {}
    batch, recipients = claimed
    run = BatchRun(edition, batch, recipients)
    counts = run.run()
    if run.retry_at is not None:
        enqueue_batches(edition.pk, edition.batch_size, 1, run_after=run.retry_at)
    finish_edition_if_done(edition.pk)
    return counts


class BatchRun:
    """Send the claimed deliveries of one batch, writing each outcome before the next recipient."""

    def __init__(self, edition: Edition, batch: Batch, recipients: list[Recipient]):
        self.edition = edition
        self.batch = batch
        self.recipients = recipients
        self.counts: dict[str, int] = {}
        self.retry_at: datetime | None = None
        self.in_flight: Recipient | None = None
        self.renewed = time.monotonic()

    def run(self) -> dict:
        try:
            message = EditionMessage(self.edition)
            with open_transport() as transport:
                for recipient in self.recipients:
                    if not self.keep_lease():
                        break
                    data = message.for_recipient(recipient.subscriber_id, recipient.email, recipient.key)
                    self.in_flight = recipient
                    result = transport.send(message.sender, recipient.email, data)
                    kept = self.record(recipient, result)
                    self.in_flight = None
                    if not kept or result.stop:
                        break
        except TransportUnavailable as error:
            logger.warning(
                "Edition %s: mail server unavailable (%s); batch queued again", self.edition.pk, error
            )
            self.release(error=str(error), count_attempt=True)
        finally:
            # Whatever stopped the loop: the one possibly on its way is uncertain, the rest wait again.
            if self.in_flight is not None:
                self.record(self.in_flight, Result(Outcome.UNCERTAIN, "the worker stopped while sending"))
            self.release()
            Batch.objects.filter(pk=self.batch.pk, finished_at__isnull=True).update(
                finished_at=timezone.now()
            )
        return self.counts

    def keep_lease(self) -> bool:
        """Renew the batch's lease now and then; return False once it was taken back from this process."""
        if time.monotonic() - self.renewed < RENEW_EVERY:
            return True
        self.renewed = time.monotonic()
        return bool(
            Batch.objects.filter(pk=self.batch.pk, finished_at__isnull=True).update(
                lease_until=timezone.now() + LEASE
            )
        )

    def record(self, recipient: Recipient, result: Result) -> bool:
        """Write a recipient's outcome; return False if the delivery was no longer this batch's."""
        now = timezone.now()
        attempts = recipient.attempts + 1
        outcome = result.outcome
        if outcome == Outcome.SENT:
            changed = self.mark_sent(recipient.delivery_id, attempts, now)
            if changed:
                self.counts[outcome] = self.counts.get(outcome, 0) + 1
            return bool(changed)
        mine = Delivery.objects.filter(
            pk=recipient.delivery_id, batch_id=self.batch.pk, status=DeliveryStatus.SENDING
        )
        if outcome == Outcome.RETRY:
            give_up = attempts >= MAX_ATTEMPTS
            retry_at = None if give_up else now + retry_delay(attempts)
            changed = mine.update(
                status=DeliveryStatus.FAILED if give_up else DeliveryStatus.PENDING,
                batch=None,
                attempts=attempts,
                retry_after=retry_at,
                last_error=result.detail,
            )
            if changed and retry_at is not None:
                self.retry_at = min(self.retry_at or retry_at, retry_at)
            outcome = Outcome.FAILED if give_up else outcome
        elif outcome == Outcome.BOUNCED:
            with transaction.atomic():
                changed = mine.update(
                    status=DeliveryStatus.BOUNCED, attempts=attempts, last_error=result.detail
                )
                if changed:
                    Subscriber.objects.filter(pk=recipient.subscriber_id, bounced_at__isnull=True).update(
                        bounced_at=now, bounce_reason=result.detail
                    )
        elif outcome == Outcome.UNCERTAIN:
            changed = mine.update(
                status=DeliveryStatus.UNCERTAIN, attempts=attempts, last_error=result.detail
            )
            if changed:
                logger.warning(
                    "Edition %s, delivery %s: uncertain whether it arrived (%s); not sent again",
                    self.edition.pk,
                    recipient.delivery_id,
                    result.detail,
                )
        else:
            changed = mine.update(status=DeliveryStatus.FAILED, attempts=attempts, last_error=result.detail)
        if changed:
            self.counts[outcome] = self.counts.get(outcome, 0) + 1
        return bool(changed)

    def mark_sent(self, delivery_id: int, attempts: int, now: datetime) -> int:
        """The write after every 250, in plain SQL: it runs once per message, and building an ORM
        query each time cost more than the write itself. The rarer outcomes use the ORM."""
        params = [
            DeliveryStatus.SENT.value,
            connection.ops.adapt_datetimefield_value(now),
            attempts,
            delivery_id,
            self.batch.pk,
            DeliveryStatus.SENDING.value,
        ]
        with connection.cursor() as cursor:
            cursor.execute(
                MARK_SENT_SQL.format(table=connection.ops.quote_name(Delivery._meta.db_table)), params
            )
            return cursor.rowcount

    def release(self, error: str = "", count_attempt: bool = False) -> None:
        """Put this batch's deliveries that were not tried back in the queue, to be tried again soon."""
        left = list(
            Delivery.objects.filter(batch_id=self.batch.pk, status=DeliveryStatus.SENDING).values_list(
                "id", "attempts"
            )
        )
        if not left:
            return
        now = timezone.now()
        retry_at = now + RETRY_DELAYS[0]
        if count_attempt:
            # Nobody got anything; every address counts the attempt, so a server that stays away
            # ends in 'failed' after MAX_ATTEMPTS instead of retrying for ever.
            for attempts in {attempts for _, attempts in left}:
                ids = [pk for pk, tried in left if tried == attempts]
                give_up = attempts + 1 >= MAX_ATTEMPTS
                update_in_chunks(
                    ids,
                    status=DeliveryStatus.FAILED if give_up else DeliveryStatus.PENDING,
                    batch=None,
                    attempts=attempts + 1,
                    retry_after=now + retry_delay(attempts + 1),
                    last_error=error[:255],
                )
                if not give_up:
                    retry_at = max(retry_at, now + retry_delay(attempts + 1))
        else:
            update_in_chunks(
                [pk for pk, _ in left], status=DeliveryStatus.PENDING, batch=None, retry_after=retry_at
            )
        self.retry_at = min(self.retry_at or retry_at, retry_at)


# --- Finishing and recovering -------------------------------------------------------------------------


def delivery_counts(edition_id: int) -> dict[str, int]:
    rows = Delivery.objects.filter(edition_id=edition_id).values("status").annotate(n=Count("id"))
    return {row["status"]: row["n"] for row in rows}


def edition_counts(edition: Edition) -> dict[str, int]:
    """Return an edition's deliveries per status: stored once it is sent, counted while sending."""
    if edition.status == EditionStatus.SENT and edition.counts:
        return edition.counts
    return delivery_counts(edition.pk)


def finish_edition_if_done(edition_id: int) -> bool:
    """Mark a sending edition sent once no delivery is waiting or on its way; store its counts."""
    open_statuses = [DeliveryStatus.PENDING, DeliveryStatus.SENDING]
    if Delivery.objects.filter(edition_id=edition_id, status__in=open_statuses).exists():
        return False
    return bool(
        Edition.objects.filter(pk=edition_id, status=EditionStatus.SENDING).update(
            status=EditionStatus.SENT, finished_at=timezone.now(), counts=delivery_counts(edition_id)
        )
    )


def recover_abandoned_batches() -> int:
    """Take back the batches of workers that died or stopped renewing; return how many."""
    now = timezone.now()
    open_batches = Batch.objects.filter(finished_at__isnull=True).only("pk", "holder", "lease_until")
    return sum(
        recover_batch(batch.pk)
        for batch in open_batches
        if batch.lease_until <= now or holder_is_gone(batch.holder)
    )


def recover_batch(batch_id: int) -> bool:
    """Mark the delivery a dead worker may have been sending 'uncertain'; queue the rest again."""
    with transaction.atomic():
        batch = Batch.objects.select_for_update().select_related("edition").filter(pk=batch_id).first()
        if batch is None or batch.finished_at is not None:
            return False
        # Locked, so a worker that is only slow cannot mark one of these sent in between: its next
        # write finds the row changed and it stops.
        open_ids = list(
            Delivery.objects.select_for_update()
            .filter(batch_id=batch.pk, status=DeliveryStatus.SENDING)
            .order_by("id")
            .values_list("id", flat=True)
        )
        if open_ids:
            Delivery.objects.filter(pk=open_ids[0]).update(
                status=DeliveryStatus.UNCERTAIN,
                last_error="the worker stopped while this was being sent; not sent again",
            )
            update_in_chunks(open_ids[1:], status=DeliveryStatus.PENDING, batch=None)
            logger.warning(
                "Edition %s: batch %s of %s taken back; delivery %s uncertain, %s queued again",
                batch.edition_id,
                batch.pk,
                batch.holder,
                open_ids[0],
                len(open_ids) - 1,
            )
        batch.finished_at = timezone.now()
        batch.recovered = True
        batch.save(update_fields=["finished_at", "recovered"])
        edition = batch.edition
        count = batches_for(len(open_ids) - 1, edition.batch_size) if open_ids else 0
        transaction.on_commit(lambda: enqueue_batches(edition.pk, edition.batch_size, count))
    finish_edition_if_done(batch.edition_id)
    return True


def resume_stalled_editions() -> int:
    """Queue batches again for sending editions nobody has claimed from for a while; return how many.

    A safety net for tasks that were lost (a queue emptied, a process that died between commit and
    queueing): a task too many finds nothing to claim and ends.
    """
    now = timezone.now()
    resumed = 0
    for edition in Edition.objects.filter(status=EditionStatus.SENDING, started_at__lte=now - STALL):
        last_claim = edition.batches.aggregate(last=Max("claimed_at"))["last"]
        if last_claim is not None and last_claim > now - STALL:
            continue
        due = Delivery.objects.filter(edition_id=edition.pk, status=DeliveryStatus.PENDING).filter(
            Q(retry_after__isnull=True) | Q(retry_after__lte=now)
        )
        count = due.count()
        if (
            count
            and not tasks_waiting(edition.pk)
            and cache.add(f"krant:newsletters:resumed:{edition.pk}", 1, int(STALL.total_seconds()))
        ):
            logger.warning(
                "Edition %s: no batch claimed for %s; %s deliveries queued again", edition.pk, STALL, count
            )
            resumed += enqueue_batches(edition.pk, edition.batch_size, batches_for(count, edition.batch_size))
        finish_edition_if_done(edition.pk)
    return resumed


def tasks_waiting(edition_id: int) -> bool:
    """Return whether the database queue still holds a batch task of this edition (no worker yet).

    Only the database queue can be asked cheaply; with RQ this says False and the edition is queued
    again, which is harmless: a task too many finds nothing to claim.
    """
    from django_tasks import task_backends
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task_backends["newsletters"], DatabaseBackend):
        return False
    waiting = DBTaskResult.objects.filter(
        backend_name="newsletters", status__in=["READY"], args_kwargs__args__0=edition_id
    )
    return waiting.exists()
