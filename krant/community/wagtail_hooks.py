"""The community in the admin, one menu group 'Community': the moderation queues, members (the verified
expertise; trust and sanctions go through the member's moderation page, so they are audited), the day's
statement, and the moderation log. The community's site rules are under Instellingen."""

from urllib.parse import urlencode

import django_filters
from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy

from krant.community import admin_views, queues
from krant.community.models import AuditKind, Member, ModerationAction, Statement
from krant.news.models import ArticlePage


class EditOnlyPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in {"add", "delete"} and super().user_has_permission(user, action)


# --- Moderation: queues, a member's record, closing a discussion ---------------------------------------


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_moderate(request.user)


class ModerationViewSet(ViewSet):
    icon = "comment"
    menu_label = _("Moderatie")
    menu_item_class = ModerationMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.QueueView.as_view(), name="index"),
            path("wachtrij/<slug:slug>/", admin_views.QueueView.as_view(), name="queue"),
            path("beslis/", admin_views.DecideView.as_view(), name="decide"),
            path("antwoord/<int:pk>/", admin_views.AnswerView.as_view(), name="answer"),
            path("lid/<int:pk>/", admin_views.MemberView.as_view(), name="member"),
            path("sluit/<int:page_id>/", admin_views.CloseThreadView.as_view(), name="close"),
        ]


class LearnedModelViewSet(ViewSet):
    icon = "cogs"
    menu_label = _("Automatische moderatie")
    menu_item_class = ModerationMenuItem

    def get_urlpatterns(self):
        return [path("", admin_views.ModelView.as_view(), name="index")]


class QueuesPanel(Component):
    """The queues and their counts on the dashboard, where a moderator lands after logging in."""

    name = "community_queues"
    template_name = "community/admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        counts = queues.counts()
        return {
            "tabs": [
                (queue, counts[queue.slug], reverse("community_moderation:queue", args=[queue.slug]))
                for queue in queues.QUEUES
            ]
        }


@hooks.register("construct_homepage_panels")
def add_queues_panel(request, panels):
    if admin_views.can_moderate(request.user):
        panels.append(QueuesPanel())


# --- Members -------------------------------------------------------------------------------------------


class MemberIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        if admin_views.can_moderate(self.request.user):
            buttons.append(
                Button(
                    _("Moderatie"),
                    reverse("community_moderation:member", args=[instance.pk]),
                    icon_name="comment",
                    priority=5,
                )
            )
        return buttons


class MemberViewSet(ModelViewSet):
    model = Member
    icon = "group"
    menu_label = _("Leden")
    index_view_class = MemberIndexView
    permission_policy = EditOnlyPolicy(Member)
    copy_view_enabled = False
    # Trust, suspension and ban: on the member's moderation page, through comments.act_on_member (audited).
    form_fields = ["expert_label"]
    search_fields = ["display_name"]
    search_backend_name = None  # plain database lookups: members are not in the search index
    list_filter = ["trust_level", "banned"]
    list_display = [
        "display_name",
        Column("expert_label", label=_("Deskundigheid")),
        Column("trust_level", label=_("Vertrouwen"), accessor="get_trust_level_display"),
        DateColumn("joined_at", label=_("Lid sinds")),
    ]


# --- The day's statement -------------------------------------------------------------------------------


class StatementViewSet(ModelViewSet):
    model = Statement
    icon = "openquote"
    menu_label = _("Stelling van de dag")
    copy_view_enabled = False
    form_fields = ["text", "page", "date", "pinned"]
    list_display = ["text", Column("page", label=_("Artikel")), "date", "pinned"]
    list_filter = ["pinned"]
    ordering = ["-date", "-pk"]


# --- The moderation log (read only) ----------------------------------------------------------------------


class AuditPolicy(ModelPermissionPolicy):
    """Beheer (view_moderationaction) reads the whole log; a moderator reads their own actions."""

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        return super().user_has_permission(user, action) or admin_views.can_moderate(user)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action == "view"])


def moderators():
    return (
        get_user_model()
        .objects.filter(pk__in=ModerationAction.objects.values("moderator_id"))
        .order_by("username")
    )


class AuditFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(label=_("Handeling"), choices=AuditKind.choices)
    moderator = django_filters.ModelChoiceFilter(label=_("Moderator"), queryset=lambda request: moderators())
    member = django_filters.NumberFilter(label=_("Lid (nummer)"), field_name="member_id")

    class Meta:
        model = ModerationAction
        fields = ["kind", "moderator", "member"]


class AuditIndexView(generic.IndexView):
    def get_base_queryset(self):
        actions = super().get_base_queryset().select_related("member", "comment", "thread__page")
        if not self.request.user.has_perm("community.view_moderationaction"):
            actions = actions.filter(moderator=self.request.user)
        return actions


class MemberColumn(TitleColumn):
    empty_value_display = ""  # a closed discussion names no member


def member_record_url(action: ModerationAction) -> str | None:
    return reverse("community_moderation:member", args=[action.member_id]) if action.member_id else None


def audit_subject(action: ModerationAction) -> str:
    if action.comment_id:
        return action.comment.body[:80] or _("(verwijderde reactie)")
    if action.thread_id and action.thread.page_id:
        return action.thread.page.title
    return ""


class AuditViewSet(ModelViewSet):
    model = ModerationAction
    icon = "history"
    menu_label = _("Moderatielogboek")
    index_view_class = AuditIndexView
    permission_policy = AuditPolicy(ModerationAction)
    filterset_class = AuditFilterSet
    exclude_form_fields = []  # never edited (see AuditPolicy); the viewset wants a form
    copy_view_enabled = False
    inspect_view_enabled = False
    ordering = ["-created_at", "-pk"]
    list_display = [
        DateColumn("created_at", label=_("Wanneer")),
        Column("moderator_name", label=_("Wie")),
        Column("kind", label=_("Wat"), accessor="get_kind_display"),
        MemberColumn("member", label=_("Lid"), get_url=member_record_url),
        Column("subject", label=_("Reactie of artikel"), accessor=audit_subject),
        Column("reason", label=_("Reden")),
        Column("note", label=_("Notitie")),
    ]


class CommunityGroup(ViewSetGroup):
    menu_label = _("Community")
    menu_icon = "group"
    menu_order = 260
    items = [
        ModerationViewSet("community_moderation", url_prefix="community/moderatie"),
        LearnedModelViewSet("community_model", url_prefix="community/automatische-moderatie"),
        MemberViewSet("community_members", url_prefix="community/leden"),
        StatementViewSet("community_statements", url_prefix="community/stellingen"),
        AuditViewSet("community_audit", url_prefix="community/logboek"),
    ]


@hooks.register("register_admin_viewset")
def register_community():
    return CommunityGroup()


@hooks.register("register_page_header_buttons")
def close_discussion_button(page, user, view_name, next_url=None):
    """'Sluit discussie' on a live article whose discussion is open, for moderators."""
    if (
        isinstance(page.specific_deferred, ArticlePage)
        and page.live
        and getattr(page.specific_deferred, "comments_enabled", False)
        and admin_views.can_moderate(user)
    ):
        back = reverse("wagtailadmin_pages:edit", args=[page.pk])
        yield Button(
            _("Sluit discussie"),
            reverse("community_moderation:close", args=[page.pk]) + "?" + urlencode({"next": back}),
            icon_name="lock",
            priority=90,
        )
