"""Reply mails with real processes: two schedulers running the same round at once open one mail per member
and discussion, and the newsletters' worker sends each once, on the database queue and on Redis."""

import subprocess
import sys
from collections import Counter
from datetime import timedelta

import pytest
from django.utils import timezone

from krant.community import comments, replies, reply_mails
from krant.community.models import ReplyMail, ReplyMailStatus, ReplyNotice
from tests.community.conftest import make_member
from tests.processes import mail_environment
from tests.redis_dbs import NEEDS_REDIS, empty, redis_available, redis_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

AUTHORS = 12


def replies_waiting(article) -> list[str]:
    """Give AUTHORS members who want reply mails a comment with a reply each, noted long enough ago to be
    due; return their addresses."""
    replier = make_member("antwoorder@voorbeeld.nl", "Vlotte Antwoorder")
    addresses = []
    for number in range(AUTHORS):
        author = make_member(f"schrijver{number}@voorbeeld.nl", f"Schrijver {number}")
        replies.set_choice(author.member, on_reply=True, on_answer=False, language="nl")
        comment = comments.post(author, article, f"Reactie nummer {number} over de brug.")
        comments.post(replier, article, f"Antwoord op nummer {number}.", parent=comment)
        addresses.append(author.email)
    ReplyNotice.objects.update(created_at=timezone.now() - reply_mails.DELAY - timedelta(seconds=1))
    return addresses


def run_together(commands: list[list[str]], environment: dict, tmp_path) -> None:
    """Start every command at once and wait for all; fail with their output if one fails."""
    processes = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "krant", *command],
            env=environment,
            stdout=(tmp_path / f"{index}.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        for index, command in enumerate(commands)
    ]
    for index, process in enumerate(processes):
        assert process.wait(timeout=180) == 0, (tmp_path / f"{index}.log").read_text()


QUEUES = [
    pytest.param({}, id="database"),
    pytest.param(
        {"KRANT_REDIS_URL": redis_url("queues")},
        id="redis",
        marks=pytest.mark.skipif(not redis_available("queues"), reason=NEEDS_REDIS),
    ),
]


@pytest.mark.parametrize("queue", QUEUES)
def test_two_schedulers_and_two_workers_send_each_mail_once(article, smtp_inbox, settings, tmp_path, queue):
    """Two `krant run_scheduler --once` side by side, then two worker bursts: every author gets exactly
    one mail, and every mail row is sent."""
    if queue:
        empty("queues")
    addresses = replies_waiting(article)
    environment = mail_environment(tmp_path, settings.EMAIL_PORT, **queue)

    run_together([["run_scheduler", "--once"], ["run_scheduler", "--once"]], environment, tmp_path)
    assert ReplyMail.objects.count() == AUTHORS
    assert not ReplyNotice.objects.filter(mail__isnull=True).exists()
    run_together([["send_newsletters", "--burst"], ["send_newsletters", "--burst"]], environment, tmp_path)

    received = Counter(address for envelope in smtp_inbox.messages for address in envelope.rcpt_tos)
    assert received == Counter(addresses)
    assert set(ReplyMail.objects.values_list("status", flat=True)) == {ReplyMailStatus.SENT}
    if queue:
        empty("queues")
