"""Sending a push alert in batches, at most once per browser or device, whatever happens to the worker.

The rules (the newsletters' sender's, krant/newsletters/delivery.py, with one more state per message):

1. A worker claims a batch: in one committed transaction its dispatches go from 'pending' to 'claimed'
   under a Batch row naming the process (host:pid) and a lease.
2. Before a message is handed to the push service (or a group of tokens to the app adapter), its row
   goes 'claimed' -> 'handed'; right after the answer, 'handed' -> the outcome. Both writes only count
   while the row is still this batch's, so a worker whose batch was taken back stops.
3. A batch whose process is gone or whose lease ran out is taken back: 'handed' rows become 'uncertain'
   (they may have arrived; never sent again), 'claimed' rows go back to 'pending' for the next task.

So a rerun after a kill resumes with what was never handed, and nothing is sent twice. 404 and 410 from
a push service mean the subscription has ended: its recipient is deleted. A 429, a 5xx or no connection
is tried again later, at most MAX_ATTEMPTS times; any other answer fails the message.
"""

import json
import logging
import math
import time
from datetime import datetime, timedelta

import requests
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Count, Q
from django.utils import timezone
from pywebpush import WebPushException, webpush
from requests_hardened.ip_filter import InvalidIPAddress
from urllib3.exceptions import NameResolutionError, NewConnectionError

from krant.core.fetch import Limits, session_for
from krant.newsletters.delivery import holder_id, holder_is_gone
from krant.push import keys
from krant.push.adapters import AppToken, Message, Outcome, app_adapter
from krant.push.models import Batch, Delivery, DeliveryStatus, Dispatch, DispatchStatus, Platform, Recipient
from krant.push.services import absolute

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 500
LEASE = timedelta(minutes=5)
RENEW_EVERY = 60  # seconds
MAX_ATTEMPTS = 4
RETRY_DELAYS = [timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15)]
STALL = timedelta(minutes=10)
TTL = 4 * 3600  # seconds a push service keeps an undelivered alert: news older than that is no alert
TIMEOUT = (5, 10)  # connect, read
OPEN = [DispatchStatus.PENDING, DispatchStatus.CLAIMED, DispatchStatus.HANDED]


def batch_size_setting() -> int:
    return getattr(settings, "PUSH_BATCH_SIZE", DEFAULT_BATCH_SIZE)


def batches_for(count: int, size: int) -> int:
    return math.ceil(count / size) if count else 0


def enqueue_batches(delivery_id: int, size: int, count: int, run_after: datetime | None = None) -> int:
    """Queue `count` batch tasks; a task too many finds nothing to claim and ends."""
    from krant.push.tasks import send_batch  # the task module imports this one

    task = send_batch
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return 0  # the scheduler's round queues it when due (resume_stalled)
        task = task.using(run_after=run_after)
    for _ in range(count):
        task.enqueue(delivery_id, size)
    return count


# --- One message --------------------------------------------------------------------------------------


def vapid_subject() -> str:
    """The contact a push service may use about our pushes (RFC 8292 'sub'): the site, or its mail."""
    base = getattr(settings, "BASE_URL", "")
    return base if base.startswith("https://") else f"mailto:{settings.DEFAULT_FROM_EMAIL}"


def push_session() -> requests.Session:
    """A session through krant's address fence: an endpoint is a stranger's address (krant.core.fetch)."""
    session = session_for(Limits(allow_private=settings.PUSH_LOCAL_ENDPOINTS))
    session.max_redirects = 0  # a push service answers; it does not send us elsewhere
    return session


def payload(message: Message) -> str:
    data = {"title": message.title, "body": message.body, "url": message.url, "tag": message.item_key}
    return json.dumps(data, ensure_ascii=False)


def never_connected(error: requests.RequestException) -> bool:
    """Whether the request certainly never reached the service (so trying again cannot send twice)."""
    if isinstance(error, requests.ConnectTimeout):
        return True
    reason = getattr(error.args[0], "reason", None) if error.args else None
    return isinstance(reason, NewConnectionError | NameResolutionError)


def send_web(session: requests.Session, recipient: Recipient, data: str) -> tuple[Outcome | str, str]:
    """Push one message, encrypted (RFC 8291, aes128gcm) and signed (VAPID); return (outcome, detail)."""
    try:
        webpush(
            recipient.subscription_info,
            data=data,
            vapid_private_key=keys.vapid(),
            vapid_claims={"sub": vapid_subject()},  # a new dict each time: pywebpush adds 'aud' and 'exp'
            ttl=TTL,
            timeout=TIMEOUT,
            headers={"Urgency": "high"},
            requests_session=session,
        )
    except WebPushException as error:
        status = error.response.status_code if error.response is not None else None
        detail = f"{status} {getattr(error.response, 'reason', '')}".strip()
        if status in (404, 410):
            return Outcome.EXPIRED, detail
        if status == 429 or (status is not None and status >= 500):
            return Outcome.RETRY, detail
        return Outcome.FAILED, detail
    except InvalidIPAddress as error:
        return Outcome.FAILED, f"address refused: {error}"
    except requests.TooManyRedirects:
        return Outcome.FAILED, "the push service redirected"
    except requests.RequestException as error:
        if never_connected(error):
            return Outcome.RETRY, type(error).__name__
        # It may have arrived (the connection broke after the message went out): never again.
        return DispatchStatus.UNCERTAIN, type(error).__name__
    return Outcome.SENT, ""


# --- A batch ------------------------------------------------------------------------------------------


def claim_batch(sent: Delivery, size: int) -> tuple[Batch, list[Dispatch]] | None:
    now = timezone.now()
    with transaction.atomic():
        due = (
            Dispatch.objects.filter(delivery_id=sent.pk, status=DispatchStatus.PENDING)
            .filter(Q(retry_after__isnull=True) | Q(retry_after__lte=now))
            .order_by("id")
        )
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True, of=("self",))
        ids = list(due.values_list("id", flat=True)[:size])
        if not ids:
            return None
        batch = Batch.objects.create(delivery_id=sent.pk, holder=holder_id(), lease_until=now + LEASE)
        Dispatch.objects.filter(pk__in=ids).update(status=DispatchStatus.CLAIMED, batch=batch)
    rows = Dispatch.objects.filter(batch=batch).select_related("recipient").order_by("id")
    return batch, list(rows)


def send_batch(delivery_id: int, size: int) -> dict:
    """Claim one batch of a delivery and send it; return counts per outcome (the task's result)."""
    recover_abandoned_batches()
    sent = Delivery.objects.filter(pk=delivery_id, status=DeliveryStatus.SENDING).first()
    if sent is None:
        return {}
    claimed = claim_batch(sent, size)
    if claimed is None:
        finish_if_done(sent.pk)
        return {}
    run = BatchRun(sent, *claimed)
    counts = run.run()
    if run.retry_at is not None:
        enqueue_batches(sent.pk, size, 1, run_after=run.retry_at)
    finish_if_done(sent.pk)
    return counts


class BatchRun:
    def __init__(self, sent: Delivery, batch: Batch, rows: list[Dispatch]):
        self.sent = sent
        self.batch = batch
        self.rows = rows
        self.counts: dict[str, int] = {}
        self.retry_at: datetime | None = None
        self.renewed = time.monotonic()
        self.message = Message(sent.title, sent.body, absolute(sent.url), sent.topic, sent.item_key)

    def mine(self, ids, status):
        return Dispatch.objects.filter(pk__in=ids, batch_id=self.batch.pk, status=status)

    def hand(self, ids: list[int]) -> bool:
        """Mark rows as on their way; False when the batch is no longer this worker's."""
        return self.keep_lease() and self.mine(ids, DispatchStatus.CLAIMED).update(
            status=DispatchStatus.HANDED
        ) == len(ids)

    def run(self) -> dict:
        try:
            web = [row for row in self.rows if row.platform == Platform.WEB and row.recipient is not None]
            apps = [row for row in self.rows if row.platform != Platform.WEB and row.recipient is not None]
            if self.send_web(web):
                self.send_apps(apps)
        finally:
            # What was never handed waits for the next task; what was handed keeps its state.
            self.mine([row.pk for row in self.rows], DispatchStatus.CLAIMED).update(
                status=DispatchStatus.PENDING, batch=None
            )
            Batch.objects.filter(pk=self.batch.pk, finished_at__isnull=True).update(
                finished_at=timezone.now()
            )
        return self.counts

    def send_web(self, rows: list[Dispatch]) -> bool:
        if not rows:
            return True
        data = payload(self.message)
        with push_session() as session:
            for row in rows:
                if not self.hand([row.pk]):
                    return False
                outcome, detail = send_web(session, row.recipient, data)
                if not self.record(row, outcome, detail):
                    return False
        return True

    def send_apps(self, rows: list[Dispatch]) -> None:
        adapter = app_adapter() if rows else None
        if adapter is None:
            return  # configured away since the send: they wait (and are retried) until it is back
        for start in range(0, len(rows), adapter.max_batch):
            group = rows[start : start + adapter.max_batch]
            if not self.hand([row.pk for row in group]):
                return
            tokens = [AppToken(row.platform, row.recipient.address) for row in group]
            try:
                answers = adapter.send(tokens, self.message)
            except Exception:
                logger.exception("Push delivery %s: the app adapter failed", self.sent.pk)
                for row in group:
                    self.record(row, DispatchStatus.UNCERTAIN, "the app adapter raised")
                continue
            for row in group:
                self.record(row, answers.get(row.recipient.address, Outcome.FAILED), "")

    def keep_lease(self) -> bool:
        if time.monotonic() - self.renewed < RENEW_EVERY:
            return True
        self.renewed = time.monotonic()
        return bool(
            Batch.objects.filter(pk=self.batch.pk, finished_at__isnull=True).update(
                lease_until=timezone.now() + LEASE
            )
        )

    def record(self, row: Dispatch, outcome: str, detail: str) -> bool:
        """Write a row's outcome; return False if the row was no longer this batch's."""
        now = timezone.now()
        attempts = row.attempts + 1
        mine = self.mine([row.pk], DispatchStatus.HANDED)
        values = {"attempts": attempts, "last_error": detail[:255]}
        if outcome == Outcome.SENT:
            values.update(status=DispatchStatus.SENT, sent_at=now)
        elif outcome == Outcome.EXPIRED:
            values.update(status=DispatchStatus.EXPIRED)
        elif outcome == Outcome.RETRY and attempts < MAX_ATTEMPTS:
            retry_at = now + RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]
            values.update(status=DispatchStatus.PENDING, batch=None, retry_after=retry_at)
            self.retry_at = min(self.retry_at or retry_at, retry_at)
        elif outcome == DispatchStatus.UNCERTAIN:
            values.update(status=DispatchStatus.UNCERTAIN)
        else:
            values.update(status=DispatchStatus.FAILED)
        with transaction.atomic():
            changed = mine.update(**values)
            if changed and outcome == Outcome.EXPIRED:
                # The browser or app unsubscribed, or the service forgot it: nothing to send to, ever.
                Recipient.objects.filter(pk=row.recipient_id).delete()
        if changed:
            counted = values["status"]
            self.counts[counted] = self.counts.get(counted, 0) + 1
        return bool(changed)


# --- Finishing and recovering -------------------------------------------------------------------------


def dispatch_counts(delivery_id: int) -> dict[str, int]:
    rows = Dispatch.objects.filter(delivery_id=delivery_id).values("status").annotate(n=Count("id"))
    return {row["status"]: row["n"] for row in rows}


def delivery_counts(sent: Delivery) -> dict[str, int]:
    """Return a delivery's dispatches per status: stored once it is done, counted while sending."""
    if sent.status == DeliveryStatus.SENT:
        return sent.counts
    return dispatch_counts(sent.pk)


def finish_if_done(delivery_id: int) -> bool:
    if Dispatch.objects.filter(delivery_id=delivery_id, status__in=OPEN).exists():
        return False
    return bool(
        Delivery.objects.filter(pk=delivery_id, status=DeliveryStatus.SENDING).update(
            status=DeliveryStatus.SENT, finished_at=timezone.now(), counts=dispatch_counts(delivery_id)
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
    with transaction.atomic():
        batch = Batch.objects.select_for_update().filter(pk=batch_id, finished_at__isnull=True).first()
        if batch is None:
            return False
        rows = Dispatch.objects.select_for_update().filter(batch_id=batch.pk)
        uncertain = rows.filter(status=DispatchStatus.HANDED).update(
            status=DispatchStatus.UNCERTAIN, last_error="the worker stopped while this was on its way"
        )
        waiting = rows.filter(status=DispatchStatus.CLAIMED).update(status=DispatchStatus.PENDING, batch=None)
        batch.finished_at = timezone.now()
        batch.recovered = True
        batch.save(update_fields=["finished_at", "recovered"])
        logger.warning(
            "Push delivery %s: batch %s of %s taken back; %s uncertain, %s queued again",
            batch.delivery_id,
            batch.pk,
            batch.holder,
            uncertain,
            waiting,
        )
        size = batch_size_setting()
        delivery_id = batch.delivery_id
        transaction.on_commit(lambda: enqueue_batches(delivery_id, size, batches_for(waiting, size)))
    finish_if_done(batch.delivery_id)
    return True


def resume_stalled() -> int:
    """The scheduler's round: take back dead workers' batches, queue what waits with no task for it."""
    recover_abandoned_batches()
    now = timezone.now()
    resumed = 0
    for sent in Delivery.objects.filter(status=DeliveryStatus.SENDING, created_at__lte=now - STALL):
        due = Dispatch.objects.filter(delivery_id=sent.pk, status=DispatchStatus.PENDING).filter(
            Q(retry_after__isnull=True) | Q(retry_after__lte=now)
        )
        count = due.count()
        if count and cache.add(f"krant:push:resumed:{sent.pk}", 1, int(STALL.total_seconds())):
            size = batch_size_setting()
            resumed += enqueue_batches(sent.pk, size, batches_for(count, size))
        finish_if_done(sent.pk)
    return resumed
