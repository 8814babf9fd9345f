"""How the newsroom finds articles in the admin: a listing and a chooser, newest first, with the section."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from krant.news.models import ArticlePage, SectionPage

# Newest first; the search backends can sort on both (ArticlePage.search_fields, Page's "id").
NEWEST_FIRST = ("-first_published_at", "-id")


def section_column(sort_key=None) -> Column:
    return Column("home_section", label=_("Rubriek"), accessor="home_section", sort_key=sort_key)


class ArticleFilterSet(PageFilterSet):
    home_section = django_filters.ModelChoiceFilter(
        label=_("Rubriek"), queryset=SectionPage.objects.order_by("title"), empty_label=_("Alle rubrieken")
    )

    class Meta(PageFilterSet.Meta):
        model = ArticlePage


class ArticleIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("home_section")


class ArticleListingViewSet(PageListingViewSet):
    """Every article in one flat list (they live in year folders), filterable by section."""

    model = ArticlePage
    icon = "doc-full"
    menu_label = _("Artikelen")
    menu_order = 160
    add_to_admin_menu = True
    index_view_class = ArticleIndexView
    columns = [*IndexView.base_columns, section_column(sort_key="home_section__title")]
    filterset_class = ArticleFilterSet


class ArticleChooserMixin:
    ordering = NEWEST_FIRST

    def get_object_list(self):
        return ArticlePage.objects.select_related("home_section")

    @property
    def columns(self):
        return [
            self.title_column,
            section_column(),
            DateColumn("first_published_at", label=_("Gepubliceerd")),
        ]


class ArticleChooseView(ArticleChooserMixin, ChooseView):
    pass


class ArticleChooseResultsView(ArticleChooserMixin, ChooseResultsView):
    pass


class ArticleChooserViewSet(ChooserViewSet):
    """The chooser for every link to an article (top stories, related articles): newest first."""

    model = ArticlePage
    icon = "doc-full"
    choose_one_text = _("Kies een artikel")
    choose_another_text = _("Kies een ander artikel")
    edit_item_text = _("Artikel bewerken")
    edit_item_url_name = "wagtailadmin_pages:edit"
    choose_view_class = ArticleChooseView
    choose_results_view_class = ArticleChooseResultsView
    per_page = 20


article_listing_viewset = ArticleListingViewSet("artikelen")
article_chooser_viewset = ArticleChooserViewSet("artikelkiezer")
