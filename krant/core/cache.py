"""HTTP caching for reader pages: the same bytes for every anonymous reader, so any cache may keep them.

A page is public when nothing personal went into it: no CSRF token (forms), no cookie set, no session
cookie sent (editors). Everything else is private. ETags and 304s come from Django's
ConditionalGetMiddleware, which runs outside this one.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

PAGE_MAX_AGE = 60  # seconds a browser or CDN may reuse a page before asking again
CACHEABLE_STATUSES = {200, 301, 404, 410}
PRIVATE_PREFIXES = ("/admin/", "/documenten/")


def is_public(request, response) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and response.status_code in CACHEABLE_STATUSES
        and not request.path.startswith(PRIVATE_PREFIXES)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a CSRF token went into the page
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not response.cookies
    )


class ReaderCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response  # the view decided (beacons, static files, the admin)
        if is_public(request, response):
            patch_cache_control(response, public=True, max_age=PAGE_MAX_AGE)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response
