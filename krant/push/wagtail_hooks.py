"""Push alerts in the admin: 'Verstuur als pushbericht' on a live article, and the report of every send."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from krant.news.models import ArticlePage
from krant.newsletters.wagtail_hooks import LimitedPermissionPolicy
from krant.push.admin_views import PushView, can_send_push
from krant.push.models import Delivery, DispatchStatus

COUNTED = ["sent", "expired", "failed", "uncertain", "pending", "claimed", "handed"]


def counts_text(sent: Delivery) -> str:
    from krant.push.delivery import delivery_counts  # the sender stays out of reader workers (test_wsgi)

    counts = delivery_counts(sent)
    labels = dict(DispatchStatus.choices)
    parts = [f"{labels[status]}: {counts[status]}" for status in COUNTED if counts.get(status)]
    if sent.apps_not_sent:
        parts.append(_("apps zonder koppeling, niet verstuurd: %(count)s") % {"count": sent.apps_not_sent})
    return ", ".join(str(part) for part in parts) or "-"


class DeliveryViewSet(ModelViewSet):
    exclude_form_fields = []  # never edited by hand (see permission_policy); the form must exist
    model = Delivery
    icon = "mail"
    menu_label = _("Pushberichten")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = [
        "title",
        "topic",
        "created_at",
        "status",
        Column("counts", label=_("verzendingen"), accessor=counts_text),
    ]
    list_filter = ["topic", "status"]
    ordering = ["-created_at", "-pk"]

    @property
    def permission_policy(self):
        return LimitedPermissionPolicy(self.model, ["view"])


@hooks.register("register_admin_viewset")
def register_deliveries():
    return DeliveryViewSet("push_deliveries", url_prefix="pushberichten")


@hooks.register("register_admin_urls")
def register_push_url():
    return [path("pushberichten/versturen/<int:article_id>/", PushView.as_view(), name="push_send")]


def offers_push(page, user) -> bool:
    return issubclass(page.specific_class or type(page), ArticlePage) and page.live and can_send_push(user)


@hooks.register("register_page_header_buttons")
def push_header_button(page, user, view_name, next_url=None):
    if offers_push(page, user):
        yield Button(
            _("Verstuur als pushbericht"), reverse("push_send", args=[page.pk]), icon_name="mail", priority=81
        )


class PushMenuItem(ActionMenuItem):
    label = _("Verstuur als pushbericht")
    name = "action-push"
    icon_name = "mail"

    def is_shown(self, context):
        page = context.get("page")
        return context["view"] == "edit" and page is not None and offers_push(page, context["request"].user)

    def get_url(self, context):
        return reverse("push_send", args=[context["page"].pk])


@hooks.register("register_page_action_menu_item")
def register_push_menu_item():
    return PushMenuItem(order=91)
