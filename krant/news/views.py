"""News views that are not pages: the read counter's beacon and the corrections page."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from krant.core.pagecache import add_keys
from krant.news import readership
from krant.news.models import ArticleCorrection, ArticlePage
from krant.news.models.pages import paginate

CORRECTIONS_PAGE_SIZE = 30
# What a line on the corrections page needs of its article: title and address (section and slug).
ARTICLE_FIELDS = ["title", "slug", "url_path", "home_section", "content_type"]

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


def corrections(request: HttpRequest) -> HttpResponse:
    """Every correction to a published article, newest first, each with a link to the article.

    A correction comes and goes with a publish of its article, and every article's publish purges
    `latest`; a withdrawn article's publish too, so its corrections leave with it.
    """
    add_keys(request, "latest")  # before paginate: its 404 ends when the list grows
    found = (
        ArticleCorrection.objects.filter(article__in=ArticlePage.objects.published().values("pk"))
        .select_related("article__home_section")
        .only("pk", "corrected_at", "note", *(f"article__{field}" for field in ARTICLE_FIELDS))
        .order_by("-corrected_at", "-pk")
    )
    page = paginate(request, found, CORRECTIONS_PAGE_SIZE)
    return render(request, "news/corrections.html", {"corrections": page})
