"""Fetching feeds from a real local HTTP server: good feeds land, bad ones never stop the job."""

import gzip
from datetime import timedelta

import pytest
from django.utils import timezone

from krant.core import scheduler
from krant.othermedia import services
from krant.othermedia.models import OutletFeed, OutletItem
from tests.httpserver import Reply
from tests.othermedia.conftest import make_feed, rfc822, rss, rss_item

pytestmark = pytest.mark.django_db

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Omroep Zilverdam</title>
  <id>urn:omroep-zilverdam:regio</id>
  <updated>{updated}</updated>
  <entry>
    <title type="html">&lt;b&gt;Storm&lt;/b&gt; velt bomen in Heidestrand</title>
    <link rel="alternate" href="https://omroepzilverdam.example/nieuws/storm"/>
    <id>urn:omroep-zilverdam:1</id>
    <updated>{updated}</updated>
    <summary type="html">&lt;p&gt;De brandweer werkte de hele nacht.&lt;/p&gt;</summary>
    <content type="html">&lt;p&gt;VOLLEDIGE TEKST van het artikel.&lt;/p&gt;</content>
  </entry>
</feed>"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY a "aaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
  <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<rss version="2.0"><channel><title>Lachen</title>
<item><title>&h;</title><link>https://lachen.example/1</link></item>
</channel></rss>"""

EXTERNAL_ENTITY = """<?xml version="1.0" encoding="{encoding}"?>
<!DOCTYPE rss [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Lek</title>
<item><title>Lek &geheim;</title><link>https://lek.example/1</link><description>&geheim;</description></item>
</channel></rss>"""

NETSCAPE_091 = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Oud</title><link>https://oud.example/</link><description>Oud</description>
<item><title>Een feed uit de vorige eeuw</title><link>https://oud.example/1</link></item>
</channel></rss>"""


def run_job() -> int:
    return services.fetch_due_feeds()


def fetch_again(feed: OutletFeed | None = None) -> None:
    """Make the feed (or every feed) due now, as if its wait were over, and run the job."""
    (OutletFeed.objects.filter(pk=feed.pk) if feed else OutletFeed.objects.all()).update(next_fetch_at=None)
    run_job()


def refreshed(feed: OutletFeed) -> OutletFeed:
    feed.refresh_from_db()
    return feed


def limit(settings, **values):
    settings.OTHERMEDIA_FETCH = {**settings.OTHERMEDIA_FETCH, **values}


# --- Good feeds --------------------------------------------------------------------------------------


def test_rss_items_are_stored_with_outlet_time_link_and_plain_summary(feed_server):
    """An RSS 2.0 feed gives items with title, absolute link, time and an HTML-free summary."""
    published = timezone.now().replace(microsecond=0) - timedelta(hours=3)
    url = feed_server.serve(
        "/rss.xml",
        rss(
            rss_item(
                "Veerpont vaart weer",
                "/binnenland/veerpont",
                "&lt;p&gt;De pont ligt &lt;b&gt;weer&lt;/b&gt; aan de steiger.&lt;/p&gt;",
                guid="kade-1",
                date=rfc822(published),
            )
        ),
    )
    feed = make_feed(url)
    assert run_job() == 1
    item = OutletItem.objects.get()
    assert item.feed == feed
    assert item.title == "Veerpont vaart weer"
    assert item.link == feed_server.url("/binnenland/veerpont")
    assert item.summary == "De pont ligt weer aan de steiger."
    assert item.published_at == published
    feed = refreshed(feed)
    assert feed.last_error == "" and feed.failures == 0
    assert feed.next_fetch_at == feed.last_success_at + services.FETCH_INTERVAL


def test_request_names_krant_and_asks_for_feeds(feed_server, settings):
    """Outlets can see who fetches: the User-Agent names krant and the site's address."""
    url = feed_server.serve("/rss.xml", rss())
    make_feed(url)
    run_job()
    headers = feed_server.requests_for("/rss.xml")[0]
    assert headers["User-Agent"].startswith("krant/")
    assert settings.BASE_URL in headers["User-Agent"]
    assert "application/rss+xml" in headers["Accept"]


def test_atom_feed_takes_summary_never_the_full_content(feed_server):
    """Atom works too; the HTML title is made plain and the full <content> is never stored."""
    updated = (timezone.now() - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    url = feed_server.serve("/atom.xml", ATOM.format(updated=updated), content_type="application/atom+xml")
    make_feed(url, name="Omroep Zilverdam")
    run_job()
    item = OutletItem.objects.get()
    assert item.title == "Storm velt bomen in Heidestrand"
    assert item.link == "https://omroepzilverdam.example/nieuws/storm"
    assert item.summary == "De brandweer werkte de hele nacht."
    assert not OutletItem.objects.filter(summary__contains="VOLLEDIGE").exists()


def test_rss_091_with_netscape_doctype_still_reads(feed_server):
    """An old feed with a public DOCTYPE (no entities declared) is not mistaken for an attack."""
    url = feed_server.serve("/oud.xml", NETSCAPE_091)
    feed = make_feed(url)
    run_job()
    assert OutletItem.objects.get().title == "Een feed uit de vorige eeuw"
    assert refreshed(feed).last_error == ""


def test_summary_is_short_plain_text_and_full_text_is_not_kept(feed_server):
    """A description holding the whole article is cut to a short plain-text summary; scripts vanish."""
    long_html = (
        "&lt;script&gt;steel()&lt;/script&gt;"
        + "&lt;p&gt;Een zin over de dijk die langer wordt. &lt;/p&gt;" * 200
    )
    body = (
        rss(rss_item("Lang verhaal", "https://www.dekade.example/lang", long_html))
        .replace("</item>", "<content:encoded>VOLLEDIGE TEKST</content:encoded></item>")
        .replace(
            '<rss version="2.0">',
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        )
    )
    make_feed(feed_server.serve("/lang.xml", body))
    run_job()
    item = OutletItem.objects.get()
    assert len(item.summary) <= services.SUMMARY_LENGTH
    assert item.summary.startswith("Een zin over de dijk")
    assert item.summary.endswith("…")
    assert "<" not in item.summary and "steel" not in item.summary
    assert "VOLLEDIGE" not in item.summary


def test_item_without_title_takes_the_start_of_its_summary(feed_server):
    """RSS allows an item with only a description; its first words become the headline."""
    body = rss(
        "<item><description>Brug bij Vlietmond dicht door storing</description>"
        "<link>https://www.dekade.example/brug</link></item>"
    )
    make_feed(feed_server.serve("/zonder-kop.xml", body))
    run_job()
    assert OutletItem.objects.get().title == "Brug bij Vlietmond dicht door storing"


# --- Conditional GET, duplicates, updates ------------------------------------------------------------


def test_conditional_get_sends_validators_and_304_changes_nothing(feed_server):
    """The second fetch sends If-None-Match and If-Modified-Since; a 304 keeps everything, a success."""
    modified = "Mon, 05 Jan 2026 10:00:00 GMT"
    url = feed_server.serve(
        "/rss.xml",
        rss(rss_item("Bibliotheek open", "https://omroepzilverdam.example/bieb", guid="b1")),
        headers={"ETag": '"versie-1"', "Last-Modified": modified},
    )
    feed = make_feed(url)
    run_job()
    assert (refreshed(feed).etag, feed.last_modified) == ('"versie-1"', modified)
    feed_server.serve("/rss.xml", b"", status=304, headers={"ETag": '"versie-1"'})
    fetch_again(feed)
    second = feed_server.requests_for("/rss.xml")[1]
    assert second["If-None-Match"] == '"versie-1"'
    assert second["If-Modified-Since"] == modified
    feed = refreshed(feed)
    assert feed.failures == 0 and feed.last_error == ""
    assert feed.etag == '"versie-1"'
    assert OutletItem.objects.count() == 1


def test_unusable_validators_are_not_sent_back(feed_server):
    """An ETag that is not plain ASCII (or far too long) is dropped instead of breaking every later fetch."""
    url = feed_server.serve("/rss.xml", rss(), headers={"ETag": '"versie-é"', "Last-Modified": "x" * 100})
    feed = make_feed(url)
    run_job()
    assert (refreshed(feed).etag, feed.last_modified) == ("", "")
    fetch_again(feed)
    second = feed_server.requests_for("/rss.xml")[1]
    assert "If-None-Match" not in second and "If-Modified-Since" not in second
    assert refreshed(feed).failures == 0


def test_items_are_not_duplicated_across_fetches_or_within_a_feed(feed_server):
    """The same entry (by guid, or by link without one) is stored once, however often it is fetched."""
    body = rss(
        rss_item("Met guid", "https://www.dekade.example/a", guid="kade-a"),
        rss_item("Met guid, nog eens", "https://www.dekade.example/a", guid="kade-a"),
        rss_item("Zonder guid", "https://www.dekade.example/b"),
    )
    make_feed(feed_server.serve("/rss.xml", body))
    run_job()
    fetch_again()
    fetch_again()
    assert sorted(OutletItem.objects.values_list("title", flat=True)) == ["Met guid", "Zonder guid"]


def test_one_guid_for_different_stories_falls_back_to_the_link(feed_server):
    """A feed that gives every item the same guid still yields every story, once each."""
    body = rss(
        rss_item("Eerste verhaal", "https://polderblad.example/1", guid="https://polderblad.example/"),
        rss_item("Tweede verhaal", "https://polderblad.example/2", guid="https://polderblad.example/"),
    )
    make_feed(feed_server.serve("/rss.xml", body))
    run_job()
    fetch_again()
    assert sorted(OutletItem.objects.values_list("title", flat=True)) == ["Eerste verhaal", "Tweede verhaal"]


def test_changed_headline_is_updated_but_time_and_hidden_stay(feed_server, django_user_model):
    """An outlet corrects its headline: the stored title follows, an editor's 'hidden' and the time stay."""
    url = feed_server.serve("/rss.xml", rss(rss_item("Eerste kop", "https://www.dekade.example/a", guid="g")))
    make_feed(url)
    run_job()
    item = OutletItem.objects.get()
    services.hide_item(item, django_user_model.objects.create_user("eindredacteur"))
    feed_server.serve(
        "/rss.xml",
        rss(
            rss_item("Verbeterde kop", "https://www.dekade.example/a", guid="g", date=rfc822(timezone.now()))
        ),
    )
    fetch_again()
    updated = OutletItem.objects.get()
    assert updated.title == "Verbeterde kop"
    assert updated.hidden is True
    assert updated.published_at == item.published_at


# --- Times ---------------------------------------------------------------------------------------------


def test_missing_dates_get_fetch_time_in_feed_order_and_future_dates_are_clamped(feed_server):
    """No date: the fetch time, keeping the feed's order; a date in the future: brought back to now."""
    body = rss(
        rss_item("Bovenaan", "https://www.dekade.example/1", date=None),
        rss_item("Daaronder", "https://www.dekade.example/2", date=None),
        rss_item(
            "Uit de toekomst", "https://www.dekade.example/3", date=rfc822(timezone.now() + timedelta(days=3))
        ),
    )
    make_feed(feed_server.serve("/rss.xml", body))
    run_job()
    items = {item.title: item for item in OutletItem.objects.all()}
    assert items["Bovenaan"].published_at == items["Bovenaan"].fetched_at
    assert items["Daaronder"].published_at < items["Bovenaan"].published_at
    assert items["Uit de toekomst"].published_at <= items["Uit de toekomst"].fetched_at


def test_old_entries_are_skipped_and_old_items_pruned(feed_server):
    """Entries older than the retention are not stored; stored items past it are removed by the job."""
    old = rfc822(timezone.now() - services.RETENTION - timedelta(days=1))
    url = feed_server.serve(
        "/rss.xml",
        rss(
            rss_item("Vers", "https://www.dekade.example/1"),
            rss_item("Oud", "https://www.dekade.example/2", date=old),
        ),
    )
    feed = make_feed(url)
    stale = OutletItem.objects.create(
        feed=feed,
        key="x" * 64,
        title="Verlopen",
        link="https://www.dekade.example/verlopen",
        published_at=timezone.now() - services.RETENTION - timedelta(hours=1),
        fetched_at=timezone.now() - services.RETENTION,
    )
    run_job()
    assert list(OutletItem.objects.values_list("title", flat=True)) == ["Vers"]
    assert not OutletItem.objects.filter(pk=stale.pk).exists()


def test_a_feed_keeps_at_most_its_newest_items(feed_server, monkeypatch):
    """Past MAX_ITEMS_PER_FEED the oldest items of that feed go."""
    monkeypatch.setattr(services, "MAX_ITEMS_PER_FEED", 3)
    now = timezone.now()
    body = rss(
        *(
            rss_item(f"Bericht {n}", f"https://www.dekade.example/{n}", date=rfc822(now - timedelta(hours=n)))
            for n in range(5)
        )
    )
    make_feed(feed_server.serve("/rss.xml", body))
    run_job()
    assert list(OutletItem.objects.values_list("title", flat=True)) == ["Bericht 0", "Bericht 1", "Bericht 2"]


# --- Bad links and text --------------------------------------------------------------------------------


def test_javascript_and_data_links_are_rejected(feed_server):
    """Only http(s) links are stored; the others are skipped and the editors are told how many."""
    body = rss(
        rss_item("Kwaadaardig", "javascript:alert(document.cookie)"),
        rss_item("Ook niet", "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"),
        rss_item("Gewoon", "https://www.dekade.example/gewoon"),
    )
    feed = make_feed(feed_server.serve("/rss.xml", body))
    run_job()
    assert list(OutletItem.objects.values_list("link", flat=True)) == ["https://www.dekade.example/gewoon"]
    feed = refreshed(feed)
    assert "2 bericht(en) overgeslagen" in feed.last_error
    assert feed.failures == 0


def test_control_characters_never_reach_the_database(feed_server):
    """NUL and other control characters (PostgreSQL refuses NUL) are removed from what is stored."""
    body = rss(rss_item("Kop&#1; met\x01 stuurtekens\x00", "https://www.dekade.example/a", "Tekst\x0b hier"))
    make_feed(feed_server.serve("/rss.xml", body))
    run_job()
    item = OutletItem.objects.get()
    assert item.title == "Kop met stuurtekens"
    assert item.summary == "Tekst hier"


# --- Encodings -------------------------------------------------------------------------------------------


def test_declared_utf8_but_latin1_bytes(feed_server):
    """A feed that says UTF-8 but sends Latin-1 still reads 'Café' correctly."""
    body = rss(rss_item("Café in Zandmeer", "https://www.dekade.example/cafe")).encode("latin-1")
    feed = make_feed(feed_server.serve("/latin.xml", body, content_type="application/rss+xml"))
    run_job()
    assert OutletItem.objects.get().title == "Café in Zandmeer"
    assert "tekenset" in refreshed(feed).last_error


def test_declared_latin1_but_utf8_bytes(feed_server):
    """A feed that says ISO-8859-1 but sends UTF-8 gives 'Café', not 'CafÃ©'."""
    body = rss(rss_item("Café in Zandmeer", "https://www.dekade.example/cafe"), encoding="iso-8859-1").encode(
        "utf-8"
    )
    make_feed(feed_server.serve("/utf8.xml", body, content_type="application/rss+xml"))
    run_job()
    assert OutletItem.objects.get().title == "Café in Zandmeer"


# --- Hostile and broken feeds ---------------------------------------------------------------------------


def test_billion_laughs_is_refused(feed_server):
    """A document declaring nested entities is refused before parsing: nothing stored, a clear error."""
    feed = make_feed(feed_server.serve("/lachen.xml", BILLION_LAUGHS))
    run_job()
    assert not OutletItem.objects.exists()
    feed = refreshed(feed)
    assert "entiteiten" in feed.last_error
    assert feed.failures == 1


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_external_entity_is_refused_and_never_read(feed_server, encoding):
    """An external entity (file:///etc/passwd) is refused, in UTF-8 and hidden in UTF-16 alike."""
    body = EXTERNAL_ENTITY.format(encoding=encoding).encode(encoding)
    feed = make_feed(feed_server.serve("/lek.xml", body, content_type="application/xml"))
    run_job()
    assert not OutletItem.objects.exists()
    assert "entiteiten" in refreshed(feed).last_error
    assert not OutletItem.objects.filter(summary__contains="root:").exists()


def test_slightly_malformed_xml_is_read_with_a_warning(feed_server):
    """An unescaped '&' breaks the XML; the items are still read and the editors see a warning."""
    body = rss(rss_item("Boeren & machines", "https://polderblad.example/boeren"))
    feed = make_feed(feed_server.serve("/kapot.xml", body))
    run_job()
    assert OutletItem.objects.get().title == "Boeren & machines"
    feed = refreshed(feed)
    assert "geen geldige XML" in feed.last_error
    assert feed.failures == 0


def test_garbage_is_an_error(feed_server):
    """Bytes that are no XML at all: no items, a readable error, a failure counted."""
    feed = make_feed(
        feed_server.serve("/rommel.xml", b"\x00\x01\x02 dit <<< is >>> niets", content_type="application/xml")
    )
    run_job()
    feed = refreshed(feed)
    assert feed.last_error.startswith("Dit is geen leesbare RSS- of Atom-feed")
    assert feed.failures == 1


def test_html_page_is_not_a_feed(feed_server):
    """A web page at the feed address gets an error that says so."""
    page = (
        "<!doctype html><html lang='nl'><head><title>Dagblad</title></head><body><p>Welkom</p></body></html>"
    )
    feed = make_feed(feed_server.serve("/", page, content_type="text/html; charset=utf-8"))
    run_job()
    assert "webpagina" in refreshed(feed).last_error


def test_parser_crash_is_caught_and_logged(feed_server, caplog):
    """A document that makes the parser itself raise (an 'undefined' encoding) is one feed's error only."""
    body = rss(rss_item("Kop", "https://www.dekade.example/a"), encoding="undefined")
    feed = make_feed(feed_server.serve("/raar.xml", body, content_type="application/rss+xml"))
    run_job()
    feed = refreshed(feed)
    assert feed.last_error.startswith("Onverwachte fout bij het lezen van de feed")
    assert feed.failures == 1
    assert "failed unexpectedly" in caplog.text


def test_huge_declared_body_is_refused_before_reading(feed_server, settings):
    """A Content-Length above the cap is refused without downloading."""
    limit(settings, max_bytes=1000)
    feed = make_feed(
        feed_server.serve(
            "/groot.xml", rss(*[rss_item(f"Kop {n}", f"https://a.example/{n}") for n in range(30)])
        )
    )
    run_job()
    assert "groter dan" in refreshed(feed).last_error
    assert not OutletItem.objects.exists()


def endless(handler, server):
    """Stream an RSS document without end (chunked, no length) until the client hangs up."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = rss_item("Nog een kop", "https://a.example/x").encode() * 200
    try:
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(b"<rss><channel>"), b"<rss><channel>"))
        while not server.stop.is_set():
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except OSError:
        pass  # the client stopped reading: that is the point


def test_endless_stream_is_cut_off_at_the_cap(feed_server, settings):
    """Without a Content-Length the body is counted as it streams in and abandoned past the cap."""
    limit(settings, max_bytes=256 * 1024)
    feed_server.replies["/eindeloos.xml"] = Reply(write=endless)
    feed = make_feed(feed_server.url("/eindeloos.xml"))
    run_job()
    assert "groter dan 0.25 MB" in refreshed(feed).last_error
    assert not OutletItem.objects.exists()


def test_gzip_bomb_counts_decompressed_bytes(feed_server, settings):
    """A small gzip body that unpacks to far more than the cap is refused."""
    limit(settings, max_bytes=1024 * 1024)
    bomb = gzip.compress(rss().encode() + b" " * (20 * 1024 * 1024))
    assert len(bomb) < 100 * 1024
    feed = make_feed(feed_server.serve("/bom.xml", bomb, headers={"Content-Encoding": "gzip"}))
    run_job()
    assert "groter dan 1 MB" in refreshed(feed).last_error


def drip(handler, server):
    """Send the start of a feed, then one byte at a time, until the client hangs up."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", "1000000")
    handler.end_headers()
    try:
        handler.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        while not server.stop.wait(0.01):
            handler.wfile.write(b" ")
    except OSError:
        pass


def test_slow_drip_is_abandoned_at_the_deadline(feed_server, settings):
    """A server that keeps sending a byte now and then is cut off by the total deadline."""
    limit(settings, deadline=0.5, read_timeout=30)
    feed_server.replies["/druppel.xml"] = Reply(write=drip)
    feed = make_feed(feed_server.url("/druppel.xml"))
    run_job()
    assert "te traag" in refreshed(feed).last_error


def stall(handler, server):
    """Send headers, then nothing at all until the test ends."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    server.stop.wait()


def test_stalled_server_hits_the_read_timeout(feed_server, settings):
    """A server that goes quiet after the headers is given up after the read timeout."""
    limit(settings, read_timeout=0.3)
    feed_server.replies["/stil.xml"] = Reply(write=stall)
    feed = make_feed(feed_server.url("/stil.xml"))
    run_job()
    assert "time-out" in refreshed(feed).last_error


def hang_up(handler, server):
    """Promise 10,000 bytes, send a few, and close the connection."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", "10000")
    handler.end_headers()
    handler.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
    handler.close_connection = True


def test_connection_broken_halfway(feed_server):
    """A server that hangs up before the promised end gives a clear error, and nothing half is stored."""
    feed_server.replies["/half.xml"] = Reply(write=hang_up)
    feed = make_feed(feed_server.url("/half.xml"))
    run_job()
    assert refreshed(feed).last_error == "De verbinding met 127.0.0.1 brak af tijdens het ophalen."
    assert not OutletItem.objects.exists()


def test_server_error_and_backoff_doubles(feed_server):
    """A 500 is recorded; each failure in a row doubles the wait, up to the maximum."""
    feed = make_feed(feed_server.serve("/fout.xml", b"kapot", status=500, content_type="text/plain"))
    waits = []
    for _round in range(3):
        fetch_again(feed)
        feed = refreshed(feed)
        waits.append(feed.next_fetch_at - feed.last_fetched_at)
    assert feed.last_error == "De server antwoordde met 500 Internal Server Error."
    assert feed.failures == 3
    assert waits == [services.RETRY_BASE * 2, services.RETRY_BASE * 4, services.RETRY_BASE * 8]
    assert services.backoff(30) == services.MAX_BACKOFF


def test_success_resets_the_backoff(feed_server):
    """After failures, one good fetch clears the error and the normal interval applies again."""
    feed = make_feed(feed_server.serve("/rss.xml", b"", status=503, content_type="text/plain"))
    run_job()
    assert refreshed(feed).failures == 1
    feed_server.serve("/rss.xml", rss(rss_item("Weer goed", "https://www.dekade.example/goed")))
    fetch_again(feed)
    feed = refreshed(feed)
    assert (feed.failures, feed.last_error) == (0, "")
    assert feed.next_fetch_at - feed.last_success_at == services.FETCH_INTERVAL


def test_retry_after_is_honoured(feed_server):
    """A 503 with Retry-After waits that long when it is longer than the backoff."""
    feed = make_feed(
        feed_server.serve(
            "/druk.xml", b"", status=503, headers={"Retry-After": "7200"}, content_type="text/plain"
        )
    )
    run_job()
    feed = refreshed(feed)
    assert feed.next_fetch_at - feed.last_fetched_at == timedelta(hours=2)


def test_redirect_is_followed(feed_server):
    """A moved feed is followed to its new address."""
    feed_server.serve("/nieuw.xml", rss(rss_item("Verhuisd", "https://www.dekade.example/v")))
    make_feed(feed_server.serve("/oud.xml", b"", status=301, headers={"Location": "/nieuw.xml"}))
    run_job()
    assert OutletItem.objects.get().title == "Verhuisd"


def test_redirect_loop_is_stopped(feed_server):
    """A redirect loop ends after a few hops with an error."""
    feed = make_feed(feed_server.serve("/rondje.xml", b"", status=302, headers={"Location": "/rondje.xml"}))
    run_job()
    assert refreshed(feed).last_error == "Te veel doorverwijzingen (meer dan 3)."
    assert len(feed_server.requests_for("/rondje.xml")) == 4


def test_redirect_to_a_file_is_refused(feed_server):
    """A redirect to file:// (or any other scheme) is not followed."""
    feed = make_feed(
        feed_server.serve("/naar-bestand.xml", b"", status=302, headers={"Location": "file:///etc/passwd"})
    )
    run_job()
    assert refreshed(feed).last_error.startswith("Alleen http- en https-adressen")


def test_internal_addresses_are_refused_by_default(feed_server, settings):
    """Without allow_private_addresses a feed on 127.0.0.1 is not fetched at all."""
    settings.OTHERMEDIA_FETCH = {}
    feed = make_feed(feed_server.serve("/rss.xml", rss()))
    run_job()
    assert "intern netwerk" in refreshed(feed).last_error
    assert feed_server.requests == []


@pytest.mark.parametrize("host", ["[::ffff:127.0.0.1]", "2130706433", "0x7f.1", "localhost", "[::127.0.0.1]"])
def test_every_spelling_of_this_machine_is_refused(feed_server, settings, host):
    """IPv4-mapped IPv6, decimal and hex IPv4 and 'localhost' are this machine too (krant.core.fetch)."""
    settings.OTHERMEDIA_FETCH = {}
    feed_server.serve("/rss.xml", rss())
    port = feed_server.base.rsplit(":", 1)[1]
    feed = make_feed(f"http://{host}:{port}/rss.xml")
    run_job()
    assert "intern netwerk" in refreshed(feed).last_error
    assert feed_server.requests == []


def test_unreachable_server_is_an_error(db, settings):
    """Nobody listening: a connection error for the editors, no exception for the scheduler."""
    from tests.conftest import free_port

    settings.OTHERMEDIA_FETCH = {"allow_private_addresses": True, "connect_timeout": 1}
    feed = make_feed(f"http://127.0.0.1:{free_port()}/rss.xml")
    run_job()
    assert refreshed(feed).last_error == "Geen verbinding met 127.0.0.1."


# --- The job ----------------------------------------------------------------------------------------


def test_job_continues_past_every_bad_feed(feed_server, settings):
    """Bad feeds of every kind and a good one: the good one's items land, each bad one has its error."""
    limit(settings, max_bytes=256 * 1024, deadline=0.5, read_timeout=5)
    feed_server.replies["/eindeloos.xml"] = Reply(write=endless)
    feed_server.replies["/druppel.xml"] = Reply(write=drip)
    bad = {
        "lachen": feed_server.serve("/lachen.xml", BILLION_LAUGHS),
        "lek": feed_server.serve("/lek.xml", EXTERNAL_ENTITY.format(encoding="utf-8")),
        "rommel": feed_server.serve("/rommel.xml", b"<<<", content_type="application/xml"),
        "html": feed_server.serve("/pagina", "<html><body>Hallo</body></html>", content_type="text/html"),
        "500": feed_server.serve("/fout.xml", b"", status=500),
        "rondje": feed_server.serve("/rondje.xml", b"", status=302, headers={"Location": "/rondje.xml"}),
        "eindeloos": feed_server.url("/eindeloos.xml"),
        "druppel": feed_server.url("/druppel.xml"),
    }
    for name, url in bad.items():
        make_feed(url, name=name)
    good = make_feed(
        feed_server.serve("/goed.xml", rss(rss_item("Goed nieuws", "https://www.dekade.example/g"))),
        name="zz goed",
    )
    rounds = [run_job() for _round in range(4)]
    assert rounds == [4, 4, 1, 0]
    assert OutletItem.objects.get().feed == good
    for feed in OutletFeed.objects.exclude(pk=good.pk):
        assert feed.failures == 1 and feed.last_error, feed.name
    assert refreshed(good).last_error == ""


REFUSE_TITLE = {
    # A real refusal by the database itself (a trigger), for the one title "Weigeren".
    "sqlite": [
        "CREATE TEMP TRIGGER weigeren BEFORE INSERT ON othermedia_outletitem "
        "WHEN NEW.title = 'Weigeren' BEGIN SELECT RAISE(ABORT, 'geweigerd'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION weigeren() RETURNS trigger AS $$ BEGIN IF NEW.title = 'Weigeren' THEN "
        "RAISE EXCEPTION 'geweigerd'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER weigeren BEFORE INSERT ON othermedia_outletitem "
        "FOR EACH ROW EXECUTE FUNCTION weigeren()",
    ],
}


def test_a_feed_the_database_refuses_does_not_stop_the_others(feed_server, caplog):
    """When storing one feed's items fails, that feed gets an error and the next feed is stored."""
    from django.db import connection

    with connection.cursor() as cursor:
        for statement in REFUSE_TITLE[connection.vendor]:
            cursor.execute(statement)
    refused = make_feed(
        feed_server.serve("/a.xml", rss(rss_item("Weigeren", "https://a.example/1"))), name="A"
    )
    fine = make_feed(feed_server.serve("/b.xml", rss(rss_item("Welkom", "https://b.example/1"))), name="B")
    run_job()
    refused = refreshed(refused)
    assert refused.last_error == "De berichten konden niet worden opgeslagen; zie het serverlog."
    assert refused.failures == 1 and refused.last_success_at is None
    assert list(OutletItem.objects.values_list("feed", flat=True)) == [fine.pk]
    assert "Storing feed" in caplog.text


def test_scheduler_runs_the_job(feed_server):
    """The job is in the scheduler's list; a scheduler round fetches a due feed."""
    assert "krant.othermedia.services.fetch_due_feeds" in scheduler.JOBS
    make_feed(feed_server.serve("/rss.xml", rss(rss_item("Via de planner", "https://www.dekade.example/p"))))
    scheduler.run_due_jobs()
    assert OutletItem.objects.get().title == "Via de planner"


def test_job_is_cheap_when_nothing_is_due(feed_server, django_assert_num_queries):
    """Inactive feeds and feeds whose time has not come are left alone: one query, no request."""
    make_feed(feed_server.serve("/rss.xml", rss()), active=False)
    make_feed(feed_server.serve("/later.xml", rss()), next_fetch_at=timezone.now() + timedelta(minutes=5))
    with django_assert_num_queries(1):
        assert run_job() == 0
    assert feed_server.requests == []


def test_job_fetches_a_few_feeds_per_round_longest_waiting_first(feed_server):
    """A round fetches at most FEEDS_PER_ROUND feeds; new feeds and the longest waiting go first."""
    url = feed_server.serve("/rss.xml", rss())
    now = timezone.now()
    for number in range(services.FEEDS_PER_ROUND + 2):
        make_feed(f"{url}?{number}", name=f"Feed {number}", next_fetch_at=now - timedelta(minutes=number))
    assert run_job() == services.FEEDS_PER_ROUND
    waiting = OutletFeed.objects.filter(last_fetched_at__isnull=True)
    assert sorted(waiting.values_list("name", flat=True)) == ["Feed 0", "Feed 1"]


def test_edit_during_fetch_keeps_the_new_address_state(feed_server):
    """If an editor changes the address while a fetch runs, that fetch's result is not written."""
    feed = make_feed(
        feed_server.serve("/rss.xml", rss(rss_item("Oud adres", "https://www.dekade.example/o")))
    )
    outcome = services.fetch(feed, services.limits())
    edited = OutletFeed.objects.get(pk=feed.pk)
    edited.feed_url = feed_server.url("/ander.xml")
    edited.save()
    services.store(outcome)
    feed = refreshed(feed)
    assert feed.last_success_at is None and feed.next_fetch_at is None
    assert not OutletItem.objects.exists()
