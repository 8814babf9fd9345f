"""Meest gelezen: reads counted from the beacon, once per reader and hour, and ranked per day and section."""

import logging
import re
import time
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
import time_machine
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image

from krant.community.threads import listing_counts
from krant.core import scheduler
from krant.core.pagecache import key_version
from krant.news import readership, views
from krant.news.models import ArticleViewCount, MostReadPage, SectionPage
from tests.conftest import database_url
from tests.factories import add_page, make_article, make_reads, make_site, publish
from tests.processes import fetch, krant_environment, serving, wait_until

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
BROWSERS = [
    FIREFOX,
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
]
CRAWLERS = [
    "",
    "   ",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.32.3",
    "Mozilla/5.0 (compatible; AhrefsSpider)",
]
NOON = datetime(2026, 3, 10, 12, 15, tzinfo=UTC)


@pytest.fixture(autouse=True)
def pending(monkeypatch):
    """Give each test an empty batch of reads of its own, with its flush clock just started."""
    fresh = readership.PendingReads()
    monkeypatch.setattr(readership, "pending", fresh)
    yield fresh
    fresh.take()  # stops its timer: no batch is written into a later test


@pytest.fixture
def most_read_page(tree):
    return add_page(tree.home, MostReadPage(title="Meest gelezen", slug="meest-gelezen"))


def beacon_request(user_agent=FIREFOX, ip="192.0.2.10"):
    return RequestFactory().get("/teller/1.gif", HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip)


def read(article, user_agent=FIREFOX, ip="192.0.2.10") -> bool:
    return readership.record_view(beacon_request(user_agent, ip), article.pk)


def stored(article) -> list[int]:
    return list(
        ArticleViewCount.objects.filter(article=article).order_by("hour").values_list("count", flat=True)
    )


def titles(articles):
    return [article.title for article in articles]


# Counting


def test_a_reader_counts_once_per_article_per_hour(tree):
    """The same address and browser count once an hour; another address counts; the next hour counts again."""
    article = make_article(tree.binnenland, "Brug dicht")
    with time_machine.travel(NOON, tick=False):
        assert read(article)
        assert not read(article)
        assert read(article, ip="198.51.100.7")
        assert read(article, user_agent=BROWSERS[2])
    with time_machine.travel(NOON + timedelta(hours=1), tick=False):
        assert read(article)
        readership.flush()
    assert stored(article) == [3, 1]


def test_a_reader_counts_for_each_article(tree):
    """Reading a second article in the same hour is a read of its own."""
    first = make_article(tree.binnenland, "Eerste")
    second = make_article(tree.binnenland, "Tweede")
    assert read(first)
    assert read(second)


@pytest.mark.parametrize("user_agent", CRAWLERS)
def test_crawlers_are_not_counted(tree, pending, user_agent):
    """Search engines, link previews, scripts, headless browsers and requests without a browser name."""
    article = make_article(tree.binnenland)
    assert not read(article, user_agent=user_agent)
    assert not pending.counts


@pytest.mark.parametrize("user_agent", BROWSERS)
def test_browsers_are_counted(tree, user_agent):
    article = make_article(tree.binnenland)
    assert read(article, user_agent=user_agent)


def test_unknown_and_unpublished_articles_are_not_stored(tree):
    """Ids of no article, or of a draft or withdrawn one, are dropped when the batch is written."""
    draft = make_article(tree.binnenland, "Concept", published=False)
    withdrawn = make_article(tree.binnenland, "Ingetrokken")
    withdrawn.unpublish()
    assert readership.record_view(beacon_request(), 987654321)
    assert read(draft)
    assert read(withdrawn)
    assert readership.flush() == 0
    assert not ArticleViewCount.objects.exists()


@pytest.mark.parametrize("article_id", [0, -1, 10**18, 10**40])
def test_ids_no_article_can_have_are_refused_at_once(db, pending, article_id):
    assert not readership.record_view(beacon_request(), article_id)
    assert not pending.counts


def test_a_read_writes_nothing_to_the_database(tree, django_assert_num_queries):
    """Reads gather in memory until the batch is due: no query per read."""
    article = make_article(tree.binnenland)
    with django_assert_num_queries(0):
        for number in range(20):
            assert read(article, ip=f"192.0.2.{number}")
    assert not ArticleViewCount.objects.exists()


def test_reads_are_written_once_the_batch_is_due_by_time(tree, monkeypatch):
    article = make_article(tree.binnenland)
    monkeypatch.setattr(readership, "MAX_PENDING", 1)
    read(article)
    assert stored(article) == [1]


def test_reads_are_written_once_the_batch_is_full(tree, monkeypatch):
    article = make_article(tree.binnenland)
    monkeypatch.setattr(readership, "MAX_PENDING", 3)
    read(article, ip="192.0.2.1")
    read(article, ip="192.0.2.2")
    assert stored(article) == []
    read(article, ip="192.0.2.3")
    assert stored(article) == [3]


def test_flush_adds_to_what_is_stored(tree):
    """A second batch for the same article and hour adds up (INSERT ... ON CONFLICT DO UPDATE)."""
    article = make_article(tree.binnenland)
    other = make_article(tree.economie, "Ander bericht")
    with time_machine.travel(NOON, tick=False):
        read(article, ip="192.0.2.1")
        read(article, ip="192.0.2.2")
        read(other)
        assert readership.flush() == 3
        read(article, ip="192.0.2.3")
        assert readership.flush() == 1
    assert stored(article) == [3]
    assert stored(other) == [1]
    assert readership.flush() == 0


def test_counts_older_than_a_week_are_deleted(tree):
    article = make_article(tree.binnenland)
    make_reads(article, 40, hours_ago=24 * 8)
    make_reads(article, 30, hours_ago=24 * 6)
    read(article)
    readership.flush()
    assert sorted(stored(article)) == [1, 30]


def test_a_failed_write_does_not_fail_the_read(tree, monkeypatch, caplog):
    """The beacon still answers when the database does not; the failure is logged."""
    article = make_article(tree.binnenland)
    monkeypatch.setattr(readership, "MAX_PENDING", 1)

    def broken_flush():
        raise DatabaseError("database is away")

    monkeypatch.setattr(readership, "flush", broken_flush)
    with caplog.at_level(logging.ERROR, logger="krant.news.readership"):
        assert read(article)
    assert "Writing the read counts failed" in caplog.text


def test_the_batch_is_written_at_shutdown(tree):
    article = make_article(tree.binnenland)
    read(article)
    readership.flush_at_exit()
    assert stored(article) == [1]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_server_worker_writes_its_reads_when_it_stops(tmp_path):
    """Reads still in a worker's memory reach the database when `krant serve` stops (SIGTERM)."""
    article = make_article(make_site().binnenland)
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    with serving("serve", "--workers", "1", "--no-scheduler", environment=environment) as base:
        assert fetch(f"{base}/teller/{article.pk}.gif", {"User-Agent": FIREFOX})[0] == 200
        assert stored(article) == []  # counted in the worker, not yet written
    assert stored(article) == [1]


MOST_READ_BLOCK = re.compile(rb'<section class="(?:home__most-read|most-read)\b.*?</section>', re.DOTALL)


def most_read_block(html: bytes) -> bytes:
    """Return the Meest gelezen lists of a page (the front page's block, the page's own lists)."""
    return b"".join(match.group() for match in MOST_READ_BLOCK.finditer(html))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_read_reaches_meest_gelezen_within_a_minute_with_two_workers(tmp_path):
    """With two workers and no further reads, a read reaches the database within FLUSH_SECONDS (the worker
    writes its batch on a timer, not on its next read, which may never come) and, with the scheduler's next
    ranking, Meest gelezen and the front page through the page cache: in about a minute (the README)."""
    tree = make_site()
    add_page(tree.home, MostReadPage(title="Meest gelezen", slug="meest-gelezen"))
    article = make_article(tree.binnenland, "Dijk versterkt")
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, KRANT_SCHEDULER_INTERVAL="5"
    )
    with serving("serve", "--workers", "2", "--no-worker", "--no-live", environment=environment) as base:
        for path in ("/meest-gelezen/", "/"):  # both in the page cache before the read
            assert b"Dijk versterkt" not in most_read_block(fetch(f"{base}{path}")[2]), path
        assert fetch(f"{base}/teller/{article.pk}.gif", {"User-Agent": FIREFOX})[0] == 200
        assert stored(article) == []
        read_at = time.monotonic()
        wait_until(lambda: stored(article) == [1], "the worker to write the read on its timer", 60)
        # At most FLUSH_SECONDS to the database, RANKING_SECONDS to the next ranking, a scheduler round (5 s
        # here) to compute it; the rest is this shared machine's slack.
        bound = readership.FLUSH_SECONDS + readership.RANKING_SECONDS + 5 + 25
        for path in ("/meest-gelezen/", "/"):
            wait_until(
                lambda path=path: b"Dijk versterkt" in most_read_block(fetch(f"{base}{path}")[2]),
                f"{path} to show the read article",
                max(1, bound - (time.monotonic() - read_at)),
            )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_beacon_is_answered_before_the_middleware_and_counts_once(tmp_path):
    """The fast path (krant.wsgi) answers the beacon without Django's middleware (no session, no page
    headers), still through record_view: a reader counts once an hour, a crawler not at all."""
    article = make_article(make_site().binnenland)
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    with serving("serve", "--workers", "1", "--no-scheduler", environment=environment) as base:
        for agent in (FIREFOX, FIREFOX, "Googlebot/2.1"):
            status, headers, body = fetch(f"{base}/teller/{article.pk}.gif", {"User-Agent": agent})
            assert (status, body) == (200, views.PIXEL)
            assert "no-store" in headers["Cache-Control"]
            assert "X-Frame-Options" not in headers and "Set-Cookie" not in headers
    assert stored(article) == [1]


def test_the_reader_is_not_in_the_cache_key(tree):
    """Only a keyed hash of address and browser is kept, and only for the hour."""
    request = beacon_request(ip="203.0.113.99")
    key = readership.reader_key(request, FIREFOX, 1, readership.hour_of(NOON))
    assert "203.0.113.99" not in key
    assert "Firefox" not in key
    assert key != readership.reader_key(request, FIREFOX, 1, readership.hour_of(NOON + timedelta(hours=1)))


# Ranking


def test_most_read_ranks_the_last_day(tree):
    """Most reads in the last 24 hours first; older reads and articles taken offline do not count."""
    calm = make_article(tree.binnenland, "Rustig", when=timezone.now() - timedelta(hours=5))
    busy = make_article(tree.binnenland, "Druk gelezen")
    yesterday = make_article(tree.binnenland, "Gisteren populair")
    withdrawn = make_article(tree.binnenland, "Ingetrokken")
    make_reads(calm, 5)
    make_reads(busy, 4, hours_ago=2)
    make_reads(busy, 5, hours_ago=23)
    make_reads(yesterday, 100, hours_ago=25)
    make_reads(withdrawn, 50)
    withdrawn.unpublish()
    assert titles(readership.most_read()) == ["Druk gelezen", "Rustig"]


def test_most_read_puts_the_newest_first_among_equals(tree):
    older = make_article(tree.binnenland, "Ouder", when=timezone.now() - timedelta(hours=6))
    newer = make_article(tree.binnenland, "Nieuwer", when=timezone.now() - timedelta(hours=2))
    make_reads(older, 7)
    make_reads(newer, 7)
    assert titles(readership.most_read()) == ["Nieuwer", "Ouder"]


def test_most_read_stops_at_the_limit(tree):
    for number in range(4):
        make_reads(make_article(tree.binnenland, f"Bericht {number}"), 10 - number)
    assert titles(readership.most_read(limit=2)) == ["Bericht 0", "Bericht 1"]


def test_every_limit_is_a_slice_of_one_ranking(tree):
    """The ranking is computed once for the longest list; any shorter limit only loads its articles."""
    for number in range(3):
        make_reads(make_article(tree.binnenland, f"Bericht {number}"), 10 - number)
    longest = readership.most_read(limit=readership.RANKING_SIZE)
    for limit in (1, 2, 3):
        with CaptureQueriesContext(connection) as queries:
            assert readership.most_read(limit=limit) == longest[:limit]
        ranking = [query for query in queries if ArticleViewCount._meta.db_table in query["sql"]]
        assert ranking == []


def test_most_read_in_a_section_includes_subsections_and_extra_sections(tree):
    climate = make_article(tree.klimaat, "Windpark op zee")
    shared = make_article(tree.binnenland, "Begroting")
    shared.sections.add(tree.economie)
    publish(shared)
    elsewhere = make_article(tree.binnenland, "Alleen binnenland")
    make_reads(climate, 3)
    make_reads(shared, 2)
    make_reads(elsewhere, 9)
    assert titles(readership.most_read(section=tree.economie)) == ["Windpark op zee", "Begroting"]
    assert titles(readership.most_read(section=tree.klimaat)) == ["Windpark op zee"]
    assert titles(readership.most_read(section=tree.binnenland)) == ["Alleen binnenland", "Begroting"]


def test_by_section_ranks_as_most_read_does(tree):
    """The lists of all sections at once equal most_read per section."""
    for number, section in enumerate([tree.binnenland, tree.economie, tree.klimaat, tree.klimaat]):
        make_reads(make_article(section, f"Bericht {number}"), 10 + number)
    shared = make_article(tree.binnenland, "Gedeeld")
    shared.sections.add(tree.klimaat)
    publish(shared)
    make_reads(shared, 20)
    sections = [tree.binnenland, tree.economie]
    expected = [(section, readership.most_read(section=section, limit=2)) for section in sections]
    assert readership.most_read_by_section(sections, limit=2) == expected
    assert titles(expected[1][1]) == ["Gedeeld", "Bericht 3"]


def test_ranking_is_cached_but_offline_articles_leave_at_once(tree, monkeypatch):
    """New reads show once the cached ranking expires (a real expiry, so it holds for Redis too)."""
    monkeypatch.setattr(readership, "RANKING_SECONDS", 1)
    first = make_article(tree.binnenland, "Eerste")
    second = make_article(tree.binnenland, "Tweede")
    make_reads(first, 5)
    assert titles(readership.most_read()) == ["Eerste"]
    make_reads(second, 9)
    assert titles(readership.most_read()) == ["Eerste"]
    first.unpublish()
    assert titles(readership.most_read()) == []
    wait_until(
        lambda: titles(readership.most_read()) == ["Tweede"], "the cached ranking to expire", seconds=5
    )


def ranking_queries(*calls) -> int:
    """Return how many times `calls` computed the ranking (queries on the read counts)."""
    with CaptureQueriesContext(connection) as queries:
        for call in calls:
            call()
    return sum(ArticleViewCount._meta.db_table in query["sql"] for query in queries)


def a_minute_later(hours=24) -> None:
    """Make the stored ranking due, as RANKING_SECONDS passing does (its lock expires with it)."""
    computed_at, ids = cache.get(readership.RANKING_KEY.format(hours=hours))
    cache.set(
        readership.RANKING_KEY.format(hours=hours), (computed_at - readership.RANKING_SECONDS, ids), None
    )
    cache.delete(readership.RANKING_LOCK.format(hours=hours))


def test_the_ranking_is_computed_once_per_interval_whatever_the_request_rate(tree):
    """Every list (any limit, a section, all sections) is drawn from one ranking, computed once per
    interval; when it is due and another process holds the lock (it is computing it), the previous one is
    served meanwhile."""
    make_reads(make_article(tree.klimaat, "Windpark op zee"), 5)
    make_reads(make_article(tree.binnenland, "Brug dicht"), 3)
    every_list = [
        lambda: readership.most_read(limit=1),
        lambda: readership.most_read(limit=readership.RANKING_SIZE),
        lambda: readership.most_read(section=tree.economie),
        lambda: readership.most_read_by_section([tree.binnenland, tree.economie]),
    ]
    assert ranking_queries(*every_list) == 1
    assert ranking_queries(*every_list * 5) == 0
    a_minute_later()
    cache.add(readership.RANKING_LOCK.format(hours=24), 1, 60)  # another process is computing it
    assert ranking_queries(*every_list) == 0
    assert titles(readership.most_read()) == ["Windpark op zee", "Brug dicht"]
    cache.delete(readership.RANKING_LOCK.format(hours=24))
    assert ranking_queries(*every_list * 5) == 1


def test_a_changed_ranking_purges_most_read_and_an_unchanged_one_does_not(
    tree, django_capture_on_commit_callbacks
):
    """Pages showing Meest gelezen are kept until the ranking's order changes (the `most-read` key)."""
    calm = make_article(tree.binnenland, "Rustig")
    busy = make_article(tree.binnenland, "Druk gelezen")
    make_reads(calm, 5)
    make_reads(busy, 3)
    with django_capture_on_commit_callbacks(execute=True):
        readership.refresh_ranking()
    first = key_version("most-read")
    make_reads(calm, 1, hours_ago=1)  # more reads, the same order
    a_minute_later()
    with django_capture_on_commit_callbacks(execute=True):
        readership.refresh_ranking()
    assert key_version("most-read") == first
    make_reads(busy, 10, hours_ago=1)
    a_minute_later()
    with django_capture_on_commit_callbacks(execute=True):
        readership.refresh_ranking()
    assert key_version("most-read") != first
    assert titles(readership.most_read()) == ["Druk gelezen", "Rustig"]


def test_the_scheduler_refreshes_the_ranking():
    assert "krant.news.readership.refresh_ranking" in scheduler.JOBS


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_front_page_is_kept_until_the_ranking_changes(page_cache, client):
    """The front page lives as long as any page (no minute's limit); the scheduler's recompute of a changed
    ranking purges it, and the next reader sees the new order."""
    tree = make_site()
    calm = make_article(tree.binnenland, "Rustig")
    busy = make_article(tree.binnenland, "Druk gelezen")
    make_reads(calm, 5)
    make_reads(busy, 3)
    readership.refresh_ranking()
    first = client.get("/")
    assert first["X-Cache"] == "miss"
    assert titles(first.context["most_read"]) == ["Rustig", "Druk gelezen"]
    shared_age = int(first["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert shared_age > readership.RANKING_SECONDS
    a_minute_later()
    readership.refresh_ranking()  # the same order: nothing purged
    assert client.get("/")["X-Cache"] == "hit"
    make_reads(busy, 10, hours_ago=1)
    a_minute_later()
    readership.refresh_ranking()
    again = client.get("/")
    assert again["X-Cache"] == "miss"
    assert titles(again.context["most_read"]) == ["Druk gelezen", "Rustig"]


# The beacon


def test_beacon_answers_a_pixel_nobody_keeps(tree, client, pending):
    article = make_article(tree.binnenland)
    response = client.get(f"/teller/{article.pk}.gif", HTTP_USER_AGENT=FIREFOX)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert set(response["Cache-Control"].split(", ")) == {"no-store", "private"}
    assert not response.cookies
    assert Image.open(BytesIO(response.content)).size == (1, 1)
    assert sum(pending.counts.values()) == 1


def test_beacon_answers_crawlers_and_repeat_reads_the_same(tree, client, pending):
    """Counted or not, every caller gets the same pixel: it tells nothing about the counting."""
    article = make_article(tree.binnenland)
    url = f"/teller/{article.pk}.gif"
    counted = client.get(url, HTTP_USER_AGENT=FIREFOX)
    repeated = client.get(url, HTTP_USER_AGENT=FIREFOX)
    crawled = client.get(url, HTTP_USER_AGENT=CRAWLERS[2])
    unknown = client.get("/teller/987654321.gif", HTTP_USER_AGENT=FIREFOX)
    assert {response.status_code for response in (counted, repeated, crawled, unknown)} == {200}
    assert counted.content == repeated.content == crawled.content == unknown.content
    assert sum(pending.counts.values()) == 2  # the first read and the unknown id, dropped when flushing


def test_beacon_counts_a_post_without_csrf_token(tree, pending):
    """navigator.sendBeacon posts without a token."""
    article = make_article(tree.binnenland)
    client = Client(enforce_csrf_checks=True)
    assert client.post(f"/teller/{article.pk}.gif", HTTP_USER_AGENT=FIREFOX).status_code == 200
    assert sum(pending.counts.values()) == 1


def test_beacon_answers_head_without_counting(tree, client, pending):
    article = make_article(tree.binnenland)
    assert client.head(f"/teller/{article.pk}.gif", HTTP_USER_AGENT=FIREFOX).status_code == 200
    assert not pending.counts


@pytest.mark.parametrize("method", ["put", "delete", "patch", "options"])
def test_beacon_refuses_other_methods(tree, client, pending, method):
    article = make_article(tree.binnenland)
    response = getattr(client, method)(f"/teller/{article.pk}.gif", HTTP_USER_AGENT=FIREFOX)
    assert response.status_code == 405
    assert not pending.counts


@pytest.mark.parametrize("path", ["/teller/abc.gif", "/teller/-1.gif", "/teller/%D9%A3.gif", "/teller/1.png"])
def test_beacon_ids_are_ascii_digits(tree, client, path):
    assert client.get(path, HTTP_USER_AGENT=FIREFOX).status_code == 404


def test_beacon_refuses_a_flood_from_one_address(tree, client, pending, monkeypatch):
    monkeypatch.setattr(views, "BEACON_RATE", "3/m")
    article = make_article(tree.binnenland)
    url = f"/teller/{article.pk}.gif"
    assert [client.get(url, HTTP_USER_AGENT=FIREFOX).status_code for _ in range(3)] == [200, 200, 200]
    refused = client.get(url, HTTP_USER_AGENT=BROWSERS[1])
    assert refused.status_code == 429
    assert "no-store" in refused["Cache-Control"]
    assert sum(pending.counts.values()) == 1
    other = client.get(url, HTTP_USER_AGENT=FIREFOX, REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 200


def test_article_page_carries_the_same_beacon_for_every_reader(tree):
    """A plain image: it works without JavaScript and the page stays one cacheable variant."""
    article = make_article(tree.binnenland)
    first = Client().get(article.url, HTTP_USER_AGENT=FIREFOX, REMOTE_ADDR="192.0.2.1")
    second = Client().get(article.url, HTTP_USER_AGENT=BROWSERS[2], REMOTE_ADDR="198.51.100.7")
    tag = (
        f'<img src="/teller/{article.pk}.gif" alt="" width="1" height="1" class="beacon" '
        'loading="eager" decoding="async">'
    )
    assert tag in first.content.decode()
    assert first.content == second.content


# The pages


def test_most_read_page_ranks_overall_and_per_section(tree, client, most_read_page):
    climate = make_article(tree.klimaat, "Windpark op zee")
    home_news = make_article(tree.binnenland, "Brug dicht")
    make_reads(climate, 3)
    make_reads(home_news, 8)
    response = client.get(most_read_page.url)
    assert titles(response.context["most_read"]) == ["Brug dicht", "Windpark op zee"]
    by_section = [(section.title, titles(articles)) for section, articles in response.context["by_section"]]
    assert by_section == [("Binnenland", ["Brug dicht"]), ("Economie", ["Windpark op zee"])]
    html = response.content.decode()
    assert f'<a href="{tree.economie.url}">Economie</a></h2>' in html
    assert html.index("Brug dicht") < html.index("Windpark op zee")


def test_most_read_page_leaves_out_hidden_and_deeper_sections(tree, client, most_read_page):
    """Only the sections in the menu, directly under the front page, get a list of their own."""
    hidden = add_page(tree.home, SectionPage(title="Verborgen", slug="verborgen", show_in_menus=False))
    make_reads(make_article(hidden, "Uit het zicht"), 4)
    make_reads(make_article(tree.klimaat, "Windpark op zee"), 3)
    sections = [section.title for section, _ in client.get(most_read_page.url).context["by_section"]]
    assert sections == ["Economie"]


def test_most_read_page_without_reads_says_so(tree, client, most_read_page):
    make_article(tree.binnenland, "Nog niet gelezen")
    html = client.get(most_read_page.url).content.decode()
    assert "Nog geen gegevens" in html
    assert "Nog niet gelezen" not in html


def test_front_page_shows_the_five_most_read(tree, client, most_read_page):
    for number in range(6):
        make_reads(make_article(tree.binnenland, f"Bericht {number}"), 10 - number)
    response = client.get("/")
    assert titles(response.context["most_read"]) == [f"Bericht {number}" for number in range(5)]
    html = response.content.decode()
    assert 'id="meest-gelezen-titel"' in html
    assert f'<a href="{most_read_page.url}">Meer meest gelezen</a>' in html


def test_front_page_without_reads_has_no_most_read_block(tree, client, most_read_page):
    make_article(tree.binnenland)
    assert 'id="meest-gelezen-titel"' not in client.get("/").content.decode()


def add_read_articles(tree, count, start=0):
    sections = [tree.binnenland, tree.economie, tree.klimaat]
    for number in range(start, start + count):
        article = make_article(sections[number % 3], f"Gelezen {number}")
        article.sections.add(tree.binnenland)
        publish(article)
        make_reads(article, number + 1)


def assert_constant_queries(tree, path, django_assert_num_queries, first=3):
    """Measure `first` read articles cold (ranking computed) and warm (ranking cached); expect the same
    for 30."""
    client = Client()
    add_read_articles(tree, first)
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as warm:
        assert client.get(path).status_code == 200
    add_read_articles(tree, 30 - first, start=first)
    cache.clear()
    listing_counts.forget()  # the teasers' comment counts, kept a minute in the process, are read again too
    with django_assert_num_queries(len(cold)):
        client.get(path)
    with django_assert_num_queries(len(warm)):
        client.get(path)
    return len(cold), len(warm)


def test_most_read_page_query_count_does_not_grow_with_read_articles(
    tree, most_read_page, django_assert_num_queries
):
    assert_constant_queries(tree, most_read_page.url, django_assert_num_queries)


def test_front_page_query_count_does_not_grow_with_read_articles(
    tree, most_read_page, django_assert_num_queries
):
    # Enough to fill every block below the top stories: an empty block is left out, with its query.
    assert_constant_queries(tree, "/", django_assert_num_queries, first=12)
