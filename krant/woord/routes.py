"""The address of a reader's own game, <Het Woord's page>/mijn-spel/, taken before Wagtail's serve view.

Only to lift Django's CSRF check for it: the cached page carries no token (it would make the page
personal), so guesses are checked by their Origin instead (krant.woord.views). Any other page's mijn-spel/
keeps the check.
"""

from django.views.decorators.csrf import csrf_exempt, csrf_protect
from wagtail.models import Page
from wagtail.views import serve

from krant.woord.models import WoordPage


@csrf_exempt  # for Het Woord's page only; see below
def game(request, path: str):
    route = Page.route_for_request(request, path)
    if route is not None and isinstance(route[0], WoordPage):
        return serve(request, path)
    return csrf_protect(serve)(request, path)
