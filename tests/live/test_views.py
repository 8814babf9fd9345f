"""The polling fallback /live/poll/: the stream's events as JSON, with clear refusals of bad requests."""

import json
from datetime import UTC, datetime, timedelta

import pytest
from django.test import RequestFactory

from krant.live import views
from krant.live.log import BATCH, event_log
from krant.live.models import LiveEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def log():
    event_log.cache_clear()
    return event_log()


def poll(query: str, method: str = "get", address: str = "192.0.2.1"):
    request = getattr(RequestFactory(), method)(f"/live/poll/?{query}", REMOTE_ADDR=address)
    return views.poll(request)


def test_a_first_poll_gives_the_id_to_ask_after(log):
    """Without ?na= a page learns where the log stands, and none of what happened before it loaded."""
    log.append("site", {"type": "article", "article": 1})
    response = poll("kanaal=site")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    assert json.loads(response.content) == {"last": log.last_id(), "events": [], "wait": views.POLL_SECONDS}


def test_a_poll_gives_the_same_events_as_the_stream_for_its_channels(log):
    start = log.last_id()
    first = log.append("thread:4", {"type": "comment", "thread": 4, "count": 1})
    log.append("thread:5", {"type": "comment", "thread": 5, "count": 9})
    last = log.append("site", {"type": "article", "article": 3})
    answer = json.loads(poll(f"kanaal=thread:4&kanaal=site&na={start}").content)
    assert answer["last"] == last
    assert answer["events"] == [
        {"id": first, "channel": "thread:4", "type": "comment", "thread": 4, "count": 1},
        {"id": last, "channel": "site", "type": "article", "article": 3},
    ]
    assert json.loads(poll(f"kanaal=site&na={last}").content)["events"] == []


def test_a_first_poll_with_the_render_time_gives_what_happened_since(log):
    """A page cached for a while (or loading while something happened) asks ?sinds= its render time: it
    gets the events written since then (less a margin for the machines' clocks), and none from before."""
    rendered = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)
    before = log.append("site", {"type": "article", "article": 1})
    after = log.append("site", {"type": "article", "article": 2})
    LiveEvent.objects.filter(pk=before).update(created_at=rendered - timedelta(minutes=1))
    LiveEvent.objects.filter(pk=after).update(created_at=rendered - timedelta(seconds=1))
    answer = json.loads(poll(f"kanaal=site&sinds={int(rendered.timestamp())}").content)
    assert [event["article"] for event in answer["events"]] == [2]
    assert answer["last"] == after
    assert json.loads(poll(f"kanaal=site&sinds=1&na={after}").content)["events"] == []  # na= wins


def test_a_poll_far_behind_is_told_to_reload(log):
    LiveEvent.objects.bulk_create(
        LiveEvent(channel="site", data={"type": "article"}) for _ in range(BATCH + 1)
    )
    events = json.loads(poll("kanaal=site&na=0").content)["events"]
    assert events[-1]["type"] == "reset"


@pytest.mark.parametrize(
    "query",
    [
        "",
        "kanaal=",
        "kanaal=leden",
        "kanaal=thread:x",
        "kanaal=site&na=abc",
        "kanaal=site&na=-1",
        "kanaal=site&sinds=gisteren",
        "kanaal=site&sinds=-5",
        "kanaal=site&sinds=1.5",
        "kanaal=site" + "&kanaal=thread:1" * 8,
    ],
)
def test_a_bad_poll_gets_a_clear_400(log, query):
    response = poll(query)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode().strip()


def test_only_get_polls(log):
    response = poll("kanaal=site", method="post")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_one_address_polling_too_often_gets_429(log):
    for _ in range(views.OPENS_PER_MINUTE):
        assert poll("kanaal=site", address="192.0.2.9").status_code == 200
    refused = poll("kanaal=site", address="192.0.2.9")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert poll("kanaal=site", address="192.0.2.10").status_code == 200  # another reader is not held up
