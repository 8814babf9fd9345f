"""Imports in the admin and on the site.

- Editing an imported page, the header's 'more' menu links to the original ('Oorspronkelijke bron').
- Reports > Imports lists every import record (read only: only the import commands write them).
- Old WordPress addresses by id (/?p=123, /?page_id=45) answer with the redirect the WordPress import
  made. Wagtail's redirect middleware acts only on a 404, and the front page answers /?p=123 itself.
"""

from urllib.parse import parse_qs

from django.http import HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site
from wagtail.permission_policies.base import ModelPermissionPolicy

from krant.ingest.models import ImportRecord


@hooks.register("register_page_header_buttons")
def source_button(page, user, view_name, next_url=None):
    if view_name != "edit":
        return
    record = ImportRecord.objects.filter(page=page).exclude(source_url="").only("source_url").first()
    if record is not None:
        yield Button(
            _("Oorspronkelijke bron"),
            url=record.source_url,
            icon_name="link-external",
            attrs={"rel": "noreferrer", "target": "_blank"},
            priority=90,
        )


def wordpress_id_query(query: str) -> str:
    """Return '?p=N' or '?page_id=N' for a request's query string that asks WordPress for a post by id."""
    values = parse_qs(query)
    for name in ("p", "page_id"):
        if len(values.get(name, [])) == 1 and values[name][0].isdigit():
            return f"?{name}={values[name][0]}"
    return ""


@hooks.register("before_serve_page")
def redirect_wordpress_ids(page, request, serve_args, serve_kwargs):
    query = wordpress_id_query(request.META.get("QUERY_STRING", "")) if request.GET else ""
    if not query:
        return None
    path = Redirect.normalise_path(request.path + query)
    redirect = Redirect.get_for_site(Site.find_for_request(request)).filter(old_path=path).first()
    if redirect is None or redirect.link is None:
        return None
    return HttpResponsePermanentRedirect(redirect.link)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Import records are written by the import commands; in the admin they can be looked at, nothing more."""

    def user_has_permission(self, user, action):
        return action in {"view", "inspect"} and super().user_has_permission(user, "view")


class ImportRecordIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")


class ImportRecordViewSet(ModelViewSet):
    model = ImportRecord
    icon = "download"
    menu_label = _("Imports")
    menu_hook = "register_reports_menu_item"
    permission_policy = ReadOnlyPolicy(ImportRecord)
    index_view_class = ImportRecordIndexView
    copy_view_enabled = False
    form_fields = ["notes"]  # required by ModelViewSet; the policy lets nobody add or edit
    inspect_view_enabled = True
    list_filter = ["kind"]
    search_fields = ["source_url", "source_name", "source_id", "file_name"]
    search_backend_name = None  # plain database lookups: the records are not in the search index
    list_display = [
        TitleColumn(
            "page",
            label=_("Pagina"),
            accessor="page.draft_title",
            get_url=lambda record: reverse("wagtailadmin_pages:edit", args=[record.page_id]),
        ),
        Column("kind", label=_("Soort"), accessor="get_kind_display"),
        TitleColumn(
            "source_url",
            label=_("Oorspronkelijk adres"),
            get_url=lambda record: record.source_url or None,
            link_attrs={"rel": "noreferrer"},
        ),
        DateColumn("original_published_at", label=_("Oorspronkelijk gepubliceerd")),
        DateColumn("updated_at", label=_("Laatste import")),
    ]
    inspect_view_fields = [
        "kind",
        "page",
        "source_url",
        "source_name",
        "source_id",
        "byline",
        "original_published_at",
        "file_name",
        "notes",
        "created_at",
        "updated_at",
    ]


@hooks.register("register_admin_viewset")
def register_import_records():
    return ImportRecordViewSet("imports")
