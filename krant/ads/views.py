from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from krant.ads.models import AdSettings
from krant.core.pagecache import add_keys


@require_safe
def ads_txt(request):
    """Serve /ads.txt from the ad settings (the admin checks every line), 404 while it is empty.

    Cached and purged as the pages are: saving the ad settings purges `ads`.
    """
    add_keys(request, "ads")
    setting = AdSettings.for_request(request)
    text = setting.ads_txt.strip()
    if not text:
        raise Http404
    lines = "\n".join(line.rstrip() for line in text.splitlines())
    return HttpResponse(lines + "\n", content_type="text/plain; charset=utf-8")
