"""What a granian worker of `krant serve` holds: after start, after a load that fills its caches, and growth.

    python bench/memory.py [--data DIR] [--seconds 60] [--rounds 3]

Serves the demo publication (built into a fresh directory unless --data names one) with two workers and
loads it with wrk over a mix of pages: every article, the front page, the sections, Net binnen, the feeds,
the sitemap, the API and search; half the requests with a query string never seen before, so every
per-process cache (the page cache's memo, the fragments, the stemmer) fills as a long day would fill it.
Prints each worker's resident memory (MiB) after start and after every round: the last rounds should not
grow.
"""

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import (  # noqa: E402 - run as a script, bench/ is not on the path
    SECRET_KEY,
    Processes,
    fetch,
    free_port,
    krant,
    krant_environment,
    run_wrk,
    start_krant,
    worker_rss_mib,
)

# Each request takes the next path; every second one with a new query string (a page-cache miss).
MIX_SCRIPT = """
counter = 0
paths = {%s}
request = function()
    counter = counter + 1
    local a, b = math.floor(counter / 250) %% 250, counter %% 250
    wrk.headers["X-Forwarded-For"] = "10." .. id %% 250 .. "." .. a .. "." .. b
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


def paths(base: str) -> list[str]:
    """Return the addresses of every article and listing, read from the sitemap so they exist."""
    found, sitemaps = set(), ["/sitemap.xml"]
    while sitemaps:  # an index names further sitemaps
        for url in re.findall(r"<loc>([^<]+)</loc>", fetch(base + sitemaps.pop())[2].decode()):
            path = re.sub(r"^https?://[^/]+", "", url)
            if "sitemap" in path and ".xml" in path:
                sitemaps.append(path)
            else:
                found.add(path)
    articles = json.loads(fetch(base + "/api/v1/articles/")[2])["results"]
    listings = ["/", "/net-binnen/", "/rss/", "/atom/", "/sitemap.xml", "/api/v1/articles/"]
    listings += [f"/api/v1/articles/{article['id']}/" for article in articles]
    listings += [f"/zoeken/?q={word}" for word in SEARCHES]
    return sorted(found) + listings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, help="a data directory with the demo loaded (default: build one)"
    )
    parser.add_argument("--seconds", type=int, default=60, help="seconds of load per round (default 60)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of load (default 3)")
    parser.add_argument("--connections", type=int, default=64)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="krant-memory-") as work:
        data = args.data or Path(work) / "data"
        environment = krant_environment(data, KRANT_SECRET_KEY=SECRET_KEY, KRANT_PROXY_COUNT="1")
        if not args.data:
            krant(environment, "migrate", "-v0")
            krant(environment, "load_demo")
        with Processes() as processes:
            port = free_port()
            base = start_krant(processes, environment, port, Path(work) / "serve.log")
            server = processes.running[-1][1].pid
            print("after start:", rss(server))
            mix = paths(base)
            script = Path(work) / "mix.lua"
            script.write_text(MIX_SCRIPT % ", ".join(json.dumps(path) for path in mix))
            print(f"{len(mix)} addresses, {args.connections} connections, {args.seconds} s per round")
            for number in range(1, args.rounds + 1):
                result = run_wrk(base + "/", args.seconds, args.connections, script)
                processes.check()
                done = f"{result.requests} requests, {result.non_2xx} non-2xx"
                print(f"after round {number}: {rss(server)} ({done})")


def rss(server: int) -> str:
    return " / ".join(f"{size:.0f}" for size in sorted(worker_rss_mib(server))) + " MiB"


if __name__ == "__main__":
    main()
