"""The newsletters in the admin: lists for editors, editions with their counts, subscribers for Beheer only,
and 'Verstuur als nieuwsalert' on a live article."""

from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies.base import ModelPermissionPolicy

from krant.news.models import ArticlePage
from krant.newsletters.admin_views import AlertView, alert_lists, can_send_alert
from krant.newsletters.delivery import edition_counts
from krant.newsletters.models import Delivery, Edition, NewsletterList, Subscriber, SubscriptionStatus

COUNTED = ["sent", "pending", "sending", "bounced", "failed", "uncertain", "skipped"]


class LimitedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, but only for the given actions: what the system writes, nobody edits by hand."""

    def __init__(self, model, actions):
        super().__init__(model)
        self.actions = set(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action in self.actions])


# --- Lists (editors) --------------------------------------------------------------------------------


class NewsletterListIndexView(generic.IndexView):
    def get_base_queryset(self):
        confirmed = Count("subscriptions", filter=Q(subscriptions__status=SubscriptionStatus.CONFIRMED))
        return super().get_base_queryset().select_related("section").annotate(subscriber_count=confirmed)


class NewsletterListViewSet(ModelViewSet):
    model = NewsletterList
    index_view_class = NewsletterListIndexView
    icon = "list-ul"
    menu_label = _("Lijsten")
    copy_view_enabled = False
    list_display = [
        "name",
        "kind",
        Column("section", label=_("rubriek")),
        "send_time",
        "is_active",
        Column("subscriber_count", label=_("abonnees")),
    ]
    form_fields = [
        "name",
        "slug",
        "description",
        "kind",
        "section",
        "send_time",
        "weekday",
        "sender_name",
        "is_active",
        "sort_order",
    ]


# --- Editions (editors, read only) -------------------------------------------------------------------


def counts_text(edition: Edition) -> str:
    counts = edition_counts(edition)
    labels = dict(Delivery._meta.get_field("status").choices)
    return ", ".join(f"{labels[status]}: {counts[status]}" for status in COUNTED if counts.get(status))


class EditionInspectView(generic.InspectView):
    def get_counts_display_value(self):
        return counts_text(self.object) or "-"


class EditionViewSet(ModelViewSet):
    exclude_form_fields = []  # never edited by hand (see permission_policy); the form must exist
    model = Edition
    icon = "mail"
    menu_label = _("Edities")
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = [
        "subject",
        "newsletter",
        "created_at",
        "status",
        Column("deliveries", label=_("verzendingen"), accessor=counts_text),
    ]
    list_filter = ["newsletter", "status"]
    inspect_view_fields = [
        "subject",
        "newsletter",
        "issue_date",
        "article",
        "status",
        "created_at",
        "created_by",
        "started_at",
        "finished_at",
        "batch_size",
        "counts",
    ]
    inspect_view_class = EditionInspectView
    ordering = ["-created_at", "-pk"]

    @property
    def permission_policy(self):
        return LimitedPermissionPolicy(self.model, ["view"])


# --- Subscribers and deliveries (Beheer: personal data) ---------------------------------------------


class SubscriberViewSet(ModelViewSet):
    exclude_form_fields = []  # never edited by hand (see permission_policy); the form must exist
    model = Subscriber
    icon = "group"
    menu_label = _("Abonnees")
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["email", "created_at", "bounced_at"]
    list_filter = ["subscriptions__newsletter", "subscriptions__status"]
    search_fields = ["email"]
    search_backend_name = None  # a plain LIKE on the address; subscribers are not in the search index
    inspect_view_fields = [
        "email",
        "language",
        "created_at",
        "confirmation_sent_at",
        "bounced_at",
        "bounce_reason",
    ]

    @property
    def permission_policy(self):
        # Viewing and deleting (a request to be forgotten); adding would skip the double opt-in.
        return LimitedPermissionPolicy(self.model, ["view", "delete"])


class DeliveryViewSet(ModelViewSet):
    exclude_form_fields = []  # never edited by hand (see permission_policy); the form must exist
    model = Delivery
    icon = "tasks"
    menu_label = _("Verzendingen")
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        Column("subscriber", label=_("abonnee")),
        Column("edition", label=_("editie")),
        "status",
        "attempts",
        "last_error",
        "sent_at",
    ]
    list_filter = ["status", "edition"]
    search_fields = ["subscriber__email"]
    search_backend_name = None
    ordering = ["-pk"]

    @property
    def permission_policy(self):
        return LimitedPermissionPolicy(self.model, ["view"])


class NewslettersGroup(ViewSetGroup):
    menu_label = _("Nieuwsbrieven")
    menu_icon = "mail"
    menu_order = 250
    items = [
        NewsletterListViewSet("newsletter_lists", url_prefix="nieuwsbrieven/lijsten"),
        EditionViewSet("newsletter_editions", url_prefix="nieuwsbrieven/edities"),
        SubscriberViewSet("newsletter_subscribers", url_prefix="nieuwsbrieven/abonnees"),
        DeliveryViewSet("newsletter_deliveries", url_prefix="nieuwsbrieven/verzendingen"),
    ]


@hooks.register("register_admin_viewset")
def register_newsletters():
    return NewslettersGroup()


# --- Breaking-news alert from an article ------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_alert_url():
    return [path("nieuwsbrieven/alert/<int:article_id>/", AlertView.as_view(), name="newsletters_alert")]


def offers_alert(page, user) -> bool:
    return issubclass(page.specific_class or type(page), ArticlePage) and page.live and can_send_alert(user)


@hooks.register("register_page_header_buttons")
def alert_header_button(page, user, view_name, next_url=None):
    if offers_alert(page, user) and alert_lists().exists():
        yield Button(
            _("Verstuur als nieuwsalert"),
            reverse("newsletters_alert", args=[page.pk]),
            icon_name="mail",
            priority=80,
        )


class AlertMenuItem(ActionMenuItem):
    label = _("Verstuur als nieuwsalert")
    name = "action-newsletter-alert"
    icon_name = "mail"

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and offers_alert(page, context["request"].user)
            and alert_lists().exists()
        )

    def get_url(self, context):
        return reverse("newsletters_alert", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_alert_menu_item():
    return AlertMenuItem(order=90)
