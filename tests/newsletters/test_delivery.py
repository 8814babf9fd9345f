"""Claiming batches, taking back those of dead or stalled workers, and the rule that makes it safe: a
delivery is written down right after the server's answer, and only while it still belongs to the batch."""

import socket
import subprocess
import sys
from collections import Counter
from datetime import timedelta

import time_machine
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from krant.newsletters import delivery, services
from krant.newsletters.models import (
    Batch,
    Delivery,
    DeliveryStatus,
    EditionStatus,
    Subscriber,
    SubscriptionStatus,
)
from tests.newsletters.conftest import subscribe


def queued(alert, lists, count, prefix="lezer"):
    subscribe(lists["alerts"], *[f"{prefix}{number}@example.org" for number in range(count)])
    edition = alert()
    services.send_edition(edition, batch_size=3)
    return edition


def ended_process_id() -> int:
    """Return the id of a process that has ended (and been reaped), as a killed worker's would be."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_claim_takes_the_next_due_deliveries_in_order(alert, lists):
    """A batch holds the first `size` pending deliveries, marked 'sending' under this process's name."""
    edition = queued(alert, lists, 5)
    batch, recipients = delivery.claim_batch(edition, 3)
    assert [r.email for r in recipients] == ["lezer0@example.org", "lezer1@example.org", "lezer2@example.org"]
    assert batch.holder == delivery.holder_id()
    assert batch.lease_until > timezone.now()
    assert Counter(Delivery.objects.filter(edition=edition).values_list("status", flat=True)) == {
        DeliveryStatus.SENDING: 3,
        DeliveryStatus.PENDING: 2,
    }
    _, rest = delivery.claim_batch(edition, 3)
    assert len(rest) == 2
    assert delivery.claim_batch(edition, 3) is None


def test_a_claim_skips_who_left_or_bounced_since_the_edition_was_queued(alert, lists):
    """Deliveries of an address that unsubscribed or bounced after queueing become 'skipped'."""
    edition = queued(alert, lists, 3)
    services.unsubscribe(Subscriber.objects.get(email="lezer0@example.org"), lists["alerts"])
    Subscriber.objects.filter(email="lezer1@example.org").update(bounced_at=timezone.now())
    _, recipients = delivery.claim_batch(edition, 3)
    assert [r.email for r in recipients] == ["lezer2@example.org"]
    assert Delivery.objects.filter(edition=edition, status=DeliveryStatus.SKIPPED).count() == 2


def test_a_dead_workers_batch_is_taken_back_and_its_rest_queued_again(
    alert, lists, django_capture_on_commit_callbacks
):
    """The first delivery still 'sending' may have been on its way: 'uncertain'. The rest go back to
    'pending' and new batch tasks are queued for them."""
    edition = queued(alert, lists, 3)
    batch, _ = delivery.claim_batch(edition, 3)
    first = Delivery.objects.filter(batch=batch).order_by("id").first()
    Delivery.objects.filter(pk=first.pk).update(status=DeliveryStatus.SENT)  # it had sent one
    Batch.objects.filter(pk=batch.pk).update(holder=f"{socket.gethostname()}:{ended_process_id()}")
    tasks_before = DBTaskResult.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        assert delivery.recover_abandoned_batches() == 1

    rows = list(Delivery.objects.filter(edition=edition).order_by("id").values_list("status", "batch"))
    assert rows == [
        (DeliveryStatus.SENT, batch.pk),
        (DeliveryStatus.UNCERTAIN, batch.pk),
        (DeliveryStatus.PENDING, None),
    ]
    batch.refresh_from_db()
    assert batch.recovered and batch.finished_at is not None
    assert DBTaskResult.objects.count() == tasks_before + 1
    assert delivery.recover_abandoned_batches() == 0  # once


def test_a_living_workers_batch_is_left_alone_until_its_lease_runs_out(alert, lists):
    """This process still holds its batch; only an expired lease (it stopped renewing) frees it."""
    edition = queued(alert, lists, 2)
    batch, _ = delivery.claim_batch(edition, 3)
    assert delivery.recover_abandoned_batches() == 0
    with time_machine.travel(batch.lease_until + timedelta(seconds=1)):
        assert delivery.recover_abandoned_batches() == 1
    assert Delivery.objects.filter(edition=edition, status=DeliveryStatus.UNCERTAIN).count() == 1


def test_a_worker_on_another_machine_is_not_judged_by_process_id(alert, lists):
    """A process id means nothing on another host: there, only the lease counts."""
    edition = queued(alert, lists, 1)
    batch, _ = delivery.claim_batch(edition, 3)
    Batch.objects.filter(pk=batch.pk).update(holder=f"elders.example:{ended_process_id()}")
    assert delivery.recover_abandoned_batches() == 0


def test_a_slow_worker_whose_batch_was_taken_back_stops_after_one(alert, lists, smtp_server):
    """Taken back while it was still sending: it finishes the one it had started (the 'uncertain' one)
    and stops; the others are sent by the next batch. Every address gets it exactly once."""
    inbox = smtp_server()
    edition = queued(alert, lists, 3)
    batch, recipients = delivery.claim_batch(edition, 3)
    delivery.recover_batch(batch.pk)  # someone decided this worker was gone

    delivery.BatchRun(edition, batch, recipients).run()
    assert inbox.recipients() == ["lezer0@example.org"]
    delivery.send_batch(edition.pk, 3)
    assert Counter(inbox.recipients()) == {f"lezer{n}@example.org": 1 for n in range(3)}
    statuses = dict(Delivery.objects.filter(edition=edition).values_list("subscriber__email", "status"))
    assert statuses["lezer0@example.org"] == DeliveryStatus.UNCERTAIN


def test_an_edition_is_marked_sent_with_its_counts_when_nothing_is_left(alert, lists, smtp_server):
    smtp_server(refuse={"lezer1@example.org": "550 5.1.1 unknown"})
    edition = queued(alert, lists, 4)
    delivery.send_batch(edition.pk, 3)
    edition.refresh_from_db()
    assert edition.status == EditionStatus.SENDING
    delivery.send_batch(edition.pk, 3)
    edition.refresh_from_db()
    assert edition.status == EditionStatus.SENT
    assert edition.finished_at is not None
    assert edition.counts == {"sent": 3, "bounced": 1}
    assert delivery.edition_counts(edition) == {"sent": 3, "bounced": 1}


def test_a_stalled_edition_gets_its_batches_queued_again_once(
    alert, lists, django_capture_on_commit_callbacks
):
    """Tasks lost (a queue emptied): after STALL without a claim the scheduler queues them again,
    and not again every round."""
    queued(alert, lists, 5)
    DBTaskResult.objects.all().delete()  # the queue lost them
    assert delivery.resume_stalled_editions() == 0  # too early to tell
    with time_machine.travel(timezone.now() + delivery.STALL + timedelta(minutes=1)):
        assert delivery.resume_stalled_editions() == 2
        assert delivery.resume_stalled_editions() == 0
    assert DBTaskResult.objects.filter(backend_name="newsletters").count() == 2


def test_the_process_check_knows_only_ended_processes_on_this_host():
    host = socket.gethostname()
    assert delivery.holder_is_gone(f"{host}:{ended_process_id()}") is True
    assert delivery.holder_is_gone(delivery.holder_id()) is False
    assert delivery.holder_is_gone(f"{host}:1") is False  # init lives
    assert delivery.holder_is_gone(f"elders.example:{ended_process_id()}") is False
    assert delivery.holder_is_gone("nonsense") is False


def test_pending_subscriptions_do_not_get_deliveries(alert, lists):
    subscribe(lists["alerts"], "wacht@example.org", status=SubscriptionStatus.PENDING)
    edition = alert()
    assert services.send_edition(edition) == 0
