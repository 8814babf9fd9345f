from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

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
    return [path("nieuw-artikel/", new_article, name="krant_new_article")]


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
