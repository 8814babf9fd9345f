"""The live channel's one log of events, with ids a listener resumes from.

With Redis: a Redis stream (XADD, XRANGE, XREAD BLOCK), ids like `1765000000000-0`. Without: the table
LiveEvent, integer ids; on PostgreSQL a NOTIFY wakes the followers at once, on SQLite each process polls
it, one query every POLL_SECONDS whatever its number of listeners. The log keeps the last KEEP events:
older ones are only needed by a listener away that long, which reloads instead.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache

from django.conf import settings
from django.db import connection, transaction

logger = logging.getLogger(__name__)

KEEP = 10_000
BATCH = 500  # events read at once; a resume further behind than this is told to reload ('reset')
POLL_SECONDS = 0.1  # SQLite: how often each live process looks for new events (one indexed query)
NOTIFY_CHANNEL = "krant_live"
APPEND_LOCK = 0x6C697665  # the advisory lock of the appends ('live')
WAKE_SECONDS = 5.0  # PostgreSQL: a lost NOTIFY (a reconnect) delays events at most this long
# LiveEvent's table, read in SQL: the live process follows it without Django's app registry (krant.live.asgi)
TABLE = "live_liveevent"


@dataclass(frozen=True)
class Event:
    id: str
    channel: str
    data: dict
    frame: bytes = field(init=False, repr=False, compare=False)  # the SSE bytes, made once for all

    def __post_init__(self):
        payload = json.dumps({"channel": self.channel, **self.data}, separators=(",", ":"))
        object.__setattr__(self, "frame", f"id: {self.id}\ndata: {payload}\n\n".encode())

    def as_json(self) -> dict:
        return {"id": self.id, "channel": self.channel, **self.data}


class DatabaseLog:
    """The log in the LiveEvent table (no Redis), followed by polling."""

    ID = re.compile(r"0|[1-9][0-9]{0,18}")

    def valid_id(self, text: str) -> bool:
        return bool(self.ID.fullmatch(text))

    def order(self, event_id: str) -> int:
        return int(event_id)

    def append(self, channel: str, data: dict) -> str:
        from krant.live.models import LiveEvent  # noqa: PLC0415 - only the writers load the models

        with transaction.atomic():
            self.serialize()
            event = LiveEvent.objects.create(channel=channel, data=data)
            if event.pk % 100 == 0:  # now and then, not on every write
                LiveEvent.objects.filter(pk__lte=event.pk - KEEP).delete()
            self.wake()
        return str(event.pk)

    def serialize(self) -> None:
        """Let appends commit in the order of their ids (SQLite has one writer at a time already)."""

    def wake(self) -> None:
        """Tell the followers in other processes (nothing here: they poll)."""

    def after(self, event_id: str, limit: int = BATCH) -> list[Event]:
        query = "SELECT id, channel, data FROM {} WHERE id > %s ORDER BY id LIMIT %s"
        rows = self.read(query, int(event_id), int(limit))
        # Django's backends hand JSON columns over as text (JSONField decodes them): the same on both.
        return [Event(str(pk), channel, json.loads(data)) for pk, channel, data in rows]

    def last_id(self) -> str:
        rows = self.read("SELECT id FROM {} ORDER BY id DESC LIMIT %s", 1)
        return str(rows[0][0] if rows else 0)

    def id_before(self, millis: int) -> str:
        """Return the id of the last event written before `millis` (Unix time in ms), "0" if none."""
        moment = connection.ops.adapt_datetimefield_value(datetime.fromtimestamp(millis / 1000, UTC))
        rows = self.read("SELECT id FROM {} WHERE created_at < %s ORDER BY id DESC LIMIT 1", moment)
        return str(rows[0][0] if rows else 0)

    def read(self, sql: str, *parameters) -> list[tuple]:
        """Run `sql` on the table (its `{}`) with these parameters; return its rows."""
        with connection.cursor() as cursor:
            cursor.execute(sql.format(connection.ops.quote_name(TABLE)), parameters)
            return cursor.fetchall()

    async def follow(self, event_id: str, call: Callable) -> AsyncIterator[list[Event]]:
        """Yield the events after `event_id` in batches as they come; `call` runs a read in a thread."""
        while True:
            events = await call(self.after, event_id)
            if events:
                event_id = events[-1].id
                yield events
            else:
                await self.wait()

    async def wait(self) -> None:
        await asyncio.sleep(POLL_SECONDS)

    async def close(self) -> None:
        """Let go of what following the log holds (PostgreSQL: its LISTEN connection)."""


class PostgresLog(DatabaseLog):
    """The LiveEvent table on PostgreSQL: a NOTIFY on commit wakes each process's follower."""

    def __init__(self):
        self.listener = None

    async def close(self) -> None:
        if self.listener is not None:
            await self.listener.close()
            self.listener = None

    def serialize(self) -> None:
        # Held to the commit: an id given later commits later, so a follower reading after an id never
        # skips one committed after it. A few events a second wait for each other, never for a page.
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [APPEND_LOCK])

    def wake(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_notify(%s, '')", [NOTIFY_CHANNEL])

    async def wait(self) -> None:
        import psycopg  # noqa: PLC0415 - only a PostgreSQL site needs it here

        try:
            if self.listener is None or self.listener.closed:
                given = connection.get_connection_params()
                params = {
                    key: given[key]
                    for key in ("dbname", "user", "password", "host", "port")
                    if given.get(key)
                }
                self.listener = await psycopg.AsyncConnection.connect(**params, autocommit=True)
                await self.listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
            async for _ in self.listener.notifies(timeout=WAKE_SECONDS, stop_after=1):
                pass
        except psycopg.Error:
            logger.exception("The live channel lost its PostgreSQL listener; polling until it is back")
            self.listener = None
            await asyncio.sleep(WAKE_SECONDS)


@cache
def event_log():
    """Return this site's log: Redis when configured, else its database's table."""
    if settings.CONFIG.redis_url:
        from krant.live.redis_log import RedisLog  # noqa: PLC0415 - a web worker loads Redis only when used

        return RedisLog(settings.CONFIG.redis_url)
    if connection.vendor == "postgresql":
        return PostgresLog()
    return DatabaseLog()
