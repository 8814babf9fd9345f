"""The reader's side of push alerts: the settings page, the key and token for its script, subscribing,
unsubscribing, and the service worker at the site's root.

The page is the same bytes for every reader (cacheable): the choices are plain checkboxes, and the
script (static/push/push.js) asks the browser for permission only when the reader presses the button.
What this browser follows lives in the browser; the server learns it with the subscription.
"""

import json

from django.contrib.staticfiles import finders
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from krant.core.cache import mark_private
from krant.core.pagecache import add_keys, limit_lifetime
from krant.core.views import over_limit
from krant.push import keys, services, topics

SUBSCRIBE_RATE = "30/h"  # per address: a reader changes topics a few times; a script hammering is stopped
MAX_BODY_BYTES = 16 * 1024
SERVICE_WORKER = "push/sw.js"


@require_safe
def settings_page(request):
    """'Pushmeldingen': what a reader can follow, and a button that asks the browser, never on load."""
    add_keys(request, "menus", *topics.cache_keys())  # sections are in the menus; other kinds purge their own
    limit_lifetime(request, 600)  # at most: a planned end passes before the scheduler's purge
    return render(request, "push/settings.html", {"choices": topics.choices()})


@never_cache
@require_safe
def client_key(request):
    """The VAPID public key and a CSRF token, for the page's script (personal, so never cached)."""
    mark_private(request)
    return JsonResponse({"public_key": keys.public_key(), "csrf_token": get_token(request)})


def error(message: str, status: int = 400, field: str = "") -> JsonResponse:
    return JsonResponse({"error": {"message": message, "field": field}}, status=status)


def read_json(request):
    if request.content_type != "application/json":
        raise services.PushError(_("Stuur JSON (Content-Type: application/json)."))
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES:
        return None
    try:
        return json.loads(request.body)
    except (ValueError, UnicodeDecodeError):
        raise services.PushError(_("Dit is geen geldige JSON.")) from None


def subscription_write(request, write):
    if wait := over_limit(request, "push-subscribe", SUBSCRIBE_RATE, method="POST"):
        response = error(_("Te veel verzoeken. Probeer het over een paar minuten opnieuw."), 429)
        response["Retry-After"] = str(wait)
        return response
    try:
        data = read_json(request)
        if data is None:
            return error(_("Dit verzoek is te groot."), 413)
        if not isinstance(data, dict):
            raise services.PushError(_("Dit is geen pushabonnement van een browser."))
        return write(data)
    except services.PushError as refused:
        return error(refused.message, field=refused.field)


@never_cache
@require_POST
def subscribe(request):
    """Store this browser's subscription and topics ({"subscription": ..., "topics": [...]}), CSRF-checked."""

    def write(data):
        recipient = services.subscribe(
            data.get("subscription"), data.get("topics"), request.user, get_language()
        )
        return JsonResponse({"topics": list(recipient.topics.values_list("topic", flat=True))})

    return subscription_write(request, write)


@never_cache
@require_POST
def unsubscribe(request):
    """Forget this browser's subscription ({"subscription": ...})."""

    def write(data):
        return JsonResponse({"deleted": services.unsubscribe(data.get("subscription"))})

    return subscription_write(request, write)


@require_safe
def service_worker(request):
    """/sw.js: at the root, so its scope is the whole site; revalidated, so a new version arrives at once."""
    with open(finders.find(SERVICE_WORKER), "rb") as handle:
        response = HttpResponse(handle.read(), content_type="text/javascript; charset=utf-8")
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    response["Service-Worker-Allowed"] = "/"
    return response
