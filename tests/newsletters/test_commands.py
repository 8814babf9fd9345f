"""`krant send_newsletters`: the worker for the configured queue, with clear errors when it cannot run.

The worker itself runs as a real process in test_worker.py."""

import pytest
from django.core.management import CommandError, call_command


def test_no_worker_for_a_backend_that_runs_tasks_at_once(immediate_tasks):
    with pytest.raises(CommandError, match="no worker to start"):
        call_command("send_newsletters")


def test_the_interval_must_be_positive(db):
    with pytest.raises(CommandError, match="--interval"):
        call_command("send_newsletters", interval=0)
