"""The newsroom's content: the front page, sections, dossiers, feature pages and articles."""

import re
from datetime import timedelta

from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index
from wagtail.url_routing import RouteResult

from krant.news.blocks import ArticleBodyBlock

PAGE_SIZE = 20
TOP_STORY_COUNT = 3
HOME_BLOCK_SIZE = 4
DOSSIER_STRIP_SIZE = 3
BLOCK_CACHE_SECONDS = 300
ARTICLE_ID = re.compile(r"[0-9]{1,18}")  # ASCII digits that fit a 64-bit key
DEFAULT_BYLINE = _("Door onze nieuwsredactie")
LISTING_PARENTS = ["news.HomePage", "news.SectionPage"]
MOST_READ_HOURS = 24
MOST_READ_SECTIONS = 12  # sections with a list of their own on Meest gelezen


class Label(models.TextChoices):
    NONE = "", _("(geen)")
    LIVEBLOG = "liveblog", _("Liveblog")
    VIDEO = "video", _("Video")
    ANALYSE = "analyse", _("Analyse")
    COLUMN = "column", _("Column")
    UITGELEGD = "uitgelegd", _("Uitgelegd")
    OPINIE = "opinie", _("Opinie")
    INTERVIEW = "interview", _("Interview")
    ACHTERGROND = "achtergrond", _("Achtergrond")
    REVIEW = "review", _("Recensie")
    FACTCHECK = "factcheck", _("Factcheck")


def paginate(request, queryset, per_page=PAGE_SIZE):
    """Return the requested page of `queryset`; an unknown page number is a 404, not the last page."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        raise Http404(_("Deze pagina bestaat niet.")) from None


def newest_per_group(name: str, groups: list, size: int) -> dict:
    """Return {group pk: newest `size` live articles} for pages that have `.articles()`.

    The article ids are cached until the next publish, so a warm page loads all blocks in one query.
    """
    from krant.core.navigation import version

    key = f"krant:blocks:{name}:{version()}:{','.join(str(group.pk) for group in groups)}"
    ids = cache.get(key)
    if ids is None:
        ids = {group.pk: list(group.articles().values_list("pk", flat=True)[:size]) for group in groups}
        cache.set(key, ids, BLOCK_CACHE_SECONDS)
    articles = published_articles().in_bulk([pk for pks in ids.values() for pk in pks])
    return {group.pk: [articles[pk] for pk in ids[group.pk] if pk in articles] for group in groups}


def top_stories(page, request, size=TOP_STORY_COUNT) -> list:
    """Return the page's curated top stories that are live, or else its newest articles; none past page 1."""
    if request.GET.get("page", "1") != "1":
        return []
    story_ids = [story.article_id for story in page.top_stories.all()]
    if not story_ids:
        return list(page.articles()[:size])
    curated = published_articles().in_bulk(story_ids)
    return [curated[pk] for pk in story_ids if pk in curated][:size]


def published_articles():
    """Return the live, public articles, newest first, ready for a listing."""
    return (
        ArticlePage.objects.live()
        .public()
        .defer_streamfields()
        .select_related("home_section", "lead_image")
        .order_by("-first_published_at", "-pk")
    )


class HomePage(Page):
    """The front page (Voorpagina): an editor-curated top, then the latest news per section."""

    lead_story = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("openingsverhaal"),
        help_text=_("Leeg: het nieuwste artikel opent de voorpagina."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead_story"),
        InlinePanel("top_stories", label=_("topverhaal"), heading=_("Topverhalen")),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.SectionPage",
        "news.DossierPage",
        "news.DossierIndexPage",
        "news.FeaturePage",
        "othermedia.OtherMediaPage",
        "news.LatestPage",
        "news.MostReadPage",
        "news.ArticleArchivePage",
        "authors.AuthorIndexPage",
        "core.StaticPage",
        "core.ConsentPage",
        "core.FormPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("voorpagina")

    def get_context(self, request, *args, **kwargs):
        from krant.news import readership  # imports this module

        context = super().get_context(request, *args, **kwargs)
        latest = list(published_articles()[:PAGE_SIZE])
        story_ids = [story.article_id for story in self.top_stories.all()]
        curated = published_articles().in_bulk([self.lead_story_id, *story_ids])
        context["latest"] = latest
        context["lead"] = curated.get(self.lead_story_id) or (latest[0] if latest else None)
        context["top_stories"] = [curated[pk] for pk in story_ids if pk in curated]
        context["most_read"] = readership.most_read(MOST_READ_HOURS, limit=5)
        sections = list(SectionPage.objects.live().public().in_menu().child_of(self))
        dossiers = list(DossierPage.objects.live().public().descendant_of(self).filter(is_active=True))
        by_section = newest_per_group("home-sections", sections, HOME_BLOCK_SIZE)
        by_dossier = newest_per_group("home-dossiers", dossiers, DOSSIER_STRIP_SIZE)
        context["section_blocks"] = [(s, by_section[s.pk]) for s in sections if by_section[s.pk]]
        context["dossier_strips"] = [(d, by_dossier[d.pk]) for d in dossiers if by_dossier[d.pk]]
        return context


class TopStory(Orderable):
    """An article an editor puts at the top of a page, in the order given."""

    article = models.ForeignKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("artikel")
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("topverhaal")
        verbose_name_plural = _("topverhalen")


class HomeTopStory(TopStory):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="top_stories")


class SectionTopStory(TopStory):
    page = ParentalKey("news.SectionPage", on_delete=models.CASCADE, related_name="top_stories")


class DossierTopStory(TopStory):
    page = ParentalKey("news.DossierPage", on_delete=models.CASCADE, related_name="top_stories")


class SectionPage(Page):
    """A news section (Binnenland, Sport, Klimaat ...); its articles are listed newest first."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "top_stories",
            label=_("topverhaal"),
            heading=_("Topverhalen"),
            help_text=_("Leeg: de nieuwste artikelen staan bovenaan."),
            max_num=TOP_STORY_COUNT,
        ),
    ]
    parent_page_types = LISTING_PARENTS
    subpage_types = [
        "news.SectionPage",
        "news.DossierPage",
        "news.FeaturePage",
        "othermedia.OtherMediaPage",
        "news.LatestPage",
        "news.MostReadPage",
        "core.StaticPage",
        "core.ConsentPage",
        "core.FormPage",
    ]
    show_in_menus_default = True

    class Meta:
        verbose_name = _("rubriek")

    def route(self, request, path_components):
        # Articles live in year folders but are read at <section>/<id>/<slug>/; find them by id here.
        if path_components and ARTICLE_ID.fullmatch(path_components[0]) and len(path_components) <= 2:
            article = ArticlePage.objects.filter(pk=int(path_components[0])).first()
            if article is None or not (article.live or article.was_withdrawn):
                raise Http404  # unknown, or a draft or embargoed article nobody may know about yet
            if not article.live:
                return RouteResult(self, kwargs={"gone": True})
            return RouteResult(article)
        return super().route(request, path_components)

    def serve(self, request, *args, gone=False, **kwargs):
        if gone:
            return TemplateResponse(request, "410.html", {"page": None}, status=410)
        return super().serve(request, *args, **kwargs)

    def articles(self):
        """Return the live articles of this section and its subsections."""
        section_ids = SectionPage.objects.descendant_of(self, inclusive=True).values("pk")
        return published_articles().filter(
            Q(home_section__in=section_ids)
            | Q(
                pk__in=ArticlePage.sections.through.objects.filter(sectionpage_id__in=section_ids).values(
                    "articlepage_id"
                )
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, self.articles())
        context["top_stories"] = top_stories(self, request)
        context["subsections"] = self.get_children().live().in_menu().specific()
        return context


class DossierIndexPage(Page):
    """All dossiers, the ongoing topics the newsroom follows."""

    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.DossierPage"]

    class Meta:
        verbose_name = _("dossieroverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dossiers"] = DossierPage.objects.live().public().child_of(self)
        return context


class DossierPage(Page):
    """A topic such as a war or an election, spanning sections; articles join it by choice."""

    intro = models.TextField(_("intro"), blank=True)
    lead_image = models.ForeignKey(
        "core.KrantImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_active = models.BooleanField(
        _("actueel"),
        default=True,
        help_text=_("Actuele dossiers krijgen een strook op de voorpagina."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("lead_image"),
        FieldPanel("is_active"),
        InlinePanel(
            "top_stories",
            label=_("topverhaal"),
            heading=_("Topverhalen"),
            help_text=_("Leeg: de nieuwste artikelen staan bovenaan."),
            max_num=TOP_STORY_COUNT,
        ),
    ]
    parent_page_types = ["news.HomePage", "news.SectionPage", "news.DossierIndexPage"]
    subpage_types = []
    show_in_menus_default = True

    class Meta:
        verbose_name = _("dossier")

    def articles(self):
        return published_articles().filter(dossiers=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, self.articles())
        context["top_stories"] = top_stories(self, request)
        return context


class Feature(models.TextChoices):
    OTHER_MEDIA = "uit-andere-media", _("Uit andere media")
    VIDEO = "video", _("Video")
    PODCAST = "podcast", _("Podcast")
    WEATHER = "weer", _("Weer")
    SCOREBOARD = "scorebord", _("Scorebord")
    SPORT_GAMES = "sportspellen", _("Sportspellen")
    GP_GAME = "gp-spel", _("GP-spel")
    TV_GUIDE = "tv-gids", _("Tv-gids")
    COMMUNITY = "community", _("Community")
    WORD = "het-woord", _("Het Woord")
    FACTCHECK = "factcheck", _("Factcheck")
    GAMES = "spellen", _("Spellen")
    SHOP = "shop", _("Shop")


class FeaturePage(Page):
    """A product of its own (weather, scoreboard, games ...) rather than a news section."""

    feature = models.CharField(_("onderdeel"), max_length=32, choices=Feature.choices)
    intro = models.TextField(_("intro"), blank=True)
    available = models.BooleanField(
        _("beschikbaar"),
        default=False,
        help_text=_("Uit: de pagina meldt dat dit onderdeel binnenkort komt."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("feature"),
        FieldPanel("intro"),
        FieldPanel("available"),
    ]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    show_in_menus_default = True

    class Meta:
        verbose_name = _("onderdeel")


class LatestPage(Page):
    """Net binnen: every published article, newest first."""

    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("net binnen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, published_articles())
        return context


class MostReadPage(Page):
    """Meest gelezen: the most read articles of the last day."""

    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("meest gelezen")

    def get_context(self, request, *args, **kwargs):
        from krant.news import readership  # imports this module

        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request) or self.get_site()  # found while routing: no query
        sections = SectionPage.objects.child_of(site.root_page).live().public().in_menu()
        by_section = readership.most_read_by_section(list(sections[:MOST_READ_SECTIONS]), MOST_READ_HOURS)
        context["most_read"] = readership.most_read(MOST_READ_HOURS, limit=PAGE_SIZE)
        context["by_section"] = [(section, articles) for section, articles in by_section if articles]
        return context


class ArticleArchivePage(Page):
    """Where articles are stored, in year folders; readers never see it (articles have their own URLs)."""

    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticleYearPage"]
    max_count = 1

    class Meta:
        verbose_name = _("artikelarchief")

    def serve(self, request, *args, **kwargs):
        raise Http404


class ArticleYearPage(Page):
    """One year of articles: keeps each folder far below the page tree's limit on children."""

    parent_page_types = ["news.ArticleArchivePage"]
    subpage_types = ["news.ArticlePage"]

    class Meta:
        verbose_name = _("jaarmap")

    def serve(self, request, *args, **kwargs):
        raise Http404


class ArticlePage(Page):
    """A news article, read at /<section>/<id>/<slug>/."""

    label = models.CharField(_("label"), max_length=20, choices=Label.choices, blank=True)
    intro = models.TextField(_("intro"), help_text=_("Eén of twee zinnen die het nieuws samenvatten."))
    lead_image = models.ForeignKey(
        "core.KrantImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hoofdbeeld"),
    )
    lead_image_caption = models.CharField(_("onderschrift hoofdbeeld"), max_length=255, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("tekst"), blank=True)
    home_section = models.ForeignKey(
        SectionPage,
        on_delete=models.PROTECT,
        related_name="home_articles",
        verbose_name=_("rubriek"),
        help_text=_("Bepaalt het adres van het artikel."),
    )
    sections = ParentalManyToManyField(
        SectionPage, blank=True, related_name="extra_articles", verbose_name=_("ook in rubrieken")
    )
    dossiers = ParentalManyToManyField(
        DossierPage, blank=True, related_name="articles_in_dossier", verbose_name=_("dossiers")
    )
    source_credit = models.CharField(
        _("bron"),
        max_length=120,
        blank=True,
        help_text=_("Persbureau of medium, bijvoorbeeld 'ANP'."),
    )
    updated_at = models.DateTimeField(
        _("bijgewerkt op"),
        null=True,
        blank=True,
        help_text=_("Alleen invullen bij een inhoudelijke update; lezers zien 'Bijgewerkt'."),
    )
    update_note = models.CharField(_("toelichting bij update"), max_length=255, blank=True)
    comments_enabled = models.BooleanField(_("reacties open"), default=True)
    comments_close_after_hours = models.PositiveIntegerField(
        _("reacties sluiten na (uur)"),
        default=72,
        help_text=_("0: de reacties sluiten niet vanzelf."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("label"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption")], heading=_("Hoofdbeeld")
        ),
        FieldPanel("body"),
        InlinePanel("author_links", label=_("auteur"), heading=_("Auteurs (byline)")),
        FieldPanel("source_credit"),
        MultiFieldPanel(
            [FieldPanel("home_section"), FieldPanel("sections"), FieldPanel("dossiers")],
            heading=_("Rubrieken en dossiers"),
        ),
        MultiFieldPanel([FieldPanel("updated_at"), FieldPanel("update_note")], heading=_("Update")),
        InlinePanel("corrections", label=_("correctie"), heading=_("Correcties")),
        InlinePanel("related_links", label=_("gerelateerd artikel"), heading=_("Gerelateerd")),
        FieldRowPanel(
            [FieldPanel("comments_enabled"), FieldPanel("comments_close_after_hours")],
            heading=_("Reacties"),
        ),
        # On the form itself rather than behind Wagtail's status icon, where editors did not find it.
        MultiFieldPanel(
            [
                FieldPanel(
                    "go_live_at",
                    heading=_("Publiceren vanaf (embargo)"),
                    help_text=_(
                        "Leeg: het artikel verschijnt zodra het gepubliceerd wordt. Tijden zijn "
                        "Amsterdamse tijd (Europe/Amsterdam)."
                    ),
                ),
                FieldPanel(
                    "expire_at",
                    heading=_("Offline halen op"),
                    help_text=_(
                        "Leeg: het artikel blijft online. Tijden zijn Amsterdamse tijd (Europe/Amsterdam)."
                    ),
                ),
            ],
            heading=_("Publicatie plannen"),
        ),
    ]
    # Wagtail's scheduling dialog would put a second copy of the two fields above in the form.
    settings_panels = [
        panel
        for panel in Page.settings_panels
        if getattr(panel, "path", "") != "wagtail.admin.panels.PublishingPanel"
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("home_section"),
        index.FilterField("first_published_at"),
    ]
    parent_page_types = ["news.ArticleYearPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")

    def get_url_parts(self, request=None):
        section_parts = self.home_section.get_url_parts(request)
        if section_parts is None:
            return None
        site_id, root_url, section_path = section_parts
        return site_id, root_url, f"{section_path}{self.pk}/{self.slug}/"

    def serve(self, request, *args, **kwargs):
        canonical = self.get_url_parts(request)[2]
        if not getattr(request, "is_preview", False) and request.path != canonical:
            return HttpResponsePermanentRedirect(canonical)
        return super().serve(request, *args, **kwargs)

    @property
    def was_withdrawn(self) -> bool:
        """Return whether readers could read this article once and no longer can."""
        return not self.live and self.first_published_at is not None

    @property
    def published_at(self):
        return self.first_published_at or self.go_live_at

    @cached_property
    def authors(self):
        return [link.author for link in self.author_links.select_related("author")]

    def comments_open(self, at=None):
        """Return whether readers may still comment at `at` (default: now)."""
        if not self.comments_enabled:
            return False
        if not self.comments_close_after_hours or not self.published_at:
            return True
        closes = self.published_at + timedelta(hours=self.comments_close_after_hours)
        return (at or timezone.now()) < closes

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = [
            link.related
            for link in self.related_links.select_related("related__home_section")
            if link.related.live
        ]
        return context


class ArticleAuthor(Orderable):
    article = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="author_links", verbose_name=_("artikel")
    )
    author = models.ForeignKey(
        "authors.AuthorPage", on_delete=models.CASCADE, related_name="article_links", verbose_name=_("auteur")
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("auteur van een artikel")
        verbose_name_plural = _("auteurs van een artikel")


class ArticleCorrection(Orderable):
    """A public note of what was corrected in an article, when and why."""

    article = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="corrections", verbose_name=_("artikel")
    )
    corrected_at = models.DateTimeField(_("gecorrigeerd op"), default=timezone.now)
    note = models.TextField(_("wat en waarom"))

    panels = [FieldPanel("corrected_at"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("correctie")


class RelatedArticle(Orderable):
    article = ParentalKey(
        ArticlePage, on_delete=models.CASCADE, related_name="related_links", verbose_name=_("artikel")
    )
    related = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="+", verbose_name=_("gerelateerd artikel")
    )

    panels = [FieldPanel("related")]

    class Meta(Orderable.Meta):
        verbose_name = _("gerelateerd artikel")
        verbose_name_plural = _("gerelateerde artikelen")


class ArticleViewCount(models.Model):
    """How often an article was read in one hour (UTC); written in batches by `news.readership`."""

    article = models.ForeignKey(
        ArticlePage, on_delete=models.CASCADE, related_name="view_counts", verbose_name=_("artikel")
    )
    hour = models.DateTimeField(_("uur"), help_text=_("Het begin van het uur, in UTC."))
    count = models.PositiveIntegerField(_("aantal keer gelezen"), default=0)

    class Meta:
        verbose_name = _("leestelling")
        verbose_name_plural = _("leestellingen")
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="news_articleviewcount_article_hour")
        ]
        indexes = [models.Index(fields=["hour"], name="news_articleviewcount_hour")]

    def __str__(self):
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}:00 UTC: {self.count}"
