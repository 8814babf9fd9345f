"""The live channel in the live process: one follower of the log, and the listeners' streams.

Runs in the event loop of the live process (`python -m krant.live`, krant.live.asgi: no Django apps): a
listener is a coroutine and a few small objects, never a thread. The follower reads the log (krant.live.log)
in one thread of its own and puts each event, its bytes made once, in the buffer of every listener of its
channel.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

from django.db import connection
from django.utils.translation import gettext as _

from krant.core.proxy import client_address
from krant.live import LISTENERS_PER_PROCESS
from krant.live.events import BAD_ID_MESSAGE, CHANNELS_MESSAGE, SINCE_MESSAGE, since_millis, valid_channels
from krant.live.log import BATCH, Event, event_log
from krant.live.views import opened_too_often

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 15  # a comment line this often keeps proxies from closing a quiet stream
RETRY_MILLIS = 3000  # the browser's wait before it reconnects
MAX_PENDING = 256  # events a slow listener may have waiting; beyond, it is closed and resumes later
STREAMS_PER_ADDRESS = 6  # open streams of one address in one process (a browser keeps one per tab)
RESTART_SECONDS = 1  # after the follower failed (the log away), before it tries again


HEARTBEAT = b": \n\n"


class Listener:
    """One stream's state. An event costs a listener a list append and the wake-up of its task: a future
    set, no asyncio.Event or timer of its own (the hub's one heartbeat task keeps quiet streams open)."""

    __slots__ = ("channels", "pending", "beat", "waker", "closed", "after")

    def __init__(self, channels: set[str], after):
        self.channels = channels
        self.pending: list[Event] = []
        self.beat = False  # a heartbeat is due
        self.waker: asyncio.Future | None = None  # set while the stream waits for something to send
        self.closed = False
        self.after = after  # the order of the last event sent (None: take everything from now)

    def wake(self) -> None:
        if self.waker is not None and not self.waker.done():
            self.waker.set_result(None)

    async def wait(self) -> None:
        self.waker = asyncio.get_running_loop().create_future()
        await self.waker

    def close(self) -> None:
        self.closed = True
        self.wake()


class Hub:
    """This process's listeners and the one task that follows the log for them."""

    def __init__(self):
        self.log = event_log()
        self.by_channel: dict[str, set[Listener]] = defaultdict(set)
        self.by_address: dict[str, int] = defaultdict(int)
        self.listeners: set[Listener] = set()
        self.follower: asyncio.Task | None = None
        self.heart: asyncio.Task | None = None
        self.last: str | None = None  # the last event dispatched: a follower that failed goes on from it
        self.reader = ThreadPoolExecutor(1, thread_name_prefix="live")  # one database connection at most

    async def call(self, function, *arguments):
        """Run a read of the log or the shared store in the hub's one thread, off the loop."""
        return await asyncio.get_running_loop().run_in_executor(self.reader, read, function, *arguments)

    async def stop(self) -> None:
        """End the follower and the heartbeat, and let go of the log (the process stops)."""
        tasks = [task for task in (self.follower, self.heart) if task is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.log.close()
        await self.call(close_connection)

    @property
    def count(self) -> int:
        return len(self.listeners)

    def start(self) -> None:
        loop = asyncio.get_running_loop()
        if self.follower is None or self.follower.done():
            self.follower = loop.create_task(self.follow())
        if self.heart is None or self.heart.done():
            self.heart = loop.create_task(self.beat())

    async def beat(self) -> None:
        """Every HEARTBEAT_SECONDS, a comment line to every stream: one timer for all of them."""
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            for listener in self.listeners:
                listener.beat = True
                listener.wake()

    async def follow(self) -> None:
        while True:
            try:
                if self.last is None:
                    self.last = await self.call(self.log.last_id)
                async for events in self.log.follow(self.last, self.call):
                    self.dispatch(events)
                    self.last = events[-1].id
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("The live channel could not read its log; trying again")
                await asyncio.sleep(RESTART_SECONDS)

    def dispatch(self, events: list[Event]) -> None:
        for event in events:
            order = self.log.order(event.id)
            for listener in self.by_channel.get(event.channel, ()):
                if listener.after is not None and order <= listener.after:
                    continue  # sent already, from the backlog of its resume
                if len(listener.pending) >= MAX_PENDING:
                    listener.close()
                    continue
                listener.pending.append(event)
                listener.wake()

    def add(self, listener: Listener, address: str) -> None:
        self.listeners.add(listener)
        self.by_address[address] += 1
        for channel in listener.channels:
            self.by_channel[channel].add(listener)
        self.start()

    def remove(self, listener: Listener, address: str) -> None:
        self.listeners.discard(listener)
        self.by_address[address] -= 1
        if not self.by_address[address]:
            del self.by_address[address]
        for channel in listener.channels:
            self.by_channel[channel].discard(listener)
            if not self.by_channel[channel]:
                del self.by_channel[channel]


def read(function, *arguments):
    """Run `function` in the hub's thread, which keeps its one database connection between reads (reopening
    SQLite's ten times a second cost more than the reads); a failed read drops it, the next opens anew."""
    try:
        return function(*arguments)
    except Exception:
        connection.close()
        raise


def close_connection() -> None:
    connection.close()  # run in the hub's thread: the connection of the thread it runs in


hub: Hub | None = None


def this_hub() -> Hub:
    global hub  # noqa: PLW0603 - one per process, made in the process that serves (after granian's fork)
    if hub is None:
        hub = Hub()
    return hub


# The ASGI handlers ------------------------------------------------------------------------------------


class BadRequest(Exception):
    def __init__(self, status: int, message: str, headers=()):
        super().__init__(message)
        self.status = status
        self.headers = list(headers)


def request_of(scope) -> tuple[dict, str]:
    """Return the request's headers (lower-case names) and the reader's address behind our proxies."""
    headers = {name.decode("latin1"): value.decode("latin1") for name, value in scope.get("headers", ())}
    meta = {"REMOTE_ADDR": (scope.get("client") or ("", 0))[0]}
    if "x-forwarded-for" in headers:
        meta["HTTP_X_FORWARDED_FOR"] = headers["x-forwarded-for"]
    return headers, client_address(meta)


def channels_of(query: dict) -> list[str]:
    names = query.get("kanaal", [])
    if not valid_channels(names):
        raise BadRequest(400, str(CHANNELS_MESSAGE))
    return names


def since_of(query: dict) -> int | None:
    """Return the moment in ms of ?sinds= (the page's render time), None without it."""
    texts = query.get("sinds")
    if not texts:
        return None
    millis = since_millis(texts[0])
    if millis is None:
        raise BadRequest(400, str(SINCE_MESSAGE))
    return millis


def event_id_of(hub_: Hub, text: str | None, what: str) -> str | None:
    if text is None or text == "":
        return None
    if not hub_.log.valid_id(text):
        raise BadRequest(400, str(BAD_ID_MESSAGE) % {"what": what})
    return text


async def answer(send, status: int, body: bytes, content_type: str, headers=()) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type.encode()),
                (b"cache-control", b"no-store"),
                (b"access-control-allow-origin", b"*"),
                (b"content-length", str(len(body)).encode()),
                *((name.encode(), value.encode()) for name, value in headers),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def refuse(send, error: BadRequest) -> None:
    body = (str(error) + "\n").encode()
    await answer(send, error.status, body, "text/plain; charset=utf-8", error.headers)


async def serve(scope, receive, send) -> None:
    """Answer /live/: the stream of the channels in ?kanaal=, resumed after Last-Event-ID, or from the
    page's render time ?sinds= on a first connection."""
    hub_ = this_hub()
    try:
        if scope["path"] != "/live/":
            raise BadRequest(404, _("Deze pagina bestaat niet."))
        if scope["method"] not in ("GET", "HEAD"):
            raise BadRequest(405, _("Alleen GET."), [("Allow", "GET, HEAD")])
        query = parse_qs(scope.get("query_string", b"").decode("latin1"))
        channels = channels_of(query)
        headers, address = request_of(scope)
        since = event_id_of(hub_, headers.get("last-event-id"), "Last-Event-ID")
        rendered = since_of(query) if since is None else None
        if hub_.by_address.get(address, 0) >= STREAMS_PER_ADDRESS or await hub_.call(
            opened_too_often, address
        ):
            raise BadRequest(429, _("Te veel open verbindingen vanaf dit adres."), [("Retry-After", "60")])
        if hub_.count >= LISTENERS_PER_PROCESS:
            raise BadRequest(503, _("Even te druk; probeer het zo opnieuw."), [("Retry-After", "5")])
    except BadRequest as error:
        await refuse(send, error)
        return
    if scope["method"] == "HEAD":
        await send({"type": "http.response.start", "status": 200, "headers": STREAM_HEADERS})
        await send({"type": "http.response.body", "body": b""})
        return
    if rendered is not None:
        since = await hub_.call(hub_.log.id_before, rendered)
    await stream(hub_, receive, send, set(channels), since, address)


STREAM_HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache, no-transform"),
    (b"x-accel-buffering", b"no"),  # nginx and others: pass each event on at once
    # Without a proxy in front, pages reach this process on a port of its own: the events are public.
    (b"access-control-allow-origin", b"*"),
]


async def stream(hub_: Hub, receive, send, channels: set[str], since: str | None, address: str) -> None:
    listener = Listener(channels, None if since is None else hub_.log.order(since))
    hub_.add(listener, address)  # before the backlog is read: nothing falls between the two
    watcher = asyncio.ensure_future(disconnected(receive, listener))
    try:
        await send({"type": "http.response.start", "status": 200, "headers": STREAM_HEADERS})
        opening = [f"retry: {RETRY_MILLIS}\n\n".encode()]
        if since is not None:
            backlog = await hub_.call(hub_.log.after, since)
            opening += [event.frame for event in backlog if event.channel in channels]
            if len(backlog) == BATCH:  # further behind than the log reads at once: start afresh
                opening.append(Event(backlog[-1].id, "site", {"type": "reset"}).frame)
            if backlog:
                listener.after = hub_.log.order(backlog[-1].id)
                listener.pending = [e for e in listener.pending if hub_.log.order(e.id) > listener.after]
        await send({"type": "http.response.body", "body": b"".join(opening), "more_body": True})
        while not listener.closed:
            if not (listener.pending or listener.beat):
                await listener.wait()
                continue
            events, listener.pending, listener.beat = listener.pending, [], False
            body = b"".join(event.frame for event in events) if events else HEARTBEAT
            await send({"type": "http.response.body", "body": body, "more_body": True})
        if not watcher.done():  # too slow to keep up: end the stream, the browser resumes from its last id
            await send({"type": "http.response.body", "body": b""})
    except OSError:
        pass  # the reader went away while we wrote
    finally:
        watcher.cancel()
        hub_.remove(listener, address)


async def disconnected(receive, listener: Listener) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
    listener.close()
