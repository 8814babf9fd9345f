"""The admin's 'Video': upload a clip with its captions, see whether processing finished, publish it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from krant.video.models import Video


class VideoViewSet(SnippetViewSet):
    """A snippet, so an article's body can choose a clip (VideoBlock)."""

    model = Video
    url_prefix = "video"
    icon = "media"
    menu_label = _("Video")
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_fields = ["title", "status", "error", "duration", "size", "width", "height", "created_at"]
    list_display = [
        "title",
        Column("get_status_display", label=_("status")),
        Column("error", label=_("melding")),
        "live",
        "created_at",
    ]
    list_filter = ["status", "live"]


register_snippet(VideoViewSet)
