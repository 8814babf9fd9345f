"""krant side by side with its ceilings and stock Wagtail, under wrk, in one run.

    python bench/run.py [--quick] [--duration 5] [--rounds 3] [--connections 64] [--label run]
                        [--only Varnish]

Builds everything itself in a temporary directory: krant's demo on SQLite and on PostgreSQL + Redis (database
`krant_bench_run`, dropped first; Redis db 14, flushed), a stock Wagtail 7.4 site with the same articles
(bench/stock_wagtail.py), nginx and a bare WSGI app under granian that answer each page with the bytes krant
sent for it, and Varnish (deploy/varnish/krant.vcl) in front of the SQLite krant. Then, round after round, so
that machine noise hits every target alike, it loads each page of each target with wrk, every request with
`Accept-Encoding: gzip` as browsers send it; nginx (gzip_static), the bare app, krant and Varnish all answer
with the same gzip bytes krant made, so every ceiling compares the same bytes on the wire (stock Wagtail has
no gzip middleware and answers plain, as a new site would):

- nginx, same bytes          the ceiling
- bare WSGI, same bytes      the Python ceiling (granian, as many workers as krant)
- stock Wagtail              uncached, and with Django's cache middleware (article and home page only)
- krant hit                  the same address again and again (once krant has a page cache: its hits)
- krant miss                 a new query string on every request (a wrk Lua script), so no address repeats
                             and every request renders: a page cache keyed on the address cannot answer it
- krant PG+Redis hit / miss  the same on PostgreSQL and Redis
- krant via Varnish          the SQLite krant behind Varnish

for the article, front page, Net binnen, a section, /rss/ and an API article. It prints req/s, p50 and p99
(medians of the rounds) and the ratio to both ceilings, then three more checks:

- load: krant on SQLite and on PostgreSQL + Redis at 64, 256 and 1,024 connections (article, hit and miss),
  with wrk's count of non-2xx/3xx answers and socket errors (krant must answer zero 5xx);
- memory: the resident size of every granian worker after the first round and at the end (no growth);
- publish -> visible: another process publishes a new title for the newest article; threads poll each page
  that showed the old title, through the app and through Varnish, and print when each first shows the new
  one, then check every page again for stale copies.

The results go to bench/results/<date>-<label>.md. Absolute numbers drift with whatever else the machine
does; the ratios in one run are what to compare. `--only TEXT` (repeatable) loads only the targets whose name
contains TEXT, beside the two ceilings, builds only what they need and skips the load check: for iterating.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import stock_wagtail  # noqa: E402 - run as a script, bench/ is not on the path
from bench.stack import (  # noqa: E402
    SECRET_KEY,
    VARNISHD,
    Processes,
    SavedPage,
    WrkResult,
    create_database,
    drop_database,
    fetch,
    free_port,
    krant,
    krant_environment,
    krant_knows,
    run_wrk,
    start_krant,
    start_nginx,
    start_varnish,
    wait_until,
    worker_rss_mib,
)

RESULTS = Path(__file__).resolve().parent / "results"
# Dropped and flushed first: on a machine others share, give each run its own (--database, --redis).
DATABASE = "krant_bench_run"
REDIS = "redis://127.0.0.1:6379/14"
WORKERS = 2
TODAY = time.strftime("%Y-%m-%d")  # the machine's local date names the results file
LOAD_CONNECTIONS = [64, 256, 1024]
VISIBLE_DEADLINE = 120  # seconds a page may take to show a publish before we call it stale
PAGES = ["article", "front page", "Net binnen", "section", "/rss/", "API article"]
CEILINGS = ["nginx, same bytes", "bare WSGI, same bytes"]
GZIP = {"Accept-Encoding": "gzip"}  # what every browser sends
STALE_HEADERS = ["Age", "X-Varnish", "X-Cache", "Cache-Control", "Last-Modified", "ETag"]

# Every request from another made-up reader (X-Forwarded-For behind KRANT_PROXY_COUNT=1), as a crowd would;
# otherwise the API's per-reader rate limit answers 429 and that is what gets measured.
HIT_SCRIPT = """
counter = 0
crowd = function()
    counter = counter + 1
    local a, b = math.floor(counter / 250) % 250, counter % 250
    wrk.headers["X-Forwarded-For"] = "10." .. id % 250 .. "." .. a .. "." .. b
end
request = function()
    crowd()
    return wrk.format(nil)
end
setup = function(thread)
    thread:set("id", math.random(1, 1000000000))
end
"""
# The same crowd, and a new query string on every request: no address repeats, so no cache keyed on the
# address can answer.
MISS_SCRIPT = HIT_SCRIPT.replace(
    "return wrk.format(nil)",
    """local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. separator .. "bench=" .. id .. "-" .. counter)""",
)

BARE_APP = """
import json
from pathlib import Path

HERE = Path(__file__).parent
PAGES = {}
for path, (name, content_type) in json.loads((HERE / "pages.json").read_text()).items():
    gzipped = HERE / "html" / f"{name}.gz"
    PAGES[path] = (
        content_type,
        (HERE / "html" / name).read_bytes(),
        gzipped.read_bytes() if gzipped.exists() else None,
    )


def application(environ, start_response):
    content_type, body, gzipped = PAGES[environ["PATH_INFO"]]
    headers = [("Content-Type", content_type), ("Vary", "Accept-Encoding")]
    if gzipped is not None and "gzip" in environ.get("HTTP_ACCEPT_ENCODING", ""):
        body = gzipped
        headers.append(("Content-Encoding", "gzip"))
    start_response("200 OK", [*headers, ("Content-Length", str(len(body)))])
    return [body]
"""

PUBLISH = """
import time
from krant.news.models import ArticlePage
article = ArticlePage.objects.get(pk={pk})
article.title = {title!r}
article.save_revision().publish()
print("published-at", time.time())
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="One round of 2 s per target (a smoke run).")
    parser.add_argument("--duration", type=int, default=5, help="Seconds per wrk run (default 5).")
    parser.add_argument("--rounds", type=int, default=3, help="Rounds over all targets (default 3).")
    parser.add_argument("--connections", type=int, default=64, help="Open connections (default 64).")
    parser.add_argument("--label", help="Results file: bench/results/<date>-<label>.md (default run/quick).")
    parser.add_argument("--database", default=DATABASE, help=f"PostgreSQL database (default {DATABASE}).")
    parser.add_argument("--redis", default=REDIS, help=f"Redis database URL (default {REDIS}).")
    parser.add_argument(
        "--only",
        action="append",
        metavar="TEXT",
        help="Load only the targets whose name contains TEXT (and the ceilings); no load check. Repeatable.",
    )
    args = parser.parse_args()
    if args.quick:
        args.duration, args.rounds = 2, 1
    label = args.label or ("quick" if args.quick else "run")
    for tool in ["wrk", "nginx", VARNISHD]:
        if not shutil.which(tool):
            sys.exit(f"bench: {tool} is missing (Debian: apt install wrk nginx varnish varnish-modules)")

    with tempfile.TemporaryDirectory(prefix="krant-bench-") as temporary, Processes() as processes:
        work = Path(temporary)
        bench = Bench(work, processes, args)
        try:
            bench.build()
            bench.measure()
            report = bench.report()
        except RuntimeError as error:
            for log in work.rglob("*.log"):
                print(f"--- {log.name}\n{log.read_text()[-2000:]}", file=sys.stderr)
            sys.exit(f"bench: {error}")
    print(report)
    RESULTS.mkdir(exist_ok=True)
    output = RESULTS / f"{TODAY}-{label}.md"
    output.write_text(report)
    print(f"Written to {output.relative_to(Path.cwd()) if output.is_relative_to(Path.cwd()) else output}")


class Bench:
    def __init__(self, work: Path, processes: Processes, args):
        self.work, self.processes, self.args = work, processes, args
        self.hit_script, self.miss_script = work / "hit.lua", work / "miss.lua"
        self.hit_script.write_text(HIT_SCRIPT)
        self.miss_script.write_text(MISS_SCRIPT)
        self.targets: dict[str, dict[str, tuple[str, Path | None]]] = {}  # target -> page -> (url, script)
        self.results: dict[tuple[str, str], list[WrkResult]] = {}
        self.servers: dict[str, int] = {}  # krant serve pid per database, for the workers' memory
        self.memory: dict[str, list[list[float]]] = {}
        self.load: list[tuple[str, str, int, WrkResult]] = []
        self.visible: list[tuple[str, str, float | None, int]] = []
        self.notes: list[str] = []

    def step(self, text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)

    # Building -----------------------------------------------------------------------------------------

    def wanted(self, target: str) -> bool:
        return not self.args.only or target in CEILINGS or any(text in target for text in self.args.only)

    def build(self) -> None:
        postgres_wanted = self.wanted("krant PG+Redis hit") or self.wanted("krant PG+Redis miss")
        wagtail_wanted = self.wanted("stock Wagtail") or self.wanted("stock Wagtail + cache middleware")
        self.step("krant demo on SQLite")
        sqlite = krant_environment(self.work / "sqlite", KRANT_SECRET_KEY=SECRET_KEY, KRANT_PROXY_COUNT="1")
        krant(sqlite, "migrate", "--verbosity", "0")
        krant(sqlite, "load_demo")
        self.sqlite_environment = sqlite
        if postgres_wanted:
            self.step("krant demo on PostgreSQL + Redis")
            drop_database(self.args.database)
            redis.Redis.from_url(self.args.redis).flushdb()
            postgres = krant_environment(
                self.work / "postgres",
                KRANT_SECRET_KEY=SECRET_KEY,
                KRANT_DATABASE_URL=create_database(self.args.database),
                KRANT_REDIS_URL=self.args.redis,
                KRANT_PROXY_COUNT="1",
            )
            krant(postgres, "migrate", "--verbosity", "0")
            krant(postgres, "load_demo")

        self.step("krant servers")
        varnish_port = free_port()
        sqlite["KRANT_BASE_URL"] = f"http://127.0.0.1:{varnish_port}"
        if krant_knows("KRANT_PURGE_URLS"):
            sqlite["KRANT_PURGE_URLS"] = sqlite["KRANT_BASE_URL"]
        else:
            self.notes.append("This krant has no KRANT_PURGE_URLS: nothing purges Varnish.")
        port = free_port()
        app = start_krant(
            self.processes, sqlite, port, self.work / "krant-sqlite.log", "--no-worker", workers=WORKERS
        )
        self.servers["SQLite"] = self.processes.running[-1][1].pid
        self.pg_app = None
        if postgres_wanted:
            postgres["KRANT_BASE_URL"] = sqlite["KRANT_BASE_URL"]
            self.pg_app = start_krant(
                self.processes,
                postgres,
                free_port(),
                self.work / "krant-pg.log",
                "--no-worker",
                workers=WORKERS,
            )
            self.servers["PostgreSQL + Redis"] = self.processes.running[-1][1].pid
        varnish = start_varnish(self.processes, self.work / "varnish", varnish_port, [port])
        self.app, self.varnish = app, varnish

        paths = self.pick_paths(app)
        self.paths = paths
        saved = self.save_pages(app, paths)
        nginx = start_nginx(self.processes, self.work / "nginx", free_port(), saved)
        bare = self.start_bare(saved)

        every = paths
        targets = {
            "nginx, same bytes": {page: (nginx + path, None) for page, path in every.items()},
            "bare WSGI, same bytes": {page: (bare + path, None) for page, path in every.items()},
        }
        if wagtail_wanted:
            self.step("stock Wagtail 7.4 with the same articles")
            project, count = stock_wagtail.build(self.work / "wagtail", sqlite)
            self.notes.append(f"Stock Wagtail and krant both hold {count} published articles.")
            wagtail = stock_wagtail.serve(
                self.processes, project, "bench", WORKERS, self.work / "wagtail.log"
            )
            cached = stock_wagtail.serve(
                self.processes, project, "bench_cached", WORKERS, self.work / "wagtail-cached.log"
            )
            self.servers["stock Wagtail"] = self.processes.running[-2][1].pid
            stock_article = self.stock_article_path(wagtail)
            targets["stock Wagtail"] = {
                "article": (wagtail + stock_article, None),
                "front page": (wagtail + "/", None),
            }
            targets["stock Wagtail + cache middleware"] = {
                "article": (cached + stock_article, None),
                "front page": (cached + "/", None),
            }
        targets["krant hit"] = {page: (app + path, self.hit_script) for page, path in every.items()}
        targets["krant miss"] = {page: (app + path, self.miss_script) for page, path in every.items()}
        if self.pg_app:
            pg_app = self.pg_app
            targets["krant PG+Redis hit"] = {
                page: (pg_app + path, self.hit_script) for page, path in every.items()
            }
            targets["krant PG+Redis miss"] = {
                page: (pg_app + path, self.miss_script) for page, path in every.items()
            }
        targets["krant via Varnish"] = {
            page: (varnish + path, self.hit_script) for page, path in every.items()
        }
        self.targets = {target: pages for target, pages in targets.items() if self.wanted(target)}
        for target, pages in self.targets.items():
            for page, (url, _) in pages.items():
                status, headers, _ = fetch(url, GZIP)
                if status != 200:
                    raise RuntimeError(f"{target} {page}: {url} answered {status}")
                if page == "article":
                    encoding = headers.get("Content-Encoding", "none")
                    self.notes.append(f"{target}, article: Content-Encoding {encoding}")
                cache_headers = {k: v for k, v in headers.items() if k.lower().startswith("x-cache")}
                if cache_headers and target.startswith("krant"):
                    self.notes.append(f"{target}, {page}: {cache_headers}")

    def pick_paths(self, app: str) -> dict[str, str]:
        """Return the address of each page, found through the API so they exist in this demo."""
        newest = json.loads(fetch(app + "/api/v1/articles/")[2])["results"][0]
        article = urllib.parse.urlparse(newest["url"]).path
        section = "/" + article.strip("/").split("/")[0] + "/"
        self.article_id, self.article_title = newest["id"], newest["title"]
        return {
            "article": article,
            "front page": "/",
            "Net binnen": "/net-binnen/",
            "section": section,
            "/rss/": "/rss/",
            "API article": f"/api/v1/articles/{newest['id']}/",
        }

    def save_pages(self, app: str, paths: dict[str, str]) -> dict[str, SavedPage]:
        """Return each page as krant sends it, plain and (when krant gzips it) gzipped."""
        saved = {}
        for path in paths.values():
            _, headers, body = fetch(app + path)
            _, gzip_headers, gzipped = fetch(app + path, GZIP)
            is_gzip = gzip_headers.get("Content-Encoding") == "gzip"
            saved[path] = SavedPage(headers["Content-Type"], body, gzipped if is_gzip else None)
        article = saved[paths["article"]]
        self.article_bytes = len(article.body)
        self.article_gzip_bytes = len(article.gzipped or article.body)
        return saved

    def start_bare(self, saved: dict[str, SavedPage]) -> str:
        root = self.work / "bare"
        (root / "html").mkdir(parents=True)
        index = {}
        for number, (path, page) in enumerate(saved.items()):
            (root / "html" / str(number)).write_bytes(page.body)
            if page.gzipped is not None:
                (root / "html" / f"{number}.gz").write_bytes(page.gzipped)
            index[path] = (str(number), page.content_type)
        (root / "pages.json").write_text(json.dumps(index))
        (root / "bare.py").write_text(BARE_APP)
        port = free_port()
        self.processes.start(
            "bare WSGI",
            [sys.executable, "-m", "granian", "--interface", "wsgi", "--workers", str(WORKERS), "--no-ws"]
            + ["--host", "127.0.0.1", "--port", str(port), "bare:application"],
            self.work / "bare.log",
            cwd=root,
        )
        base = f"http://127.0.0.1:{port}"
        wait_until(lambda: fetch(base + "/")[0] == 200, "the bare WSGI app", 30)
        return base

    def stock_article_path(self, wagtail: str) -> str:
        """Return the address of the stock site's copy of the newest article."""
        home = fetch(wagtail + "/")[2].decode()
        return home.split('<article><h2><a href="', 1)[1].split('"', 1)[0]

    # Measuring ----------------------------------------------------------------------------------------

    def measure(self) -> None:
        args = self.args
        for number in range(1, args.rounds + 1):
            self.step(f"round {number} of {args.rounds}")
            for page in PAGES:
                for target, pages in self.targets.items():
                    if page in pages:
                        url, script = pages[page]
                        result = run_wrk(url, args.duration, args.connections, script, GZIP)
                        self.results.setdefault((target, page), []).append(result)
            self.record_memory()
            self.processes.check()
        apps = [("SQLite", self.app)] + ([("PostgreSQL + Redis", self.pg_app)] if self.pg_app else [])
        if not args.only:
            self.step("load at 64, 256 and 1,024 connections")
            for connections in LOAD_CONNECTIONS:
                for database, app in apps:
                    for kind, script in [("hit", self.hit_script), ("miss", self.miss_script)]:
                        url = app + self.paths["article"]
                        result = run_wrk(url, args.duration, connections, script, GZIP)
                        self.load.append((database, kind, connections, result))
        self.record_memory()
        for _, app in apps:  # let the servers drain the queue the largest load left
            wait_until(
                lambda app=app: fetch(app + "/")[0] == 200, "krant to answer again after the load", 300
            )
        self.step("publish -> visible")
        self.measure_publish()

    def record_memory(self) -> None:
        for database, pid in self.servers.items():
            self.memory.setdefault(database, []).append(worker_rss_mib(pid))

    def measure_publish(self) -> None:
        """Publish a new title from another process; time until each page shows it, app and Varnish."""
        old, new = self.article_title, f"Bench-kop {uuid.uuid4().hex[:10]}"
        urls = {}
        for page, path in self.paths.items():
            for where, base in [("app", self.app), ("Varnish", self.varnish)]:
                fetch(base + path)  # warm: Varnish and any cache hold the old page now
                if old.encode() in fetch(base + path)[2]:
                    urls[(page, where)] = base + path
        sitemap = "/sitemap-nieuws.xml"
        for where, base in [("app", self.app), ("Varnish", self.varnish)]:
            if old.encode() in fetch(base + sitemap)[2]:
                urls[("news sitemap", where)] = base + sitemap
        seen: dict[tuple[str, str], float] = {}
        last_stale: dict[tuple[str, str], str] = {}  # what answered the last stale copy, for the notes

        def poll(key, url):
            deadline = time.monotonic() + VISIBLE_DEADLINE
            while time.monotonic() < deadline:
                asked = time.time()
                try:
                    _, headers, body = fetch(url)
                except OSError as error:
                    last_stale[key] = f"asked at {asked:.2f}: {error}"  # a slow answer: ask again
                    continue
                if new.encode() in body:
                    seen[key] = time.time()
                    return
                described = ", ".join(
                    f"{name} {headers.get(name)}" for name in STALE_HEADERS if name in headers
                )
                last_stale[key] = (
                    f"asked at {asked:.2f}, answered after {time.time() - asked:.2f} s: {described}"
                )
                time.sleep(0.05)

        threads = [threading.Thread(target=poll, args=(key, url)) for key, url in urls.items()]
        for thread in threads:
            thread.start()
        output = krant(self.sqlite_environment, "shell", "-c", PUBLISH.format(pk=self.article_id, title=new))
        published = float(output.split("published-at")[1].split()[0])
        for thread in threads:
            thread.join()
        for (page, where), url in urls.items():
            stale = sum(new.encode() not in fetch(url)[2] for _ in range(10))
            delay = seen[(page, where)] - published if (page, where) in seen else None
            self.visible.append((page, where, delay, stale))
            if (delay is None or delay > 2) and (page, where) in last_stale:
                self.notes.append(
                    f"{page} through {where}, published at {published:.2f}, last stale answer "
                    f"{last_stale[(page, where)]}"
                )

    # Reporting ----------------------------------------------------------------------------------------

    def median(self, target: str, page: str, field: str) -> float | None:
        results = self.results.get((target, page))
        return statistics.median(getattr(r, field) for r in results) if results else None

    def report(self) -> str:
        args = self.args
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            cwd=Path(__file__).parent,
        ).stdout.strip()
        lines = [
            f"# bench/run.py, {TODAY}",
            "",
            f"krant {commit}; {os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
            f"{platform.system()} {platform.release()}; wrk -t2 -c{args.connections}, "
            f"{args.duration:g} s per run, {args.rounds} round(s), medians; {WORKERS} granian workers per "
            f"server; every request with Accept-Encoding: gzip; the article is "
            f"{self.article_bytes / 1024:.1f} KiB, {self.article_gzip_bytes / 1024:.1f} KiB gzipped.",
            "",
            "## Pages",
            "",
            "| page | target | req/s | p50 ms | p99 ms | errors | x nginx | x bare WSGI |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        for page in PAGES:
            ceiling = self.median("nginx, same bytes", page, "rps")
            python = self.median("bare WSGI, same bytes", page, "rps")
            for target in self.targets:
                rps = self.median(target, page, "rps")
                if rps is None:
                    continue
                errors = sum(r.non_2xx + r.errors for r in self.results[(target, page)])
                lines.append(
                    f"| {page} | {target} | {rps:,.0f} | {self.median(target, page, 'p50'):.1f} | "
                    f"{self.median(target, page, 'p99'):.1f} | {errors} | {rps / ceiling:.3f} | "
                    f"{rps / python:.3f} |"
                )
        lines += [
            "",
            "'errors': wrk's non-2xx/3xx answers plus socket errors (connect, read, write, timeout).",
            "",
            f"## Load: the article at {', '.join(map(str, LOAD_CONNECTIONS))} connections",
            "",
            "| database | kind | connections | req/s | p50 ms | p99 ms | non-2xx/3xx | socket errors |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        for database, kind, connections, r in self.load:
            lines.append(
                f"| {database} | {kind} | {connections} | {r.rps:,.0f} | {r.p50:.1f} | {r.p99:.1f} | "
                f"{r.non_2xx} | {r.errors} |"
            )
        lines += ["", "## Worker memory (RSS of each granian worker, MiB)", ""]
        lines += ["| database | after round 1 | at the end | growth |", "|---|---|---|---:|"]
        for database, samples in self.memory.items():
            first, last = samples[0], samples[-1]
            growth = max(last) - max(first) if first and last else 0
            lines.append(
                f"| {database} | {' / '.join(f'{m:.0f}' for m in first)} | "
                f"{' / '.join(f'{m:.0f}' for m in last)} | {growth:+.0f} |"
            )
        lines += [
            "",
            "## Publish -> visible (a new title published by another process)",
            "",
            "| page | through | seconds until shown | stale of 10 afterwards |",
            "|---|---|---:|---:|",
        ]
        for page, where, delay, stale in self.visible:
            shown = f"{delay:.2f}" if delay is not None else f"not within {VISIBLE_DEADLINE} s"
            lines.append(f"| {page} | {where} | {shown} | {stale} |")
        if self.notes:
            lines += ["", "## Notes", ""] + [f"- {note}" for note in self.notes]
        return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
