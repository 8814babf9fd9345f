from django.http import HttpResponse
from django.template.loader import render_to_string

from krant.banner import services
from krant.core.pagecache import add_keys


def fragment(request):
    """The banner alone (empty when there is none), for pages already open: cached and purged as pages are.

    Rendered without the request's context: nothing in it depends on the reader's consent or session.
    """
    banner = services.current()
    add_keys(request, services.KEY)
    services.limit_to_end(request, banner)
    return HttpResponse(render_to_string("banner/banner.html", {"banner": banner}))
