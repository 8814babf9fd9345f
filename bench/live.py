"""The live channel under load: 2,000 listeners on one `krant serve` while comments are posted.

    python bench/live.py [--listeners 2000] [--comments 40] [--interval 0.5] [--duration 15]
                         [--redis redis://127.0.0.1:6379/N] [--label live] [--port 8610]

The demo in a temporary data directory (the embedded default: SQLite and the shared disk cache, or the
stream in Redis with --redis), `krant serve` with two workers and its live process (on --port + 1). The
listeners are plain sockets in a process of their own (bench/live_listeners.py, as lean a reader as a stream
allows), each from an address of its own in 127.1.0.0/16 (five per address, within the per-address limits,
which stay on), each on the first article's thread and the site channel, as an article page opens them.
Then, side by side in one run:

- wrk alone on the first article's cached page (64 connections): the page cache's throughput, the baseline
- the listeners connect; the live process's memory before and after gives the memory per listener
- wrk again, for as long as a process of its own posts --comments comments, one every --interval seconds;
  each post notes the moment its transaction commits (an on_commit callback registered before the comment's
  own), and each listener the moment the event arrives: commit-to-arrival p50/p99 over every comment and
  listener, and the CPU the live process and the listeners used per event
- the same posting without wrk: the latency when the machine is not kept busy by the readers
- wrk once more with the listeners still open and nothing posted, then alone again once they closed (the
  baseline is the mean of the two runs alone)

The report goes to bench/results/<date>-<label>.md.
"""

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
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
# The live process's command line: `python -m krant.live`, or `krant serve_live` before it ran without Django.
LIVE_COMMANDS = (b"krant.live", b"serve_live")
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
print("ready", flush=True)  # Django is up: what runs beside the posting starts now
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


def live_processes() -> list[Path]:
    """Return the /proc directories of the live process: granian's main process and the worker it forked."""
    roots, parents = set(), {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            command = (stat.parent / "cmdline").read_bytes()
            parents[stat.parent.name] = stat.read_text().rsplit(")", 1)[1].split()[1]
        except OSError:
            continue
        if any(name in command for name in LIVE_COMMANDS):
            roots.add(stat.parent.name)
    return [Path("/proc", pid) for pid, parent in parents.items() if pid in roots or parent in roots]


def rss_mib(processes: list[Path]) -> float:
    """Return the summed resident memory (MiB) of these processes."""
    total = 0
    for process in processes:
        with contextlib.suppress(OSError, StopIteration):
            lines = (process / "status").read_text().splitlines()
            total += int(next(line for line in lines if line.startswith("VmRSS")).split()[1])
    return total / 1024


def cpu_seconds(processes: list[Path]) -> float:
    """Return the CPU time (user and system) these processes used so far."""
    total = 0
    for process in processes:
        with contextlib.suppress(OSError):
            fields = (process / "stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


class Listeners:
    """The streams, in a process of their own (bench/live_listeners.py), started and stopped from here."""

    def __init__(self, host: str, port: int, path: str, count: int):
        script = Path(__file__).resolve().parent / "live_listeners.py"
        command = [sys.executable, str(script), host, str(port), path, str(count)]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # noqa: S603
        opened = json.loads(self.process.stdout.readline())
        self.open, self.refused = opened["open"], opened["refused"]
        self.proc = [Path("/proc", str(self.process.pid))]
        self.arrivals: list[list[float]] = []  # per stream, each comment event's moment, in order

    def stop(self) -> None:
        """Close every stream and read the moments each noted."""
        self.arrivals = json.loads(self.process.communicate("stop\n", timeout=120)[0])


@dataclass
class Posting:
    posts: list[dict]  # per comment: whether it was published at once, and the moment it committed
    wrk: object
    live_cpu: float  # CPU seconds the live process used meanwhile (its fan-out of these events)
    listeners_cpu: float  # and the bench's listeners (reading them)

    def cpu_line(self, name: str) -> str:
        events = max(1, len(self.posts))
        return (
            f"- CPU per comment event, {name}: live process {self.live_cpu * 1000 / events:.0f} ms, "
            f"the bench's listeners {self.listeners_cpu * 1000 / events:.0f} ms"
        )

    def delays(self, arrivals: list[list[float]], skip: int) -> list[float]:
        """Return commit-to-arrival in ms for every listener and comment; events come in commit order, so a
        listener's k-th comment event after `skip` is the k-th post here."""
        return [
            (moment - post["at"]) * 1000
            for moments in arrivals
            for moment, post in zip(moments[skip:], self.posts, strict=False)
        ]


def post_comments(environment: dict, article_id: int, options, beside, listeners: "Listeners") -> Posting:
    """Post --comments comments from a process of their own while `beside()` runs; return what happened."""
    script = POSTER.format(article=article_id, comments=options.comments, interval=options.interval)
    unlimited = {**environment, "KRANT_RATE_LIMITS": "off"}  # its few members post fast
    command = [*KRANT, "shell", "-c", script]
    poster = subprocess.Popen(command, env=unlimited, stdout=subprocess.PIPE, text=True)  # noqa: S603
    poster.stdout.readline()  # "ready": its Django has started, the posts come next
    live = live_processes()
    cpu = cpu_seconds(live), cpu_seconds(listeners.proc)
    result = beside()
    output, _ = poster.communicate(timeout=600)
    time.sleep(2)  # the last events' arrivals
    return Posting(
        [json.loads(line) for line in output.splitlines() if line.startswith("{")],
        result,
        cpu_seconds(live) - cpu[0],
        cpu_seconds(listeners.proc) - cpu[1],
    )


def latency_line(name: str, delays: list[float]) -> str:
    if not delays:
        return f"- commit to arrival, {name}: nothing arrived"
    return (
        f"- commit to arrival at every listener, {name}: p50 {statistics.median(delays):.0f} ms, "
        f"p99 {percentile(delays, 0.99):.0f} ms, max {max(delays):.0f} ms ({len(delays)} arrivals)"
    )


def load_end() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


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
    parser.add_argument("--port", type=int, default=PORT, help=f"krant serve's (default {PORT}); live: +1")
    options = parser.parse_args()

    load_start = load_end()
    with tempfile.TemporaryDirectory(prefix="krant-live-bench-") as work, Processes() as processes:
        work = Path(work)
        extra = {"KRANT_REDIS_URL": options.redis} if options.redis else {}
        environment = krant_environment(work / "data", KRANT_SECRET_KEY=SECRET_KEY, **extra)
        print("Loading the demo ...", flush=True)
        krant(environment, "migrate", "-v0")
        krant(environment, "load_demo")
        base = start_krant(processes, environment, options.port, work / "serve.log", workers=WORKERS)
        front = fetch(base + "/")[2].decode()
        article_url = front.split('class="lead-story"', 1)[1].split('href="', 1)[1].split('"', 1)[0]
        article_id = int(article_url.strip("/").split("/")[1])
        for _ in range(3):
            fetch(base + article_url)
        assert fetch(base + article_url)[1]["X-Cache"] == "hit"
        path = f"/live/?kanaal=thread:{article_id}&kanaal=site"

        print("wrk alone ...", flush=True)
        alone = run_wrk(base + article_url, options.duration, READERS)
        live_before = rss_mib(live_processes())
        listeners = Listeners("127.0.0.1", options.port + 1, path, options.listeners)
        live_after = rss_mib(live_processes())
        print(f"{listeners.open} listeners open, {listeners.refused} refused", flush=True)

        print("wrk with listeners while comments are posted ...", flush=True)
        posting = int(options.comments * options.interval) + 1  # wrk runs while every comment is posted
        crowded = post_comments(
            environment, article_id, options, lambda: run_wrk(base + article_url, posting, READERS), listeners
        )
        print("comments posted without wrk ...", flush=True)
        calm = post_comments(environment, article_id, options, lambda: None, listeners)
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
        + f". Load average (1, 5, 15 min) at the start: {load_start}; at the end: {load_end()}.",
        "",
        f"- listeners: {listeners.open} open, {listeners.refused} refused (on thread:{article_id} and site)",
        f"- comments posted: {len(crowded.posts)} while wrk read the article, then {len(calm.posts)} without "
        f"({sum(post['visible'] for post in crowded.posts + calm.posts)} published at once); "
        f"arrivals missing: {missing}",
        latency_line("with wrk beside", crowded.delays(listeners.arrivals, 0)),
        latency_line("without wrk", calm.delays(listeners.arrivals, len(crowded.posts))),
        crowded.cpu_line("with wrk beside"),
        calm.cpu_line("without wrk"),
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
