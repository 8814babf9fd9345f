"""Articles: where they are stored, the rules for what readers may see of them, their bylines and reads."""

from datetime import timedelta

from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import ExpressionWrapper, F, Q, Value
from django.db.models.functions import Cast, Coalesce
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from krant.community.models import Moderation
from krant.community.threads import COMMENTS_PATH
from krant.community.views import thread_page
from krant.core.pagecache import add_keys
from krant.core.routing import CachedRestrictions, PublicQuerySet
from krant.core.versions import version
from krant.news.blocks import ArticleBodyBlock
from krant.news.forms import ArticlePageForm
from krant.news.widgets import PageMultipleChooser

RELATED_COUNT = 4  # 'Lees ook' under an article
RELATED_CACHE_SECONDS = 300  # at most, so an article past its expiry leaves 'Lees ook' without a publish
DEFAULT_BYLINE = _("Door onze nieuwsredactie")


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
    # Paid content: labelled on the page and in listings, rel="sponsored" on its links, not in Google News.
    ADVERTORIAL = "advertorial", _("Advertorial")
    PARTNERCONTENT = "partnercontent", _("Partnercontent")


SPONSORED_LABELS = (Label.ADVERTORIAL, Label.PARTNERCONTENT)


def published_articles():
    """Return the published articles, newest first, ready for a listing."""
    return ArticlePage.objects.published().for_listing()


def teaser_articles(ids: list[int]) -> dict:
    """Return {id: article} of the published articles with these ids, with their images' renditions: two
    queries for a whole listing, instead of a rendition lookup per teaser.

    All renditions, not only the teaser's: Wagtail takes prefetched renditions as all there are, and would
    make a new file for any other size asked of the same image (the front page's lead story).
    """
    return published_articles().prefetch_related("lead_image__renditions").in_bulk(ids)


def load_articles(ids: list[int]) -> list:
    """Return the published articles with these ids, in this order, in one query."""
    if not ids:
        return []
    articles = published_articles().in_bulk(ids)
    return [articles[pk] for pk in ids if pk in articles]


class ArticleStub:
    """An article in a listing by what its teaser's fragment key needs: its id and last publish.

    The article itself is loaded only when a teaser has to be rendered, together with every other
    article of the same listing, in one query (`article_stubs`); any other attribute is the article's.
    """

    __slots__ = ("_articles", "last_published_at", "pk")

    def __init__(self, pk: int, last_published_at, articles):
        self.pk, self.last_published_at, self._articles = pk, last_published_at, articles

    @property
    def article(self):
        """Return the article, or None when it left the published ones since the listing was read."""
        return self._articles.get(self.pk)

    def __getattr__(self, name):
        article = None if name.startswith("_") else self.article
        if article is None:
            raise AttributeError(name)
        return getattr(article, name)


def article_stubs(articles) -> list[ArticleStub]:
    """Return stubs for `articles` (a queryset of ArticlePage, in its order) from one narrow query."""
    return stubs_of(stub_rows(articles))


def stub_rows(articles):
    """Return the narrow rows (id, last publish) stubs are made of: a queryset in `articles`' order."""
    return articles.values_list("pk", "last_published_at")


def stubs_of(rows) -> list[ArticleStub]:
    """Return stubs for `rows` from `stub_rows`; their articles are loaded together, when first needed."""
    rows = list(rows)
    loaded = SimpleLazyObject(lambda: teaser_articles([pk for pk, _published in rows]))
    return [ArticleStub(pk, published, loaded) for pk, published in rows]


class ArticleQuerySet(PublicQuerySet):
    """The one set of rules for what readers may see of an article; pages, API, feeds and search call it.

    Every rule takes the time of reading (default: now). The scheduler unpublishes expired articles and
    publishes embargoed ones, but it may be stopped or late: what readers see is decided when they read.
    """

    def visible(self, at=None):
        """Return the live articles past their go-live time and not past their expiry.

        View restrictions are left to Wagtail, which asks for a login or password when serving; listings
        use `published`, which leaves restricted articles out.
        """
        at = at or timezone.now()
        return self.live().filter(
            Q(go_live_at__isnull=True) | Q(go_live_at__lte=at),
            Q(expire_at__isnull=True) | Q(expire_at__gt=at),
        )

    def published(self, at=None):
        """Return the articles every reader may see and every listing may show."""
        return self.visible(at).public()

    def expired(self, at=None):
        """Return the articles once published whose expiry has passed, unpublished by the scheduler or not."""
        at = at or timezone.now()
        return self.filter(first_published_at__isnull=False).filter(Q(expired=True) | Q(expire_at__lte=at))

    def withdrawn(self, at=None):
        """Return the articles readers could read once and no longer can: taken offline or expired."""
        at = at or timezone.now()
        return self.filter(first_published_at__isnull=False).filter(
            Q(live=False) | Q(expired=True) | Q(expire_at__lte=at)
        )

    def open_for_comments(self, at=None):
        """Return the articles readers may comment on at `at`, as ArticlePage.comments_open decides."""
        at = at or timezone.now()
        # SQLite multiplies a duration only by a plain integer field, hence the cast.
        hours = Cast("comments_close_after_hours", models.IntegerField())
        open_for = ExpressionWrapper(hours * Value(timedelta(hours=1)), output_field=models.DurationField())
        closes = Coalesce("first_published_at", "go_live_at") + open_for
        return (
            self.filter(comments_enabled=True)
            .alias(comments_close_at=closes)
            .filter(
                Q(comments_close_after_hours=0)
                | Q(first_published_at__isnull=True, go_live_at__isnull=True)
                | Q(comments_close_at__gt=at)
            )
        )

    def editorial(self):
        """Return the articles the newsroom wrote, without advertorials and partner content."""
        return self.exclude(label__in=SPONSORED_LABELS)

    def for_listing(self):
        """Return these articles newest first, without their bodies, with what a teaser shows."""
        listing = self.defer_streamfields().select_related("home_section", "lead_image")
        if self.model is ArticlePage:
            # A fact check's verdict is on its teaser (krant.factcheck): read with the row, by a join on
            # the child table's key, never a query per teaser. A FactCheckPage has it as `verdict`.
            listing = listing.annotate(fact_check_verdict=F("factcheckpage__verdict"))
        # Both keys on the page table, so one index (migration 0006) gives the order without a sort.
        return listing.order_by("-first_published_at", "-id")


ArticleManager = PageManager.from_queryset(ArticleQuerySet)


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
    subpage_types = ["news.ArticlePage", "liveblogs.LiveBlogPage", "factcheck.FactCheckPage"]

    class Meta:
        verbose_name = _("jaarmap")

    def serve(self, request, *args, **kwargs):
        raise Http404


class ArticlePage(CachedRestrictions, Page):
    """A news article, read at /<section>/<id>/<slug>/."""

    label = models.CharField(
        _("label"),
        max_length=20,
        choices=Label.choices,
        blank=True,
        help_text=_(
            "Advertorial of Partnercontent: betaalde inhoud. Lezers zien het label op de pagina en in "
            'overzichten, links krijgen rel="sponsored" en het artikel staat niet in Google Nieuws.'
        ),
    )
    sensitive = models.BooleanField(
        _("gevoelig onderwerp"),
        default=False,
        help_text=_("Geen advertenties bij dit artikel: bij rampen, overlijden, misdrijven en dergelijke."),
    )
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
    lead_video = models.ForeignKey(
        "video.Video",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hoofdvideo"),
        help_text=_(
            "Opent het artikel in plaats van het hoofdbeeld, zodra de video klaar en gepubliceerd is."
        ),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("tekst"), blank=True)
    home_section = models.ForeignKey(
        "news.SectionPage",
        on_delete=models.PROTECT,
        related_name="home_articles",
        verbose_name=_("rubriek"),
        help_text=_("Bepaalt het adres van het artikel."),
    )
    sections = ParentalManyToManyField(
        "news.SectionPage", blank=True, related_name="extra_articles", verbose_name=_("ook in rubrieken")
    )
    dossiers = ParentalManyToManyField(
        "news.DossierPage", blank=True, related_name="articles_in_dossier", verbose_name=_("dossiers")
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
    comments_enabled = models.BooleanField(
        _("reacties open"), default=True, help_text=_("Uit: de discussie is gesloten en blijft leesbaar.")
    )
    comments_close_after_hours = models.PositiveIntegerField(
        _("reacties sluiten na (uur)"),
        default=24,
        help_text=_("0: de reacties sluiten niet vanzelf."),
    )
    comments_moderation = models.CharField(
        _("moderatie"),
        max_length=4,
        blank=True,
        choices=[("", _("Zoals ingesteld voor de site")), *Moderation.choices],
    )
    comments_questions = models.BooleanField(
        _("vragen aan de redactie"), default=True, help_text=_("Leden kunnen een reactie als vraag stellen.")
    )
    comments_info = models.TextField(
        _("infobox boven de reacties"),
        blank=True,
        help_text=_("Bijvoorbeeld waarom de discussie vooraf gemodereerd wordt."),
    )
    comments_max_length = models.PositiveIntegerField(
        _("maximale lengte (tekens)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(100), MaxValueValidator(10000)],
        help_text=_("Leeg: de lengte die voor de site geldt."),
    )
    # What a comment write reads of its article (krant.community.comments and checks): its state, when it
    # appeared, where it is (for its site's rules), and the settings above.
    COMMENT_RULE_FIELDS = (
        "live",
        "first_published_at",
        "go_live_at",
        "expire_at",
        "path",
        "depth",
        "url_path",
        "locale_id",
        "content_type_id",
        "comments_enabled",
        "comments_close_after_hours",
        "comments_moderation",
        "comments_questions",
        "comments_max_length",
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("label"), FieldPanel("sensitive")]),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_caption"), FieldPanel("lead_video")],
            heading=_("Hoofdbeeld"),
        ),
        FieldPanel("body"),
        InlinePanel("author_links", label=_("auteur"), heading=_("Auteurs (byline)")),
        FieldPanel("source_credit"),
        MultiFieldPanel(
            [
                FieldPanel("home_section"),
                FieldPanel("sections", widget=PageMultipleChooser("news.SectionPage", _("Kies rubrieken"))),
                FieldPanel("dossiers", widget=PageMultipleChooser("news.DossierPage", _("Kies dossiers"))),
            ],
            heading=_("Rubrieken en dossiers"),
        ),
        MultiFieldPanel(
            [FieldPanel("mark_updated"), FieldPanel("updated_at"), FieldPanel("update_note")],
            heading=_("Update"),
        ),
        InlinePanel("corrections", label=_("correctie"), heading=_("Correcties")),
        InlinePanel("related_links", label=_("gerelateerd artikel"), heading=_("Gerelateerd")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("comments_enabled"), FieldPanel("comments_close_after_hours")]),
                FieldRowPanel([FieldPanel("comments_moderation"), FieldPanel("comments_max_length")]),
                FieldPanel("comments_questions"),
                FieldPanel("comments_info"),
            ],
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
    base_form_class = ArticlePageForm
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
        # The publication rules of ArticleQuerySet.published, so search can apply them.
        index.FilterField("go_live_at"),
        index.FilterField("expire_at"),
    ]
    parent_page_types = ["news.ArticleYearPage"]
    subpage_types = []

    objects = ArticleManager()

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")

    def get_url_parts(self, request=None):
        section_parts = self.home_section.get_url_parts(request)
        if section_parts is None:
            return None
        site_id, root_url, section_path = section_parts
        return site_id, root_url, f"{section_path}{self.pk}/{self.slug}/"

    def serve(self, request, *args, comments_page=False, **kwargs):
        canonical = self.get_url_parts(request)[2]
        if comments_page:
            canonical += COMMENTS_PATH
        add_keys(request, f"article:{self.pk}")
        if not getattr(request, "is_preview", False) and request.path != canonical:
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(
                f"{canonical}?{query}" if comments_page and query else canonical
            )
        if comments_page:
            return thread_page(request, self)
        return super().serve(request, *args, **kwargs)

    @property
    def sponsored(self) -> bool:
        """Whether this is paid content (an advertorial or partner content)."""
        return self.label in SPONSORED_LABELS

    @property
    def published_at(self):
        return self.first_published_at or self.go_live_at

    @cached_property
    def authors(self):
        return [link.author for link in self.author_links.select_related("author")]

    def comments_closing_time(self):
        """Return when comments close, or None if they never close by themselves (or are not enabled)."""
        if not self.comments_enabled or not self.comments_close_after_hours or not self.published_at:
            return None
        return self.published_at + timedelta(hours=self.comments_close_after_hours)

    def comments_open(self, at=None):
        """Return whether readers may still comment at `at` (default: now), as `open_for_comments` decides."""
        closes = self.comments_closing_time()
        return self.comments_enabled and (closes is None or (at or timezone.now()) < closes)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.lead_video_id:
            add_keys(request, f"video:{self.lead_video_id}")
            video = self.lead_video
            context["lead_video"] = video if video.live and video.is_ready else None
        # By id, for the fragment's key; the articles are loaded only when the fragment is rendered.
        key = f"krant:related:{self.pk}:{version()}"
        related_ids = cache.get(key)
        if related_ids is None:
            related = self.related_articles()
            related_ids = [article.pk for article in related]
            cache.set(key, related_ids, RELATED_CACHE_SECONDS)
        else:
            related = SimpleLazyObject(lambda: load_articles(related_ids))
        context["related_ids"] = related_ids
        context["related"] = related
        # Its section's and its authors' names are in the page too (`authors`: an author's publish).
        add_keys(request, f"page:{self.home_section_id}", "authors", *(f"article:{pk}" for pk in related_ids))
        return context

    def related_articles(self, size=RELATED_COUNT) -> list:
        """Return 'Lees ook': the editor's choice if any is published, else the newest of the same dossiers
        or home section; never the article itself, in two queries at most."""
        chosen = list(self.related_links.order_by("sort_order").values_list("related_id", flat=True))
        if chosen:
            published = published_articles().in_bulk(chosen)
            picks = [published[pk] for pk in dict.fromkeys(chosen) if pk in published and pk != self.pk]
            if picks:
                return picks[:size]
        in_dossiers = ArticlePage.dossiers.through.objects.filter(
            dossierpage_id__in=ArticlePage.dossiers.through.objects.filter(articlepage_id=self.pk).values(
                "dossierpage_id"
            )
        ).values("articlepage_id")
        nearby = Q(pk__in=in_dossiers) | Q(home_section_id=self.home_section_id)
        return list(published_articles().filter(nearby).exclude(pk=self.pk)[:size])


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
