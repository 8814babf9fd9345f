"""Cached readers beside writing members: ways to run krant's server workers, side by side in one run.

    python bench/isolation.py [--members 200] [--duration 20] [--rounds 2] [--clients 4]
                              [--database krant_isolation_bench] [--redis redis://127.0.0.1:6379/14]
                              [--port 18450] [--only TEXT] [--label isolation]

One PostgreSQL + Redis demo with `--members` members (bench/community_db.py, as bench/community.py), then,
round after round so that machine noise hits every variant alike, each variant of the server (two workers
each) on the same port and database, four phases of `--duration` seconds:

- readers alone          wrk (64 connections) on one hot article's cached page: the baseline
- flat out + readers     every member writing, one request after another (comments and respect), and wrk
- pace + readers         the members together at 42 comments/s + 42 respect/s (issue #11), and wrk
- pace                   the same without readers: the comment p99 the issue's target is about

The members run in `--clients` processes of their own (threads in each, one keep-alive connection per
member): 200 client threads in one Python process on this 2-core machine measured their own GIL as
latency. Each client process picks respect targets among the comments of its own members.

Variants (`--only` picks those whose name contains TEXT):

- WSGI, 4 threads              what `krant serve` ran before: granian's WSGI interface, every request,
                               hit or write, waits for one of a worker's 4 threads in one queue
- RSGI, krant serve            `krant serve` now (krant.rsgi): hits answered in the worker's event loop,
                               everything else in 4 threads for Django
- RSGI, 2 Django threads       the same with 2 threads for Django: more of the GIL for the event loop
- WSGI, 128 threads, 4 in Django  granian's WSGI with many threads, Django entered by 4 at once (a
                               semaphore), hits answered by whichever thread is free
"""

import argparse
import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.community import (  # noqa: E402 - run as a script, bench/ is not on the path
    TARGET_P99,
    Member,
    Outcome,
    Phase,
    Shared,
    commit,
    in_krant_shell,
    run_members,
)
from bench.stack import (  # noqa: E402
    SECRET_KEY,
    Processes,
    answers,
    create_database,
    drop_database,
    fetch,
    krant,
    krant_environment,
    krant_knows,
    run_wrk,
    start_krant,
    wait_until,
)

RESULTS = Path(__file__).resolve().parent / "results"
DATABASE = "krant_isolation_bench"
REDIS = "redis://127.0.0.1:6379/14"
PORT = 18450
WORKERS = 2
READERS = 64
PACE = (42.0, 42.0)  # comments/s, respect/s: issue #11's 25,000 comments in 10 minutes
TODAY = time.strftime("%Y-%m-%d")
GRANIAN = [sys.executable, "-m", "granian"]
COMMON = ["--workers", str(WORKERS), "--backpressure", "512", "--host", "127.0.0.1"]

VARIANT_MODULES = {
    "isolation_rsgi2.py": """
from krant.rsgi import Application
from krant.wsgi import application as fast_path

application = Application(fast_path, 2)
""",
    "isolation_bounded.py": """
import threading

from krant.wsgi import application as fast_path

django_slots = threading.BoundedSemaphore(4)


def application(environ, start_response):
    answer = fast_path.cached(environ)
    if answer is not None:
        start_response(answer[0], answer[1])
        return [answer[2]]
    with django_slots:
        return list(fast_path.uncached(environ, start_response))
""",
}


def variants(port: int) -> dict[str, list[str] | None]:
    """Name -> granian command line (None: `krant serve` itself)."""
    listen = [*COMMON, "--port", str(port)]
    return {
        "WSGI, 4 threads (before)": [
            *GRANIAN,
            *listen,
            "--interface",
            "wsgi",
            "--blocking-threads",
            "4",
            "krant.wsgi:application",
        ],
        "RSGI, krant serve (4 Django threads)": None,
        "RSGI, 2 Django threads": [*GRANIAN, *listen, "--interface", "rsgi", "isolation_rsgi2:application"],
        "WSGI, 128 threads, 4 in Django": [
            *GRANIAN,
            *listen,
            "--interface",
            "wsgi",
            "--blocking-threads",
            "128",
            "isolation_bounded:application",
        ],
    }


def client(connection, specs, articles, port, seconds, rates, known, seed) -> None:
    """One client process: its members act for `seconds`; send back their outcomes and new comments."""
    shared = Shared()
    for article, comment, author in known:
        shared.by_article.setdefault(article, []).append((comment, author))
    members = []
    for number, token, member_id, respected, written in specs:
        member = Member(number, token, member_id, port, shared, random.Random(f"{seed}-{number}"))  # noqa: S311
        member.respected, member.written = set(respected), written  # a text repeated is refused (403)
        members.append(member)
    run_members(members, articles, seconds, rates)
    connection.send(
        {
            "outcomes": [(o.kind, o.status, o.ms, o.busy) for o in shared.outcomes],
            "comments": [
                (article, comment, author)
                for article, found in shared.by_article.items()
                for comment, author in found
                if (article, comment, author) not in set(map(tuple, known))
            ],
            "members": {member.number: (sorted(member.respected), member.written) for member in members},
            "errors": shared.errors,
        }
    )
    connection.close()


class Crowd:
    """The members, spread over client processes; what they wrote so far, for respect to go to."""

    def __init__(self, tokens: list[dict], articles: list[int], port: int, processes: int):
        self.specs = [(n, entry["token"], entry["member"]) for n, entry in enumerate(tokens)]
        self.articles, self.port, self.processes = articles, port, processes
        self.known: list[tuple[int, int, int]] = []
        self.state: dict[int, tuple[list[int], int]] = {}  # member -> (comments respected, comments written)
        self.errors: list[str] = []
        self.runs = 0

    def act(self, seconds: float, rates: tuple | None) -> tuple[list, float]:
        """Let every member act for `seconds`; return the outcomes and the seconds it took."""
        self.runs += 1
        context = multiprocessing.get_context("fork")
        share = None if rates is None else tuple(rate / self.processes for rate in rates)
        children = []
        started = time.monotonic()
        for index in range(self.processes):
            specs = [
                (n, token, member, *self.state.get(n, ([], 0)))
                for n, token, member in self.specs[index :: self.processes]
            ]
            receiving, sending = context.Pipe(duplex=False)
            arguments = (sending, specs, self.articles, self.port, seconds, share, self.known[-2000:])
            process = context.Process(target=client, args=(*arguments, f"{self.runs}-{index}"))
            process.start()
            children.append((process, receiving))
        outcomes = []
        for process, receiving in children:
            answer = receiving.recv()
            process.join()
            outcomes += answer["outcomes"]
            self.known += answer["comments"]
            self.state.update({int(n): tuple(found) for n, found in answer["members"].items()})
            self.errors = (self.errors + answer["errors"])[:10]
        return outcomes, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--duration", type=int, default=20, help="Seconds per phase (default 20).")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--clients", type=int, default=4, help="Client processes for the members.")
    parser.add_argument("--hot", type=int, default=5)
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--redis", default=REDIS)
    parser.add_argument("--port", type=int, default=PORT)
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--label", default="isolation")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("bench: wrk is missing (Debian: apt install wrk)")
    if not krant_knows("KRANT_RATE_LIMITS"):
        sys.exit("bench: this krant cannot turn its rate limits off (KRANT_RATE_LIMITS)")
    with tempfile.TemporaryDirectory(prefix="krant-isolation-") as temporary, Processes() as processes:
        work = Path(temporary)
        try:
            report = run(args, work, processes)
        except RuntimeError as error:
            for log in work.rglob("*.log"):
                print(f"--- {log.name}\n{log.read_text()[-3000:]}", file=sys.stderr)
            sys.exit(f"bench: {error}")
    print(report)
    RESULTS.mkdir(exist_ok=True)
    output = RESULTS / f"{TODAY}-{args.label}.md"
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
    krant(environment, "collectstatic", "--no-input", "--verbosity", "0")
    step(f"{args.members} members with tokens, {args.hot} open articles")
    setup = in_krant_shell(
        environment,
        f"from bench import community_db; community_db.main('prepare', {args.members}, {args.hot}, 20)",
    )
    for name, text in VARIANT_MODULES.items():
        (work / name).write_text(text)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(work), environment.get("PYTHONPATH")]))
    articles = [article["id"] for article in setup["hot"]]
    crowd = Crowd(setup["tokens"], articles, args.port, args.clients)
    chosen = {
        name: command
        for name, command in variants(args.port).items()
        if not args.only or any(text in name for text in args.only)
    }
    results: dict[str, list[dict]] = {name: [] for name in chosen}
    for number in range(1, args.rounds + 1):
        for name, command in chosen.items():
            step(f"round {number}: {name}")
            log = work / f"{name.split(',')[0]}-{number}.log"
            if command is None:
                base = start_krant(processes, environment, args.port, log, "--no-worker", workers=WORKERS)
            else:
                process = processes.start(name, command, log, env=environment, cwd=work)
                base = f"http://127.0.0.1:{args.port}"
                wait_until(lambda p=process, b=base: p.poll() is not None or answers(b + "/"), name, 120)
                processes.check()
            results[name].append(measure(args, base, setup, crowd, processes))
            processes.stop()
            print(report(args, results, crowd.errors), flush=True)  # a run cut short keeps what it measured
    return report(args, results, crowd.errors)


def measure(args, base: str, setup: dict, crowd: Crowd, processes: Processes) -> dict:
    reading = base + setup["hot"][0]["url"]
    for _ in range(2):
        fetch(reading)  # stored, then a hit
    found = {"readers alone": (run_wrk(reading, args.duration, READERS), None, os.getloadavg()[0])}
    for phase, rates, with_readers in [
        ("flat out + readers", None, True),
        ("pace + readers", PACE, True),
        ("pace", PACE, False),
    ]:
        readers = []
        wrk = threading.Thread(
            target=lambda out=readers: out.append(run_wrk(reading, args.duration, READERS))
        )
        if with_readers:
            wrk.start()
        outcomes, seconds = crowd.act(args.duration, rates)
        if with_readers:
            wrk.join()
        processes.check()
        load = os.getloadavg()[0]
        outcomes = [Outcome(*outcome) for outcome in outcomes]
        phase_found = Phase(phase, seconds, outcomes, None, None, load)
        found[phase] = (readers[0] if readers else None, phase_found, load)
    return found


def report(args, results: dict[str, list[dict]], errors: list[str]) -> str:
    lines = [
        f"# Cached readers beside writing members, {TODAY}",
        "",
        f"`python bench/isolation.py --members {args.members} --duration {args.duration} --rounds "
        f"{args.rounds} --clients {args.clients}`: each variant with {WORKERS} workers on PostgreSQL + Redis "
        f"(one database for all), {args.members} members in {args.clients} client processes writing through "
        f"the API, wrk ({READERS} connections) on one hot article's cached page; {args.duration} s per "
        f"phase; rate limits off; code at {commit()}. Machine: 2 cores shared with other sessions; "
        "'load' is the one-minute load average at the phase's end. Ratios are to the same variant's "
        "'readers alone' in the same round.",
        "",
        "| round | variant | phase | page req/s | ratio to alone | page p99 ms | comments/s | comment p50 / "
        "p99 ms | respect/s | respect p99 ms | errors | load |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, rounds in results.items():
        for number, found in enumerate(rounds, 1):
            alone, _, load = found["readers alone"]
            lines.append(
                f"| {number} | {name} | readers alone | {alone.rps:,.0f} | 1.00 | {alone.p99:.1f} "
                f"| | | | | | {load:.1f} |"
            )
            for phase_name in ("flat out + readers", "pace + readers", "pace"):
                readers, phase, load = found[phase_name]
                page = (
                    f"{readers.rps:,.0f} | {readers.rps / alone.rps:.2f} | {readers.p99:.1f}"
                    if readers
                    else " | | "
                )
                failed = sum(1 for o in phase.outcomes if o.status not in (200, 201, 409))
                lines.append(
                    f"| {number} | {name} | {phase_name} | {page} | {phase.rate('comment'):.1f} | "
                    f"{phase.latency('comment', 0.5):.0f} / {phase.latency('comment', 0.99):.0f} | "
                    f"{phase.rate('respect'):.1f} | {phase.latency('respect', 0.99):.0f} | {failed} | "
                    f"{load:.1f} |"
                )
    lines += [
        "",
        "Targets: page cache req/s beside the writing members at least 0.8 x alone, with a small p99; "
        f"comment p99 under {TARGET_P99} ms at 42 comments/s + 42 respect/s.",
    ]
    if errors:
        lines += ["", "Unexpected answers (first few):", "", *[f"- `{error}`" for error in errors]]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
