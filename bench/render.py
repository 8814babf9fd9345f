"""CPU time and SQL queries per page render, in-process, without HTTP: where the render time goes.

    KRANT_DATA_DIR=/tmp/krant-x krant load_demo      # once: the demo publication to render
    KRANT_DATA_DIR=/tmp/krant-x python bench/render.py [--rounds 50] [--profile front]

Renders each page type of the demo publication through Django's test client (the whole middleware stack,
no socket) and prints, per page type, the CPU milliseconds per render and the queries of one render:

- cold: every cache emptied before each render (menus, fragments, Site lookups), as after a deploy;
- warm: fragments and menus cached, as on a page-cache miss after a publish (the case that counts).

The server-side page cache (`PAGE_CACHE`) is switched off, so every request renders. CPU time
(`time.process_time`) rather than wall time, so a busy machine slows the figures less; still, compare
figures from one run. `--profile PAGE` prints the top of a cProfile of the warm renders of that page.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def setup() -> None:
    if not os.environ.get("KRANT_DATA_DIR"):
        sys.exit("bench: set KRANT_DATA_DIR to a data directory with the demo loaded (krant load_demo)")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "krant.settings")
    import django

    django.setup()


def addresses() -> dict[str, str]:
    """Return {page type: address} for the demo publication."""
    from krant.authors.models import AuthorPage
    from krant.news.models import ArticlePage, DossierPage, LatestPage, SectionPage

    article = ArticlePage.objects.published().order_by("-first_published_at").first()
    if article is None:
        sys.exit("bench: no published articles; run `krant load_demo` in this data directory first")
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
    parser.add_argument("--only", metavar="PAGE", action="append", help="Measure only these page types.")
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
            render(client, url)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(45)
        return
    print(f"{'page':<12} {'cold ms':>8} {'queries':>8} {'warm ms':>8} {'queries':>8} {'KiB':>6}")
    for name, url in pages.items():
        if args.only and name not in args.only:
            continue
        cold_ms, cold_queries, _ = measure(client, url, args.rounds, cold=True)
        warm_ms, warm_queries, size = measure(client, url, args.rounds, cold=False)
        kib = size / 1024
        print(f"{name:<12} {cold_ms:8.1f} {cold_queries:8d} {warm_ms:8.1f} {warm_queries:8d} {kib:6.1f}")


if __name__ == "__main__":
    main()
