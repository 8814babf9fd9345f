"""The site as machines read it: RSS and Atom feeds, sitemaps and robots.txt.

All answers are the same for everyone, so caches may keep them; ETags and 304s come from Django's
ConditionalGetMiddleware, which also answers If-Modified-Since from the Last-Modified set here.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.html import escape
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from krant.core.cache import PAGE_MAX_AGE
from krant.core.pagecache import add_keys, limit_lifetime
from krant.feeds import links
from krant.feeds.feeds import NewsFeed
from krant.feeds.sitemaps import LISTINGS, ArticleSitemap, NewsSitemap, article_months

FEED_MAX_AGE = PAGE_MAX_AGE  # a new article reaches feed readers as fast as the front page
SITEMAP_MAX_AGE = 300
ROBOTS_MAX_AGE = 3600
VIDEO_SITEMAP_LIMIT = 50_000  # the most URLs one sitemap may hold
FIRST_YEAR, LAST_YEAR = 1900, 2999  # article sitemaps outside these years cannot exist
# Paths crawlers have no business in: the newsroom, the app's API, the read counter, the consent form.
# Search results (/zoeken/) are not closed here: they carry <meta name="robots" content="noindex">,
# and a crawler kept out by robots.txt never reads that, so it may still list the bare address it saw
# linked. Open to crawling with noindex, they stay out of the index for good.
DISALLOWED_PATHS = ("/admin/", "/api/", "/teller/", "/privacy-instellingen/keuze/", "/healthz")
NO_INDEX = "noindex, noarchive"  # a sitemap or feed is for machines, not a search result itself
SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
# Surrogate keys of sitemaps: any article's publish changes their dates (`latest`); sections, dossiers
# and static pages are in the menus (`menus`), authors in `authors`.
SITEMAP_KEYS = ("latest", "menus", "authors", "videos")


def public(response: HttpResponse, max_age: int) -> HttpResponse:
    patch_cache_control(response, public=True, max_age=max_age)
    return response


def xml_response(template: str, context: dict, lastmod: datetime | None, max_age: int) -> HttpResponse:
    """Return the rendered XML template.

    Rendered without the request, unlike Django's sitemap views: the page context processors would
    mark the answer as shaped by the consent cookie (Vary: Cookie), splitting every cache's copy.
    """
    response = HttpResponse(
        render_to_string(template, context), content_type="application/xml; charset=utf-8"
    )
    return conditional_xml(response, lastmod, max_age)


def conditional_xml(response: HttpResponse, lastmod: datetime | None, max_age: int) -> HttpResponse:
    """Add Last-Modified (for If-Modified-Since) when `lastmod` is known, and the cache headers."""
    if lastmod is not None:
        response.headers["Last-Modified"] = http_date(lastmod.timestamp())
    response.headers["X-Robots-Tag"] = NO_INDEX
    return public(response, max_age)


def sitemap_urls(request: HttpRequest, sitemap) -> list[dict]:
    """Return the entries of page ?p= of `sitemap` (a django.contrib.sitemaps Sitemap); else a 404."""
    try:
        return sitemap.get_urls(page=request.GET.get("p", 1))
    except (EmptyPage, PageNotAnInteger):
        raise Http404(_("Deze sitemap heeft geen pagina met dit nummer.")) from None


def urlset_response(request: HttpRequest, sitemap, max_age: int) -> HttpResponse:
    """Answer page ?p= of a plain sitemap, written here rather than by a template.

    A month of articles has up to ARTICLES_PER_SITEMAP entries; the template engine takes about
    0.1 ms per entry, this a few microseconds.
    """
    urls = sitemap_urls(request, sitemap)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{SITEMAP_NAMESPACE}">']
    for url in urls:
        lastmod = (
            f"<lastmod>{timezone.localtime(url['lastmod']).isoformat()}</lastmod>" if url["lastmod"] else ""
        )
        lines.append(f"<url><loc>{escape(url['location'])}</loc>{lastmod}</url>")
    lines.append("</urlset>\n")
    response = HttpResponse("\n".join(lines), content_type="application/xml; charset=utf-8")
    return conditional_xml(response, getattr(sitemap, "latest_lastmod", None), max_age)


@require_safe
def feed(request: HttpRequest, kind: str, path: str = "") -> HttpResponse:
    """Answer the RSS or Atom feed of all news (no path) or of the section, dossier or author at `path`."""
    response = NewsFeed(kind)(request, path=path)
    response.headers["X-Robots-Tag"] = NO_INDEX
    return public(response, FEED_MAX_AGE)


@dataclass
class IndexEntry:
    location: str
    lastmod: datetime | None


@require_safe
def sitemap_index(request: HttpRequest) -> HttpResponse:
    """Answer the sitemap index: the sitemaps per kind of page, Google News and articles per month.

    Written by hand: Django's index asks every sitemap for its size and lastmod one by one, which for
    an archive of many months costs two queries per month; here all months come from one query.
    """
    entries = []
    for name, sitemap_class in LISTINGS.items():
        sitemap = sitemap_class(request)
        sitemap.declare(request)  # also when it is left out: its first page makes it listed
        if sitemap.in_index():
            location = links.absolute_url(reverse("feeds:sitemap", args=[name]))
            entries.append(IndexEntry(location, sitemap.get_latest_lastmod()))
    entries.append(
        IndexEntry(
            links.absolute_url(reverse("feeds:news_sitemap")), NewsSitemap(request).get_latest_lastmod()
        )
    )
    newest_video = newest_video_change()
    if newest_video is not None:  # listed once there is a clip: an empty sitemap tells crawlers nothing
        entries.append(IndexEntry(links.absolute_url(reverse("feeds:video_sitemap")), newest_video))
    entries.extend(IndexEntry(month.location, month.lastmod) for month in article_months())
    add_keys(request, *SITEMAP_KEYS)
    lastmods = [entry.lastmod for entry in entries]
    lastmod = max(lastmods) if None not in lastmods else None
    return xml_response("feeds/sitemap_index.xml", {"sitemaps": entries}, lastmod, SITEMAP_MAX_AGE)


@require_safe
def listing_sitemap(request: HttpRequest, name: str) -> HttpResponse:
    """Answer the sitemap of sections, dossiers, authors, the other pages, the Scorebord, shop categories
    or puzzles."""
    add_keys(request, *SITEMAP_KEYS)
    sitemap = LISTINGS[name](request)
    sitemap.declare(request)
    return urlset_response(request, sitemap, SITEMAP_MAX_AGE)


@require_safe
def article_sitemap(request: HttpRequest, year: str, month: str) -> HttpResponse:
    """Answer one page (?p=) of the sitemap of the articles first published in a month."""
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise Http404(_("Voor deze maand bestaat geen sitemap."))
    sitemap = ArticleSitemap(request, int(year), int(month))
    add_keys(request, "latest")  # also for the 404: the month's first article makes it
    if not sitemap.items().exists():
        raise Http404(_("Voor deze maand bestaat geen sitemap."))
    return urlset_response(request, sitemap, SITEMAP_MAX_AGE)


@require_safe
def news_sitemap(request: HttpRequest) -> HttpResponse:
    """Answer the Google News sitemap: the articles of the last two days."""
    sitemap = NewsSitemap(request)
    urls = sitemap_urls(request, sitemap)
    add_keys(request, "latest", "menus")  # `menus`: the publication's name is a site setting
    limit_lifetime(request, SITEMAP_MAX_AGE)  # articles leave its 48 hours by the clock
    return xml_response(
        "feeds/news_sitemap.xml", {"urlset": urls}, getattr(sitemap, "latest_lastmod", None), PAGE_MAX_AGE
    )


def newest_video_change() -> datetime | None:
    from krant.video.models import Video

    return Video.objects.visible().aggregate(newest=Max("processed_at"))["newest"]


@require_safe
def video_sitemap(request: HttpRequest) -> HttpResponse:
    """Answer the video sitemap (Google's video extension): every published, processed clip."""
    from krant.video.models import Video, VideoIndexPage

    index = VideoIndexPage.objects.live().first()
    index_url = index.url if index else "/video/"
    videos = list(Video.objects.visible()[:VIDEO_SITEMAP_LIMIT])
    for video in videos:
        video.location = links.absolute_url(video.get_url(index_url))
        video.thumbnail = links.absolute_url(video.poster_url)
        video.content = links.absolute_url(video.largest_url)
        video.seconds = round(video.duration or 0) or 1
    add_keys(request, "videos")
    lastmod = max((video.processed_at for video in videos if video.processed_at), default=None)
    return xml_response("feeds/video_sitemap.xml", {"videos": videos}, lastmod, SITEMAP_MAX_AGE)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Answer robots.txt: every crawler welcome except in the closed paths, and where the sitemaps are."""
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in DISALLOWED_PATHS),
        "",
        f"Sitemap: {links.absolute_url(reverse('feeds:sitemap_index'))}",
        "",
    ]
    return public(HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8"), ROBOTS_MAX_AGE)
