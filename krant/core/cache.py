"""HTTP caching for reader pages: the same bytes for every anonymous reader, so any cache may keep them.

A page is public when nothing personal went into it: no CSRF token (forms), no cookie set, no staff
account (the account cookie, krant.community.middleware), no view restriction. Everything else is private.
A member's session is not personal to a page: reader pages render the same for members as for anyone,
and what is personal comes from the community's own uncached request. ETags and 304s come from Django's
ConditionalGetMiddleware, which runs outside this one.
"""

import re

from django.utils.cache import patch_cache_control

PAGE_MAX_AGE = 60  # seconds a browser or CDN may reuse a page before asking again
CACHEABLE_STATUSES = {200, 301, 404, 410}
PRIVATE_PREFIXES = ("/admin/", "/documenten/")
# The community's account pages and writes, in Dutch and in English: each shows or changes the reader's
# own account. Only the public profiles (leden/<id>/) and a thread's fragments (draad/<id>/, the same for
# every reader, the members' one by its daily key) are pages like any other; a thread's personal part
# (draad/<id>/ik/) is not. The same rule is in deploy/varnish/krant.vcl.
ACCOUNT_PAGES = re.compile(r"^/(?:en/)?community/(?!(?:leden|draad)/[0-9]+/$)")
# Set while someone is logged in (krant.community.middleware): STAFF for the newsroom, whose pages are
# private, "member" for a reader. Read here, by the page cache and by Varnish (deploy/varnish/krant.vcl).
ACCOUNT_COOKIE = "krant_account"
STAFF = "staff"


# Pages with forms for a logged-in member (an article's thread without JavaScript, `<article>/reacties/`):
# public for anonymous readers, personal for a member, so a member's request is never answered from a cache.
# The same rule is in deploy/varnish/krant.vcl.
MEMBER_FORM_PATHS = re.compile(r"/reacties/$")


def is_member_form_request(cookies, path: str) -> bool:
    """Return whether a logged-in reader asks for a page that has their own forms (MEMBER_FORM_PATHS)."""
    return ACCOUNT_COOKIE in cookies and MEMBER_FORM_PATHS.search(path) is not None


def is_staff_request(cookies) -> bool:
    """Return whether the request comes from a newsroom account: never answered from a shared cache."""
    return cookies.get(ACCOUNT_COOKIE) == STAFF


def is_account_page(path: str) -> bool:
    """Return whether `path` is one of the community's account pages: private, never in a shared cache."""
    return ACCOUNT_PAGES.match(path) is not None


def mark_private(request) -> None:
    """Make the response to `request` private: it shows what only this reader may see (a restricted page)."""
    request.private_page = True


def is_public(request, response) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and response.status_code in CACHEABLE_STATUSES
        and not request.path.startswith(PRIVATE_PREFIXES)
        and not is_account_page(request.path)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a CSRF token went into the page
        and not is_staff_request(request.COOKIES)
        and not is_member_form_request(request.COOKIES, request.path)
        and not getattr(request, "private_page", False)
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
