"""Meest gelezen: count article reads from the article page's beacon and rank the most read articles.

The one place for counting. A read counts at most once per reader, article and hour, and never for a
crawler. Reads gather in this process and reach the database in one batch (`flush`) FLUSH_SECONDS
after the first read of a batch (a timer), at MAX_PENDING reads and when the process ends, so a read
costs no database write. With KRANT_REDIS_URL the once-per-hour check holds across all server processes,
otherwise per process.

Readers are told apart by a keyed hash of address, browser and hour that lives in the cache for an hour
and is never stored; a plain hash of an IPv4 address could be reversed by trying them all.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from multiprocessing import util as multiprocessing_util
from typing import TYPE_CHECKING

from django.core.cache import cache
from django.db import connections, router, transaction
from django.db.models import QuerySet, Sum
from django.http import HttpRequest
from django.utils import timezone
from django.utils.crypto import salted_hmac

from krant.core.pagecache import key_version
from krant.core.purge import purge
from krant.news.models.articles import ArticlePage, ArticleViewCount, load_articles, published_articles

if TYPE_CHECKING:  # the pages that list articles use this module; it only names them
    from krant.news.models.pages import SectionPage

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 30
MAX_PENDING = 500  # reads; bounds the memory and the batch of one process
READER_SECONDS = 3600  # how long the cache remembers that a reader read an article this hour
# The ranking is computed at most this often, in all processes together: with FLUSH_SECONDS, a read shows
# in Meest gelezen within a minute (the scheduler recomputes it every round).
RANKING_SECONDS = 30
RANKING_DEPTH = 1000  # the ranking's length: section lists are drawn from it, a change in it purges
RANKING_SIZE = 50  # the longest list asked for (the API's limit): every shorter one is a slice of it
RANKING_KEY = "krant:ranking:{hours}"  # (computed at, ids) in the shared store, and the lock beside it
RANKING_LOCK = RANKING_KEY + ":lock"
READS_WRITTEN_KEY = "krant:reads-written"  # when a process last wrote reads: a ranking older is due
SECTION_SECONDS = 24 * 3600  # section lists are kept until the ranking changes (their keys name its version)
KEEP = timedelta(days=7)  # older counts are deleted; Meest gelezen looks back one day
MAX_ARTICLE_ID = 10**18 - 1  # the ids news.models.ARTICLE_ID accepts: they fit a 64-bit key

# Programs that fetch pages or images with no reader behind them. No browser names these words (bar a rare
# phone model such as CUBOT, which goes uncounted).
CRAWLER = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|preview|embedly|feedfetcher|mediapartners"
    r"|curl|wget|python-requests|python-urllib|httpx|aiohttp|go-http-client|java/|okhttp|libwww|scrapy"
    r"|headless|phantomjs|lighthouse|pingdom|uptime|monitor|validator",
    re.IGNORECASE,
)


class PendingReads:
    """Reads counted in this process and not yet written: {(article id, hour): reads}."""

    def __init__(self):
        self.lock = threading.Lock()  # the server runs many threads per process
        self.counts: Counter[tuple[int, datetime]] = Counter()
        self.reads = 0
        self.timer: threading.Timer | None = None  # writes the batch FLUSH_SECONDS after its first read
        self.pruned_hour: datetime | None = None
        self.process: int | None = None  # the process that will write what is left when it ends

    def add(self, article_id: int, hour: datetime) -> bool:
        """Count one read; return whether a flush is due now (a full batch).

        The first read of a batch starts a timer that writes the batch FLUSH_SECONDS later, so a read
        reaches the ranking within that time however rarely this process is asked for another.
        """
        with self.lock:
            if self.process != os.getpid():
                self.process = os.getpid()
                self.timer = None  # a forked child inherits the parent's timer but not its thread
                write_at_exit()
            self.counts[article_id, hour] += 1
            self.reads += 1
            if self.timer is None:
                self.timer = threading.Timer(FLUSH_SECONDS, flush_on_timer)
                self.timer.daemon = True  # the exit hook writes what is left; the timer must not hold it up
                self.timer.start()
            return self.reads >= MAX_PENDING

    def take(self) -> Counter:
        """Return the pending reads and start counting afresh (the next read starts a new timer)."""
        with self.lock:
            counts, self.counts, self.reads = self.counts, Counter(), 0
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
            return counts

    def prune_due(self, hour: datetime) -> bool:
        """Return True once per hour: old counts are deleted at most that often per process."""
        with self.lock:
            due, self.pruned_hour = self.pruned_hour != hour, hour
            return due


pending = PendingReads()


def hour_of(moment: datetime) -> datetime:
    """Return the start of the UTC hour `moment` falls in."""
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def is_crawler(user_agent: str) -> bool:
    """Return whether `user_agent` is a program rather than a reader's browser (an empty one is too)."""
    return not user_agent.strip() or CRAWLER.search(user_agent) is not None


def reader_key(request: HttpRequest, user_agent: str, article_id: int, hour: datetime) -> str:
    """Return the cache key saying 'this reader read this article in this hour', personal data hashed."""
    reader = f"{request.META.get('REMOTE_ADDR', '')}\n{user_agent}\n{article_id}\n{hour:%Y%m%d%H}"
    digest = salted_hmac("krant.news.readership", reader, algorithm="sha256").hexdigest()
    return f"krant:read:{digest}"


def record_view(request: HttpRequest, article_id: int) -> bool:
    """Count a read of article `article_id` by the reader behind `request`; return whether it counted.

    Not counted: crawlers and other programs, a reader's second read of an article in the same hour and
    ids no article can have. Ids of articles that do not exist or are not live are dropped by `flush`.
    """
    if not 0 < article_id <= MAX_ARTICLE_ID:
        return False
    user_agent = request.headers.get("User-Agent", "")
    if is_crawler(user_agent):
        return False
    hour = hour_of(timezone.now())
    if not cache.add(reader_key(request, user_agent, article_id, hour), 1, READER_SECONDS):
        return False
    if pending.add(article_id, hour):
        try:
            flush()
        except Exception:
            # The reader still gets the pixel; a lost batch only makes the ranking a little less exact.
            logger.exception("Writing the read counts failed; this batch of reads is lost")
    return True


def flush() -> int:
    """Write the reads counted in this process to the database in one batch; return how many were written.

    Reads of ids that are not live articles are dropped here, once per batch rather than once per read.
    Once an hour, counts older than KEEP are deleted.
    """
    counts = pending.take()
    if not counts:
        return 0
    live = set(
        ArticlePage.objects.live().filter(pk__in={pk for pk, _ in counts}).values_list("pk", flat=True)
    )
    alias = router.db_for_write(ArticleViewCount)
    connection = connections[alias]
    # Sorted, so that processes flushing at the same time lock rows in the same order (no deadlock).
    rows = [
        (pk, connection.ops.adapt_datetimefield_value(hour), reads)
        for (pk, hour), reads in sorted(counts.items())
        if pk in live
    ]
    if rows:
        with transaction.atomic(using=alias), connection.cursor() as cursor:
            cursor.executemany(upsert_sql(connection), rows)
        cache.set(READS_WRITTEN_KEY, time.time(), None)  # the scheduler's next round ranks them
    now = hour_of(timezone.now())
    if pending.prune_due(now):
        ArticleViewCount.objects.using(alias).filter(hour__lt=now - KEEP).delete()
    return sum(reads for *_, reads in rows)


def upsert_sql(connection) -> str:
    """Return the statement that adds one hour's reads to an article's count (SQLite and PostgreSQL).

    Written by hand: bulk_create(update_conflicts=True) can only replace the count, not add to it.
    """
    meta = ArticleViewCount._meta
    table = connection.ops.quote_name(meta.db_table)
    article, hour, count = (
        connection.ops.quote_name(meta.get_field(name).column) for name in ("article", "hour", "count")
    )
    return (
        f"INSERT INTO {table} ({article}, {hour}, {count}) VALUES (%s, %s, %s) "  # noqa: S608 - names only
        f"ON CONFLICT ({article}, {hour}) DO UPDATE SET {count} = {table}.{count} + excluded.{count}"
    )


def write_at_exit() -> None:
    """Make the current process write its pending reads when it ends.

    The server's workers are forked multiprocessing children: they end with os._exit, which skips atexit,
    and they drop the exit hooks inherited from the parent. So each process registers its own hook with
    multiprocessing, which runs it at a child's end and, through atexit, at a plain process's end.
    """
    multiprocessing_util.Finalize(None, flush_at_exit, exitpriority=10)


def flush_on_timer() -> None:
    """Write the pending reads from the timer's thread, which then closes its database connection."""
    try:
        flush()
    except Exception:
        logger.exception("Writing the read counts failed; this batch of reads is lost")
    finally:
        connections.close_all()  # the thread ends: its connections would otherwise stay open


def flush_at_exit() -> None:
    """Write the pending reads; at shutdown a failure can only be logged."""
    try:
        flush()
    except Exception:
        logger.exception("Writing the read counts at shutdown failed; these reads are lost")


def totals(hours: int) -> QuerySet:
    """Return the reads per live, public article over the last `hours`, most read first, then newest.

    Rows are dicts with article_id and total.
    """
    since = timezone.now() - timedelta(hours=hours)
    return (
        ArticleViewCount.objects.filter(hour__gt=since, article__in=published_articles().values("pk"))
        .values("article_id")
        .annotate(total=Sum("count"))
        .order_by("-total", "-article__first_published_at", "-article_id")
    )


def most_read(hours: int = 24, section: SectionPage | None = None, limit: int = 10) -> list[ArticlePage]:
    """Return the articles read most in the last `hours`, most read first and, among equals, newest first.

    With `section`, only articles of that section and its subsections, home or extra section alike (as
    SectionPage.articles). All lists are drawn from one `ranking` and sliced; the articles are loaded in one
    query.
    """
    return load_articles(most_read_ids(hours, section, limit))


def most_read_ids(hours: int = 24, section: SectionPage | None = None, limit: int = 10) -> list[int]:
    """Return the ids of `most_read`, without loading the articles (a cached fragment may show them)."""
    ids = ranking(hours)
    if section is not None:
        key = f"krant:most-read:{hours}:{section.pk}:{key_version('most-read')}"
        ids = cache.get(key)
        if ids is None:
            ids = in_section(ranking(hours), section)[:RANKING_SIZE]
            cache.set(key, ids, SECTION_SECONDS)
    return ids[: min(limit, RANKING_SIZE)]


def in_section(ids: list[int], section: SectionPage) -> list[int]:
    """Return the `ids` of articles in `section` or its subsections, in their order (one query)."""
    members = set(section.articles().filter(pk__in=ids).values_list("pk", flat=True))
    return [pk for pk in ids if pk in members]


def ranking(hours: int = 24) -> list[int]:
    """Return the ids of the RANKING_DEPTH articles read most in the last `hours`, as `totals` orders them.

    Computed at most once per RANKING_SECONDS whatever the request rate, and again as soon as a process
    wrote new reads (`flush`): when it is due, one process takes a lock in the shared store and computes
    it, the others serve the previous one meanwhile. When it
    changed, the pages showing it are purged (`most-read`), so they live as long as any other page. The
    scheduler calls this every round (`refresh_ranking`), so it follows the reads while every page showing
    it is served from a cache.
    """
    key, lock = RANKING_KEY.format(hours=hours), RANKING_LOCK.format(hours=hours)
    stored = cache.get_many([key, READS_WRITTEN_KEY])
    previous, written = stored.get(key), stored.get(READS_WRITTEN_KEY, 0)
    if previous is not None and time.time() - previous[0] < RANKING_SECONDS and written < previous[0]:
        return previous[1]
    if not cache.add(lock, 1, RANKING_SECONDS) and previous is not None:
        return previous[1]
    try:
        computed_at = time.time()
        ids = [row["article_id"] for row in totals(hours)[:RANKING_DEPTH]]
        cache.set(key, (computed_at, ids), None)
    finally:
        cache.delete(lock)
    if previous is not None and previous[1] != ids:  # none before: no page can show one yet
        purge(["most-read"])
    return ids


def refresh_ranking() -> None:
    """Scheduler job (krant.core.scheduler.JOBS): recompute the day's ranking when due; cheap when not."""
    ranking()


def most_read_by_section(
    sections: list[SectionPage], hours: int = 24, limit: int = 5
) -> list[tuple[SectionPage, list[ArticlePage]]]:
    """Return each of `sections` with its most read articles in the last `hours`, as most_read would.

    A constant number of queries whatever the number of sections: one read of the ranking's home and extra
    sections, one load of the articles, kept until the ranking changes. A section whose most read article
    is not in the ranking is too quiet to rank and gets an empty list.
    """
    ids = ranking(hours)
    sections_key = ",".join(str(section.pk) for section in sections)
    key = f"krant:most-read-sections:{hours}:{limit}:{sections_key}:{key_version('most-read')}"
    by_section = cache.get(key)
    if by_section is None:
        by_section = rank_by_section(ids, sections, limit)
        cache.set(key, by_section, SECTION_SECONDS)
    found = {pk for pks in by_section.values() for pk in pks}
    articles = published_articles().in_bulk(found) if found else {}
    return [
        (section, [articles[pk] for pk in by_section.get(section.pk, []) if pk in articles])
        for section in sections
    ]


def rank_by_section(ids: list[int], sections: list[SectionPage], limit: int) -> dict[int, list[int]]:
    """Return {section id: its first `limit` of the ranking `ids`}; by tree path, subsections included."""
    if not sections or not ids:
        return {section.pk: [] for section in sections}
    paths = defaultdict(set)
    homes = ArticlePage.objects.filter(pk__in=ids).values_list("pk", "home_section__path")
    extra = ArticlePage.sections.through.objects.filter(articlepage_id__in=ids).values_list(
        "articlepage_id", "sectionpage__path"
    )
    for article_id, path in [*homes, *extra]:
        paths[article_id].add(path)
    ranked = {section.pk: [] for section in sections}
    for article_id in ids:
        for section in sections:
            listed = ranked[section.pk]
            if len(listed) < limit and any(
                path and path.startswith(section.path) for path in paths[article_id]
            ):
                listed.append(article_id)
    return ranked
