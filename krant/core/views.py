import sys
from datetime import UTC, timedelta
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import redis
from django.conf import settings
from django.db import OperationalError
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from django.views.defaults import server_error as django_server_error
from django_ratelimit import ALL
from django_ratelimit.core import get_usage
from wagtail.models import Site

from krant.core import consent
from krant.core.models import FormPage
from krant.feeds import links

FORM_RATE = "5/10m"
CONSENT_RATE = "30/m"
STATIC_DIR = Path(__file__).resolve().parent / "static" / "krant"
# Browsers ask for these at the root, whatever the page links: served from the root, kept a day.
ROOT_FILES = {
    "favicon.ico": "image/x-icon",
    "apple-touch-icon.png": "image/png",
}
ROOT_FILE_MAX_AGE = 24 * 60 * 60
SECURITY_TXT_LIFETIME = timedelta(days=365)


# A database or cache that cannot be reached, or the connection pool's wait running out: busy, not broken.
UNAVAILABLE = (OperationalError, redis.ConnectionError)
BUSY_RETRY_AFTER = 30


def server_error(request):
    """Answer an unexpected error with the 500 page, but 'busy' (503, Retry-After) when a database or the
    cache did not answer: the pool had no connection free in time, or the server is down or full.

    Rendered like the 500 page without the database, and never cached.
    """
    if not isinstance(sys.exception(), UNAVAILABLE):
        return django_server_error(request)
    response = render(None, "503.html", status=503)
    response["Retry-After"] = str(BUSY_RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


# When a limit's window is not known (django-ratelimit's own decorator gives only the exception): a
# minute, the shortest window of our limits, so a client that obeys it tries again no later than it may.
DEFAULT_RETRY_AFTER = 60


def rate_limited(request, exception=None, retry_after: int | None = None, message: str | None = None):
    """Answer a stranger who calls too often with 429, Retry-After and a message a reader understands."""
    if message is None:
        message = _("Je hebt dit formulier te vaak verstuurd. Probeer het over een paar minuten opnieuw.")
    response = render(request, "core/rate_limited.html", {"message": message}, status=429)
    response["Retry-After"] = str(retry_after or DEFAULT_RETRY_AFTER)
    return response


def over_limit(request, group: str, rate: str, method=ALL, key="ip") -> int | None:
    """Count this request against the limit `group`; over it, return the seconds it still lasts.

    The limit is per address unless `key` says otherwise (django-ratelimit's key: a name or a callable).
    Return None while within the limit (or the request's method does not count).
    """
    usage = get_usage(request, group=group, key=key, rate=rate, method=method, increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    # django-ratelimit's windows end at a fixed moment per address; a failing cache says -1.
    return max(usage["time_left"], 1)


def form_rate_limit(request):
    """Return a 429 response when this address has posted forms too often, else None."""
    if request.method != "POST":
        return None
    if wait := over_limit(request, "forms", FORM_RATE, method="POST"):
        return rate_limited(request, retry_after=wait)
    return None


@csrf_exempt  # pages carry no CSRF token, so they stay cacheable; same_origin() guards this form instead
def consent_choice(request):
    """Store the reader's choice from the banner, the settings page or an embed, then go back (303)."""
    if request.method in ("GET", "HEAD"):
        return HttpResponseRedirect(consent.settings_url(request))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    if wait := over_limit(request, "consent", CONSENT_RATE, method="POST"):
        return rate_limited(request, retry_after=wait)
    if not same_origin(request):
        return consent_refused(
            request,
            _(
                "Je keuze is niet opgeslagen: het formulier kwam niet van deze site. "
                "Kies opnieuw via Privacy-instellingen."
            ),
            status=403,
        )
    try:
        choices = consent.choices_for(request.POST.get("action"), request.POST, consent.read_consent(request))
    except consent.ConsentError as error:
        return consent_refused(request, str(error), status=400)
    response = HttpResponseRedirect(local_path(request.POST.get("next", "")))
    response.status_code = 303  # See Other: the browser follows with a GET, also after a POST
    consent.set_consent(response, choices)
    return response


def consent_refused(request, message: str, status: int):
    return render(request, "core/consent_refused.html", {"message": message}, status=status)


def same_origin(request) -> bool:
    """Return whether a POST comes from a page of this site, by its Origin header or else its Referer.

    Django's CSRF check would need a token in the page; this is the token-free check that browsers
    make possible (the Origin header on every cross-site POST).
    """
    own = {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}
    origin = request.headers.get("Origin")
    if origin is None:
        parts = urlsplit(request.headers.get("Referer", ""))
        if not parts.scheme or not parts.netloc:
            return False
        origin = f"{parts.scheme}://{parts.netloc}"
    return origin in own


def local_path(url: str) -> str:
    """Return `url` when it is a path on this site, else the front page: never a way off the site."""
    if url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=None):
        return url
    return "/"


@cache
def root_file_bytes(name: str) -> bytes:
    return (STATIC_DIR / name).read_bytes()


@require_safe
def root_file(request, name: str):
    """Serve /favicon.ico and /apple-touch-icon.png, which browsers fetch without reading any page."""
    response = HttpResponse(root_file_bytes(name), content_type=ROOT_FILES[name])
    patch_cache_control(response, public=True, max_age=ROOT_FILE_MAX_AGE)
    return response


def security_contact(request) -> str:
    """Return where to report a vulnerability: KRANT_SECURITY_CONTACT, else the site's contact form."""
    if settings.CONFIG.security_contact:
        return settings.CONFIG.security_contact
    site = Site.find_for_request(request)
    pages = FormPage.objects.live().public()
    if site is not None:
        pages = pages.in_site(site)
    page = pages.filter(slug="contact").first() or pages.order_by("path").first()
    url = links.page_url(page, request) if page else None  # on KRANT_BASE_URL, like every public address
    return url or f"mailto:{settings.DEFAULT_FROM_EMAIL}"


@require_safe
def security_txt(request):
    """Serve /.well-known/security.txt (RFC 9116): who to tell about a vulnerability, valid for a year."""
    expires = (timezone.now() + SECURITY_TXT_LIFETIME).replace(microsecond=0)
    lines = [
        f"Contact: {security_contact(request)}",
        f"Expires: {expires.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {settings.BASE_URL}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
