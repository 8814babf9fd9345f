"""Fill krant's database with a large archive, and compare render time and queries at 1,000 and at N articles.

    KRANT_DATABASE_URL=postgres://... python bench/scale.py --articles 1000000 [--renders 10]
    python bench/scale.py --fill-only --articles 5000 [--check]

Needs a database with the demo loaded (`krant migrate && krant load_demo`). The generated articles are
copies of the demo's published articles (intro, body, picture, section, authors, dossiers), dated backwards
from the oldest article in five-minute steps (1,000,000 articles reach back about ten years), and stored as
Wagtail stores articles: one page per article in the year folder of its date under the archive page
(`krant.news.services.article_folder`), with treebeard paths numbered on from the folder's last child. Rows
go in with COPY on PostgreSQL (executemany elsewhere), in batches; then the year folders' numchild is set by
treebeard's own fix (`Page._fix_numchild`, the half of `Page.fix_tree` that applies), and `--check` runs
`Page.find_problems` over the archive (one query per page: for small runs and tests). Generated articles have
no revisions and no search index entries (search is left out of the comparison).

Without --fill-only: fill up to 1,000 articles, render each page type in-process (Django's test Client, every
request with a new query string so no page cache answers it, after a warm-up), fill up to --articles and
render again; print the median render time and query count of each page at both sizes and their ratio (the
target: within 1.2 x, the same query count), and write the table to bench/results/<date>-scale.md.
"""

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "krant.settings")

import django  # noqa: E402 - Django must be set up before krant's models are imported

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page  # noqa: E402

from krant.news.models import ArticlePage, published_articles  # noqa: E402
from krant.news.services import article_archive, article_folder  # noqa: E402

BASELINE = 1_000
STEP = timedelta(minutes=5)
BATCH = 20_000
RESULTS = Path(__file__).resolve().parent / "results"
PAGE_COLUMNS = [
    "id", "path", "depth", "numchild", "title", "draft_title", "slug", "url_path", "live",
    "has_unpublished_changes", "seo_title", "show_in_menus", "search_description", "expired", "locked",
    "content_type_id", "locale_id", "translation_key", "first_published_at", "last_published_at",
]  # fmt: skip
ARTICLE_COLUMNS = [
    "page_ptr_id", "label", "intro", "lead_image_caption", "body", "source_credit", "update_note",
    "comments_enabled", "comments_close_after_hours", "comments_moderation", "comments_questions",
    "comments_info", "comments_max_length", "lead_image_id", "home_section_id", "sensitive",
]  # fmt: skip
LINK_TABLES = {  # table: (article column, other column, extra columns of a row)
    "news_articleauthor": ("article_id", "author_id", ["sort_order"]),
    "news_articlepage_sections": ("articlepage_id", "sectionpage_id", []),
    "news_articlepage_dossiers": ("articlepage_id", "dossierpage_id", []),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, help="Articles in total after filling.")
    parser.add_argument("--renders", type=int, default=10, help="Renders per page and size (default 10).")
    parser.add_argument("--fill-only", action="store_true", help="Only fill; no render comparison.")
    parser.add_argument("--check", action="store_true", help="Check the archive's tree (slow when large).")
    parser.add_argument("--label", default="scale", help="Results file bench/results/<date>-<label>.md.")
    parser.add_argument("--save", metavar="JSON", help="Only measure this database as it is, into JSON.")
    parser.add_argument("--compare", nargs=2, metavar=("SMALL", "LARGE"), help="Compare two --save files.")
    args = parser.parse_args()
    # Two databases filled once (1,000 and 1,000,000 articles) are measured again after each change,
    # without filling: --save on each, then --compare.
    if args.save:
        Path(args.save).write_text(json.dumps(measure(args.renders)))
        return
    if args.compare:
        small, large = (json.loads(Path(path).read_text()) for path in args.compare)
        write_report(comparison(small, large), args.label)
        return
    if args.articles < 1:
        sys.exit("scale: --articles must be at least 1")
    if not ArticlePage.objects.exists():
        sys.exit("scale: no articles to copy; run `krant load_demo` first")

    if args.fill_only:
        fill(args.articles)
        settle()
    else:
        if ArticlePage.objects.count() > BASELINE:
            sys.exit(f"scale: the comparison starts at {BASELINE} articles; use a database with fewer")
        fill(BASELINE)
        settle()
        small = measure(args.renders)
        fill(args.articles)
        settle()
        large = measure(args.renders)
        write_report(comparison(small, large), args.label)
    if args.check:
        check_tree()


# Filling ------------------------------------------------------------------------------------------------


def fill(total: int) -> None:
    """Add copies of the demo's articles until the database holds `total` articles."""
    missing = total - ArticlePage.objects.count()
    if missing <= 0:
        print(f"{ArticlePage.objects.count():,} articles already; nothing added")
        return
    started = time.monotonic()
    templates = article_templates()
    links = template_links()
    oldest = ArticlePage.objects.order_by("first_published_at").first().first_published_at
    # Folders first: each takes a page id, and the copies' ids are counted on from the last one.
    folders = {}  # year -> [folder, number of its next child]
    for year in range(local_year(oldest - STEP * missing), local_year(oldest - STEP) + 1):
        folder = article_folder(year)
        folders[year] = [folder, last_child_number(folder) + 1]
    next_id = Page.objects.order_by("-id").values_list("id", flat=True)[0] + 1
    added = 0
    while added < missing:
        size = min(BATCH, missing - added)
        pages, articles, link_rows = [], [], {table: [] for table in LINK_TABLES}
        for number in range(added, added + size):
            template = templates[number % len(templates)]
            date = oldest - STEP * (number + 1)
            folder, child = folders[local_year(date)]
            folders[local_year(date)][1] += 1
            page_id = next_id + number
            slug = f"{template['slug'][:200]}-{page_id}"
            pages.append(
                (
                    page_id, Page._get_path(folder.path, folder.depth + 1, child), folder.depth + 1, 0,
                    template["title"], template["title"], slug, f"{folder.url_path}{slug}/", True,
                    False, "", False, "", False, False,
                    template["content_type_id"], template["locale_id"], str(uuid.uuid4()), date, date,
                )
            )  # fmt: skip
            articles.append((page_id, *template["article"]))
            for table, rows in links.get(template["id"], {}).items():
                link_rows[table] += [(page_id, *row) for row in rows]
        with transaction.atomic():
            insert("wagtailcore_page", PAGE_COLUMNS, pages)
            insert("news_articlepage", ARTICLE_COLUMNS, articles)
            for table, (article_column, other_column, extra) in LINK_TABLES.items():
                insert(table, [article_column, other_column, *extra], link_rows[table])
        added += size
        rate = added / (time.monotonic() - started)
        print(f"  {added:,} of {missing:,} articles added ({rate:,.0f} a second)", flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            sequence = "pg_get_serial_sequence('wagtailcore_page', 'id')"
            cursor.execute(f"SELECT setval({sequence}, MAX(id)) FROM wagtailcore_page")  # noqa: S608
    fix_started = time.monotonic()
    # treebeard's own numchild fix, given only the folders we filled: the only pages whose children changed.
    # (`Page.fix_tree(parent=archive)` runs the same fix with a correlated count for every page under the
    # archive, a LIKE on a computed pattern that no index serves: hours at a million pages.)
    Page._fix_numchild(Page, Page.objects.filter(pk__in=[folder.pk for folder, _ in folders.values()]))
    print(
        f"{missing:,} articles added in {time.monotonic() - started:.0f} s "
        f"(tree fixed in {time.monotonic() - fix_started:.0f} s); {ArticlePage.objects.count():,} in all"
    )


def settle() -> None:
    """VACUUM (ANALYZE) a filled PostgreSQL database, as autovacuum would soon after: without the visibility
    map, index-only scans read the heap, and the planner, costing that, picks other plans than a live
    database gets. Outside any transaction, which VACUUM refuses."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")


def article_templates() -> list[dict]:
    """Return the published demo articles' rows as they are stored (the body as its JSON text)."""
    body = "body::text" if connection.vendor == "postgresql" else "body"
    columns = ", ".join(body if column == "body" else column for column in ARTICLE_COLUMNS[1:])
    ids = list(published_articles().filter(slug__regex=r"[^0-9]$").values_list("pk", flat=True)[:500])
    ids = ids or list(published_articles().values_list("pk", flat=True)[:500])
    with connection.cursor() as cursor:
        where = f"page_ptr_id IN ({','.join(map(str, ids))})"
        cursor.execute(f"SELECT page_ptr_id, {columns} FROM news_articlepage WHERE {where}")  # noqa: S608
        rows = {row[0]: row[1:] for row in cursor.fetchall()}
    pages = Page.objects.filter(pk__in=ids).values("id", "title", "slug", "content_type_id", "locale_id")
    return [{**page, "article": rows[page["id"]]} for page in pages.order_by("id")]


def template_links() -> dict[int, dict[str, list[tuple]]]:
    """Return each article's author, section and dossier rows, without the article column."""
    links: dict[int, dict[str, list[tuple]]] = {}
    with connection.cursor() as cursor:
        for table, (article_column, other_column, extra) in LINK_TABLES.items():
            cursor.execute(f"SELECT {', '.join([article_column, other_column, *extra])} FROM {table}")  # noqa: S608
            for article, *rest in cursor.fetchall():
                links.setdefault(article, {}).setdefault(table, []).append(tuple(rest))
    return links


def local_year(moment) -> int:
    """Return the year of `moment` in the site's time zone, as `article_folder` counts years."""
    return timezone.localtime(moment).year


def last_child_number(folder: Page) -> int:
    last = Page.objects.filter(path__startswith=folder.path, depth=folder.depth + 1).order_by("-path").first()
    return Page._str2int(last.path[-Page.steplen :]) if last else 0


def insert(table: str, columns: list[str], rows: list[tuple]) -> None:
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)  # noqa: S608


def check_tree() -> None:
    """Stop when treebeard finds a problem in the archive's part of the page tree."""
    problems = Page.find_problems(parent=article_archive())
    names = ["bad characters", "bad path length", "orphans", "wrong depth", "wrong numchild"]
    found = {name: ids[:10] for name, ids in zip(names, problems, strict=True) if ids}
    if found:
        sys.exit(f"scale: the page tree has problems: {found}")
    print("The archive's page tree is sound (treebeard's find_problems).")


# Measuring ----------------------------------------------------------------------------------------------


def page_addresses() -> dict[str, str]:
    """Return one address per page type, the same pages at every size."""
    newest = published_articles().order_by("-first_published_at").first()
    oldest = published_articles().order_by("first_published_at").first()
    section = newest.home_section
    dossier = newest.dossiers.live().first()
    author = newest.authors[0] if newest.authors else None
    addresses = {
        "article (newest)": newest.url,
        "article (oldest)": oldest.url,
        "front page": "/",
        "Net binnen": "/net-binnen/",
        "section": section.url,
        "section page 2": f"{section.url}?page=2",
        "section page 3": f"{section.url}?page=3",
        "Net binnen page 50": "/net-binnen/?page=50",
        "/rss/": "/rss/",
        "news sitemap": "/sitemap-nieuws.xml",
        "sitemap index": "/sitemap.xml",
        "sections sitemap": "/sitemap-rubrieken.xml",
        "dossiers sitemap": "/sitemap-dossiers.xml",
        "authors sitemap": "/sitemap-auteurs.xml",
        "API article": f"/api/v1/articles/{newest.pk}/",
        "API articles": "/api/v1/articles/",
    }
    if dossier:
        addresses["dossier"] = dossier.url
    if author:
        addresses["author"] = author.url
    return addresses


def measure(renders: int) -> dict:
    """Return {page: (median seconds, queries, status)} at the current size."""
    client = Client(HTTP_HOST="127.0.0.1")
    count = ArticlePage.objects.count()
    results = {}
    for name, address in page_addresses().items():
        separator = "&" if "?" in address else "?"
        times, queries, status = [], 0, 0
        for number in range(renders + 2):
            url = f"{address}{separator}bench={count}-{number}"
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                elapsed = time.perf_counter() - started
            status = response.status_code
            if number >= 2:  # the first two warm the process (templates, settings, fragments)
                times.append(elapsed)
                queries = len(captured)
        results[name] = (statistics.median(times), queries, status)
    print(f"measured {len(results)} pages at {count:,} articles")
    return {"count": count, "vendor": connection.vendor, "pages": results}


def write_report(report: str, label: str) -> None:
    print(report)
    RESULTS.mkdir(exist_ok=True)
    output = RESULTS / f"{time.strftime('%Y-%m-%d')}-{label}.md"
    output.write_text(report)
    print(f"Written to {output}")


def comparison(small: dict, large: dict) -> str:
    lines = [
        f"# bench/scale.py, {time.strftime('%Y-%m-%d')}",
        "",
        f"Render time (median of the renders after two warm-ups, Django test Client, a new query string each "
        f"time) and queries per page, at {small['count']:,} and {large['count']:,} articles "
        f"({small.get('vendor', connection.vendor)}). Target: within 1.2 x, the same query count.",
        "",
        f"| page | ms at {small['count']:,} | ms at {large['count']:,} | ratio | queries | status |",
        "|---|---:|---:|---:|---|---|",
    ]
    for name, (small_time, small_queries, small_status) in small["pages"].items():
        large_time, large_queries, large_status = large["pages"][name]
        queries = (
            str(small_queries) if small_queries == large_queries else f"{small_queries} -> {large_queries}"
        )
        status = str(small_status) if small_status == large_status else f"{small_status} -> {large_status}"
        lines.append(
            f"| {name} | {small_time * 1000:.1f} | {large_time * 1000:.1f} | "
            f"{large_time / small_time:.2f} | {queries} | {status} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
