"""The admin's 'Voorspelgroepen': the members' private groups for moderators (the Moderator group and
Beheer): who made each, how many are in it, since when; a name against the house rules replaced, or the
group dissolved. Groups are made only by members (`/spellen/`): there is no 'add' here. Every write is a
function in `services.py`, noted on the owner's moderation record."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from krant.predictions import services
from krant.predictions.models import Group

# The Moderator group holds predictions.view_group, change_group and delete_group (krant.core.roles).


class NoAddPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class Forbidden:
    """Refuse with 403, as the project's rule says, where Wagtail would send the user to the dashboard."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as error:
            return permission_denied(request, error)


class GroupIndexView(Forbidden, generic.IndexView):
    def get_base_queryset(self):
        groups = super().get_base_queryset().select_related("owner", "competition")
        return groups.annotate(member_count=Count("memberships"))


class GroupCreateView(Forbidden, generic.CreateView):
    pass


class GroupEditView(Forbidden, generic.EditView):
    def save_instance(self):
        return services.rename_group_by_moderator(
            self.request.user, self.object, self.form.cleaned_data["name"]
        )


class GroupDeleteView(Forbidden, generic.DeleteView):
    def delete_action(self):
        services.dissolve_group(self.request.user, self.object)


class GroupViewSet(ModelViewSet):
    model = Group
    icon = "group"
    menu_label = _("Voorspelgroepen")
    menu_order = 265  # beside Community
    add_to_admin_menu = True
    permission_policy = NoAddPolicy(Group)
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = GroupIndexView
    add_view_class = GroupCreateView
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView
    form_fields = ["name"]
    search_fields = ["name", "owner__display_name"]
    search_backend_name = None  # plain database lookups: groups are not in the search index
    list_filter = ["competition"]
    list_display = [
        "name",
        Column("competition", label=_("Competitie")),
        Column("owner", label=_("Gemaakt door")),
        Column("member_count", label=_("Leden")),
        DateColumn("created_at", label=_("Gemaakt op")),
    ]
    ordering = ["-created_at", "-pk"]

    def get_queryset(self, request):
        return Group.objects.select_related("owner", "competition").annotate(
            member_count=Count("memberships")
        )


@hooks.register("register_admin_viewset")
def register_groups():
    return GroupViewSet("prediction_groups", url_prefix="voorspelgroepen")
