"""The admin's 'Podcast-audio': upload an episode's MP3 or M4A; its type, length and size are read from it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from krant.podcasts.models import AudioFile


class AudioFileViewSet(SnippetViewSet):
    model = AudioFile
    icon = "media"
    menu_label = _("Podcast-audio")
    menu_order = 160
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("clock", label=_("Duur")),
        Column("mime_type", label=_("Soort")),
        Column("created_at", label=_("Toegevoegd")),
    ]


register_snippet(AudioFileViewSet)
