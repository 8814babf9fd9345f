"""The admin's 'Spellen': the stored puzzles, upcoming days first, to look at (the scheduler makes them)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from krant.games.models import Puzzle


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Puzzles are made by krant.games.services only: a changed given could leave two solutions."""

    def user_has_permission(self, user, action):
        return action in {"view", "inspect"} and super().user_has_permission(user, "view")


class PuzzleIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().defer("solution")


class PuzzleViewSet(ModelViewSet):
    name = "games_puzzle"
    url_prefix = "spellen/puzzels"
    model = Puzzle
    icon = "table"
    menu_label = _("Spellen")
    add_to_admin_menu = True
    permission_policy = ReadOnlyPolicy(Puzzle)
    index_view_class = PuzzleIndexView
    copy_view_enabled = False
    form_fields = ["kind"]  # required by ModelViewSet; the policy lets nobody add or edit
    inspect_view_enabled = True
    inspect_view_fields = [
        "kind",
        "level",
        "day",
        "size",
        "given_count",
        "tier",
        "givens",
        "solution",
        "generated_at",
    ]
    list_filter = ["kind", "level", "day"]
    search_backend_name = None
    ordering = ["-day", "kind", "level"]
    list_display = [
        "__str__",
        Column("day", label=_("Dag")),
        Column("level", label=_("Niveau"), accessor="get_level_display"),
        Column("given_count", label=_("Gegeven")),
        Column("tier", label=_("Moeilijkste techniek")),
    ]


@hooks.register("register_admin_viewset")
def register_viewset():
    return PuzzleViewSet()
