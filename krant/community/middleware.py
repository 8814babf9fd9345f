"""The account cookie: tells caches and the page's script who is logged in, without any secret.

`krant_account=staff` while a newsroom account is logged in: the page cache and Varnish pass such a
request to Django (staff get private pages: the admin's user bar, previews). `krant_account=member`
for a member: pages stay cached (the same bytes as for anyone), and the page's script knows to ask
for the personal header. No cookie when logged out. The session cookie itself says nothing to a
cache any more (docs/decisions/2026-12-06-community-accounts.md).
"""

import re

from django.utils.html import format_html

from krant.community import threads
from krant.community.services import is_newsroom
from krant.community.templatetags.community_tags import COUNT_PAGE_SECONDS
from krant.core.cache import ACCOUNT_COOKIE, STAFF
from krant.core.pagecache import limit_lifetime

COUNT_MARKER = re.compile(rb"<!--reacties:([0-9]{1,18})-->")


class AccountCookieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        sent = request.COOKIES.get(ACCOUNT_COOKIE)
        user = getattr(request, "user", None)
        if user is None or (sent is None and not request.session.accessed):
            # Nobody looked at the session (no login, nothing personal): neither do we, so a page that
            # did not depend on it gains no Vary: Cookie. A login reads it, and its answer is marked.
            return response
        wanted = None
        if user.is_authenticated:
            wanted = STAFF if is_newsroom(user) else "member"
        if wanted == sent:
            return response
        if wanted is None:
            response.delete_cookie(ACCOUNT_COOKIE, samesite="Lax")
        else:
            # Read by the page's script (no HttpOnly); it holds no secret, only which header to ask for.
            # Lives as long as the session, so a browser restarted with a kept login still says so.
            response.set_cookie(
                ACCOUNT_COOKIE,
                wanted,
                max_age=None
                if request.session.get_expire_at_browser_close()
                else request.session.get_expiry_age(),
                samesite="Lax",
                secure=request.is_secure(),
            )
        return response


class CommentCounts:
    """Put each teaser's comment count where its marker is (components/teaser.html), in the final page.

    Teasers and the listings around them are cached fragments that change with a publish, not with each
    comment; the counts come from the process's count map (threads.ListingCounts) as the page is sent,
    and a cached page showing one is kept at most COUNT_PAGE_SECONDS. Runs inside ConditionalGet, so the
    ETag is that of the page with its counts.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
            return response
        content = response.content
        if b"<!--reacties:" not in content:
            return response
        shown = False

        def count(match):
            nonlocal shown
            number = threads.listing_counts.get(int(match.group(1)))
            if not number:
                return b""
            shown = True
            badge = format_html(' <span class="teaser__comments">{}</span>', threads.count_text(number))
            return badge.encode()

        response.content = COUNT_MARKER.sub(count, content)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        if shown:
            limit_lifetime(request, COUNT_PAGE_SECONDS)
        return response
