"""The admin's 'Breaking-banner': the desk sets, changes and ends the banner; Wagtail logs each change."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from krant.banner.models import Banner


class BannerViewSet(SnippetViewSet):
    model = Banner
    icon = "warning"
    menu_label = _("Breaking-banner")
    menu_order = 150
    add_to_admin_menu = True
    list_display = [
        "text",
        Column("style", label=_("Soort")),
        Column("ends_at", label=_("Tonen tot")),
        BooleanColumn("active", label=_("Tonen")),
        Column("updated_at", label=_("Gewijzigd")),
    ]


register_snippet(BannerViewSet)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("banner.ended", _("Verlopen"), _("Banner uitgezet: de eindtijd was voorbij"))
    actions.register_action(
        "banner.replaced", _("Vervangen"), _("Banner uitgezet: een andere banner ging aan")
    )
