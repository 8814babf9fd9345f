"""What a granian worker of `krant serve` holds: idle after start, under a long load, and whether it grows.

    python bench/memory.py [--data DIR] [--seconds 600] [--stock] [--env NAME=VALUE ...]

Serves the demo publication (built into a fresh directory unless --data names one) with two workers and
loads it with wrk for --seconds over a mix of what readers and crawlers ask for: every article, the front
page, the sections, Net binnen, the feeds, the sitemaps, the API, search, the read beacon and addresses
that do not exist; every second request with a query string never seen before (a page-cache miss, as a
crawler makes them), so every per-process cache fills as a long day would fill it. Samples each worker's
resident memory (and its anonymous and file-backed parts) every --every seconds and prints: idle after
start (one worker has answered the first page), after the first minute, the peak, the end, and the growth
over the second half of the run. With --stock, a stock Wagtail 7.4 site with the same articles
(bench/stock_wagtail.py) gets the same run, for what Wagtail itself costs. --env sets a variable for the
server (MALLOC_ARENA_MAX=16 measures glibc's default arenas on this 2-core machine, for instance).
"""

import argparse
import json
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import stock_wagtail  # noqa: E402 - run as a script, bench/ is not on the path
from bench.stack import (  # noqa: E402
    SECRET_KEY,
    Processes,
    fetch,
    krant,
    krant_environment,
    run_wrk,
    start_krant,
)

# Each request takes the next path; every second one with a new query string (a page-cache miss).
MIX_SCRIPT = """
counter = 0
paths = {%s}
request = function()
    counter = counter + 1
    local a, b = math.floor(counter / 250) %% 250, counter %% 250
    wrk.headers["X-Forwarded-For"] = "10." .. id %% 250 .. "." .. a .. "." .. b
    wrk.headers["User-Agent"] = "Mozilla/5.0 (bench)"
    local path = paths[(counter * 7 + id) %% #paths + 1]
    if counter %% 2 == 0 then
        local separator = string.find(path, "?", 1, true) and "&" or "?"
        path = path .. separator .. "bench=" .. id .. "-" .. counter
    end
    return wrk.format(nil, path)
end
setup = function(thread)
    thread:set("id", math.random(1, 1000000000))
end
"""
SEARCHES = [
    "klimaat",
    "gemeenteraad",
    "verkiezingen",
    "fabrieken",
    "woningen",
    "zorg",
    "onderwijs",
    "voetbal",
]
STATUS_FIELDS = ("VmRSS", "RssAnon", "RssFile")
SLOW = 300  # seconds: a cold page on a busy shared machine


def paths(base: str) -> list[str]:
    """Return the addresses of every article and listing, read from the sitemap so they exist."""
    found, sitemaps, seen = set(), ["/sitemap.xml"], []
    while sitemaps:  # an index names further sitemaps
        sitemap = sitemaps.pop()
        seen.append(sitemap)
        for url in re.findall(r"<loc>([^<]+)</loc>", fetch(base + sitemap, timeout=SLOW)[2].decode()):
            path = re.sub(r"^https?://[^/]+", "", url)
            if "sitemap" in path and ".xml" in path:
                sitemaps.append(path)
            else:
                found.add(path)
    articles = json.loads(fetch(base + "/api/v1/articles/?limit=50", timeout=SLOW)[2])["results"]
    listings = ["/", "/net-binnen/", "/rss/", "/atom/", "/api/v1/articles/", "/robots.txt", *seen]
    listings += [f"/api/v1/articles/{article['id']}/" for article in articles]
    listings += [f"/teller/{article['id']}.gif" for article in articles]  # the read beacon
    listings += [f"/zoeken/?q={word}" for word in SEARCHES]
    listings += [f"/api/v1/search/?q={word}" for word in SEARCHES]
    listings += [f"/en{path}" for path in sorted(found)[:20]]
    listings += ["/bestaat-niet/", "/binnenland/999999/weg/", "/api/v1/articles/999999/"]  # 404s
    return sorted(found) + listings


def worker_memory(server: int) -> list[dict[str, float]]:
    """Return VmRSS, RssAnon and RssFile (MiB) of each granian worker of the server with this pid.

    granian forks its workers, so they are the children that carry the server's own command line (krant's
    scheduler and newsletter worker are `krant run_scheduler` and `krant send_newsletters`).
    """
    command = Path(f"/proc/{server}/cmdline").read_bytes()
    workers = []
    for status in sorted(Path("/proc").glob("[0-9]*/status")):
        try:
            lines = status.read_text().splitlines()
            fields = dict(line.split(":\t", 1) for line in lines if ":\t" in line)
            if int(fields["PPid"]) == server and (status.parent / "cmdline").read_bytes() == command:
                workers.append({name: int(fields[name].split()[0]) / 1024 for name in STATUS_FIELDS})
        except (OSError, KeyError):
            continue  # a process that ended while we looked
    return workers


class Sampler(threading.Thread):
    """Samples the workers' memory every `every` seconds until stopped."""

    def __init__(self, server: int, every: float):
        super().__init__(daemon=True)
        self.server, self.every = server, every
        self.samples: list[tuple[float, list[dict[str, float]]]] = []
        self.done = threading.Event()

    def run(self):
        start = time.monotonic()
        while not self.done.wait(self.every):
            self.samples.append((time.monotonic() - start, worker_memory(self.server)))


def load(name: str, base: str, server: int, mix: list[str], idle: list[dict], args, work: Path) -> dict:
    """Load `base` with the mix for --seconds while sampling; return what the workers held."""
    script = work / f"mix-{name}.lua"
    script.write_text(MIX_SCRIPT % ", ".join(json.dumps(path) for path in mix))
    sampler = Sampler(server, args.every)
    sampler.start()
    result = run_wrk(base + "/", args.seconds, args.connections, script)
    sampler.done.set()
    sampler.join()
    end = worker_memory(server)
    series = [[worker["VmRSS"] for worker in workers] for _, workers in sampler.samples]
    at = [moment for moment, _ in sampler.samples]
    half = next(number for number, moment in enumerate(at) if moment >= args.seconds / 2)
    minute = next((number for number, moment in enumerate(at) if moment >= 60), 0)
    return {
        "name": name,
        "addresses": len(mix),
        "requests": result.requests,
        "rps": result.rps,
        "non_2xx": result.non_2xx,
        "idle": [worker["VmRSS"] for worker in idle],
        "minute": series[minute],
        "peak": [max(column) for column in zip(*series, strict=True)],
        "end": [worker["VmRSS"] for worker in end],
        "end_anon": [worker["RssAnon"] for worker in end],
        "end_file": [worker["RssFile"] for worker in end],
        "growth": [last - middle for last, middle in zip(series[-1], series[half], strict=True)],
        "series": [(round(moment), row) for moment, row in zip(at, series, strict=True)],
    }


def mib(values: list[float], sign: str = "") -> str:
    return " / ".join(f"{value:{sign}.0f}" for value in values)


def report(runs: list[dict], seconds: int) -> str:
    lines = [
        f"| server | idle | after 1 min | peak | end ({seconds} s) | end: anon + file | growth, 2nd half |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        parts = " / ".join(
            f"{anon:.0f} + {file:.0f}" for anon, file in zip(run["end_anon"], run["end_file"], strict=True)
        )
        lines.append(
            f"| {run['name']} | {mib(run['idle'])} | {mib(run['minute'])} | {mib(run['peak'])} | "
            f"{mib(run['end'])} | {parts} | {mib(run['growth'], '+')} |"
        )
    lines.append("")
    for run in runs:
        lines.append(
            f"{run['name']}: {run['addresses']} addresses, {run['requests']} requests "
            f"({run['rps']:.0f}/s), {run['non_2xx']} non-2xx (the 404s and the beacon's 429s are meant)"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a data directory with the demo (default: build one)")
    parser.add_argument("--seconds", type=int, default=600, help="seconds of load (default 600)")
    parser.add_argument("--every", type=float, default=5, help="seconds between samples (default 5)")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--port", type=int, default=8200, help="krant's port; stock Wagtail takes the next")
    parser.add_argument("--stock", action="store_true", help="also run stock Wagtail with the same articles")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for krant serve")
    parser.add_argument("--samples", type=Path, help="write every sample here (JSON)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="krant-memory-") as work_dir:
        work = Path(work_dir)
        data = args.data or work / "data"
        environment = krant_environment(data, KRANT_SECRET_KEY=SECRET_KEY, KRANT_PROXY_COUNT="1")
        if not args.data:
            krant(environment, "migrate", "-v0")
            krant(environment, "load_demo")
        environment.update(variable.split("=", 1) for variable in args.env)
        runs = []
        with Processes() as processes:
            base = start_krant(processes, environment, args.port, work / "serve.log")
            server = processes.running[-1][1].pid
            time.sleep(2)  # let both workers finish starting (the first answer came from one)
            idle = worker_memory(server)
            mix = paths(base)
            runs.append(load("krant", base, server, mix, idle, args, work))
            processes.check()
        if args.stock:
            project, _ = stock_wagtail.build(work / "wagtail", environment)
            with Processes() as processes:
                base = stock_wagtail.serve(
                    processes, project, "bench", 2, work / "wagtail.log", args.port + 1
                )
                server = processes.running[-1][1].pid
                time.sleep(2)
                idle = worker_memory(server)
                runs.append(load("stock Wagtail", base, server, stock_paths(work), idle, args, work))
                processes.check()
        print(report(runs, args.seconds))
        if args.samples:
            args.samples.write_text(json.dumps(runs, indent=1))


def stock_paths(work: Path) -> list[str]:
    """Return the stock site's home page, its articles (children of home) and an unknown address."""
    articles = json.loads((work / "wagtail" / "articles.json").read_text())
    return ["/", "/bestaat-niet/", *(f"/{article['slug']}/" for article in articles)]


if __name__ == "__main__":
    main()
