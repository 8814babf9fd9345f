"""The people behind the byline."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from krant.core.pagecache import add_keys, keys_for_articles
from krant.core.routing import CachedRestrictions, CachedRoute
from krant.news.models import ArticleAuthor, paginate_articles, published_articles


class AuthorIndexPage(CachedRoute, CachedRestrictions, Page):
    """The newsroom's people (Redactie), listing every author."""

    parent_page_types = ["news.HomePage"]
    subpage_types = ["authors.AuthorPage"]
    max_count = 1

    class Meta:
        verbose_name = _("auteursoverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        authors = AuthorPage.objects.live().public().child_of(self).order_by("title")
        # The photos' renditions come with them: one query for all, not one per author.
        context["authors"] = authors.select_related("photo").prefetch_related("photo__renditions")
        add_keys(request, "authors")
        return context


class AuthorPage(CachedRestrictions, Page):
    """An author: name (the title), role, photo, short bio, and their articles."""

    role = models.CharField(_("functie"), max_length=120, blank=True)
    photo = models.ForeignKey(
        "core.KrantImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("foto"),
    )
    bio = models.TextField(_("korte bio"), blank=True, max_length=600)

    content_panels = Page.content_panels + [
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = Page.search_fields + [index.SearchField("bio")]
    parent_page_types = ["authors.AuthorIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")

    def articles(self):
        """Return this author's published articles, newest first.

        A subquery, not a join: an author named twice in one byline must not list the article twice.
        """
        bylines = ArticleAuthor.objects.filter(author=self).values("article_id")
        return published_articles().filter(pk__in=bylines)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        add_keys(request, f"author:{self.pk}")  # before paginate: its 404 ends when the list grows
        context["articles"] = paginate_articles(request, self.articles())
        add_keys(request, *keys_for_articles(context["articles"]))
        return context
