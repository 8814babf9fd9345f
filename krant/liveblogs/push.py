"""A liveblog's key events as push alerts: the topic `liveblog:<id>` that readers follow.

The push app knows no liveblog: this app adds the kind to its registry (`krant.push.topics.register_kind`)
from `LiveBlogsConfig.ready`. The desk sends from the liveblog's workplace (`admin_views.PushUpdateView`).
"""

from django.utils.translation import gettext as _

from krant.liveblogs.models import CURSOR, OPEN_KEY, LiveBlogPage, open_liveblog_ids, open_liveblogs
from krant.push import topics

KIND = "liveblog"


def topic(liveblog: LiveBlogPage) -> str:
    return f"{KIND}:{liveblog.pk}"


def choices() -> list[tuple[int, str]]:
    """Return (id, label) of the open liveblogs, newest first, in one query (the push page lists them)."""
    rows = open_liveblogs().order_by("-first_published_at", "-pk").values_list("pk", "title")
    return [(pk, _("Liveblog: %(title)s") % {"title": title}) for pk, title in rows]


def is_known(value: str) -> bool:
    """Return whether `value` is the id of an open liveblog: the listings' own set, from the shared store."""
    return bool(CURSOR.fullmatch(value)) and int(value) in open_liveblog_ids()


def register() -> None:
    topics.register_kind(KIND, choices=choices, is_known=is_known, cache_key=OPEN_KEY)
