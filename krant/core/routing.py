"""Wagtail's routing without a query per step: the site, the pages on the way and their view restrictions.

Stock Wagtail asks the database for the request's Site, for each page on the path (two queries a step:
the child by slug, then its specific page) and for the view restrictions above the page served (two
more). These change only with a publish, move, restriction or site change, all of which change the
shared content version (`versions.version()`), so they are kept per process under that version: a
hit is a copy from local memory (LocMemCache pickles), never shared between requests, never stale.
Articles are not kept: they are found by id on every request, so their read-time rules (go-live,
expiry) hold at the moment of reading.
"""

from django.core.cache import caches
from django.db.models import Q
from django.http import Http404
from wagtail.models import Page, PageManager, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from krant.core.versions import request_version

STORE = "local"


def cached(key: str, request, build):
    """Return `build()` kept in this process under `key` and the request's content version."""
    store = caches[STORE]
    key = f"krant:routing:{key}:{request_version(request)}"
    value = store.get(key)
    if value is None:
        value = build()
        if value is not None:  # an unknown host or slug is not kept: junk must not fill the cache
            store.set(key, value)
    return value


class SiteMiddleware:
    """Find the request's Wagtail site once per content version instead of one query per request.

    Wagtail's `Site.find_for_request` reads `request._wagtail_site` when it is set; the site comes
    with its root page, specific, so routing starts without a query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = cached(
            f"site:{request.get_host()}:{request.get_port()}", request, lambda: find_site(request)
        )
        return self.get_response(request)


def find_site(request) -> Site | None:
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page.specific  # noqa: B018 - loaded now, so it is kept with the site
    return site


class CachedRoute:
    """Route to child pages (sections, listings) kept per content version; mixed into page types."""

    def route(self, request, path_components):
        if not path_components or getattr(request, "is_preview", False):
            return super().route(request, path_components)
        slug = path_components[0]

        def child():
            page = self.get_children().filter(slug=slug).first()
            return page.specific if page is not None else None

        page = cached(f"child:{self.pk}:{slug}", request, child)
        if page is None:
            raise Http404
        page._cached_parent_obj = self  # as Wagtail's own route: get_parent() needs no query
        return page.route(request, path_components[1:])


def restricted_paths(request=None) -> tuple[str, ...]:
    """Return the tree paths of the pages with a view restriction (their descendants are restricted too)."""
    return cached(
        "restricted", request, lambda: tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    )


def is_restricted(page: Page, request=None) -> bool:
    """Return whether a view restriction on the page or above it keeps it from the public."""
    return any(page.path.startswith(path) for path in restricted_paths(request))


def private_q() -> Q:
    """Return Wagtail's `PageQuerySet.private_q` from the restricted paths: no query per listing."""
    condition = Q()
    for path in restricted_paths():
        condition |= Q(path__startswith=path)
    return condition if condition else Q(pk__in=[])


class CachedRestrictions:
    """Wagtail's view-restriction check without queries when none applies; mixed into page types."""

    def get_view_restrictions(self):
        # An alias takes its source's restrictions, elsewhere in the tree: Wagtail's own check for it.
        if self.alias_of_id is not None or is_restricted(self):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()


class PublicQuerySet(PageQuerySet):
    """Wagtail's PageQuerySet whose `.public()` asks no query for the restrictions."""

    def private_q(self):
        return private_q()


PublicPageManager = PageManager.from_queryset(PublicQuerySet)
