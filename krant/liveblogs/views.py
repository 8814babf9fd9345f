"""Readers' requests of a liveblog besides its page: its updates as an HTML fragment for the page's script.

`/liveblogs/<id>/updates/?na=<update id>` answers the updates after that one, newest first;
`?id=<update id>` one update (after an edit; 404 once deleted); `?vastgezet=1` 'Belangrijkste
ontwikkelingen' (after a pin, an edit or a deletion). The same bytes for every reader, cached and purged by
`liveblog:<id>`.
"""

import re

from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from krant.core.pagecache import add_keys
from krant.liveblogs.models import CURSOR, NEW_BATCH, LiveBlogPage

AFTER = re.compile(r"0|[1-9][0-9]{0,17}")  # 0: every update, for a page that showed none yet


@require_safe
def updates_fragment(request, liveblog_id: int):
    liveblog = LiveBlogPage.objects.published().filter(pk=liveblog_id).first()
    if liveblog is None:
        raise Http404(_("Dit liveblog bestaat niet (meer)."))
    after, one, pinned = request.GET.get("na"), request.GET.get("id"), request.GET.get("vastgezet")
    asked = [value for value in (after, one, pinned) if value is not None]
    if one is not None:
        valid = CURSOR.fullmatch(one)
    elif after is not None:
        valid = AFTER.fullmatch(after)
    else:
        valid = pinned == "1"
    if len(asked) != 1 or not valid:
        return HttpResponseBadRequest(
            _(
                "Vraag de updates na een update (?na=<id>), één update (?id=<id>) of de belangrijkste "
                "ontwikkelingen (?vastgezet=1)."
            ),
            content_type="text/plain; charset=utf-8",
        )
    add_keys(request, liveblog.cache_key)
    if pinned is not None:
        return render(request, "liveblogs/pinned.html", {"pinned": liveblog.pinned_updates()})
    updates = liveblog.updates.for_page()
    if one is not None:
        updates = list(updates.filter(pk=int(one)))
        if not updates:
            raise Http404(_("Deze update bestaat niet (meer)."))
    else:
        updates = list(updates.filter(pk__gt=int(after))[: NEW_BATCH + 1])
    context = {"page": liveblog, "updates": updates[:NEW_BATCH], "complete": len(updates) <= NEW_BATCH}
    return render(request, "liveblogs/updates_fragment.html", context)
