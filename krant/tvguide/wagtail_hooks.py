"""The admin's 'Tv-gids': XMLTV sources, channel groups, channels, and programmes to pick as a tip."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from krant.tvguide.models import Channel, ChannelGroup, Programme, XmltvSource


class SourceViewSet(ModelViewSet):
    name = "tvguide_xmltvsource"
    url_prefix = "tv-gids/bronnen"
    model = XmltvSource
    icon = "download"
    menu_label = _("XMLTV-bronnen")
    form_fields = ["name", "url", "active"]
    list_display = ["name", "url", "active", "last_imported_at", "next_import_at", "last_report"]


class GroupViewSet(ModelViewSet):
    name = "tvguide_channelgroup"
    url_prefix = "tv-gids/groepen"
    model = ChannelGroup
    icon = "folder-open-inverse"
    menu_label = _("Zendergroepen")
    form_fields = ["name", "slug", "position"]
    list_display = ["name", "slug", "position"]


class ChannelViewSet(ModelViewSet):
    name = "tvguide_channel"
    url_prefix = "tv-gids/zenders"
    model = Channel
    icon = "media"
    menu_label = _("Zenders")
    panels = [FieldPanel("name"), FieldPanel("group"), FieldPanel("position"), FieldPanel("shown")]
    list_display = ["name", "group", "position", "shown"]
    list_filter = ["group", "shown"]
    search_fields = ["name"]


class ProgrammeViewSet(ModelViewSet):
    """Programmes come from the import: editors only mark a tip and say why."""

    name = "tvguide_programme"
    url_prefix = "tv-gids/programmas"
    model = Programme
    icon = "pick"
    menu_label = _("Programma's en tips")
    panels = [FieldPanel("editors_pick"), FieldPanel("pick_note")]
    list_display = ["title", "channel", "start", "editors_pick"]
    list_filter = ["editors_pick", "channel"]
    search_fields = ["title"]
    ordering = ["start"]

    def get_queryset(self, request):
        return Programme.objects.select_related("channel")


class TvGuideGroup(ModelViewSetGroup):
    menu_label = _("Tv-gids")
    menu_icon = "media"
    items = (SourceViewSet, GroupViewSet, ChannelViewSet, ProgrammeViewSet)


@hooks.register("register_admin_viewset")
def register_viewset():
    return TvGuideGroup()
