from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies.pages import PagePermissionPolicy

from krant.news.admin_views import DeskView, PinView, can_use_desk
from krant.news.models import ArticlePage
from krant.news.services import article_folder
from krant.news.viewsets import article_chooser_viewset, article_listing_viewset


def can_write(user) -> bool:
    return PagePermissionPolicy().user_has_permission(user, "add")


def new_article(request):
    """Open the article form in this year's folder, so editors never have to find it."""
    if not can_write(request.user):
        raise PermissionDenied
    folder = article_folder()
    return redirect(reverse("wagtailadmin_pages:add", args=("news", "articlepage", folder.pk)))


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("nieuw-artikel/", new_article, name="krant_new_article"),
        path("redactiebureau/", DeskView.as_view(), name="krant_desk"),
        path("voorpagina/plaatsen/<int:article_id>/", PinView.as_view(), name="krant_pin"),
    ]


class NewArticleMenuItem(MenuItem):
    def is_shown(self, request):
        return can_write(request.user)


@hooks.register("register_admin_menu_item")
def register_new_article_item():
    return NewArticleMenuItem(
        _("Nieuw artikel"), reverse("krant_new_article"), icon_name="doc-full-inverse", order=150
    )


@hooks.register("register_admin_viewset")
def register_article_viewsets():
    return [article_listing_viewset, article_chooser_viewset]


class DeskMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_desk(request.user)


@hooks.register("register_admin_menu_item")
def register_desk_item():
    return DeskMenuItem(_("Redactiebureau"), reverse("krant_desk"), icon_name="calendar", order=140)


def offers_pin(page, user) -> bool:
    if not (issubclass(page.specific_class or type(page), ArticlePage) and page.live):
        return False
    # Asked once per user and request: the listing asks it for every row.
    if not hasattr(user, "_krant_may_pin"):
        user._krant_may_pin = can_use_desk(user)
    return user._krant_may_pin


@hooks.register("register_page_header_buttons")
def pin_header_button(page, user, view_name, next_url=None):
    if offers_pin(page, user):
        yield Button(
            _("Op de voorpagina zetten"), reverse("krant_pin", args=[page.pk]), icon_name="home", priority=80
        )


@hooks.register("register_page_listing_more_buttons")
def pin_listing_button(page, user, next_url=None):
    if offers_pin(page, user):
        yield Button(
            _("Op de voorpagina zetten"), reverse("krant_pin", args=[page.pk]), icon_name="home", priority=80
        )
