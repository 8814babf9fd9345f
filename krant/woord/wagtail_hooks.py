"""Het Woord in the admin: the planning of the coming words and the vetoed words (the desk)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from krant.woord import admin_views
from krant.woord.models import WordVeto


class WordVetoViewSet(SnippetViewSet):
    model = WordVeto
    icon = "cross"
    menu_label = _("Het Woord: afgekeurd")
    menu_order = 160
    add_to_admin_menu = True
    list_display = [
        "word",
        Column("starts_on", label=_("Vanaf")),
        "reason",
        Column("created_at", label=_("Aangemaakt")),
    ]
    search_fields = ["word"]


register_snippet(WordVetoViewSet)


@hooks.register("register_admin_urls")
def register_urls():
    return [path("het-woord/", admin_views.PlanningView.as_view(), name="woord_planning")]


class PlanningMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_plan(request.user)


@hooks.register("register_admin_menu_item")
def register_planning_item():
    return PlanningMenuItem(
        _("Het Woord: planning"), reverse("woord_planning"), icon_name="calendar-alt", order=159
    )
