"""News views that are not pages: the read counter's beacon."""

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from krant.news import readership

# A transparent GIF of one pixel, the smallest image every browser shows without a sound.
PIXEL = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)
BEACON_RATE = "120/m"  # per address: a reader opens a few pages a minute, a flood is refused
# Answered in the page cache's fast path (krant.core.pagecache), before Django's middleware: it needs
# no session, language or CSRF, and every article view fetches it.
BEACON_PATH = r"/teller/(?P<article_id>[0-9]{1,18})\.gif"


@csrf_exempt  # navigator.sendBeacon posts without a token; a read changes nothing a reader owns
@require_http_methods(["GET", "HEAD", "POST"])
def beacon(request: HttpRequest, article_id: int | str) -> HttpResponse:
    """Count a read of the article and answer a pixel that no cache may keep.

    Counted or not (a crawler, a second read this hour, an unknown id), the answer is the same pixel;
    HEAD is answered but not counted, since no browser asks for an image that way.
    """
    if is_ratelimited(request, group="beacon", key="ip", rate=BEACON_RATE, increment=True):
        response = HttpResponse(status=429, headers={"Retry-After": "60"})
    else:
        if request.method != "HEAD":
            readership.record_view(request, int(article_id))
        response = HttpResponse(PIXEL, content_type="image/gif")
    patch_cache_control(response, no_store=True, private=True)
    return response
