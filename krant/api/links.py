"""Absolute addresses in API responses.

Every address starts with the public site address (KRANT_BASE_URL), never with the Host header a client
sent: a response is then the same bytes for every client, and a cache in front may keep it.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Page


def absolute(path: str) -> str:
    """Return `path` (a site path, or already a full address) as a full address on the public site."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.BASE_URL.rstrip("/") + "/" + path.lstrip("/")


def api_url(name: str, *args, query: dict | None = None) -> str:
    """Return the full address of API endpoint `name` (as in krant/api/urls.py), with an optional query."""
    url = absolute(reverse(f"api:{name}", args=args))
    if query:
        url += "?" + urlencode(query)
    return url


def page_url(page: Page, request: HttpRequest | None) -> str | None:
    """Return the full address readers use for `page`, or None when no site serves it."""
    url = page.get_url(request)
    return absolute(url) if url else None


def request_url(request: HttpRequest, **params: str) -> str:
    """Return the full address of this request with `params` replacing those of the same name."""
    query = request.GET.copy()
    for name, value in params.items():
        query[name] = value
    return absolute(request.path) + "?" + query.urlencode()
