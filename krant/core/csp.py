"""Content-Security-Policy: strict for reader pages, looser for the Wagtail admin (django-csp).

Reader pages carry no inline script or style (krant.js and krant.css are files; JSON-LD is a data
block, which CSP does not run), so they need neither nonces nor hashes and stay the same bytes for
every reader and every cache. What the policy allows beyond this site is the embeds a reader has
consented to: the iframes of the known services and the scripts that X, Instagram, Facebook and
TikTok put in their embed code, and the ad server's origin when one is configured (KRANT_AD_SERVER_URL).
Inline style attributes in such embed code are blocked; the embed still shows, only less styled.

The admin is Wagtail's: its templates use inline scripts and styles, editors preview images from
anywhere and embed previews in frames, so it gets a policy of its own under /admin/.
"""

from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings

ADMIN_PREFIXES = ("/admin/",)
EMBED_FRAMES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
    "https://platform.twitter.com",
    "https://syndication.twitter.com",
    "https://www.instagram.com",
    "https://www.facebook.com",
    "https://www.tiktok.com",
]
EMBED_SCRIPTS = [
    "https://platform.twitter.com",
    "https://www.instagram.com",
    "https://connect.facebook.net",
    "https://www.tiktok.com",
]

READER_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, *EMBED_SCRIPTS],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": EMBED_FRAMES,
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

ADMIN_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    # Image previews and embed thumbnails from anywhere; Wagtail's avatars come from Gravatar by a
    # scheme-relative address, so on a plain-http development site too.
    "img-src": [SELF, "data:", "blob:", "https:", "www.gravatar.com"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF, "https:"],  # page previews and embed previews
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}


class KrantCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own policy under ADMIN_PREFIXES."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(ADMIN_PREFIXES):
            parts.config = ADMIN_POLICY
            return parts
        update = {}
        if live := live_origin():
            update["connect-src"] = [SELF, live]
        if ads := ad_server_origin():
            # Only when configured; its script itself is in pages only with the reader's consent (krant.ads).
            # django-csp adds an update's values to the policy's.
            for directive in ("script-src", "img-src", "frame-src"):
                update[directive] = [ads]
            update["connect-src"] = [*update.get("connect-src", []), ads]
        if update:
            parts.update = {**(parts.update or {}), **update}
        return parts


def ad_server_origin() -> str:
    """Return the configured ad server's origin (KRANT_AD_SERVER_URL), else ""."""
    parts = urlsplit(settings.AD_SERVER_URL)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""


def live_origin() -> str:
    """Return the live process's origin when browsers reach it on a port of its own, else ""."""
    parts = urlsplit(settings.LIVE_URL)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
