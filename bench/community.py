"""The community under load: 200 members commenting and giving respect while readers fetch cached pages.

    python bench/community.py [--short] [--members 200] [--duration 30] [--hot 5] [--big 2000]
                              [--comment-rate 42] [--respect-rate 42] [--reader-rate 1000]
                              [--label community]

On PostgreSQL (database krant_demo_bench, dropped first) and Redis (db 14, flushed), with `krant serve` (two
workers, as the other benches run it) and KRANT_RATE_LIMITS=off (every member posts from 127.0.0.1, so the
per-address limits would measure themselves). Setup (bench/community_db.py, in `krant shell`): the demo's
articles, `--members` members as signup leaves them, each with an API token, `--hot` of the newest articles
opened for comments, and one thread of `--big` comments written in bulk.

Then, each phase `--duration` seconds, with wrk reading the first hot article's cached page beside it:

- readers alone        wrk only: the page cache's throughput, the baseline of the ratio
- flat out             every member, one request after another: posts (a third of them replies) and
                       respect for comments others wrote; how many writes per second the site absorbs
- the day's pace       the members together at --comment-rate comments/s and --respect-rate respect/s
                       (the issue's target: 25,000 comments in 10 minutes is 42/s), p50/p99 at that pace
- ... and a crowd      the same pace while wrk reads at --reader-rate pages/s (1,000/s is 60,000 readers a
                       minute, the breaking-news crowd of issue #10) rather than as fast as it can

'Readers beside' phases run wrk flat out: then the readers take every cycle the writers leave, and the
writers' latency measures how the two share a saturated machine, not the site at a crowd's pace.

Then the big thread's first page through the API, time to first byte (the first request, then 20 more), and
the proof (bench/community_db.prove): every comment the API accepted (201) and every respect it accepted
(200) is stored, and every counter (Thread.comment_count against comments.recount, Comment.respect_count
against its respect rows) is exact. The report goes to bench/results/<date>-<label>.md.

The API calls are in `Member.post` and `Member.respect` (the contract of issue #11's API: Token auth,
POST /api/v1/articles/<id>/comments/ -> 201 {"id"}, POST /api/v1/comments/<id>/respect/ -> 200, 409 twice).
"""

import argparse
import http.client
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import (  # noqa: E402 - run as a script, bench/ is not on the path
    KRANT,
    REPOSITORY,
    SECRET_KEY,
    Processes,
    WrkResult,
    create_database,
    drop_database,
    fetch,
    krant,
    krant_environment,
    krant_knows,
    run_wrk,
    start_krant,
)

RESULTS = Path(__file__).resolve().parent / "results"
DATABASE = "krant_demo_bench"
REDIS = "redis://127.0.0.1:6379/14"
PORT = 18400
WORKERS = 2
READERS = 64  # wrk connections
REPLY_SHARE = 1 / 3
TARGET_RATE = 25_000 / 600  # the issue: a day's comments in ten minutes
TARGET_P99 = 250  # ms
MAX_BUSY = 3  # a member gives up after this many 503s in a row (an error in the report)
TODAY = time.strftime("%Y-%m-%d")


@dataclass
class Outcome:
    kind: str  # "comment" or "respect"
    status: int
    ms: float  # from the first try to the final answer, waits for Retry-After included
    busy: int = 0  # 503 answers (busy: no database connection free in time) before the final one


@dataclass
class Shared:
    """What the members of one run know together: the comments accepted so far, by article."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    by_article: dict = field(default_factory=dict)  # article id -> [(comment id, author member id)]
    comments: list = field(default_factory=list)  # every accepted comment id
    respects: list = field(default_factory=list)  # every accepted (member id, comment id)
    outcomes: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # a few unexpected answers, for the report

    def accepted(self, article: int, comment: int, author: int) -> None:
        with self.lock:
            self.by_article.setdefault(article, []).append((comment, author))
            self.comments.append(comment)


class Member:
    """One member with their own token and keep-alive connection; the API calls live here only."""

    def __init__(
        self, number: int, token: str, member_id: int, port: int, shared: Shared, rng: random.Random
    ):
        self.number, self.token, self.id = number, token, member_id
        self.shared, self.rng = shared, rng
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.respected: set[int] = set()
        self.written = 0
        self.busy = 0  # 503 answers to the current call

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict, float]:
        """Send the request, again after Retry-After while the server answers 503 (busy), as an app does.

        The time is the member's: from the first try to the final answer.
        """
        headers = {"Authorization": f"Token {self.token}", "Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        started = time.perf_counter()
        self.busy = 0
        while True:
            try:
                self.connection.request(method, path, body=data, headers=headers)
                response = self.connection.getresponse()
                raw = response.read()
            except (OSError, http.client.HTTPException) as error:
                self.connection.close()  # reconnects on the next request
                return 0, {"error": repr(error)}, (time.perf_counter() - started) * 1000
            retry_after = response.getheader("Retry-After")
            if response.status != 503 or retry_after is None or self.busy >= MAX_BUSY:
                break
            self.busy += 1
            time.sleep(int(retry_after))
        ms = (time.perf_counter() - started) * 1000
        try:
            answer = json.loads(raw) if raw else {}
        except ValueError:
            answer = {"raw": raw[:200].decode(errors="replace")}
        return response.status, answer, ms

    def post(self, article: int, parent: int | None) -> None:
        self.written += 1
        text = f"Reactie {self.written} van lid {self.number}: zo kijk ik ertegenaan, met wat uitleg erbij."
        status, answer, ms = self.call(
            "POST", f"/api/v1/articles/{article}/comments/", {"body": text, "parent": parent}
        )
        self.record("comment", status, ms, answer)
        if status == 201:
            self.shared.accepted(article, answer["id"], self.id)

    def respect(self, comment: int) -> None:
        status, answer, ms = self.call("POST", f"/api/v1/comments/{comment}/respect/")
        self.record("respect", status, ms, answer, expected=(200, 409))
        self.respected.add(comment)
        if status == 200:
            with self.shared.lock:
                self.shared.respects.append((self.id, comment))

    def record(self, kind: str, status: int, ms: float, answer: dict, expected=(201,)) -> None:
        with self.shared.lock:
            self.shared.outcomes.append(Outcome(kind, status, ms, self.busy))
            if status not in expected and len(self.shared.errors) < 10:
                self.shared.errors.append(f"{kind}: {status} {json.dumps(answer)[:200]}")

    def act(self, articles: list[int], kind: str | None = None) -> None:
        """Post a comment or a reply, or give respect to another member's comment (`kind`, else by chance)."""
        article = self.rng.choice(articles)
        with self.shared.lock:
            known = list(self.shared.by_article.get(article, ())[-200:])
        others = [comment for comment, author in known if author != self.id and comment not in self.respected]
        kind = kind or ("respect" if others and self.rng.random() < 0.5 else "comment")
        if kind == "respect" and others:
            self.respect(self.rng.choice(others))
        else:
            parent = self.rng.choice(known)[0] if known and self.rng.random() < REPLY_SHARE else None
            self.post(article, parent)


def run_members(members: list[Member], articles: list[int], seconds: float, rates: tuple | None) -> float:
    """Let every member act until `seconds` pass: flat out, or together at (comments/s, respect/s)."""
    deadline = time.monotonic() + seconds

    def flat_out(member: Member):
        while time.monotonic() < deadline:
            member.act(articles)

    def paced(member: Member):
        comment_rate, respect_rate = rates
        # Each member's share of the rate, as a schedule: behind it, they act at once (no hidden queue).
        interval = len(members) / (comment_rate + respect_rate)
        due = time.monotonic() + member.rng.uniform(0, interval)
        while due < deadline:
            time.sleep(max(0.0, due - time.monotonic()))
            kind = (
                "comment" if member.rng.random() < comment_rate / (comment_rate + respect_rate) else "respect"
            )
            member.act(articles, kind)
            due += interval

    started = time.monotonic()
    threads = [threading.Thread(target=paced if rates else flat_out, args=(m,)) for m in members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


def paced_wrk_script(work: Path, rate: float) -> Path:
    """A wrk script for `rate` requests/s in all: each connection waits its share before the next request."""
    script = work / "crowd.lua"
    script.write_text(f"function delay()\n  return {READERS * 1000 / rate:.0f}\nend\n")
    return script


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@dataclass
class Phase:
    name: str
    seconds: float
    outcomes: list
    readers: WrkResult | None  # wrk beside the members, if it ran
    x_cache_after: str | None  # X-Cache of the readers' page fetched right after the phase
    load: float  # the machine's load average over the last minute, at the phase's end

    def rate(self, kind: str, statuses=(200, 201)) -> float:
        return sum(1 for o in self.outcomes if o.kind == kind and o.status in statuses) / self.seconds

    def latency(self, kind: str, share: float) -> float:
        return percentile([o.ms for o in self.outcomes if o.kind == kind], share)

    def count(self, kind: str, statuses) -> int:
        return sum(1 for o in self.outcomes if o.kind == kind and o.status in statuses)


def in_krant_shell(environment: dict, code: str) -> dict:
    """Run `code` in `krant shell` with the bench's database; return the JSON it printed after 'BENCH '."""
    done = subprocess.run(  # noqa: S603
        [*KRANT, "shell", "-c", code], env=environment, cwd=REPOSITORY, capture_output=True, text=True
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("BENCH ")), None)
    if done.returncode or line is None:
        raise RuntimeError(f"krant shell failed:\n{done.stdout[-2000:]}{done.stderr[-4000:]}")
    return json.loads(line.removeprefix("BENCH "))


def first_byte_ms(port: int, path: str, token: str) -> float:
    """Return the milliseconds until the status line and headers of `path` arrived, on a new connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    started = time.perf_counter()
    connection.request("GET", path, headers={"Authorization": f"Token {token}", "Accept": "application/json"})
    response = connection.getresponse()
    ms = (time.perf_counter() - started) * 1000
    body = response.read()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"GET {path}: {response.status} {body[:300]!r}")
    return ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="A smoke run: 10 members, 3 s phases, 200.")
    parser.add_argument("--members", type=int, default=200, help="Concurrent members (default 200).")
    parser.add_argument("--duration", type=int, default=30, help="Seconds per phase (default 30).")
    parser.add_argument("--hot", type=int, default=5, help="Articles commented on (default 5).")
    parser.add_argument("--big", type=int, default=2000, help="Comments in the long thread (default 2000).")
    parser.add_argument("--comment-rate", type=float, default=42, help="Comments/s at pace (default 42).")
    parser.add_argument("--respect-rate", type=float, default=42, help="Respect/s at pace (default 42).")
    parser.add_argument(
        "--reader-rate", type=float, default=1000, help="Pages/s of the paced crowd (default 1000)."
    )
    parser.add_argument("--database", default=DATABASE, help=f"PostgreSQL database (default {DATABASE}).")
    parser.add_argument("--redis", default=REDIS, help=f"Redis database URL (default {REDIS}).")
    parser.add_argument("--port", type=int, default=PORT, help=f"Port of krant serve (default {PORT}).")
    parser.add_argument("--label", help="Results file: bench/results/<date>-<label>.md (default community).")
    args = parser.parse_args()
    if args.short:
        args.members, args.duration, args.big = 10, 3, 200
        args.comment_rate, args.respect_rate = 10, 10
    label = args.label or ("community-short" if args.short else "community")
    if not shutil.which("wrk"):
        sys.exit("bench: wrk is missing (Debian: apt install wrk)")
    if not krant_knows("KRANT_RATE_LIMITS"):
        sys.exit("bench: this krant cannot turn its rate limits off (KRANT_RATE_LIMITS)")
    with tempfile.TemporaryDirectory(prefix="krant-community-") as temporary, Processes() as processes:
        work = Path(temporary)
        try:
            report = run(args, work, processes)
        except RuntimeError as error:
            for log in work.rglob("*.log"):
                print(f"--- {log.name}\n{log.read_text()[-3000:]}", file=sys.stderr)
            sys.exit(f"bench: {error}")
    print(report)
    if not args.short:
        RESULTS.mkdir(exist_ok=True)
        output = RESULTS / f"{TODAY}-{label}.md"
        output.write_text(report)
        print(f"Written to {output}")


def step(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def run(args, work: Path, processes: Processes) -> str:
    step("krant demo on PostgreSQL + Redis")
    drop_database(args.database)
    redis.Redis.from_url(args.redis).flushdb()
    environment = krant_environment(
        work / "data",
        KRANT_SECRET_KEY=SECRET_KEY,
        KRANT_DATABASE_URL=create_database(args.database),
        KRANT_REDIS_URL=args.redis,
        KRANT_RATE_LIMITS="off",
        KRANT_BASE_URL=f"http://127.0.0.1:{args.port}",
    )
    krant(environment, "migrate", "--verbosity", "0")
    krant(environment, "load_demo")
    step(f"{args.members} members with tokens, {args.hot} open articles, a thread of {args.big} comments")
    setup = in_krant_shell(
        environment,
        "from bench import community_db; "
        f"community_db.main('prepare', {args.members}, {args.hot}, {args.big})",
    )
    base = start_krant(processes, environment, args.port, work / "krant.log", "--no-worker", workers=WORKERS)
    articles = [article["id"] for article in setup["hot"]]
    reading = base + setup["hot"][0]["url"]
    status, headers, _ = fetch(reading)
    if status != 200:
        raise RuntimeError(f"GET {reading}: {status}")
    fetch(reading)  # stored now, if not already
    cache_note = headers.get("X-Cache", "?")

    shared = Shared()
    members = [
        Member(n, entry["token"], entry["member"], args.port, shared, random.Random(f"member-{n}"))  # noqa: S311
        for n, entry in enumerate(setup["tokens"])
    ]
    # A first comment under every hot article, so respect has something to go to from the start.
    for member, article in zip(members, articles, strict=False):
        member.post(article, None)
    if not shared.comments:
        raise RuntimeError(f"no comment accepted: {shared.errors}")
    shared.outcomes.clear()

    phases = []
    step(f"readers alone ({args.duration} s)")
    alone = run_wrk(reading, args.duration, READERS)
    pace = (args.comment_rate, args.respect_rate)
    at_pace = f"{args.comment_rate:g} comments/s + {args.respect_rate:g} respect/s"
    crowd = paced_wrk_script(work, args.reader_rate)
    for name, rates, with_readers in [
        ("flat out", None, False),
        ("flat out, readers beside", None, True),
        (at_pace, pace, False),
        (f"{at_pace}, readers beside", pace, True),
        (f"{at_pace}, {args.reader_rate:,.0f} readers/s beside", pace, crowd),
    ]:
        step(f"{name}: {args.members} members ({args.duration} s)")
        for member in members:
            member.connection.close()  # idle through the last phase, the server may have closed it: reconnect
        shared.outcomes = []
        readers: list[WrkResult] = []
        script = with_readers if isinstance(with_readers, Path) else None
        wrk = threading.Thread(
            target=lambda out=readers, paced=script: out.append(
                run_wrk(reading, args.duration, READERS, paced)
            )
        )
        if with_readers:
            wrk.start()
        seconds = run_members(members, articles, args.duration, rates)
        if with_readers:
            wrk.join()
        # Whether the page readers fetch was still served from the cache while comments came in.
        _status, page_headers, _body = fetch(reading)
        processes.check()
        phases.append(
            Phase(
                name,
                seconds,
                shared.outcomes,
                readers[0] if readers else None,
                page_headers.get("X-Cache"),
                os.getloadavg()[0],
            )
        )

    step("respect given a second time")
    again_members = [m for m in members if m.respected][:20]
    for member in again_members:
        member.connection.close()  # idle since the last phase: reconnect
    shared.outcomes = []
    for member in again_members:
        member.respect(next(iter(member.respected)))
    twice = [o.status for o in shared.outcomes]

    step(f"first page of the {args.big}-comment thread")
    thread_path = f"/api/v1/articles/{setup['big']['id']}/comments/"
    token = setup["tokens"][0]["token"]
    first = first_byte_ms(args.port, thread_path, token)
    again = [first_byte_ms(args.port, thread_path, token) for _ in range(20)]

    step("proof: every accepted write stored, every counter equal to a recount")
    accepted = work / "accepted.json"
    accepted.write_text(
        json.dumps(
            {
                "comments": shared.comments,
                "respects": shared.respects,
                "articles": [*articles, setup["big"]["id"]],
            }
        )
    )
    proof = in_krant_shell(
        environment, f"from bench import community_db; community_db.main('prove', {str(accepted)!r})"
    )
    return report(args, alone, phases, cache_note, first, again, proof, shared.errors, twice)


def commit() -> str:
    """Return the commit of the code measured (and '+changes' when its files differ from it)."""
    head = subprocess.run(  # noqa: S603
        ["git", "-C", str(REPOSITORY), "rev-parse", "--short", "HEAD"],  # noqa: S607
        capture_output=True,
        text=True,
    ).stdout.strip()
    dirty = subprocess.run(  # noqa: S603
        ["git", "-C", str(REPOSITORY), "status", "--porcelain", "--untracked-files=no", "krant"],  # noqa: S607
        capture_output=True,
        text=True,
    ).stdout.strip()
    return f"{head or '?'}{'+changes' if dirty else ''}"


def report(
    args, alone: WrkResult, phases: list[Phase], cache_note, first, again, proof, errors, twice
) -> str:
    lines = [
        f"# Community under load, {TODAY}",
        "",
        f"`python bench/community.py{' --short' if args.short else ''}`: krant serve ({WORKERS} workers) on "
        f"PostgreSQL + Redis, {args.members} members (threads, one keep-alive connection and token each) on "
        f"{args.hot} articles through the JSON API, wrk ({READERS} connections) reading one of those "
        f"articles' cached page beside them (first answer: X-Cache {cache_note}); {args.duration} s per "
        f"phase; rate limits off (KRANT_RATE_LIMITS=off); code at {commit()}. Machine: 2 cores, shared "
        "with the load generators; 'load' is its one-minute load average at the phase's end.",
        "",
        "| phase | comments/s | comment p50 / p99 ms | respect/s | respect p50 / p99 ms | 409 | 503 retried "
        "| errors | page cache req/s | ratio to alone | page p99 ms | page after | load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
        f"| readers alone | | | | | | | | {alone.rps:,.0f} | 1.00 | {alone.p99:.1f} | | |",
    ]
    for phase in phases:
        errors_count = sum(1 for o in phase.outcomes if o.status not in (200, 201, 409))
        page = (
            f"{phase.readers.rps:,.0f} | {phase.readers.rps / alone.rps:.2f} | {phase.readers.p99:.1f}"
            if phase.readers
            else " | | "
        )
        lines.append(
            f"| {phase.name} | {phase.rate('comment'):.1f} | {phase.latency('comment', 0.5):.0f} / "
            f"{phase.latency('comment', 0.99):.0f} | {phase.rate('respect'):.1f} | "
            f"{phase.latency('respect', 0.5):.0f} / {phase.latency('respect', 0.99):.0f} | "
            f"{phase.count('respect', (409,))} | {sum(o.busy for o in phase.outcomes)} | {errors_count} | "
            f"{page} | {phase.x_cache_after} | {phase.load:.1f} |"
        )
    flat, paced, crowd = phases[0], phases[2], phases[4]
    comment_p99 = paced.latency("comment", 0.99)
    crowd_p99 = max(crowd.latency("comment", 0.99), crowd.latency("respect", 0.99))
    verdict = "met" if flat.rate("comment") >= TARGET_RATE and comment_p99 < TARGET_P99 else "NOT met"
    crowd_verdict = (
        "met"
        if crowd.rate("comment") >= 0.95 * args.comment_rate and crowd_p99 < TARGET_P99 and crowd.readers
        else "NOT met"
    )
    lines += [
        "",
        f"Target (issue #11): 25,000 comments in under 10 minutes, {TARGET_RATE:.0f}/s, with p99 under "
        f"{TARGET_P99} ms: **{verdict}** (flat out {flat.rate('comment'):.1f} comments/s, so 25,000 in "
        f"{25_000 / max(flat.rate('comment'), 0.001) / 60:.1f} min; at the pace, without readers, comment "
        f"p99 {comment_p99:.0f} ms). 409: respect refused as given before (members never retry: expect 0). "
        "'page after': X-Cache of the readers' page fetched right after the phase.",
        "",
        f"Beside a crowd of {args.reader_rate:,.0f} readers/s: **{crowd_verdict}** "
        f"({crowd.rate('comment'):.1f} comments/s, comment and respect p99 {crowd_p99:.0f} ms; the crowd got "
        f"{crowd.readers.rps if crowd.readers else 0:,.0f} pages/s).",
        "",
        f"First page of the {args.big}-comment thread (`GET /api/v1/articles/<id>/comments/`), time to first "
        f"byte: first request {first:.1f} ms, then median {statistics.median(again):.1f} ms, slowest "
        f"{max(again):.1f} ms of 20.",
        "",
        "## Proof: nothing lost",
        "",
        f"- comments accepted (201): {proof['comments_accepted']:,}; "
        f"stored and shown: {proof['comments_stored']:,}",
        f"- respect accepted (200): {proof['respects_accepted']:,}; stored: {proof['respects_stored']:,}",
        f"- threads whose comment_count equals comments.recount: checked {proof['threads_checked']}; "
        f"comments whose respect_count equals their respect rows: checked {proof['comments_checked']:,}",
        f"- respect given a second time by {len(twice)} members: "
        f"{sum(1 for status in twice if status == 409)} refused with 409, as they must be",
        f"- problems: {'none' if not proof['problems'] else '; '.join(proof['problems'])}",
    ]
    if errors:
        lines += ["", "Unexpected answers (first few):", "", *[f"- `{error}`" for error in errors]]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
