"""A real sender process killed with SIGKILL while a message is with the push service: the rerun sends
the rest of the batch, and the one on its way is 'uncertain', never sent again."""

import signal
import subprocess
import sys
from collections import Counter

import pytest

from krant.push import delivery, services
from krant.push.models import Dispatch, DispatchStatus
from tests.conftest import database_url
from tests.processes import krant_environment

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SENDER = """
import django
django.setup()
from django.conf import settings
settings.PUSH_LOCAL_ENDPOINTS = True  # the test's push service listens on 127.0.0.1
from krant.push import delivery
delivery.send_batch({delivery_id}, 10)
"""


def test_a_killed_sender_never_sends_twice(tree, push_service, vapid_key, tmp_path):
    push_service.hold_at = 3
    names = [f"lezer{number}" for number in range(6)]
    for name in names:
        services.subscribe(push_service.browser(name).subscription(), ["breaking"])
    sent = services.send("article:1", "breaking", "Storm", "Code rood.", "/")

    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_VAPID_PRIVATE_KEY=vapid_key
    )
    environment["DJANGO_SETTINGS_MODULE"] = "krant.settings"
    sender = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", SENDER.format(delivery_id=sent.pk)], env=environment, stderr=subprocess.PIPE
    )
    try:
        assert push_service.reached.wait(90), sender.stderr.read().decode() if sender.poll() else "no push"
        sender.send_signal(signal.SIGKILL)
        sender.wait(30)
    finally:
        sender.kill()
    in_flight = push_service.names()[-1]
    push_service.release.set()

    delivery.send_batch(sent.pk, 10)  # the rerun: takes the dead process's batch back first

    assert Counter(push_service.names()) == dict.fromkeys(names, 1)
    statuses = {
        row.recipient.address.rsplit("/", 1)[-1]: row.status
        for row in Dispatch.objects.select_related("recipient")
    }
    assert statuses.pop(in_flight) == DispatchStatus.UNCERTAIN
    assert set(statuses.values()) == {DispatchStatus.SENT}
