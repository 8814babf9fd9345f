"""The admin's 'Advertenties': the newsroom's own ads per slot and period; Wagtail logs each change."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from krant.ads.models import HouseAd


class HouseAdViewSet(SnippetViewSet):
    model = HouseAd
    icon = "tag"
    menu_label = _("Advertenties")
    menu_order = 160
    add_to_admin_menu = True
    list_display = [
        "name",
        Column("slot", label=_("Plek")),
        Column("advertiser", label=_("Adverteerder")),
        Column("starts_at", label=_("Vanaf")),
        Column("ends_at", label=_("Tot")),
        Column("weight", label=_("Gewicht")),
        BooleanColumn("active", label=_("Aan")),
    ]
    list_filter = ["slot", "active"]


register_snippet(HouseAdViewSet)
