"""The polling fallback at /live/poll/: the same events as the stream, for browsers whose stream fails.

A fast view (krant.core.pagecache.register_fast_view): no session, no middleware, one read of the log.
"""

import json
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.translation import gettext as _

from krant.live.events import BAD_ID_MESSAGE, CHANNELS_MESSAGE, SINCE_MESSAGE, since_millis, valid_channels
from krant.live.log import BATCH, event_log

OPENS_PER_MINUTE = 60  # new streams or polls of one address, counted in the shared store
POLL_SECONDS = 10  # the interval the client waits between polls (it is told, so a deploy can change it)


def opened_too_often(address: str) -> bool:
    """Count a new stream or poll of `address` in the shared store; return whether it is over the limit."""
    if not settings.CONFIG.rate_limits:
        return False
    store = caches["default"]
    key = f"krant:live:opens:{address}:{int(time.time() // 60)}"
    store.add(key, 0, 120)
    return store.incr(key) > OPENS_PER_MINUTE


def refused(status: int, message: str, **headers) -> HttpResponse:
    response = HttpResponse(f"{message}\n", status=status, content_type="text/plain; charset=utf-8")
    response.headers["Cache-Control"] = "no-store"
    for name, value in headers.items():
        response.headers[name.replace("_", "-")] = value
    return response


def poll(request) -> HttpResponse:
    """Return the events of ?kanaal= after ?na=, or since the page's render time ?sinds=; with neither,
    only the id to ask after next time."""
    if request.method not in ("GET", "HEAD"):
        return refused(405, _("Alleen GET."), Allow="GET, HEAD")
    channels = request.GET.getlist("kanaal")
    if not valid_channels(channels):
        return refused(400, str(CHANNELS_MESSAGE))
    log = event_log()
    since = request.GET.get("na")
    if since is not None and not log.valid_id(since):
        return refused(400, str(BAD_ID_MESSAGE) % {"what": "na"})
    rendered = request.GET.get("sinds")
    millis = None if since is not None or rendered is None else since_millis(rendered)
    if since is None and rendered is not None and millis is None:
        return refused(400, str(SINCE_MESSAGE))
    if opened_too_often(request.META["REMOTE_ADDR"]):
        return refused(429, _("Te veel verzoeken; probeer het over een minuut opnieuw."), Retry_After="60")
    if millis is not None:
        since = log.id_before(millis)
    if since is None:
        answer = {"last": log.last_id(), "events": [], "wait": POLL_SECONDS}
    else:
        found = log.after(since)
        events = [event.as_json() for event in found if event.channel in channels]
        if len(found) == BATCH:  # further behind than one read: the page reloads what it shows instead
            events.append({"id": found[-1].id, "channel": None, "type": "reset"})
        answer = {"last": found[-1].id if found else since, "events": events, "wait": POLL_SECONDS}
    response = HttpResponse(json.dumps(answer, separators=(",", ":")), content_type="application/json")
    response.headers["Cache-Control"] = "no-store"
    return response
