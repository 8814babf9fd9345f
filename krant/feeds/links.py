"""Absolute addresses for readers outside the site: feed readers, search engines and social networks.

KRANT_BASE_URL is the public address of the site; a Wagtail site's own hostname and port (Settings >
Sites) count only when there are several sites, since each then has an address of its own. The demo's
site says `localhost:80` while it is served at KRANT_BASE_URL, so the setting has to win.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Page, Site

FEED_FORMATS = ("rss", "atom")


def origin() -> str:
    """Return the scheme and host of KRANT_BASE_URL, e.g. 'https://www.krant.nl'."""
    parts = urlsplit(settings.BASE_URL)
    return f"{parts.scheme}://{parts.netloc}"


def absolute_url(url: str) -> str:
    """Return `url` (a path such as '/media/x.jpg' or already absolute) as an absolute address."""
    if not url or urlsplit(url).scheme:
        return url
    if url.startswith("//"):  # a CDN address without a scheme: use the site's
        return f"{urlsplit(settings.BASE_URL).scheme}:{url}"
    return origin() + url


def page_url(page: Page, request: HttpRequest | None = None) -> str | None:
    """Return the page's public absolute address, or None when it has none (not under any site)."""
    parts = page.get_url_parts(request)
    if parts is None or parts[2] is None:
        return None
    site_id, root_url, path = parts
    if len({root.site_id for root in site_root_paths(request)}) > 1:
        return root_url + path
    return origin() + path


def site_path(page: Page, request: HttpRequest | None = None) -> str | None:
    """Return the page's path below its site's front page, e.g. 'economie/klimaat' ('' for the front page)."""
    for root in site_root_paths(request):
        if page.url_path.startswith(root.root_path):
            return page.url_path[len(root.root_path) :].strip("/")
    return None


def site_root_paths(request: HttpRequest | None = None) -> list:
    """Return Wagtail's site root paths (kept in the cache by Wagtail), read once per request."""
    if request is None:
        return Site.get_site_root_paths()
    if not hasattr(request, "_krant_site_root_paths"):
        request._krant_site_root_paths = Site.get_site_root_paths()
    return request._krant_site_root_paths


def feed_url(kind: str, path: str = "") -> str:
    """Return the absolute address of a feed: kind 'rss' or 'atom', path '' for all news."""
    if path:
        return absolute_url(reverse(f"feeds:{kind}_page", kwargs={"path": path}))
    return absolute_url(reverse(f"feeds:{kind}"))
