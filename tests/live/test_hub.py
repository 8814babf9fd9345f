"""The live channel across real processes: two `krant serve`, each with its live process, on the embedded
default (SQLite and the shared disk cache) and on Redis; resume with Last-Event-ID; the polling fallback
through the workers; and the stream's refusals."""

import asyncio
import http.client
import json
import subprocess
import sys
import time
from contextlib import ExitStack
from urllib.parse import urlsplit

import pytest

from krant.live import hub, views
from krant.live.log import Event
from krant.live.redis_log import STREAM
from tests.conftest import database_url
from tests.factories import make_article, make_site
from tests.live.test_log import redis_log
from tests.processes import fetch, krant_environment, python_answer, serving, wait_until
from tests.redis_dbs import redis_url

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

STORES = [
    pytest.param({}, id="embedded"),
    pytest.param({"KRANT_REDIS_URL": redis_url("live")}, id="redis"),
]


class Stream:
    """One reader's stream, read event by event as a browser's EventSource would."""

    def __init__(self, url: str, last_event_id: str | None = None):
        parts = urlsplit(url)
        self.connection = http.client.HTTPConnection(
            parts.hostname, parts.port, timeout=hub.HEARTBEAT_SECONDS + 10
        )
        headers = {"Accept": "text/event-stream"}
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        self.connection.request("GET", f"{parts.path}?{parts.query}", headers=headers)
        self.response = self.connection.getresponse()

    def next_event(self) -> tuple[str, dict]:
        """Return the next event's id and data; heartbeats and the retry hint are skipped."""
        event_id = data = None
        while True:
            line = self.response.readline().decode()
            if not line:
                raise EOFError("the stream ended")
            line = line.rstrip("\n")
            if line.startswith("id: "):
                event_id = line.removeprefix("id: ")
            elif line.startswith("data: "):
                data = json.loads(line.removeprefix("data: "))
            elif not line and data is not None:
                return event_id, data

    def close(self):
        self.connection.close()


def live_base(base: str) -> str:
    """Return the address of the live process of the `krant serve` at `base` (its port + 1)."""
    parts = urlsplit(base)
    live = f"http://{parts.hostname}:{parts.port + 1}"
    wait_until(lambda: fetch(f"{live}/live/?kanaal=x")[0] == 400, "the live process to answer", 30)
    return live


def post_comment(environment: dict, user_id: int, article_id: int, text: str) -> None:
    """Post a comment from a process of its own, as a worker on another machine would."""
    script = (
        "from krant.community import comments\n"
        "from django.contrib.auth import get_user_model\n"
        "from krant.news.models import ArticlePage\n"
        f"user = get_user_model().objects.get(pk={user_id})\n"
        f"comments.post(user, ArticlePage.objects.get(pk={article_id}), {text!r})\n"
    )
    subprocess.run([sys.executable, "-m", "krant", "shell", "-c", script], env=environment, check=True)  # noqa: S603


@pytest.mark.parametrize("store", STORES)
def test_a_comment_reaches_listeners_of_both_servers_and_resumes_after_a_drop(store, tmp_path, member):
    """A comment posted in a third process reaches a listener of each `krant serve`'s live process with the
    same id; a listener that dropped and comes back with Last-Event-ID gets what it missed, in order, and
    nothing twice; the workers' polling fallback gives the same events."""
    if store:
        redis_log()  # skips without Redis; empties the stream of an earlier run
    tree = make_site()
    article = make_article(tree.binnenland, "Nieuwe sluis bij Zandmeer")
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, **store
    )
    if store:  # Redis brings the RQ apps, whose tables the test database lacks
        subprocess.run([sys.executable, "-m", "krant", "migrate", "-v0"], env=environment, check=True)  # noqa: S603
    channel = f"kanaal=thread:{article.pk}"
    with ExitStack() as running:
        first = running.enter_context(
            serving("serve", "--workers", "2", "--no-worker", environment=environment)
        )
        second = running.enter_context(
            serving("serve", "--workers", "2", "--no-worker", "--no-scheduler", environment=environment)
        )
        streams = [Stream(f"{live_base(base)}/live/?{channel}") for base in (first, second)]
        assert [stream.response.status for stream in streams] == [200, 200]
        assert streams[0].response.headers["Cache-Control"] == "no-cache, no-transform"
        assert streams[0].response.headers["X-Accel-Buffering"] == "no"
        start = json.loads(fetch(f"{first}/live/poll/?{channel}")[2])["last"]

        post_comment(environment, member.pk, article.pk, "Eindelijk varen de boten weer door.")
        arrived = [stream.next_event() for stream in streams]
        assert arrived[0] == arrived[1]
        seen_id, data = arrived[0]
        assert data == {
            "channel": f"thread:{article.pk}",
            "type": "comment",
            "thread": article.pk,
            "count": 1,
        }

        streams[0].close()  # the connection drops; two comments come while it is away
        post_comment(environment, member.pk, article.pk, "De brug gaat nu vaker open.")
        post_comment(environment, member.pk, article.pk, "Dat merk je in de spits.")
        missed = [streams[1].next_event() for _ in range(2)]
        back = Stream(f"{live_base(first)}/live/?{channel}", last_event_id=seen_id)
        assert [back.next_event() for _ in range(2)] == missed
        assert [data["count"] for _, data in missed] == [2, 3]

        for base in (first, second, first, second):  # new connections: both workers of each server
            polled = json.loads(fetch(f"{base}/live/poll/?{channel}&na={start}")[2])
            assert [(event["id"], event["count"]) for event in polled["events"]] == [
                (seen_id, 1),
                *((event_id, data["count"]) for event_id, data in missed),
            ]
        back.close()
        streams[1].close()


def test_the_stream_refuses_bad_requests_clearly(tmp_path, settings):
    """Bad channels and event ids get 400 with a message, other methods 405, and one address holding
    too many streams 429: never a 500."""
    make_site()
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    with serving("serve", "--workers", "1", "--no-worker", "--no-scheduler", environment=environment) as base:
        live = live_base(base)
        for query, headers in [
            ("", {}),
            ("kanaal=leden", {}),
            ("kanaal=thread:0", {}),
            ("kanaal=site" + "&kanaal=thread:1" * 8, {}),
            ("kanaal=site", {"Last-Event-ID": "gisteren"}),
            ("kanaal=site", {"Last-Event-ID": "1' OR 1=1"}),
            ("kanaal=site&sinds=gisteren", {}),
        ]:
            status, answer_headers, body = fetch(f"{live}/live/?{query}", headers)
            assert status == 400, (query, headers)
            assert answer_headers["Content-Type"].startswith("text/plain") and body.strip()
        assert fetch(f"{live}/live/anders/")[0] == 404
        assert fetch(f"{live}/live/?kanaal=site", method="POST")[0] == 405

        held = [Stream(f"{live}/live/?kanaal=site") for _ in range(hub.STREAMS_PER_ADDRESS)]
        assert {stream.response.status for stream in held} == {200}
        status, headers, _ = fetch(f"{live}/live/?kanaal=site")
        assert status == 429 and headers["Retry-After"] == "60"
        for stream in held:
            stream.close()
        wait_until(lambda: fetch(f"{live}/live/?kanaal=x")[0] == 400, "the live process to go on", 10)


def test_the_live_process_runs_without_djangos_apps(tmp_path):
    """The live process's application loads krant's settings and what it needs, not Django's app registry,
    Wagtail or the site's apps (hundreds of MiB it would hold for nothing)."""
    script = (
        "import json, sys\n"
        "import krant.live.asgi\n"
        "from django.apps import apps\n"
        "heavy = ('wagtail', 'allauth', 'krant.news', 'krant.community', 'django.contrib.admin')\n"
        "print(json.dumps([apps.ready, sorted({m for m in sys.modules if m.startswith(heavy)})]))\n"
    )
    assert python_answer(script, tmp_path) == [False, []]


@pytest.mark.parametrize("store", STORES)
def test_streams_and_polls_of_one_address_count_together(store, tmp_path):
    """An address's openings are counted in the shared store by the live process and by a worker alike:
    polls on the worker and a stream on the live process together reach the limit, then both refuse."""
    if store:
        redis_log()  # skips without Redis; empties the database of an earlier run
    make_site()
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, **store
    )
    if store:  # Redis brings the RQ apps, whose tables the test database lacks
        subprocess.run([sys.executable, "-m", "krant", "migrate", "-v0"], env=environment, check=True)  # noqa: S603
    arguments = ("serve", "--workers", "1", "--no-worker", "--no-scheduler")
    with serving(*arguments, environment=environment) as base:
        live = live_base(base)
        # The limit counts per minute: start early in one, so all of this falls in it (a second or two).
        wait_until(lambda: time.time() % 60 < 45, "an early moment in a minute", 20)
        minute = int(time.time() // 60)
        polls = [fetch(f"{base}/live/poll/?kanaal=site")[0] for _ in range(views.OPENS_PER_MINUTE - 1)]
        assert set(polls) == {200}
        last = Stream(f"{live}/live/?kanaal=site")  # the last opening the limit allows
        assert last.response.status == 200
        assert fetch(f"{base}/live/poll/?kanaal=site")[0] == 429
        refused = Stream(f"{live}/live/?kanaal=site")
        assert refused.response.status == 429 and refused.response.headers["Retry-After"] == "60"
        assert int(time.time() // 60) == minute
        refused.close()
        last.close()


def test_a_first_stream_starts_from_the_pages_render_time(monkeypatch):
    """A page kept in a cache, or loading while something happened, opens its stream with ?sinds= its
    render time: it gets the events since then first; a reconnect's Last-Event-ID goes before it."""
    log = redis_log()
    rendered = 1_765_000_000  # Unix seconds, the page's Last-Modified
    for seconds, article in [(rendered - 60, 1), (rendered - 1, 2)]:
        fields = {"c": "site", "d": json.dumps({"type": "article", "article": article})}
        log.client.xadd(STREAM, fields, id=f"{seconds * 1000}-0")
    missed = f"{(rendered - 1) * 1000}-0"

    async def opening(query: str, headers=()) -> bytes:
        hub_ = hub.Hub()
        hub_.log = log
        monkeypatch.setattr(hub, "hub", hub_)
        sent = []

        async def receive():
            return {"type": "http.disconnect"}  # the reader leaves once the opening is sent

        async def send(message):
            sent.append(message)

        scope = {
            "type": "http",
            "method": "GET",
            "path": "/live/",
            "query_string": query.encode(),
            "headers": [(name.encode(), value.encode()) for name, value in headers],
            "client": ("192.0.2.7", 4000),
        }
        await hub.serve(scope, receive, send)
        await hub_.stop()
        assert sent[0]["status"] == 200
        return b"".join(message.get("body", b"") for message in sent[1:])

    first = asyncio.run(opening(f"kanaal=site&sinds={rendered}"))
    assert f"id: {missed}\n".encode() in first and b'"article":2' in first
    assert b'"article":1' not in first
    again = asyncio.run(opening(f"kanaal=site&sinds={rendered}", [("last-event-id", missed)]))
    assert b"id: " not in again


def test_each_stream_gets_the_heartbeat_and_each_event_once(monkeypatch):
    """The hub's one heartbeat task reaches every quiet stream, an event reaches each listener of its
    channel once, and a reader who leaves is forgotten. In one event loop, as granian runs the hub; the ASGI
    server's send and receive are stand-ins that note what was sent."""
    monkeypatch.setattr(hub, "HEARTBEAT_SECONDS", 0.01)
    event = Event("7", "site", {"type": "article", "article": 3})

    async def scenario():
        hub_ = hub.Hub()
        boxes = {"site": [], "thread:4": [], "both": []}
        gone = asyncio.Event()

        async def receive():
            await gone.wait()
            return {"type": "http.disconnect"}

        def sender(box):
            async def send(message):
                box.append(message.get("body"))

            return send

        channels = {"site": {"site"}, "thread:4": {"thread:4"}, "both": {"site", "thread:4"}}
        streams = [
            asyncio.create_task(hub.stream(hub_, receive, sender(box), channels[name], None, "192.0.2.1"))
            for name, box in boxes.items()
        ]
        while not all(hub.HEARTBEAT in box for box in boxes.values()):
            await asyncio.sleep(0.01)
        hub_.dispatch([event])
        while not all(event.frame in boxes[name] for name in ("site", "both")):
            await asyncio.sleep(0.01)
        gone.set()
        await asyncio.gather(*streams)
        await hub_.stop()  # on PostgreSQL its LISTEN connection too, or the test database stays in use
        assert hub_.count == 0 and not hub_.by_channel and not hub_.by_address
        return {name: box.count(event.frame) for name, box in boxes.items()}

    assert asyncio.run(asyncio.wait_for(scenario(), 60)) == {"site": 1, "thread:4": 0, "both": 1}
