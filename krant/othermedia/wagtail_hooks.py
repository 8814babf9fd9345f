"""The admin's 'Andere media': the feeds editors register, and the fetched items they can hide."""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from krant.core.templatetags.krant_tags import nl_datetime
from krant.othermedia.models import OutletFeed, OutletItem

ERROR_PREVIEW = 120  # characters of the last error in the listing; the whole text is on the feed's page


def feed_status(feed: OutletFeed) -> str:
    if not feed.active:
        return _("Uit")
    if feed.failures:
        return _("Mislukt (%(count)s× op rij)") % {"count": feed.failures}
    if feed.last_success_at is None:
        return _("Nog niet opgehaald")
    return _("In orde")


def feed_next_fetch(feed: OutletFeed) -> str:
    if not feed.active:
        return "–"
    return nl_datetime(feed.next_fetch_at) if feed.next_fetch_at else _("zo snel mogelijk")


def item_visibility(item: OutletItem) -> str:
    if not item.hidden:
        return _("Zichtbaar")
    who = item.hidden_by.get_username() if item.hidden_by else _("onbekend")
    return _("Verborgen door %(who)s op %(when)s") % {"who": who, "when": nl_datetime(item.hidden_at)}


def with_next(url: str, request) -> str:
    """Return `url` with ?next= this listing (its filters and page), to come back to after acting."""
    return f"{url}?{urlencode({'next': request.get_full_path()})}"


class ConfirmView(WagtailAdminTemplateMixin, TemplateView):
    """Ask 'are you sure?' on GET, do it on POST (CSRF-protected), then return to the listing."""

    template_name = "othermedia/admin/confirm.html"
    model = None
    permission_policy = None
    permission_required = "change"
    index_url_name = ""
    question = ""
    button = ""
    header_icon = ""

    def dispatch(self, request, *args, pk, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, self.permission_required):
            raise PermissionDenied
        self.object = get_object_or_404(self.get_queryset(), pk=pk)
        self.next_url = get_valid_next_url_from_request(request) or reverse(self.index_url_name)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return self.model._default_manager.all()

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": self.model._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(object=self.object, question=self.question, button=self.button, next_url=self.next_url)
        return context

    def post(self, request, *args, **kwargs):
        messages.success(request, self.act())
        return redirect(self.next_url)

    def act(self) -> str:
        raise NotImplementedError


class HideItemView(ConfirmView):
    page_title = _("Bericht verbergen")
    question = _(
        "Dit bericht verdwijnt van de pagina 'Uit andere media'. Het blijft verborgen als de feed het "
        "opnieuw brengt."
    )
    button = _("Ja, verbergen")
    header_icon = "no-view"

    def act(self):
        from krant.othermedia import services  # fetching: not loaded in a reader's worker

        services.hide_item(self.object, self.request.user)
        return _("'%(title)s' is verborgen.") % {"title": self.object.title}


class ShowItemView(ConfirmView):
    page_title = _("Bericht weer tonen")
    question = _("Dit bericht komt terug op de pagina 'Uit andere media'.")
    button = _("Ja, weer tonen")
    header_icon = "view"

    def act(self):
        from krant.othermedia import services  # fetching: not loaded in a reader's worker

        services.show_item(self.object, self.request.user)
        return _("'%(title)s' staat weer op de pagina.") % {"title": self.object.title}


class FetchNowView(ConfirmView):
    page_title = _("Feed nu ophalen")
    question = _(
        "De feed wordt bij de volgende ronde van de planner opgehaald, binnen een minuut, ook als hij "
        "na fouten pas later aan de beurt was."
    )
    button = _("Ja, nu ophalen")
    header_icon = "rotate"

    def act(self):
        from krant.othermedia import services  # fetching: not loaded in a reader's worker

        services.fetch_now(self.object)
        return _("'%(name)s' wordt zo snel mogelijk opgehaald.") % {"name": self.object.name}


class FeedIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.active and self.user_has_permission("change"):
            url = with_next(reverse("othermedia_feeds:fetch_now", args=[instance.pk]), self.request)
            buttons.append(MenuItem(_("Nu ophalen"), url, icon_name="rotate"))
        return buttons


class OutletFeedViewSet(ModelViewSet):
    model = OutletFeed
    name = "othermedia_feeds"
    url_prefix = "andere-media/feeds"
    icon = "globe"
    menu_label = _("Feeds")
    index_view_class = FeedIndexView
    form_fields = ["name", "feed_url", "site_url", "active"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "feed_url",
        "site_url",
        "active",
        "last_fetched_at",
        "last_success_at",
        "next_fetch_at",
        "failures",
        "last_error",
    ]
    search_fields = ["name", "feed_url"]
    list_filter = ["active"]
    list_display = [
        "name",
        Column("status", label=_("Status"), accessor=feed_status),
        Column(
            "last_success_at",
            label=_("Laatst gelukt"),
            accessor=lambda feed: nl_datetime(feed.last_success_at),
            sort_key="last_success_at",
        ),
        Column("next_fetch_at", label=_("Volgende keer"), accessor=feed_next_fetch, sort_key="next_fetch_at"),
        Column(
            "last_error",
            label=_("Laatste melding"),
            accessor=lambda feed: Truncator(feed.last_error).chars(ERROR_PREVIEW),
        ),
    ]

    def get_urlpatterns(self):
        fetch_now = FetchNowView.as_view(
            model=OutletFeed,
            permission_policy=self.permission_policy,
            index_url_name=self.get_url_name("index"),
        )
        return [*super().get_urlpatterns(), path("ophalen/<int:pk>/", fetch_now, name="fetch_now")]


class ItemPermissionPolicy(ModelPermissionPolicy):
    """Items come from feeds and go by age: nobody adds or deletes them by hand, 'change' is hiding."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)


class ItemIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        read = MenuItem(
            _("Lezen bij %(outlet)s") % {"outlet": instance.feed.name}, instance.link, "link-external"
        )
        if not self.user_has_permission("change"):
            return [read]
        name = "othermedia_items:show" if instance.hidden else "othermedia_items:hide"
        url = with_next(reverse(name, args=[instance.pk]), self.request)
        if instance.hidden:
            return [MenuItem(_("Tonen"), url, icon_name="view"), read]
        return [MenuItem(_("Verbergen"), url, icon_name="no-view"), read]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("feed", "hidden_by")


class OutletItemViewSet(ModelViewSet):
    model = OutletItem
    name = "othermedia_items"
    url_prefix = "andere-media/berichten"
    icon = "link-external"
    menu_label = _("Berichten")
    index_view_class = ItemIndexView
    form_fields = ["hidden"]  # required by ModelViewSet; there is no form view (see get_urlpatterns)
    copy_view_enabled = False
    ordering = ["-published_at", "-pk"]
    search_fields = ["title"]
    list_filter = ["feed", "hidden"]
    list_display = [
        "title",
        Column("feed", label=_("Medium"), accessor="feed.name"),
        Column(
            "published_at",
            label=_("Gepubliceerd"),
            accessor=lambda item: nl_datetime(item.published_at),
            sort_key="published_at",
        ),
        Column("hidden", label=_("Op de site"), accessor=item_visibility),
    ]

    @property
    def permission_policy(self):
        return ItemPermissionPolicy(self.model)

    def get_common_view_kwargs(self, **kwargs):
        # Only the listing and the hide/show actions exist; no add, edit, copy or delete views.
        return super().get_common_view_kwargs(
            add_url_name=None, edit_url_name=None, delete_url_name=None, **kwargs
        )

    def get_urlpatterns(self):
        view_kwargs = {
            "model": OutletItem,
            "permission_policy": self.permission_policy,
            "index_url_name": self.get_url_name("index"),
        }
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("verbergen/<int:pk>/", HideItemView.as_view(**view_kwargs), name="hide"),
            path("tonen/<int:pk>/", ShowItemView.as_view(**view_kwargs), name="show"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename="change_outletitem")


class OtherMediaGroup(ModelViewSetGroup):
    menu_label = _("Andere media")
    menu_icon = "globe"
    menu_order = 250
    items = (OutletFeedViewSet, OutletItemViewSet)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("othermedia.hide", _("Verborgen"), _("Verborgen op 'Uit andere media'"))
    actions.register_action("othermedia.show", _("Weer getoond"), _("Weer getoond op 'Uit andere media'"))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return OtherMediaGroup()
