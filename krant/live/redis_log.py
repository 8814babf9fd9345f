"""The live channel's log in a Redis stream: every machine appends to it and follows it."""

import json
import re

import redis
import redis.asyncio

from krant.live.log import BATCH, KEEP, Event

STREAM = "krant:live"
BLOCK_MS = 15_000  # XREAD waits this long for new events, then asks again


class RedisLog:
    ID = re.compile(r"[0-9]{1,15}-[0-9]{1,10}")

    def __init__(self, url: str):
        self.url = url
        self.client = redis.Redis.from_url(url)

    def valid_id(self, text: str) -> bool:
        return bool(self.ID.fullmatch(text))

    def order(self, event_id: str) -> tuple[int, int]:
        millis, sequence = event_id.split("-")
        return int(millis), int(sequence)

    def append(self, channel: str, data: dict) -> str:
        fields = {"c": channel, "d": json.dumps(data)}
        return self.client.xadd(STREAM, fields, maxlen=KEEP, approximate=True).decode()

    def after(self, event_id: str, limit: int = BATCH) -> list[Event]:
        return [as_event(*entry) for entry in self.client.xrange(STREAM, min=f"({event_id}", count=limit)]

    def last_id(self) -> str:
        newest = self.client.xrevrange(STREAM, count=1)
        return newest[0][0].decode() if newest else "0-0"

    def id_before(self, millis: int) -> str:
        """Return the id of the last event written before `millis` (Unix time in ms; the ids are Redis's
        own clock), "0-0" if none."""
        older = self.client.xrevrange(STREAM, max=f"({millis}-0", count=1)
        return older[0][0].decode() if older else "0-0"

    async def follow(self, event_id: str, call):
        client = redis.asyncio.Redis.from_url(self.url)
        try:
            while True:
                found = await client.xread({STREAM: event_id}, count=BATCH, block=BLOCK_MS)
                if found:
                    events = [as_event(*entry) for entry in found[0][1]]
                    event_id = events[-1].id
                    yield events
        finally:
            await client.aclose()

    async def close(self) -> None:
        """Nothing held: `follow` closes its client when it ends."""


def as_event(event_id: bytes, fields: dict) -> Event:
    return Event(event_id.decode(), fields[b"c"].decode(), json.loads(fields[b"d"]))
