"""'Nieuwe factcheck' in the admin menu: the fact-check form in this year's folder, as 'Nieuw artikel'."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from krant.news.services import article_folder
from krant.news.wagtail_hooks import NewArticleMenuItem, can_write


def new_fact_check(request):
    """Open the fact-check form in this year's folder, so editors never have to find it."""
    if not can_write(request.user):
        raise PermissionDenied
    return redirect(
        reverse("wagtailadmin_pages:add", args=("factcheck", "factcheckpage", article_folder().pk))
    )


@hooks.register("register_admin_urls")
def register_urls():
    return [path("nieuwe-factcheck/", new_fact_check, name="krant_new_fact_check")]


@hooks.register("register_admin_menu_item")
def register_new_fact_check_item():
    return NewArticleMenuItem(
        _("Nieuwe factcheck"), reverse("krant_new_fact_check"), icon_name="tick-inverse", order=156
    )
