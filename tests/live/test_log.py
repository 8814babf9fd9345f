"""The live channel's log: ids that only grow, reads after an id, and events written only on commit."""

import json
import logging
from datetime import UTC, datetime

import pytest
from django.db import transaction

from krant.live import events
from krant.live.log import BATCH, TABLE, DatabaseLog, event_log
from krant.live.models import LiveEvent
from krant.live.redis_log import STREAM
from tests.redis_dbs import NEEDS_REDIS, empty, redis_available, redis_url


def redis_log():
    """The log on the page cache tests' Redis database, emptied: entries of an earlier run or test (the
    stream, and the servers' cache: Wagtail's site root paths name sites a flushed database no longer has)
    must not reach this one."""
    from krant.live.redis_log import RedisLog

    if not redis_available("live"):
        pytest.skip(NEEDS_REDIS)
    empty("live")
    return RedisLog(redis_url("live"))


@pytest.fixture(params=["database", "redis"])
def log(request, db):
    if request.param == "redis":
        return redis_log()
    event_log.cache_clear()
    return event_log()  # this test database's own: the table, with NOTIFY on PostgreSQL


def test_events_come_back_in_order_after_any_id(log):
    """Each event gets a larger id; reading after an id gives exactly the later events, in order."""
    start = log.last_id()
    ids = [log.append("thread:5", {"type": "comment", "count": n}) for n in range(3)]
    assert [log.order(one) for one in ids] == sorted(log.order(one) for one in ids)
    assert log.last_id() == ids[-1]
    found = log.after(start)
    assert [(event.id, event.channel, event.data["count"]) for event in found] == [
        (ids[0], "thread:5", 0),
        (ids[1], "thread:5", 1),
        (ids[2], "thread:5", 2),
    ]
    assert [event.id for event in log.after(ids[0])] == ids[1:]
    assert log.after(ids[-1]) == []


def test_an_event_is_sent_as_one_ready_frame(log):
    """The SSE bytes are made once per event, with its id, so every listener gets the same frame."""
    event_id = log.append("site", {"type": "article", "article": 7})
    (event,) = [event for event in log.after("0" if isinstance(log, DatabaseLog) else "0-0")]
    assert event.frame == (
        f'id: {event_id}\ndata: {{"channel":"site","type":"article","article":7}}\n\n'.encode()
    )


def append_at(log, millis: int, number: int) -> str:
    """Append an event as if written at `millis` (Unix time in ms)."""
    if isinstance(log, DatabaseLog):
        event_id = log.append("site", {"n": number})
        moment = datetime.fromtimestamp(millis / 1000, UTC)
        LiveEvent.objects.filter(pk=event_id).update(created_at=moment)
        return event_id
    return log.client.xadd(STREAM, {"c": "site", "d": json.dumps({"n": number})}, id=f"{millis}-0").decode()


def test_id_before_a_moment_is_the_last_event_written_before_it(log):
    """Where a page rendered at a moment resumes: after the last event written before that moment."""
    start = log.last_id()
    first, second, third = (append_at(log, 1_765_000_000_000 + 1000 * n, n) for n in range(3))
    assert log.id_before(1_765_000_000_000) == start
    assert log.id_before(1_765_000_001_000) == first
    assert log.id_before(1_765_000_001_500) == second
    assert log.id_before(1_765_000_009_000) == third
    assert [event.data["n"] for event in log.after(log.id_before(1_765_000_001_500))] == [2]


@pytest.mark.parametrize("text", ["", "abc", "-1", "1.5", "1-", "9" * 40, "1\n2", "0-0 OR 1"])
def test_a_bad_id_is_not_valid(log, text):
    assert not log.valid_id(text)


def test_a_read_gives_at_most_one_batch(db):
    log = DatabaseLog()
    LiveEvent.objects.bulk_create(LiveEvent(channel="site", data={"n": n}) for n in range(BATCH + 5))
    assert len(log.after("0")) == BATCH


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_publish_writes_on_commit_and_never_for_a_rollback():
    """An event tells readers about what they can now load: it is written only once its change committed."""
    event_log.cache_clear()
    with transaction.atomic():
        events.publish("thread:3", type="comment", thread=3, count=1)
        assert not LiveEvent.objects.exists()
    assert list(LiveEvent.objects.values_list("channel", "data")) == [
        ("thread:3", {"type": "comment", "thread": 3, "count": 1})
    ]
    with pytest.raises(RuntimeError), transaction.atomic():
        events.publish("thread:3", type="comment", thread=3, count=2)
        raise RuntimeError("rolled back")
    assert LiveEvent.objects.count() == 1


@pytest.mark.parametrize("name", ["", "Site", "thread:", "thread:0", "thread:abc", "member:4", "site "])
def test_publish_refuses_a_channel_nobody_can_listen_to(name):
    with pytest.raises(ValueError, match="not a live channel"):
        events.publish(name, type="x")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failing_log_is_logged_and_the_write_stands(monkeypatch, caplog):
    """Redis or the database away after the commit: the change stays, the failure is logged."""

    def broken(*args):
        raise ConnectionError("log away")

    monkeypatch.setattr(DatabaseLog, "append", broken)
    event_log.cache_clear()
    with caplog.at_level(logging.ERROR, logger="krant.live.events"):
        events.publish("site", type="article", article=1)
    assert "could not be written" in caplog.text


def test_the_log_reads_the_table_of_the_model_it_writes():
    """The live process reads the events in SQL, by the table's name, without loading the models."""
    assert LiveEvent._meta.db_table == TABLE
