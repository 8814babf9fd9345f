"""The account cookie: tells caches and the page's script who is logged in, without any secret.

`krant_account=staff` while a newsroom account is logged in: the page cache and Varnish pass such a
request to Django (staff get private pages: the admin's user bar, previews). `krant_account=member`
for a member: pages stay cached (the same bytes as for anyone), and the page's script knows to ask
for the personal header. No cookie when logged out. The session cookie itself says nothing to a
cache any more (docs/decisions/2026-12-06-community-accounts.md).
"""

from krant.community.services import is_newsroom
from krant.core.cache import ACCOUNT_COOKIE, STAFF


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
