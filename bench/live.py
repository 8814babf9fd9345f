"""The live channel under load: 2,000 listeners on one `krant serve` while comments are posted.

    python bench/live.py [--listeners 2000] [--comments 40] [--interval 0.5] [--duration 15]
                         [--redis redis://127.0.0.1:6379/N] [--label live]

The demo in a temporary data directory (the embedded default: SQLite and the shared disk cache, or the
stream in Redis with --redis), `krant serve` with two workers and its live process. The listeners are plain
sockets in this process, each from an address of its own in 127.1.0.0/16 (five per address, within the
per-address limits, which stay on), each on the first article's thread and the site channel, as an article
page opens them. Then, side by side in one run:

- wrk alone on the first article's cached page (64 connections): the page cache's throughput, the baseline
- the listeners connect; the live process's memory before and after gives the memory per listener
- wrk again, while a process of its own posts --comments comments, one every --interval seconds; each post
  notes the moment its transaction commits (an on_commit callback registered before the comment's own), and
  each listener the moment the event arrives: commit-to-arrival p50/p99 over every comment and listener
- the same posting without wrk: the latency when the machine is not kept busy by the readers
- wrk once more with the listeners still open and nothing posted, then alone again once they closed (the
  baseline is the mean of the two runs alone)

The report goes to bench/results/<date>-<label>.md.
"""

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import (  # noqa: E402 - run as a script, bench/ is not on the path
    KRANT,
    SECRET_KEY,
    Processes,
    fetch,
    krant,
    krant_environment,
    run_wrk,
    start_krant,
)

RESULTS = Path(__file__).resolve().parent / "results"
PORT = 8610  # and its live process on 8611
WORKERS = 2
READERS = 64
PER_ADDRESS = 5
TODAY = time.strftime("%Y-%m-%d")

POSTER = """
import json, time
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from krant.community import comments, services
from krant.news.models import ArticlePage
article = ArticlePage.objects.get(pk={article})
members = []
for number in range(20):  # as signup leaves them: a verified address and a display name
    email = f"bank{{number}}@voorbeeld.nl"
    name = f"bank{{number}}"
    user, made = get_user_model().objects.get_or_create(username=name, defaults={{"email": email}})
    if made:
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        services.set_display_name(user, f"Banklezer {{number}}")
    members.append(user)
for number in range({comments}):
    stamp = {{}}
    with transaction.atomic():
        transaction.on_commit(lambda: stamp.setdefault("at", time.time()))  # first: right at the commit
        author = members[number % len(members)]
        text = f"Bankreactie {{number}} over de sluis ({{time.time_ns()}})."  # never the same twice
        comment = comments.post(author, article, text)
    print(json.dumps({{"visible": comment.is_visible, "at": stamp["at"]}}), flush=True)
    time.sleep({interval})
"""


def rss_mib(pattern: str) -> float:
    """Return the summed resident memory (MiB) of the processes whose command line contains `pattern`."""
    total = 0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if pattern.encode() in (status.parent / "cmdline").read_bytes():
                fields = dict(
                    line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line
                )
                total += int(fields["VmRSS"].split()[0])
        except (OSError, KeyError):
            continue
    return total / 1024


class Listeners:
    """Open SSE streams in an event loop of their own; note when each event (by comment count) arrives."""

    def __init__(self, host: str, port: int, path: str, count: int):
        self.host, self.port, self.path, self.count = host, port, path, count
        self.arrivals: list[list[float]] = []  # per listener, each comment event's moment, in order
        self.open = 0
        self.refused = 0
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def start(self) -> None:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.connect_all(), self.loop).result()

    async def connect_all(self) -> None:
        self.tasks = []
        for number in range(self.count):
            address = f"127.1.{number // PER_ADDRESS // 250}.{number // PER_ADDRESS % 250 + 1}"
            self.tasks.append(asyncio.ensure_future(self.listen(address)))
            if number % 100 == 99:
                await asyncio.sleep(0.05)  # let the live process accept them in steps
        while self.open + self.refused < self.count:
            await asyncio.sleep(0.1)

    async def listen(self, address: str) -> None:
        request = f"GET {self.path} HTTP/1.1\r\nHost: {self.host}\r\nAccept: text/event-stream\r\n\r\n"
        moments: list[float] = []
        try:
            reader, writer = await asyncio.open_connection(self.host, self.port, local_addr=(address, 0))
        except OSError:
            self.refused += 1
            return
        try:
            writer.write(request.encode())
            status = await reader.readline()
            if b" 200 " not in status:
                self.refused += 1
                return
            self.open += 1
            self.arrivals.append(moments)
            while True:
                line = await reader.readline()
                if not line:
                    return
                if line.startswith(b"data: ") and b'"type":"comment"' in line:  # cheaper than JSON:
                    moments.append(time.time())  # this loop's own delay counts in the arrival
        except OSError:
            self.refused += 1
        finally:
            writer.close()

    def stop(self) -> None:
        """Close every stream (the live process sees each reader go) and end the loop."""
        asyncio.run_coroutine_threadsafe(self.close_all(), self.loop).result()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()

    async def close_all(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


@dataclass
class Posting:
    posts: list[dict]  # per comment: whether it was published at once, and the moment it committed
    wrk: object

    def delays(self, arrivals: list[list[float]], skip: int) -> list[float]:
        """Return commit-to-arrival in ms for every listener and comment; events come in commit order, so a
        listener's k-th comment event after `skip` is the k-th post here."""
        return [
            (moment - post["at"]) * 1000
            for moments in arrivals
            for moment, post in zip(moments[skip:], self.posts, strict=False)
        ]


def post_comments(environment: dict, article_id: int, options, beside) -> Posting:
    """Post --comments comments from a process of their own while `beside()` runs; return what happened."""
    script = POSTER.format(article=article_id, comments=options.comments, interval=options.interval)
    unlimited = {**environment, "KRANT_RATE_LIMITS": "off"}  # its few members post fast
    command = [*KRANT, "shell", "-c", script]
    poster = subprocess.Popen(command, env=unlimited, stdout=subprocess.PIPE, text=True)  # noqa: S603
    result = beside()
    output, _ = poster.communicate(timeout=600)
    time.sleep(2)  # the last events' arrivals
    return Posting([json.loads(line) for line in output.splitlines() if line.startswith("{")], result)


def latency_line(name: str, delays: list[float]) -> str:
    if not delays:
        return f"- commit to arrival, {name}: nothing arrived"
    return (
        f"- commit to arrival at every listener, {name}: p50 {statistics.median(delays):.0f} ms, "
        f"p99 {percentile(delays, 0.99):.0f} ms, max {max(delays):.0f} ms ({len(delays)} arrivals)"
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--listeners", type=int, default=2000)
    parser.add_argument("--comments", type=int, default=40)
    parser.add_argument("--interval", type=float, default=0.5)
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--redis", default="", help="keep the events in this Redis (its stream krant:live)")
    parser.add_argument("--label", default="live")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="krant-live-bench-") as work, Processes() as processes:
        work = Path(work)
        extra = {"KRANT_REDIS_URL": options.redis} if options.redis else {}
        environment = krant_environment(work / "data", KRANT_SECRET_KEY=SECRET_KEY, **extra)
        print("Loading the demo ...", flush=True)
        krant(environment, "migrate", "-v0")
        krant(environment, "load_demo")
        base = start_krant(processes, environment, PORT, work / "serve.log", workers=WORKERS)
        front = fetch(base + "/")[2].decode()
        article_url = front.split('class="lead-story"', 1)[1].split('href="', 1)[1].split('"', 1)[0]
        article_id = int(article_url.strip("/").split("/")[1])
        for _ in range(3):
            fetch(base + article_url)
        assert fetch(base + article_url)[1]["X-Cache"] == "hit"
        path = f"/live/?kanaal=thread:{article_id}&kanaal=site"

        print("wrk alone ...", flush=True)
        alone = run_wrk(base + article_url, options.duration, READERS)
        live_before = rss_mib("serve_live")
        listeners = Listeners("127.0.0.1", PORT + 1, path, options.listeners)
        listeners.start()
        live_after = rss_mib("serve_live")
        print(f"{listeners.open} listeners open, {listeners.refused} refused", flush=True)

        print("wrk with listeners while comments are posted ...", flush=True)
        crowded = post_comments(
            environment, article_id, options, lambda: run_wrk(base + article_url, options.duration, READERS)
        )
        print("comments posted without wrk ...", flush=True)
        calm = post_comments(environment, article_id, options, lambda: None)
        print("wrk with listeners, quiet ...", flush=True)
        quiet = run_wrk(base + article_url, options.duration, READERS)
        listeners.stop()
        print("wrk alone again ...", flush=True)
        again = run_wrk(base + article_url, options.duration, READERS)

    counted = listeners.open * (len(crowded.posts) + len(calm.posts))
    missing = counted - sum(len(moments) for moments in listeners.arrivals)
    report = [
        f"# The live channel under load ({TODAY})",
        "",
        "`python bench/live.py` on this shared 2-core machine (other engineers' tests and benches ran beside",
        "it, so absolute figures drift between runs; the ratios are side by side in one run). Store: "
        + ("Redis stream" if options.redis else "embedded default (SQLite table, one poll per process)")
        + ".",
        "",
        f"- listeners: {listeners.open} open, {listeners.refused} refused (on thread:{article_id} and site)",
        f"- comments posted: {len(crowded.posts)} while wrk read the article, then {len(calm.posts)} without "
        f"({sum(post['visible'] for post in crowded.posts + calm.posts)} published at once); "
        f"arrivals missing: {missing}",
        latency_line("with wrk beside", crowded.delays(listeners.arrivals, 0)),
        latency_line("without wrk", calm.delays(listeners.arrivals, len(crowded.posts))),
        f"- live process memory: {live_before:.0f} MiB before, {live_after:.0f} MiB with the listeners: "
        f"{(live_after - live_before) * 1024 / max(1, listeners.open):.1f} KiB per listener",
        "",
        "| page cache hit, cached article, wrk 64 connections | req/s | p50 ms | p99 ms | ratio to alone |",
        "|---|---|---|---|---|",
    ]
    baseline = (alone.rps + again.rps) / 2  # before the listeners opened and after they closed
    phases = [
        ("alone, before", alone),
        ("with listeners, comments posted", crowded.wrk),
        ("with listeners, quiet", quiet),
        ("alone, after", again),
    ]
    for name, result in phases:
        ratio = result.rps / baseline
        report.append(f"| {name} | {result.rps:,.0f} | {result.p50:.1f} | {result.p99:.1f} | {ratio:.2f} |")
    text = "\n".join(report) + "\n"
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{TODAY}-{options.label}.md").write_text(text)


if __name__ == "__main__":
    main()
