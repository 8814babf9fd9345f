"""The page cache: anonymous pages, feeds, sitemaps and API answers kept in the shared store, purged exactly.

Every response that is the same for all anonymous readers (krant.core.cache.is_public) and that names the
content it shows is stored once, in `caches["default"]`, the store every worker, the scheduler and the
newsletter worker share. The content is named by surrogate keys (`article:5`, `section:3`, `front`,
`menus` ...), declared with `add_keys` by the Python code that builds a page's context, never by
templates: a fragment served from a cache would lose its keys. A response that declares no key is not
stored, so a page nobody thought about is never stale.

Purging a key (krant.core.purge) gives it a new version in the shared store. An entry remembers the
versions of its keys when it was rendered, and is served only while all of them are unchanged: a publish
drops exactly the entries that show what changed.

Two ways in. `PageCacheMiddleware` sits where Django's response is final and public (inside the gzip,
outside ConditionalGet, so it sees the ETag of the plain body and never a 304): it stores, and answers
hits for requests the fast path handed on. `FastPath` wraps the WSGI application (krant.wsgi) and answers
a hit before Django's middleware, with gzip and 304s, in a few microseconds; every other request goes to
Django unchanged. Each process keeps the entries it served last in a small memo, checked against one
shared purge token read at most every CHECK_SECONDS: a purge is seen by every process within
CHECK_SECONDS of the purge (see docs/decisions/2026-12-05-page-cache.md).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path

from django.conf import settings
from django.core import signals
from django.core.cache import caches
from django.core.handlers.wsgi import WSGIRequest
from django.db.models import Min, Q
from django.http import HttpRequest, HttpResponse
from django.http.cookie import parse_cookie
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe
from wagtail.models import Page, Revision

import krant
from krant.core import compression, consent
from krant.core.cache import is_account_page, is_member_form_request, is_public, is_staff_request
from krant.core.proxy import client_address

logger = logging.getLogger(__name__)

ENTRY_SECONDS = 600  # the longest an entry lives in our store; purges, not this, keep it fresh
SHARED_MAX_AGE = 86400  # s-maxage for Varnish and CDNs, which the same keys purge
BROWSER_MAX_AGE = 1  # a browser asks again (a cheap 304) after a second, so a reload shows an edit
STALE_WHILE_REVALIDATE = 30
STALE_IF_ERROR = 86400  # a CDN keeps serving a day while krant is down
CHECK_SECONDS = 0.1  # how often a process reads the shared purge token: the bound on a memo's staleness
MEMO_BYTES = 3 * 2**20  # hot entries per process (bodies and their gzip, 5-80 KiB each), LRU beyond
MIN_GZIP_BYTES = 200  # as Django's GZipMiddleware: smaller bodies do not gain
STORED_VARY = {"cookie", "accept-encoding"}  # a response varying on anything else is not stored
# Served or decided elsewhere: not even looked up.
NEVER_CACHED = ("/static/", "/media/", "/admin/", "/teller/", "/healthz")

TOKEN_KEY = "krant:pc:token"  # noqa: S105 - a cache key
VERSION_PREFIX = "krant:pc:key:"
ENTRY_PREFIX = "krant:pc:entry:"
NEXT_CHANGE_KEY = "krant:pc:next-change"
NEXT_CHANGE_SECONDS = 300  # bounds a schedule missed by a race between a purge and a reader's render
VARIES = "varies-on-consent"  # stored at an address whose pages depend on the consent cookie
# Headers recomputed on every answer, or owned by the layers outside this one.
DROPPED_HEADERS = {"cache-control", "content-length", "content-encoding", "x-cache", "age"}
NOT_MODIFIED_HEADERS = {"cache-control", "content-location", "date", "etag", "expires", "last-modified"}
NOT_MODIFIED_HEADERS |= {"vary", "x-cache"}


def release_id() -> str:
    """Return an id of this code: it changes when any Python file, template or translation changes.

    Part of every entry's key, so a deploy never serves a page rendered by the previous code.
    """
    root = Path(krant.__file__).parent
    digest = hashlib.blake2b(krant.__version__.encode(), digest_size=8)
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".html", ".txt", ".xml", ".mo"}:
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


RELEASE = release_id()


def shared():
    return caches["default"]


# Declaring keys -------------------------------------------------------------------------------------


def add_keys(request, *keys: str) -> None:
    """Declare that the response to `request` shows the content named by `keys` (surrogate keys)."""
    request = getattr(request, "_request", request)  # a DRF Request wraps Django's
    declared = request.__dict__.setdefault("surrogate_keys", set())
    declared.update(keys)


def keys_for_articles(articles: Iterable) -> list[str]:
    """Return the keys of these articles (teasers or whole), for `add_keys`."""
    return [f"article:{article.pk}" for article in articles if article is not None]


def limit_lifetime(request, seconds: int, exact: bool = False) -> None:
    """Keep the response to `request` at most `seconds` in every cache: for what no purge follows (a
    ranking recomputed by the clock).

    `exact`: what the page shows must not outlive `seconds` (a banner's end time), so shared caches get no
    stale-while-revalidate either.
    """
    request = getattr(request, "_request", request)
    request.surrogate_lifetime = min(seconds, getattr(request, "surrogate_lifetime", seconds))
    if exact:
        request.surrogate_exact = True


def declared_keys(request) -> set[str]:
    return getattr(getattr(request, "_request", request), "surrogate_keys", set())


# Versions and purges ---------------------------------------------------------------------------------


def new_token() -> str:
    return hashlib.blake2b(f"{time.time_ns()}:{threading.get_ident()}".encode(), digest_size=8).hexdigest()


def bump(keys: Iterable[str]) -> None:
    """Give `keys` new versions in the shared store, so every entry showing them is stale at once.

    The purge token is changed before and after: a render that overlaps the purge sees the token change
    and is not stored, and a process's memo, checking the token, sees the second change after the new
    versions are in place.
    """
    keys = sorted(set(keys))
    if not keys:
        return
    store = shared()
    store.set(TOKEN_KEY, new_token(), None)
    store.set_many({VERSION_PREFIX + key: new_token() for key in keys}, None)
    store.delete(NEXT_CHANGE_KEY)  # a publish may have changed the schedule
    store.set(TOKEN_KEY, new_token(), None)
    pages.token_read_at = float("-inf")  # this process sees its purge at once, others within CHECK_SECONDS


def versions(keys: Iterable[str]) -> dict[str, str | None]:
    """Return the current version of each key (None for a key never purged)."""
    keys = list(keys)
    found = shared().get_many([VERSION_PREFIX + key for key in keys])
    return {key: found.get(VERSION_PREFIX + key) for key in keys}


def key_version(key: str) -> str:
    """Return a value that changes whenever `key` is purged, for caches of derived data keyed by it."""
    return versions([key])[key] or "0"


def lasting_version(key: str) -> str:
    """As `key_version`, but never a value used before: a key lost from the store (never purged, evicted,
    cleared) gets a new version, so a copy a process keeps under the old one is never served again."""
    version = versions([key])[key]
    if version is None:
        shared().add(VERSION_PREFIX + key, new_token(), None)
        version = versions([key])[key]
    return version


# Entries ---------------------------------------------------------------------------------------------


@dataclass
class Entry:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    gzipped: bytes | None
    etag: str | None
    last_modified: int | None
    versions: dict[str, str | None]
    expires: float  # wall clock: our store serves it until then
    shared_until: float  # wall clock: Varnish and CDNs may keep it until then
    browser_max_age: int
    revalidate: int = STALE_WHILE_REVALIDATE  # 0 when it must not outlive shared_until (limit_lifetime)

    def cache_control(self, now: float) -> str:
        return cache_control(max(0, int(self.shared_until - now)), self.revalidate)

    def answer(self, method: str, environ: dict) -> tuple[str, list[tuple[str, str]], bytes]:
        """Return status line, headers and body for a request (its WSGI environ or Django's META)."""
        now = time.time()
        headers = [*self.headers, ("Cache-Control", self.cache_control(now)), ("X-Cache", "hit")]
        use_gzip = self.gzipped is not None and "gzip" in environ.get("HTTP_ACCEPT_ENCODING", "")
        etag = self.etag
        if etag and use_gzip and etag.startswith('"'):
            etag = "W/" + etag  # as Django's GZipMiddleware: the bytes differ, the content does not
        if etag:
            headers.append(("ETag", etag))
        if self.not_modified(environ):
            kept = [(name, value) for name, value in headers if name.lower() in NOT_MODIFIED_HEADERS]
            return "304 Not Modified", kept, b""
        body = self.gzipped if use_gzip else self.body
        if use_gzip:
            headers.append(("Content-Encoding", "gzip"))
        headers.append(("Content-Length", str(len(body))))
        return f"{self.status} {self.reason}", headers, b"" if method == "HEAD" else body

    def not_modified(self, environ: dict) -> bool:
        if self.status != 200:
            return False
        if_none_match = environ.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None:
            if not self.etag:
                return False
            plain = self.etag.removeprefix("W/")
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or plain in tags
        since = environ.get("HTTP_IF_MODIFIED_SINCE")
        if since and self.last_modified is not None:
            moment = parse_http_date_safe(since)
            return moment is not None and self.last_modified <= moment
        return False


def consent_variant(cookies: dict) -> str:
    """Return the consent choice a page may depend on: the canonical cookie value, or '' (none yet)."""
    value = cookies.get(consent.COOKIE_NAME)
    return value if consent.parse_consent(value) is not None else ""


def request_scheme(meta: dict) -> str:
    """Return http or https as Django sees it: X-Forwarded-Proto counts only behind counted proxies."""
    if settings.CONFIG.proxy_count and meta.get("HTTP_X_FORWARDED_PROTO", "").lower() == "https":
        return "https"
    return meta.get("wsgi.url_scheme", "http")


def address_key(meta: dict) -> str:
    """Return the key of an address: code release, scheme, host, path and query (the path names the
    language: Dutch at /..., English at /en/...).

    The host is the one Django checked against ALLOWED_HOSTS when the entry was stored: an address with
    any other host finds nothing.
    """
    host = meta.get("HTTP_HOST") or meta.get("SERVER_NAME", "")
    address = (
        f"{RELEASE}|{request_scheme(meta)}|{host.lower()}|"
        f"{meta.get('PATH_INFO', '')}?{meta.get('QUERY_STRING', '')}"
    )
    return hashlib.blake2b(address.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


def may_use_cache(meta: dict, cookies: dict) -> bool:
    """Return whether this request may be answered from, or stored in, the page cache."""
    return (
        meta.get("REQUEST_METHOD") in ("GET", "HEAD")
        and not meta.get("PATH_INFO", "").startswith(NEVER_CACHED)
        and not is_account_page(meta.get("PATH_INFO", ""))
        and not is_staff_request(cookies)  # the newsroom gets private pages; members the cached ones
        and not is_member_form_request(cookies, meta.get("PATH_INFO", ""))  # a member's own forms
        and "HTTP_AUTHORIZATION" not in meta
    )


class PageStore:
    """Entries in the shared store, with a memo of the hot ones in this process."""

    def __init__(self):
        self.memo: OrderedDict[str, tuple[Entry | str, str | None, float]] = OrderedDict()
        self.memo_bytes = 0
        self.lock = threading.Lock()
        self.token: str | None = None
        self.token_read_at = float("-inf")

    def current_token(self) -> str | None:
        """Return the shared purge token, read at most every CHECK_SECONDS."""
        now = time.monotonic()
        if now - self.token_read_at >= CHECK_SECONDS:
            self.token = shared().get(TOKEN_KEY)
            self.token_read_at = now
        return self.token

    def clear_memo(self) -> None:
        with self.lock:
            self.memo.clear()
            self.memo_bytes = 0
        self.token_read_at = float("-inf")

    def find(self, meta: dict, cookies: dict) -> Entry | None:
        """Return the valid entry for this request, or None."""
        key = address_key(meta)
        entry = self.get(key)
        if entry == VARIES:
            entry = self.get(f"{key}|{consent_variant(cookies)}")
        return entry if isinstance(entry, Entry) else None

    def get(self, key: str) -> Entry | str | None:
        token = self.current_token()  # read before the versions: a purge after it changes it again
        now = time.time()
        with self.lock:
            memo = self.memo.get(key)
            if memo is not None:
                self.memo.move_to_end(key)
        if memo is not None:
            entry, checked, stored_at = memo
            if entry == VARIES:
                if now - stored_at < ENTRY_SECONDS:
                    return entry
            elif entry.expires > now and (checked == token or self.valid(entry)):
                if checked != token:
                    self.remember(key, entry, token)
                return entry
            with self.lock:
                self.forget(key)
        entry = shared().get(ENTRY_PREFIX + key)
        if entry is None or (entry != VARIES and (entry.expires <= now or not self.valid(entry))):
            return None
        self.remember(key, entry, token)
        return entry

    def valid(self, entry: Entry) -> bool:
        return versions(entry.versions) == entry.versions

    def remember(self, key: str, entry: Entry | str, token: str | None) -> None:
        with self.lock:
            self.forget(key)
            self.memo[key] = (entry, token, time.time())
            self.memo_bytes += memo_size(key, entry)
            while self.memo_bytes > MEMO_BYTES:
                oldest, (old_entry, _, _) = self.memo.popitem(last=False)
                self.memo_bytes -= memo_size(oldest, old_entry)

    def forget(self, key: str) -> None:
        """Drop `key` from the memo (the lock is held)."""
        found = self.memo.pop(key, None)
        if found is not None:
            self.memo_bytes -= memo_size(key, found[0])

    def put(self, request: HttpRequest, response: HttpResponse, token: str | None, lifetime: int) -> bool:
        """Store `response` for `lifetime` seconds at most; return whether it was stored.

        `token` is the purge token read before the page was rendered: if a purge ran meanwhile, the page
        may show what was just purged, so it is not stored.
        """
        now = time.time()
        key_versions = versions(declared_keys(request))
        store = shared()
        if store.get(TOKEN_KEY) != token:
            return False
        entry = make_entry(request, response, key_versions, now, lifetime)
        key = address_key(request.META)
        if "cookie" in vary_of(response):
            store.set(ENTRY_PREFIX + key, VARIES, None)
            key = f"{key}|{consent_variant(request.COOKIES)}"
        store.set(ENTRY_PREFIX + key, entry, min(ENTRY_SECONDS, lifetime) + 1)
        return True


pages = PageStore()


def memo_size(key: str, entry: Entry | str) -> int:
    """Return about what a memo entry holds: its bodies, plus its key and headers (a few hundred bytes)."""
    if isinstance(entry, Entry):
        return len(key) + len(entry.body) + len(entry.gzipped or b"") + 500
    return len(key) + 100


def vary_of(response) -> set[str]:
    return {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}


def storable(request: HttpRequest, response: HttpResponse) -> bool:
    """Return whether `response` is the same for every anonymous reader and may be kept by any cache.

    A 304 counts as the page it stands for: shared caches revalidating get the same headers.
    """
    directives = {
        part.split("=", 1)[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return (
        request.method in ("GET", "HEAD")
        and not response.streaming
        and (response.status_code == 304 or is_public(request, response))
        and "public" in directives
        and not directives & {"private", "no-store", "no-cache"}
        and vary_of(response) <= STORED_VARY
        and not response.has_header("Content-Encoding")
    )


def seconds_to_next_change() -> int:
    """Return the seconds until the next scheduled go-live or expiry of any page (at most a day).

    Entries and shared caches keep a page no longer than that, so an embargoed article appears and an
    expired one goes on time even while the scheduler, whose publish would purge, is stopped. The moment
    is kept in the shared store until every purge (a publish or a new schedule) drops it.
    """
    now = time.time()
    moment = shared().get(NEXT_CHANGE_KEY)
    if moment is None or 0 < moment <= now:
        moment = next_scheduled_change()
        shared().set(NEXT_CHANGE_KEY, moment, NEXT_CHANGE_SECONDS)
    if not moment:
        return SHARED_MAX_AGE
    return max(1, min(SHARED_MAX_AGE, int(moment - now)))


def next_scheduled_change() -> float:
    """Return the moment (epoch seconds) of the next go-live or expiry, or 0 when none is scheduled."""
    now = timezone.now()
    live = Page.objects.filter(live=True).aggregate(
        go_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
        expire=Min("expire_at", filter=Q(expire_at__gt=now)),
    )
    scheduled = Revision.objects.filter(approved_go_live_at__gt=now).aggregate(at=Min("approved_go_live_at"))
    moments = [moment for moment in (*live.values(), scheduled["at"]) if moment is not None]
    return min(moments).timestamp() if moments else 0.0


def make_entry(request, response, key_versions: dict, now: float, lifetime: int) -> Entry:
    body = response.content
    gzipped = None
    if len(body) >= MIN_GZIP_BYTES and compression.is_compressible(request, response):
        gzipped = gzip.compress(body, compresslevel=6, mtime=0)
        patch_vary_headers(response, ["Accept-Encoding"])
    headers = [(name, value) for name, value in response.items() if name.lower() not in DROPPED_HEADERS]
    headers = [(name, value) for name, value in headers if name.lower() != "etag"]
    last_modified = response.get("Last-Modified")
    return Entry(
        status=response.status_code,
        reason=response.reason_phrase or HTTPStatus(response.status_code).phrase,
        headers=headers,
        body=body,
        gzipped=gzipped,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(last_modified) if last_modified else None,
        versions=key_versions,
        expires=now + min(ENTRY_SECONDS, lifetime),
        shared_until=now + lifetime,
        browser_max_age=BROWSER_MAX_AGE,
        revalidate=revalidate_of(request),
    )


def lifetime_of(request) -> int:
    return min(getattr(request, "surrogate_lifetime", SHARED_MAX_AGE), seconds_to_next_change())


def revalidate_of(request) -> int:
    return 0 if getattr(request, "surrogate_exact", False) else STALE_WHILE_REVALIDATE


def cache_control(lifetime: int, revalidate: int) -> str:
    return (
        f"public, max-age={min(BROWSER_MAX_AGE, lifetime)}, s-maxage={lifetime}, "
        f"stale-while-revalidate={revalidate}, stale-if-error={STALE_IF_ERROR}"
    )


def shared_cache_headers(request, response, keys: set[str], lifetime: int, started: float) -> None:
    """Give a public response its surrogate keys, the lifetimes for browsers and shared caches, and, unless
    its view knows better (a feed's newest item), the moment its render began as Last-Modified: every cache
    keeps it, so a page's live script asks for the events since what the page shows (krant.live)."""
    response.headers["xkey"] = " ".join(sorted(keys))
    response.headers["Cache-Control"] = cache_control(lifetime, revalidate_of(request))
    response.headers.setdefault("Last-Modified", http_date(started))


# What every reader page shows around its content: `menus`, and what apps register (the banner).
PAGE_KEYS = ["menus"]


def register_page_key(key: str) -> None:
    """Declare `key` on every HTML page that declares its content, as `menus` is (add_menus_key)."""
    if key not in PAGE_KEYS:
        PAGE_KEYS.append(key)


def add_menus_key(request) -> None:
    """Every reader page shows the menus (and PAGE_KEYS): an HTML page that declared its content carries
    them too."""
    if declared_keys(request) and getattr(request, "consent_used", False):
        add_keys(request, *PAGE_KEYS)


class PageCacheMiddleware:
    """Store public responses that declared keys; answer hits the fast path did not (an Origin header)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request.META, request.COOKIES):
            return self.get_response(request)
        if settings.PAGE_CACHE:
            entry = pages.find(request.META, request.COOKIES)
            if entry is not None:
                return to_response(entry, request)
        token = shared().get(TOKEN_KEY)
        started = time.time()
        response = self.get_response(request)
        add_menus_key(request)
        keys = declared_keys(request)
        if keys and storable(request, response):
            lifetime = lifetime_of(request)
            shared_cache_headers(request, response, keys, lifetime, started)
            store = settings.PAGE_CACHE and request.method == "GET" and response.status_code != 304
            if store and pages.put(request, response, token, lifetime):
                response.headers["X-Cache"] = "miss"
            elif shared().get(TOKEN_KEY) != token:
                unshared(response)
        return response


def unshared(response) -> None:
    """Keep a page rendered across a purge out of every cache: it may show what the purge dropped.

    Its render may have read the database before the commit, and reaches Varnish after Varnish was purged
    (the purge race): kept there, it would stay stale until the next purge of its keys.
    """
    del response.headers["xkey"]
    response.headers["Cache-Control"] = "no-store"


def to_response(entry: Entry, request) -> HttpResponse:
    status, headers, body = entry.answer(request.method, request.META)
    response = HttpResponse(body, status=int(status.split(" ", 1)[0]))
    for name, value in headers:
        response.headers[name] = value
    return response


# The fast path ---------------------------------------------------------------------------------------

FAST_VIEWS: list[tuple[re.Pattern, Callable]] = []


def register_fast_view(pattern: str, view: Callable) -> None:
    """Answer paths matching `pattern` with `view(request, **groups)` before Django's middleware.

    For views that need no session, CSRF, language or message: the read beacon. The view gets a plain
    request with the reader's address behind proxies (krant.core.proxy) and answers every method itself.
    """
    FAST_VIEWS.append((re.compile(pattern), view))


class FastPath:
    """A WSGI layer in front of Django: page cache hits and fast views are answered here.

    krant.rsgi answers the hits in granian's event loop with `cached` and hands the rest to `uncached`.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        answer = self.cached(environ)
        if answer is None:
            return self.uncached(environ, start_response)
        status, headers, body = answer
        start_response(status, headers)
        return [body]

    def cached(self, environ) -> tuple[str, list[tuple[str, str]], bytes] | None:
        """Return status line, headers and body of the page cache's answer to this request, or None."""
        path = environ.get("PATH_INFO", "")
        if not settings.PAGE_CACHE or any(pattern.fullmatch(path) for pattern, _ in FAST_VIEWS):
            return None
        cookies = parse_cookie(environ.get("HTTP_COOKIE", ""))
        if not may_use_cache(environ, cookies) or "HTTP_ORIGIN" in environ:  # CORS: Django adds it
            return None
        try:
            entry = pages.find(environ, cookies)
        except Exception:
            logger.exception("The page cache could not be read; Django answers")
            return None
        return None if entry is None else entry.answer(environ["REQUEST_METHOD"], environ)

    def uncached(self, environ, start_response):
        """Answer with a fast view, or Django."""
        path = environ.get("PATH_INFO", "")
        for pattern, view in FAST_VIEWS:
            match = pattern.fullmatch(path)
            if match:
                return self.fast_view(view, match, environ, start_response)
        return self.application(environ, start_response)

    def fast_view(self, view, match, environ, start_response):
        signals.request_started.send(sender=self.__class__, environ=environ)
        try:
            request = WSGIRequest(environ)
            request.META["REMOTE_ADDR"] = client_address(request.META)
            response = view(request, **match.groupdict())
        finally:
            signals.request_finished.send(sender=self.__class__)
        headers = [*response.items(), ("Content-Length", str(len(response.content)))]
        start_response(f"{response.status_code} {response.reason_phrase}", headers)
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else response.content]
