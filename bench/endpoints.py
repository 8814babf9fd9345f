"""Requests per second and p99 latency of the distribution endpoints, next to the HTML article page.

    python bench/endpoints.py [--duration 5] [--rounds 3] [--connections 16]

Sets up the demo publication in a temporary data directory, starts `krant serve` (granian, two workers,
no scheduler) and loads each address with wrk (Debian: `apt install wrk`), round after round, so that every
address meets the same machine noise. The figures that count are the ratios against the article page in
the same run; absolute numbers drift with whatever else the machine is doing.

Every request comes from another made-up reader address (X-Forwarded-For behind KRANT_PROXY_COUNT=1), as a
crowd would; otherwise the per-reader rate limits of search and the API would answer 429 and be measured.
"""

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import KRANT, fetch, free_port, run_wrk, wait_until  # noqa: E402 - run as a script

CROWD = """
counter = 0
request = function()
    counter = counter + 1
    local a, b = math.floor(counter / 250) % 250 + 1, counter % 250 + 1
    wrk.headers["X-Forwarded-For"] = "10." .. id .. "." .. a .. "." .. b
    return wrk.format(nil)
end
setup = function(thread)
    thread:set("id", math.random(1, 250))
end
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=5, help="Seconds per wrk run (default 5).")
    parser.add_argument("--rounds", type=int, default=3, help="Rounds over all addresses (default 3).")
    parser.add_argument("--connections", type=int, default=16, help="Open connections (default 16).")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("bench: wrk is missing (Debian: apt install wrk)")

    with tempfile.TemporaryDirectory(prefix="krant-bench-") as data_dir:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("KRANT_")},
            "KRANT_DATA_DIR": data_dir,
            "KRANT_SECRET_KEY": "bench-" + "x" * 50,
            "KRANT_PROXY_COUNT": "1",
        }
        subprocess.run([*KRANT, "demo", "--no-serve"], env=env, check=True, capture_output=True)  # noqa: S603
        port = free_port()
        server = subprocess.Popen(  # noqa: S603
            [*KRANT, "serve", "--port", str(port), "--workers", "2", "--no-scheduler"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until(lambda: fetch(base + "/")[0] == 200, "krant serve", 60)
            addresses = pick_addresses(base)
            lua = Path(data_dir) / "crowd.lua"
            lua.write_text(CROWD)
            results = {name: [] for name in addresses}
            for _ in range(args.rounds):
                for name, path in addresses.items():
                    result = run_wrk(base + path, args.duration, args.connections, lua)
                    results[name].append((result.rps, result.p99, result.non_2xx))
            report(addresses, results)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)


def pick_addresses(base: str) -> dict[str, str]:
    """Return the addresses to load, found through the API so they exist in this demo."""
    latest = json.loads(fetch(f"{base}/api/v1/articles/")[2])
    article = latest["results"][0]
    word = max(re.findall(r"\w{6,}", article["title"]), key=len, default="nieuws")
    return {
        "HTML article page": urllib.parse.urlparse(article["url"]).path,
        "RSS /rss/": "/rss/",
        "API article": f"/api/v1/articles/{article['id']}/",
        "HTML search": f"/zoeken/?q={word}",
        "API search": f"/api/v1/search/?q={word}",
    }


def report(addresses: dict, results: dict) -> None:
    reference = statistics.median(rps for rps, _, _ in results["HTML article page"])
    reference_p99 = statistics.median(p99 for _, p99, _ in results["HTML article page"])
    print(
        f"{'address':<20} {'req/s':>8} {'p99 ms':>8} {'req/s vs article':>17} {'p99 vs article':>15} errors"
    )
    for name in addresses:
        rps = statistics.median(r for r, _, _ in results[name])
        p99 = statistics.median(p for _, p, _ in results[name])
        errors = sum(e for _, _, e in results[name])
        print(
            f"{name:<18} {rps:>7.0f} {p99:>7.1f} "
            f"{rps / reference:>16.2f}x {p99 / reference_p99:>14.2f}x {errors}"
        )
    print("(medians of the rounds; ratios are the figures to compare between machines)")


if __name__ == "__main__":
    main()
