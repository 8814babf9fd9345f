from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from krant.liveblogs import admin_views
from krant.liveblogs.models import LiveBlogPage
from krant.news.services import article_folder
from krant.news.wagtail_hooks import NewArticleMenuItem, can_write

app_name = "liveblogs_admin"
urlpatterns = [
    path("<int:page_id>/", admin_views.WorkplaceView.as_view(), name="index"),
    path("<int:page_id>/updates/<int:update_id>/", admin_views.UpdateView.as_view(), name="update"),
    path("<int:page_id>/status/", admin_views.StateView.as_view(), name="state"),
    path("<int:page_id>/updates/<int:update_id>/push/", admin_views.PushUpdateView.as_view(), name="push"),
]


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("liveblogs/", include((urlpatterns, app_name), namespace=app_name)),
        path("nieuw-liveblog/", new_liveblog, name="krant_new_liveblog"),
    ]


@hooks.register("register_admin_menu_item")
def register_new_liveblog_item():
    return NewArticleMenuItem(_("Nieuw liveblog"), reverse("krant_new_liveblog"), icon_name="time", order=155)


def workplace_button(page, user, priority):
    """'Liveblog bijwerken' for who may post to this liveblog."""
    liveblog = page.specific_deferred
    if isinstance(liveblog, LiveBlogPage) and liveblog.may_post(user):
        yield Button(
            _("Liveblog bijwerken"), admin_views.workplace_url(page.pk), icon_name="time", priority=priority
        )


@hooks.register("register_page_listing_more_buttons")
def listing_button(page, user, next_url=None):
    yield from workplace_button(page, user, priority=3)


@hooks.register("register_page_header_buttons")
def header_button(page, user, view_name, next_url=None):
    yield from workplace_button(page, user, priority=15)


def new_liveblog(request):
    """Open the liveblog form in this year's folder, as 'Nieuw artikel' does for articles."""
    if not can_write(request.user):
        raise PermissionDenied
    return redirect(
        reverse("wagtailadmin_pages:add", args=("liveblogs", "liveblogpage", article_folder().pk))
    )
