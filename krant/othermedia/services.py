"""Fetch other outlets' feeds and keep their newest headlines for 'Uit andere media'.

`fetch_due_feeds` is a scheduler job (krant.core.scheduler.JOBS): every round it fetches the few feeds
that are due, several at a time, and stores what is new. A feed is a stranger's document, so each fetch
is fenced in by krant.core.fetch: http(s) only, no addresses inside our own network, a connect and a
read timeout, a total deadline against servers that drip, a cap on the (decompressed) size, few
redirects. Documents that
declare XML entities (billion laughs, external entities) are refused before feedparser sees them.
Whatever goes wrong with one feed is written to its `last_error` for the editors and retried later
with exponential backoff; it never stops the other feeds, the scheduler or the site.

What is kept of an item: its title, link, time and a plain-text summary of at most SUMMARY_LENGTH
characters. Items older than RETENTION are dropped, and a feed keeps at most MAX_ITEMS_PER_FEED.
"""

import io
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from xml.sax import SAXException
from xml.sax.handler import ContentHandler

import requests
from defusedxml.common import DefusedXmlException
from defusedxml.sax import parseString as defused_parse
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from krant.core.fetch import FetchError, Limits, Reason, open_url
from krant.core.fetch import backoff as fetch_backoff
from krant.core.purge import purge
from krant.core.text import html_to_text
from krant.othermedia.models import OutletFeed, OutletItem, http_url, item_key

logger = logging.getLogger(__name__)

FETCH_INTERVAL = timedelta(minutes=15)  # between fetches of a healthy feed
RETRY_BASE = timedelta(minutes=5)  # after the n-th failure in a row, wait RETRY_BASE * 2**n ...
MAX_BACKOFF = timedelta(hours=6)  # ... but never longer than this
WORKERS = 4  # feeds fetched at the same time
# One batch of downloads per round keeps a round within one deadline (plus a read timeout), so the
# publishing job in the same scheduler is never held up long; 4 per 30 s round serve ~100 feeds.
FEEDS_PER_ROUND = WORKERS
MAX_ENTRIES = 50  # the newest entries taken from one fetch
MAX_ITEMS_PER_FEED = 500
RETENTION = timedelta(days=30)
PURGE_KEY = "othermedia"  # the key of every page showing outlets' items (OtherMediaPage)
TITLE_LENGTH = 300
SUMMARY_LENGTH = 300
LINK_LENGTH = 2000
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
# C0 and C1 control characters (tab, newline and carriage return become spaces elsewhere) and lone
# surrogates: PostgreSQL refuses NUL, and a surrogate cannot be stored as UTF-8 at all.
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


# Feeds are smaller than images and fetched often: tighter than krant.core.fetch's defaults would be
# for every other use. Override any field in the setting OTHERMEDIA_FETCH (a dict);
# "allow_private_addresses": True lifts the address fence (tests, own networks).
FEED_LIMITS = Limits(
    connect_timeout=5, read_timeout=10, deadline=30, max_bytes=5 * 1024 * 1024, max_redirects=3
)


def limits() -> Limits:
    """Return the fetch limits, with the overrides from settings.OTHERMEDIA_FETCH."""
    overrides = dict(getattr(settings, "OTHERMEDIA_FETCH", {}))
    if "allow_private_addresses" in overrides:
        overrides["allow_private"] = overrides.pop("allow_private_addresses")
    known = {f.name for f in fields(Limits)}
    return replace(FEED_LIMITS, **{key: value for key, value in overrides.items() if key in known})


def user_agent() -> str:
    return f"krant/1 (Uit andere media; +{settings.BASE_URL}/)"


class FeedError(Exception):
    """A problem with a feed, in words an editor can act on (stored as the feed's last_error)."""

    def __init__(self, message: str, retry_after: timedelta | None = None):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


@dataclass
class Download:
    url: str  # after redirects
    not_modified: bool = False
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""


@dataclass
class Entry:
    key: str
    title: str
    link: str
    summary: str
    published_at: datetime | None


@dataclass
class Outcome:
    """What one fetch of one feed came to; built in a worker thread, stored in the main one."""

    feed: OutletFeed
    feed_url: str  # the address fetched; an editor may change the feed's meanwhile
    fetched_at: datetime
    download: Download | None = None
    entries: list[Entry] = field(default_factory=list)
    warning: str = ""
    error: FeedError | None = None


# --- Downloading -----------------------------------------------------------------------------------


def retry_after(response: requests.Response) -> timedelta | None:
    """Return the wait a 429 or 503 asks for in Retry-After (seconds or an HTTP date), if any."""
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return timedelta(seconds=int(value))
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        return None
    return max(moment - timezone.now(), timedelta(0))


def download(url: str, etag: str = "", last_modified: str = "", fence: Limits | None = None) -> Download:
    """Fetch `url` with conditional GET and every limit in `fence`; raise FeedError when it fails."""
    fence = fence or limits()
    headers = {"User-Agent": user_agent(), "Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with open_url(url, headers, fence) as opened:
            if opened.status == 304:
                return Download(url=opened.url, not_modified=True)
            if opened.status != 200:
                raise FeedError(
                    _("De server antwoordde met %(status)s %(reason)s.")
                    % {"status": opened.status, "reason": opened.response.reason or ""},
                    retry_after=retry_after(opened.response),
                )
            return Download(
                url=opened.url,
                body=opened.read(),
                content_type=opened.headers.get("Content-Type", ""),
                etag=validator(opened.headers.get("ETag", ""), 255),
                last_modified=validator(opened.headers.get("Last-Modified", ""), 64),
            )
    except FetchError as error:
        raise FeedError(describe(error, fence)) from error


def validator(value: str, length: int) -> str:
    """Return an ETag or Last-Modified worth sending back: printable ASCII that fits, else ""."""
    value = value.strip()
    return value if len(value) <= length and value.isascii() and value.isprintable() else ""


def describe(error: FetchError, fence: Limits) -> str:
    """Return why a fetch failed, in words an editor can act on."""
    host = error.host
    match error.reason:
        case Reason.SCHEME:
            return _("Alleen http- en https-adressen kunnen worden opgehaald: %(url)s") % {"url": error.url}
        case Reason.PORT:
            return _("Het adres heeft een ongeldig poortnummer: %(url)s") % {"url": error.url}
        case Reason.DNS:
            return _("De server %(host)s is niet te vinden (DNS).") % {"host": host}
        case Reason.PRIVATE:
            return _(
                "%(host)s wijst naar een adres in een intern netwerk (%(ip)s); dat halen we niet op."
            ) % {
                "host": host,
                "ip": error.detail or host,
            }
        case Reason.CONNECT_TIMEOUT:
            return _("Geen verbinding met %(host)s: de server reageerde niet op tijd.") % {"host": host}
        case Reason.TIMEOUT:
            return _("%(host)s antwoordde niet op tijd (time-out).") % {"host": host}
        case Reason.TLS:
            return _("De beveiligde verbinding met %(host)s klopt niet (certificaat).") % {"host": host}
        case Reason.CONNECT:
            return _("Geen verbinding met %(host)s.") % {"host": host}
        case Reason.DECODE:
            return _("%(host)s stuurde een beschadigde gecomprimeerde feed.") % {"host": host}
        case Reason.BROKEN:
            return _("De verbinding met %(host)s brak af tijdens het ophalen.") % {"host": host}
        case Reason.TOO_BIG:
            return _("De feed is groter dan %(megabytes)s MB en is niet gelezen.") % {
                "megabytes": f"{fence.max_bytes / 1024 / 1024:g}"
            }
        case Reason.TOO_SLOW:
            return _("De feed kwam te traag binnen: na %(seconds)s seconden nog niet compleet.") % {
                "seconds": f"{fence.deadline:g}"
            }
        case Reason.REDIRECTS:
            return _("Te veel doorverwijzingen (meer dan %(count)s).") % {"count": fence.max_redirects}
    return _("Ophalen mislukt: %(error)s") % {"error": error.detail or error.reason}


# --- Parsing ---------------------------------------------------------------------------------------


def refuse_entity_declarations(body: bytes, headers: dict) -> None:
    """Raise FeedError when the document declares entities; feeds have no use for them.

    Checked on the UTF-8 text feedparser itself will parse (its own conversion), so no encoding
    trick hides a declaration. defusedxml stops at the first declaration; where the XML breaks
    before the end, feedparser falls back to its lenient parser, so any declaration at all counts.
    """
    from feedparser.encodings import convert_to_utf8  # only the fetcher parses feeds: not in a web worker

    text = convert_to_utf8(dict(headers), body, {})
    try:
        # An external DTD (old RSS 0.91 feeds name Netscape's) is allowed: expat never loads it, as
        # external general entities are off; declaring any entity, internal or external, is refused.
        defused_parse(text, ContentHandler(), forbid_dtd=False, forbid_entities=True, forbid_external=False)
    except DefusedXmlException:
        raise FeedError(entities_refused()) from None
    except (SAXException, ValueError, LookupError, UnicodeError):
        if b"<!ENTITY" in text:
            raise FeedError(entities_refused()) from None


def entities_refused() -> str:
    return _("De feed definieert eigen XML-entiteiten; zo'n document lezen we uit veiligheid niet.")


def plain_text(value: str, is_html: bool, limit: int) -> str:
    """Return `value` as one line of plain text, markup and control characters removed."""
    if is_html:
        # Only the start is needed; a cap on the input keeps a huge description cheap.
        value = html_to_text(value[: limit * 20])
    return " ".join(UNPRINTABLE.sub("", value).split())


def shorten(text: str, length: int) -> str:
    """Cut `text` to at most `length` characters at a word boundary, with an ellipsis."""
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut[length // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,.;:-–") + "…"


def detail_is_html(entry, name: str) -> bool:
    detail = entry.get(f"{name}_detail") or {}
    return "html" in (detail.get("type") or "text/html")


def entry_time(entry) -> datetime | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(name)
        if parsed:
            try:
                return datetime(*parsed[:6], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def valid_link(link: str) -> bool:
    if not link or len(link) > LINK_LENGTH:
        return False
    try:
        http_url(link)
    except ValidationError:
        return False
    return True


def read_entries(result) -> tuple[list[Entry], int]:
    """Return the usable entries of a parsed feed, and how many were skipped for a bad link."""
    entries, seen, skipped = [], set(), 0
    links_by_id: dict[str, set[str]] = {}
    for raw in result.entries:
        links_by_id.setdefault((raw.get("id") or "").strip(), set()).add(raw.get("link"))
    for raw in result.entries:
        link = UNPRINTABLE.sub("", (raw.get("link") or "").strip())
        if not valid_link(link):
            skipped += 1  # javascript:, data:, relative without a base, far too long ...
            continue
        summary = plain_text(raw.get("summary") or "", detail_is_html(raw, "summary"), SUMMARY_LENGTH)
        title = plain_text(raw.get("title") or "", detail_is_html(raw, "title"), TITLE_LENGTH)
        title = shorten(title or summary, TITLE_LENGTH)
        if not title:
            skipped += 1
            continue
        guid = (raw.get("id") or "").strip()
        # Some feeds give every item the same id (their home page, say): then the link tells them apart.
        key = item_key(guid if guid and len(links_by_id[guid]) == 1 else link)
        if key in seen:
            continue
        seen.add(key)
        entries.append(Entry(key, title, link, shorten(summary, SUMMARY_LENGTH), entry_time(raw)))
    return entries, skipped


def describe_bozo(result) -> str:
    import feedparser

    problem = result.get("bozo_exception")
    if problem is None or isinstance(problem, feedparser.NonXMLContentType):
        return ""  # many servers send feeds as text/html or text/plain; that harms nothing
    if isinstance(problem, feedparser.CharacterEncodingOverride):
        return _("De tekenset klopt niet met wat de feed opgeeft; de tekst is zo goed mogelijk gelezen.")
    line = getattr(problem, "getLineNumber", lambda: None)()
    where = _(" (regel %(line)s)") % {"line": line} if line else ""
    return _("De feed is geen geldige XML%(where)s; de berichten zijn zo goed mogelijk gelezen.") % {
        "where": where
    }


def parse(download: Download) -> tuple[list[Entry], str]:
    """Return the entries of a downloaded feed and a warning for the editors ("" when all is well)."""
    headers = {"content-type": download.content_type, "content-location": download.url}
    refuse_entity_declarations(download.body, headers)
    import feedparser

    # A BytesIO, never the bytes: feedparser treats a string that looks like a URL or path as one.
    result = feedparser.parse(io.BytesIO(download.body), response_headers=headers)
    if not result.version and not result.entries:
        if download.content_type.startswith("text/html") or b"<html" in download.body[:4096].lower():
            raise FeedError(
                _(
                    "Op dit adres staat een webpagina, geen RSS- of Atom-feed. Het feedadres staat vaak "
                    "onderaan de site of eindigt op /rss of /feed."
                )
            )
        raise FeedError(
            _("Dit is geen leesbare RSS- of Atom-feed: %(problem)s") % {"problem": bozo_text(result)}
        )
    entries, skipped = read_entries(result)
    notes = [describe_bozo(result) if result.bozo else ""]
    if skipped:
        notes.append(
            _("%(count)s bericht(en) overgeslagen: geen kop of geen geldige http(s)-link.")
            % {"count": skipped}
        )
    return entries, " ".join(note for note in notes if note)


def bozo_text(result) -> str:
    problem = result.get("bozo_exception")
    if problem is None:
        return _("er staat niets in dat op een feed lijkt")
    line = getattr(problem, "getLineNumber", lambda: None)()
    text = str(problem)[:200]
    return _("%(problem)s (regel %(line)s)") % {"problem": text, "line": line} if line else text


# --- Storing ---------------------------------------------------------------------------------------


def fetch(feed: OutletFeed, fence: Limits | None = None) -> Outcome:
    """Download and parse one feed; never raises (runs in a worker thread, touches no database)."""
    outcome = Outcome(feed=feed, feed_url=feed.feed_url, fetched_at=timezone.now())
    try:
        outcome.download = download(outcome.feed_url, feed.etag, feed.last_modified, fence)
        if not outcome.download.not_modified:
            outcome.entries, outcome.warning = parse(outcome.download)
    except FeedError as error:
        outcome.error = error
    except Exception as error:  # a hostile document must not take the job down; find out why in the log
        logger.exception("Fetching feed %s (%s) failed unexpectedly", feed.pk, feed.feed_url)
        outcome.error = FeedError(
            _("Onverwachte fout bij het lezen van de feed (%(kind)s).") % {"kind": type(error).__name__}
        )
    return outcome


def backoff(failures: int) -> timedelta:
    """Return the wait after the `failures`-th failure in a row: 10, 20, 40 ... minutes, at most 6 hours."""
    return fetch_backoff(failures, RETRY_BASE, MAX_BACKOFF)


def store(outcome: Outcome) -> None:
    """Write one fetch's outcome: new items, changed headlines, and the feed's state for the admin."""
    feed, now = outcome.feed, outcome.fetched_at
    # Only if the address is still the one fetched: an editor may have changed it meanwhile.
    same_feed = OutletFeed.objects.filter(pk=feed.pk, feed_url=outcome.feed_url)
    if outcome.error is not None:
        failures = feed.failures + 1
        wait = max(backoff(failures), min(outcome.error.retry_after or timedelta(0), MAX_BACKOFF))
        same_feed.update(
            failures=F("failures") + 1,
            last_error=outcome.error.message[:1000],
            last_fetched_at=now,
            next_fetch_at=now + wait,
        )
        return
    with transaction.atomic():
        state = {
            "failures": 0,
            "last_error": outcome.warning[:1000],
            "last_fetched_at": now,
            "last_success_at": now,
            "next_fetch_at": now + FETCH_INTERVAL,
        }
        if not outcome.download.not_modified:
            state["etag"] = outcome.download.etag
            state["last_modified"] = outcome.download.last_modified
        if not same_feed.update(**state):
            return
        save_entries(feed, outcome.entries, now)


def save_entries(feed: OutletFeed, entries: list[Entry], now: datetime) -> None:
    oldest = now - RETENTION
    # An entry without a time gets the fetch time, a second apart in feed order so the order holds;
    # a time in the future (a wrong clock or a teaser) is brought back to now.
    dated = []
    for position, entry in enumerate(entries):
        published = entry.published_at or now - timedelta(seconds=position)
        dated.append((min(published, now), entry))
    dated = [(published, entry) for published, entry in dated if published >= oldest]
    dated.sort(key=lambda pair: pair[0], reverse=True)
    dated = dated[:MAX_ENTRIES]
    existing = {item.key: item for item in feed.items.filter(key__in=[entry.key for _at, entry in dated])}
    new, changed = [], []
    for published, entry in dated:
        item = existing.get(entry.key)
        if item is None:
            new.append(
                OutletItem(
                    feed=feed,
                    key=entry.key,
                    title=entry.title,
                    link=entry.link,
                    summary=entry.summary,
                    published_at=published,
                    fetched_at=now,
                )
            )
        elif (item.title, item.link, item.summary) != (entry.title, entry.link, entry.summary):
            # Outlets correct their headlines; the time and an editor's 'hidden' stay as they were.
            item.title, item.link, item.summary = entry.title, entry.link, entry.summary
            changed.append(item)
    # ignore_conflicts: a second scheduler (a misconfiguration) may store the same item at once.
    OutletItem.objects.bulk_create(new, ignore_conflicts=True)
    OutletItem.objects.bulk_update(changed, ["title", "link", "summary"])
    if new or changed:
        purge({PURGE_KEY})
    if new:
        surplus = feed.items.order_by("-published_at", "-pk").values_list("pk", flat=True)[
            MAX_ITEMS_PER_FEED:
        ]
        if surplus := list(surplus):
            OutletItem.objects.filter(pk__in=surplus).delete()


def prune(now: datetime | None = None) -> int:
    """Delete items older than RETENTION; return how many went."""
    now = now or timezone.now()
    deleted, _by_model = OutletItem.objects.filter(published_at__lt=now - RETENTION).delete()
    if deleted:
        purge({PURGE_KEY})
    return deleted


def due_feeds(now: datetime, limit: int = FEEDS_PER_ROUND) -> list[OutletFeed]:
    """Return the active feeds whose turn it is, longest waiting first (new feeds before all)."""
    return list(
        OutletFeed.objects.filter(active=True)
        .filter(Q(next_fetch_at__isnull=True) | Q(next_fetch_at__lte=now))
        .order_by(F("next_fetch_at").asc(nulls_first=True), "pk")[:limit]
    )


def fetch_due_feeds() -> int:
    """The scheduler job: fetch the feeds that are due and store what they bring; return how many.

    Downloads run in a few threads (they wait on the network, not on us); the database is written
    here, one feed at a time, so one feed's trouble stays that feed's.
    """
    now = timezone.now()
    feeds = due_feeds(now)
    if not feeds:
        return 0
    fence = limits()
    with ThreadPoolExecutor(max_workers=min(WORKERS, len(feeds)), thread_name_prefix="othermedia") as pool:
        outcomes = list(pool.map(lambda feed: fetch(feed, fence), feeds))
    for outcome in outcomes:
        try:
            store(outcome)
        except Exception:
            logger.exception("Storing feed %s (%s) failed", outcome.feed.pk, outcome.feed.feed_url)
            record_failure(outcome.feed, _("De berichten konden niet worden opgeslagen; zie het serverlog."))
    prune(now)
    return len(feeds)


def record_failure(feed: OutletFeed, message: str) -> None:
    try:
        now = timezone.now()
        OutletFeed.objects.filter(pk=feed.pk).update(
            failures=F("failures") + 1,
            last_error=message,
            last_fetched_at=now,
            next_fetch_at=now + backoff(feed.failures + 1),
        )
    except Exception:
        logger.exception("Could not record the failure of feed %s", feed.pk)


def fetch_now(feed: OutletFeed) -> None:
    """Put `feed` first in line: the scheduler fetches it in its next round."""
    OutletFeed.objects.filter(pk=feed.pk).update(next_fetch_at=None)


# --- Editors' actions ------------------------------------------------------------------------------


@transaction.atomic
def hide_item(item: OutletItem, user) -> OutletItem:
    """Take `item` off the reader page; it stays hidden on later fetches. Logged in the site history."""
    item.hidden, item.hidden_at, item.hidden_by = True, timezone.now(), user
    item.save(update_fields=["hidden", "hidden_at", "hidden_by"])
    log(instance=item, action="othermedia.hide", user=user)
    purge({PURGE_KEY})
    return item


@transaction.atomic
def show_item(item: OutletItem, user) -> OutletItem:
    """Put a hidden `item` back on the reader page. Logged in the site history."""
    item.hidden, item.hidden_at, item.hidden_by = False, None, None
    item.save(update_fields=["hidden", "hidden_at", "hidden_by"])
    log(instance=item, action="othermedia.show", user=user)
    purge({PURGE_KEY})
    return item
