"""Gzip for what readers and machines fetch: pages, feeds, sitemaps and the API, never what is private.

Django's GZipMiddleware does the work: it adds `Vary: Accept-Encoding` and turns a strong ETag into a
weak one (the bytes differ, the content does not), so ConditionalGetMiddleware, which runs inside it
and sets the ETag on the uncompressed body, still answers 304 to either. Static files are compressed
ahead of time by WhiteNoise; images and other binary files gain nothing.

BREACH: an attacker who can put text in a page and watch the compressed size can guess a secret on the
same page one character at a time. So only public responses are compressed: the same bytes for every
reader, no CSRF token, no session, nothing personal (krant.core.cache decides public or private, and
marks every page with a token or a cookie private). No brotli: no maintained binding is installed.
"""

from django.middleware.gzip import GZipMiddleware
from django.utils.cache import cc_delim_re

COMPRESSIBLE_TYPES = {
    "text/html",
    "text/plain",
    "application/json",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/vnd.oai.openapi+json",
}


def is_compressible(request, response) -> bool:
    """Return whether `response` is text that is the same for everyone, so compressing it leaks nothing."""
    media_type = response.get("Content-Type", "").split(";", 1)[0].strip().lower()
    directives = {
        part.split("=", 1)[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return (
        media_type in COMPRESSIBLE_TYPES
        and response.status_code != 206  # a byte range of the file as stored
        and "public" in directives
        and "private" not in directives
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a CSRF token went into the body
        and not response.cookies
    )


class PublicGZipMiddleware(GZipMiddleware):
    """Compress public text responses with gzip; leave private ones (and everything else) as they are."""

    def process_response(self, request, response):
        if not is_compressible(request, response):
            return response
        return super().process_response(request, response)
