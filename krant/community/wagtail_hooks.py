"""Members in the admin: the newsroom sets a verified expertise (and, until moderation arrives, trust,
suspension and ban). Members are made by registration only, and deleted by themselves."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from krant.community.models import Member


class EditOnlyPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in {"add", "delete"} and super().user_has_permission(user, action)


class MemberViewSet(ModelViewSet):
    model = Member
    icon = "group"
    menu_label = _("Leden")
    add_to_admin_menu = True
    permission_policy = EditOnlyPolicy(Member)
    copy_view_enabled = False
    form_fields = ["expert_label", "trust_level", "suspended_until", "banned"]
    search_fields = ["display_name"]
    search_backend_name = None  # plain database lookups: members are not in the search index
    list_filter = ["trust_level", "banned"]
    list_display = [
        "display_name",
        Column("expert_label", label=_("Deskundigheid")),
        DateColumn("joined_at", label=_("Lid sinds")),
    ]


@hooks.register("register_admin_viewset")
def register_members():
    return MemberViewSet("leden")
