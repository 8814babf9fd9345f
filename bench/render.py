"""CPU time and SQL queries per page render, in-process, without HTTP: where the render time goes.

    KRANT_DATA_DIR=/tmp/krant-x krant load_demo      # once: the demo publication to render
    KRANT_DATA_DIR=/tmp/krant-x python bench/render.py [--rounds 50] [--profile front]

Renders each page type of the demo publication through Django's test client (the whole middleware stack,
no socket) and prints, per page type, the CPU milliseconds per render and the queries of one render:

- cold: every cache emptied before each render (menus, fragments, Site lookups), as after a deploy;
- warm: fragments and menus cached, as on a page-cache miss after a publish (the case that counts).

Stock Wagtail 7.4 with the same articles (bench/stock_wagtail.py, built once into the data directory) is
measured the same way in a process of its own, its home and article each right before krant's front page
and article, and the ratios to issue #10's targets are printed under the table.

The server-side page cache (`PAGE_CACHE`) is switched off, so every request renders. CPU time
(`time.process_time`) rather than wall time, so a busy machine slows the figures less; still, compare
figures from one run. `--profile PAGE [--cold]` prints the top of a cProfile of the warm (or cold)
renders of that page.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Issue #10's render targets: (krant page, mode, stock page, at most this multiple of stock's CPU time).
TARGETS = [
    ("article", "warm", "article", 1 / 3),
    ("front", "warm", "home", 1),
    ("article", "cold", "article", 1),
    ("front", "cold", "home", 2),
]

# Run inside the stock site: render the address of each line read, `rounds` times; answer the median CPU ms.
STOCK_WORKER = """
import statistics, sys, time
import django
django.setup()
from django.test import Client
client = Client()
for line in sys.stdin:
    url, rounds = line.split()
    times = []
    for _ in range(int(rounds) + 1):
        start = time.process_time()
        response = client.get(url)
        times.append((time.process_time() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    print(statistics.median(times[1:]), flush=True)
"""


def setup() -> None:
    if not os.environ.get("KRANT_DATA_DIR"):
        sys.exit("bench: set KRANT_DATA_DIR to a data directory with the demo loaded (krant load_demo)")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "krant.settings")
    import django

    django.setup()


def addresses() -> dict[str, str]:
    """Return {page type: address} for the demo publication."""
    from krant.authors.models import AuthorPage
    from krant.news.models import DossierPage, LatestPage, SectionPage

    article = newest_article()
    section = SectionPage.objects.live().public().order_by("path").first()
    return {
        "article": article.url,
        "front": "/",
        "front_en": "/en/",
        "section": section.url,
        "latest": LatestPage.objects.live().first().url,
        "dossier": DossierPage.objects.live().filter(is_active=True).first().url,
        "author": AuthorPage.objects.live().first().url,
        "rss": "/rss/",
        "api_article": f"/api/v1/articles/{article.pk}/",
        "api_front": "/api/v1/front-page/",
    }


def clear_caches() -> None:
    """Empty every cache a render may use."""
    from django.core.cache import caches

    for alias in caches:  # Wagtail keeps its Site root paths in the default cache
        caches[alias].clear()


class StockWagtail:
    """Stock Wagtail 7.4 with krant's published articles, rendering in a process of its own."""

    def __init__(self, data_dir: Path, article_slug: str):
        from bench import stock_wagtail

        directory = data_dir / "bench-stock-wagtail"
        project = directory / "site"
        if not (project / "db.sqlite3").exists():
            print("bench: building stock Wagtail with the same articles (once) ...", file=sys.stderr)
            stock_wagtail.build(directory, dict(os.environ))
        self.pages = {"home": "/", "article": f"/{article_slug}/"}
        environment = {**os.environ, "DJANGO_SETTINGS_MODULE": f"{stock_wagtail.PROJECT}.settings.bench"}
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and script
            [sys.executable, "-c", STOCK_WORKER],
            cwd=project,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def measure(self, page: str, rounds: int) -> float:
        """Return the median CPU ms of rendering stock Wagtail's `page` (no cache: stock has none)."""
        self.process.stdin.write(f"{self.pages[page]} {rounds}\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise SystemExit("bench: the stock Wagtail process stopped")
        return float(answer)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def render(client, url: str) -> int:
    response = client.get(url, HTTP_CACHE_CONTROL="no-cache")
    if response.status_code != 200:
        raise SystemExit(f"bench: {url} answered {response.status_code}")
    return len(response.content)


def measure(client, url: str, rounds: int, cold: bool) -> tuple[float, int, int]:
    """Return (median CPU ms per render, queries of one render, bytes) for `url`."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    times = []
    render(client, url)  # renditions made, code paths imported
    if cold:
        clear_caches()
    reset_queries()  # the log keeps at most 9,000 queries: a full one would count none
    with CaptureQueriesContext(connection) as queries:
        size = render(client, url)
    count = len(queries)  # now: the log is emptied when a later request opens a new connection
    for _ in range(rounds):
        if cold:
            clear_caches()
        start = time.process_time()
        render(client, url)
        times.append((time.process_time() - start) * 1000)
    return statistics.median(times), count, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30, help="Renders per page type and mode (default 30).")
    parser.add_argument("--profile", metavar="PAGE", help="Print a cProfile of the warm renders of PAGE.")
    parser.add_argument("--cold", action="store_true", help="With --profile: profile cold renders instead.")
    parser.add_argument("--only", metavar="PAGE", action="append", help="Measure only these page types.")
    parser.add_argument("--no-stock", action="store_true", help="Do not measure stock Wagtail alongside.")
    args = parser.parse_args()
    setup()
    from django.conf import settings
    from django.core.signals import request_started
    from django.db import reset_queries
    from django.test import Client

    request_started.disconnect(reset_queries)  # it would empty the query log mid-count
    settings.PAGE_CACHE = False  # every request renders; bench/run.py measures the page cache
    client = Client(HTTP_HOST="127.0.0.1")  # an allowed host
    pages = addresses()
    if args.profile:
        url = pages[args.profile]
        render(client, url)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.rounds):
            if args.cold:
                profile.disable()
                clear_caches()
                profile.enable()
            render(client, url)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
        return
    stock = None if args.no_stock else StockWagtail(Path(os.environ["KRANT_DATA_DIR"]), newest_article().slug)
    stock_of = {"article": "article", "front": "home"}
    krant_ms, stock_ms = {}, {}
    header = ("page", "cold ms", "queries", "warm ms", "queries", "KiB", "stock ms")
    print("{:<12} {:>8} {:>8} {:>8} {:>8} {:>6} {:>9}".format(*header))
    for name, url in pages.items():
        if args.only and name not in args.only:
            continue
        stock_page = stock_of.get(name) if stock else None
        if stock_page:  # right before krant's page: the same load on the machine for both
            stock_ms[stock_page] = stock.measure(stock_page, args.rounds)
        cold_ms, cold_queries, _ = measure(client, url, args.rounds, cold=True)
        warm_ms, warm_queries, size = measure(client, url, args.rounds, cold=False)
        krant_ms[name, "cold"], krant_ms[name, "warm"] = cold_ms, warm_ms
        kib = size / 1024
        stock_column = f"{stock_ms[stock_page]:9.1f}" if stock_page else f"{'':9}"
        row = f"{name:<12} {cold_ms:8.1f} {cold_queries:8d} {warm_ms:8.1f} {warm_queries:8d} {kib:6.1f}"
        print(f"{row} {stock_column}")
    if stock:
        stock.close()
        print("\nagainst issue #10's targets (krant ms / stock Wagtail ms):")
        for page, mode, stock_page, limit in TARGETS:
            if (page, mode) in krant_ms and stock_page in stock_ms:
                ratio = krant_ms[page, mode] / stock_ms[stock_page]
                verdict = "met" if ratio <= limit else "not met"
                print(f"  {page} {mode} / stock {stock_page}: {ratio:.2f} (target <= {limit:.2f}, {verdict})")


def newest_article():
    """Return the article measured: the newest published one (the stock site has it at /<slug>/)."""
    from krant.news.models import ArticlePage

    article = ArticlePage.objects.published().order_by("-first_published_at").first()
    if article is None:
        sys.exit("bench: no published articles; run `krant load_demo` in this data directory first")
    return article


if __name__ == "__main__":
    main()
