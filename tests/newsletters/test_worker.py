"""The real worker processes (`krant send_newsletters`, and `krant serve` that starts it) against a real
SMTP server: an edition arrives once per address, also when a worker is killed in the middle."""

import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from krant.newsletters import services
from krant.newsletters.models import Batch, Delivery, DeliveryStatus, Edition, EditionStatus
from tests.conftest import free_port
from tests.factories import make_article
from tests.newsletters.conftest import subscribe
from tests.processes import mail_environment, wait_until
from tests.redis_dbs import NEEDS_REDIS, empty, redis_available, redis_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def start_worker(tmp_path, smtp_port, *arguments, log="worker.log", **extra) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "krant", "send_newsletters", *arguments],
        env=mail_environment(tmp_path, smtp_port, **extra),
        stdout=(tmp_path / log).open("w"),
        stderr=subprocess.STDOUT,
    )


def queued_edition(tree, newsletter, addresses, batch_size) -> Edition:
    subscribe(newsletter, *addresses)
    article = make_article(tree.binnenland, "Storm trekt over het land")
    edition = services.create_edition(
        newsletter, [article], article.first_published_at.date(), article=article
    )
    services.send_edition(edition, batch_size=batch_size)
    return edition


def test_killed_worker_never_sends_twice_and_a_restarted_one_sends_the_rest(
    tree, lists, smtp_server, tmp_path
):
    """kill -9 during the 5th message: that address is 'uncertain' and never mailed again; every other
    address gets the edition exactly once from the restarted worker."""
    inbox = smtp_server(hold_at=5)
    addresses = [f"lezer{number:02}@example.org" for number in range(10)]
    edition = queued_edition(tree, lists["alerts"], addresses, batch_size=3)

    first = start_worker(tmp_path, inbox.port, log="first.log")
    try:
        assert inbox.reached.wait(90), (tmp_path / "first.log").read_text()
        first.send_signal(signal.SIGKILL)
    finally:
        first.kill()
        first.wait()
    in_flight = inbox.messages[-1].rcpt_tos[0]
    assert Batch.objects.filter(finished_at__isnull=True, holder__endswith=f":{first.pid}").exists()

    second = start_worker(tmp_path, inbox.port, "--burst", log="second.log")
    inbox.release.set()
    try:
        second.wait(timeout=120)
    finally:
        second.kill()
    wait_until(
        lambda: Edition.objects.get(pk=edition.pk).status == EditionStatus.SENT, "the edition to be sent"
    )

    received = Counter(inbox.recipients())
    assert received[in_flight] == 1  # the one on its way when the worker died; never again
    assert {address: received[address] for address in addresses if address != in_flight} == {
        address: 1 for address in addresses if address != in_flight
    }
    statuses = dict(Delivery.objects.filter(edition=edition).values_list("subscriber__email", "status"))
    assert statuses.pop(in_flight) == DeliveryStatus.UNCERTAIN
    assert set(statuses.values()) == {DeliveryStatus.SENT}
    assert Edition.objects.get(pk=edition.pk).counts == {"sent": 9, "uncertain": 1}


def test_worker_in_burst_mode_sends_an_edition_in_batches(tree, lists, smtp_server, tmp_path):
    """The database queue: one task per batch, each address once, the edition marked sent with its counts."""
    inbox = smtp_server()
    addresses = [f"abonnee{number}@example.org" for number in range(7)]
    edition = queued_edition(tree, lists["alerts"], addresses, batch_size=2)

    worker = start_worker(tmp_path, inbox.port, "--burst")
    assert worker.wait(timeout=120) == 0, (tmp_path / "worker.log").read_text()

    assert sorted(inbox.recipients()) == sorted(addresses)
    edition.refresh_from_db()
    assert edition.status == EditionStatus.SENT
    assert edition.counts == {"sent": 7}
    assert Batch.objects.filter(edition=edition).count() == 4


@pytest.mark.skipif(not redis_available("queues"), reason=NEEDS_REDIS)
def test_rq_worker_sends_an_edition_queued_on_redis(tree, lists, smtp_server, tmp_path, settings):
    """With KRANT_REDIS_URL the queue is RQ on Redis; the same command runs an RQ worker that sends it."""
    empty("queues")
    settings.RQ_QUEUES = {"newsletters": {"URL": redis_url("queues")}}
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "newsletters": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["newsletters"]},
    }
    inbox = smtp_server()
    addresses = [f"rq{number}@example.org" for number in range(5)]
    edition = queued_edition(tree, lists["alerts"], addresses, batch_size=2)

    worker = start_worker(tmp_path, inbox.port, "--burst", KRANT_REDIS_URL=redis_url("queues"))
    assert worker.wait(timeout=120) == 0, (tmp_path / "worker.log").read_text()

    assert sorted(inbox.recipients()) == sorted(addresses)
    edition.refresh_from_db()
    assert edition.status == EditionStatus.SENT
    empty("queues")


def children_of(pid: int) -> dict[int, str]:
    """Return {pid: command line} of the processes whose parent is `pid` (Linux /proc)."""
    children = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            children[int(entry.name)] = command
    return children


def test_serve_runs_the_worker_and_stops_it(tree, lists, smtp_server, tmp_path):
    """`krant serve` starts the newsletter worker beside the scheduler: a queued edition arrives, and the
    worker ends with the server."""
    inbox = smtp_server()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "krant", "serve", "--port", str(port), "--workers", "1", "--no-scheduler"],
        env=mail_environment(tmp_path, inbox.port),
        stdout=(tmp_path / "serve.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until(
            lambda: any("send_newsletters" in c for c in children_of(server.pid).values()), "the worker"
        )
        workers = [pid for pid, command in children_of(server.pid).items() if "send_newsletters" in command]
        edition = queued_edition(tree, lists["alerts"], ["serve@example.org"], batch_size=10)
        assert inbox.arrived.wait(90), (tmp_path / "serve.log").read_text()
        wait_until(lambda: Edition.objects.get(pk=edition.pk).status == EditionStatus.SENT, "the edition")
    finally:
        server.terminate()
        server.wait(timeout=90)
    assert inbox.recipients() == ["serve@example.org"]
    assert all(not Path(f"/proc/{pid}").exists() for pid in workers)
