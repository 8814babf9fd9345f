"""The pages that list articles: front page, sections, dossiers, features, Net binnen, Meest gelezen."""

import re

from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connections, models
from django.db.models import Exists, F, OuterRef, Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page, Site
from wagtail.url_routing import RouteResult

from krant.community.threads import COMMENTS_PATH
from krant.core.pagecache import add_keys, keys_for_articles
from krant.core.pagination import MAX_PAGES, listing_page
from krant.core.routing import CachedRestrictions, CachedRoute, PublicPageManager
from krant.core.versions import version
from krant.news import readership
from krant.news.models.articles import (
    ArticlePage,
    article_stubs,
    published_articles,
    stub_rows,
    stubs_of,
    teaser_articles,
)

PAGE_SIZE = 20
TOP_STORY_COUNT = 3
HOME_BLOCK_SIZE = 4
HOME_TOP_COUNT = 4  # uncurated top stories on the front page: two rows of two beside Net binnen
HOME_LATEST = 10  # Net binnen on the front page: as tall as the opener and top stories beside it
DOSSIER_STRIP_SIZE = 4
# Extra articles read per front-page block, so a block still fills when the blocks above show some of its
# newest (an article shows once in the main column).
SKIP_ROOM = 8
BLOCK_CACHE_SECONDS = 300
ARTICLE_ID = re.compile(r"[0-9]{1,18}")  # ASCII digits that fit a 64-bit key
LISTING_PARENTS = ["news.HomePage", "news.SectionPage"]
MOST_READ_HOURS = 24
MOST_READ_SECTIONS = 12  # sections with a list of their own on Meest gelezen


def paginate(request, queryset, per_page=PAGE_SIZE, max_pages=MAX_PAGES):
    """Return the requested page of `queryset`; an unknown page number is a 404, not the last page.

    At most `max_pages` pages, and no total (krant.core.pagination): the cost of a listing does not grow
    with the archive. `max_pages=None` counts every row and numbers every page, for search results.
    The number of a valid page past the first is kept on the request as `page_number`: the canonical link
    carries only that, never what a reader typed (which would also split every cache on junk).
    """
    number = request.GET.get("page", 1)
    try:
        if max_pages is None:
            page = Paginator(queryset, per_page).page(number)
        else:
            page = listing_page(queryset, number, per_page, max_pages)
    except (EmptyPage, PageNotAnInteger):
        raise Http404(_("Deze pagina bestaat niet.")) from None
    if page.number > 1:
        request.page_number = page.number
    return page


def paginate_articles(request, articles):
    """Return the requested page of `articles` as stubs (ArticleStub): their ids and last publishes from
    one narrow query; the articles are loaded, in one query, only when a teaser has to be rendered."""
    page = paginate(request, stub_rows(articles))
    page.object_list = stubs_of(page.object_list)
    return page


def newest_per_group(groups: list, size: int) -> list[tuple[int, list[int]]]:
    """Return [(group pk, ids of its newest `size` live articles)] for sections or dossiers.

    One query for all groups: each group's newest (read by index with a limit) joined with UNION ALL.
    Not a window over all their articles, which would rank every article of every group and grow with
    the archive. The rules for a live article are built into a query once, not once per group.
    Groups without a live article are left out.
    """
    if not groups:
        return []
    listing = (
        published_articles().annotate(article_pk=F("pk")).values_list("article_pk", "first_published_at")
    )
    parts, params = [], []
    for group in groups:
        sql, part_params = listing.filter(group.article_condition())[:size].query.sql_with_params()
        # Wrapped: SQLite takes no ORDER BY or LIMIT in the parts of a compound statement otherwise.
        parts.append(f"SELECT {int(group.pk)} AS group_pk, newest.* FROM ({sql}) newest")  # noqa: S608
        params.extend(part_params)
    # Standard SQL, the same on SQLite and PostgreSQL; in for_listing's order: newest first, then by id.
    query = (
        f"SELECT group_pk, article_pk FROM ({' UNION ALL '.join(parts)}) pairs"  # noqa: S608 - the ORM's SQL
        " ORDER BY group_pk, first_published_at DESC, article_pk DESC"
    )
    with connections[listing.db].cursor() as cursor:
        cursor.execute(query, params)
        rows = cursor.fetchall()
    found = {}
    for group_pk, article_pk in rows:
        found.setdefault(group_pk, []).append(article_pk)
    return [(group.pk, found[group.pk]) for group in groups if group.pk in found]


def top_stories(page, request, size=TOP_STORY_COUNT) -> list:
    """Return the page's curated top stories that are live, or else its newest articles; none past page 1."""
    return chosen_top_stories(page, request, size, list, newest=lambda: list(page.articles()[:size]))


def top_story_stubs(page, request, listing, size=TOP_STORY_COUNT) -> list:
    """Return `top_stories` as stubs (ArticleStub), for a page that lists its articles.

    Uncurated, they are the first of `listing` (its first page, from paginate_articles), in no query.
    """
    return chosen_top_stories(page, request, size, article_stubs, newest=lambda: list(listing)[:size])


def chosen_top_stories(page, request, size, load, newest) -> list:
    """Return the curated top stories as `load` makes them from a queryset, or else `newest()`."""
    if request.GET.get("page", "1") != "1":
        return []
    story_ids = [story.article_id for story in page.top_stories.all()]
    if not story_ids:
        return newest()
    curated = {item.pk: item for item in load(published_articles().filter(pk__in=story_ids))}
    return [curated[pk] for pk in story_ids if pk in curated][:size]


class HomePage(CachedRoute, CachedRestrictions, Page):
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
        "video.VideoIndexPage",
        "podcasts.PodcastIndexPage",
        "factcheck.FactCheckIndexPage",
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
        context = super().get_context(request, *args, **kwargs)
        ids = drop_unpublished(self.shown_ids())
        most_read = readership.most_read_ids(MOST_READ_HOURS, limit=5)
        # What the page shows, by id: the template's fragments are keyed by these, and the articles and
        # pages are loaded (two queries) only when a fragment has to be rendered.
        context["shown"] = {**ids, "most_read": most_read}
        articles = SimpleLazyObject(
            lambda: teaser_articles(
                [ids["lead"], *ids["top"], *ids["latest"], *most_read]
                + [pk for _group, pks in ids["sections"] + ids["dossiers"] for pk in pks]
            )
        )
        groups = SimpleLazyObject(
            lambda: (
                SectionPage.objects.in_bulk([pk for pk, _pks in ids["sections"]])
                | DossierPage.objects.in_bulk([pk for pk, _pks in ids["dossiers"]])
            )
        )

        def pick(pks):
            return SimpleLazyObject(lambda: [articles[pk] for pk in pks if pk in articles])

        def blocks(name):
            return SimpleLazyObject(
                lambda: [(groups[pk], pick(pks)) for pk, pks in ids[name] if pk in groups]
            )

        context["lead"] = SimpleLazyObject(lambda: articles.get(ids["lead"]))
        context["top_stories"] = pick(ids["top"])
        context["latest"] = pick(ids["latest"][:HOME_LATEST])
        context["most_read"] = pick(most_read)
        context["section_blocks"] = blocks("sections")
        context["dossier_strips"] = blocks("dossiers")
        shown = [ids["lead"], *ids["top"], *ids["latest"], *most_read]
        shown += [pk for _group, pks in ids["sections"] + ids["dossiers"] for pk in pks]
        add_keys(request, "front", "most-read", f"page:{self.pk}", *(f"article:{pk}" for pk in shown if pk))
        return context

    def shown_ids(self) -> dict:
        """Return the ids of the articles, sections and dossiers the front page shows.

        Cached in the shared store until the next publish (the content version), and at most
        BLOCK_CACHE_SECONDS, so an article past its expiry leaves the page without a publish.
        """
        key = f"krant:front:{self.pk}:{version()}"
        ids = cache.get(key)
        if ids is None:
            latest = list(published_articles().values_list("pk", flat=True)[:PAGE_SIZE])
            story_ids = [story.article_id for story in self.top_stories.all()]
            chosen = published_articles().filter(pk__in=[self.lead_story_id, *story_ids])
            curated = set(chosen.values_list("pk", flat=True))
            sections = list(SectionPage.objects.live().public().in_menu().child_of(self))
            dossiers = list(DossierPage.objects.live().public().descendant_of(self).filter(is_active=True))
            lead = self.lead_story_id if self.lead_story_id in curated else next(iter(latest), None)
            top = [pk for pk in story_ids if pk in curated and pk != lead]
            if not story_ids:  # uncurated: the newest after the lead, as on a section
                top = [pk for pk in latest if pk != lead][:HOME_TOP_COUNT]
            # In the main column an article shows once: each block skips what the blocks above it show.
            # Each group's newest are read with room for skips, in the same one query.
            shown = {lead, *top}
            dossier_ids = unshown(
                newest_per_group(dossiers, DOSSIER_STRIP_SIZE + SKIP_ROOM), shown, DOSSIER_STRIP_SIZE
            )
            section_ids = unshown(
                newest_per_group(sections, HOME_BLOCK_SIZE + SKIP_ROOM), shown, HOME_BLOCK_SIZE
            )
            ids = {
                "lead": lead,
                "top": top,
                "latest": latest,
                "sections": section_ids,
                "dossiers": dossier_ids,
            }
            cache.set(key, ids, BLOCK_CACHE_SECONDS)
        return ids


def unshown(groups: list[tuple[int, list[int]]], shown: set, size: int) -> list[tuple[int, list[int]]]:
    """Return `groups` with at most `size` ids each, none in `shown`, which grows by what they take.

    A group left with nothing new is dropped: an empty block is a hole in the page.
    """
    kept = []
    for group, pks in groups:
        fresh = [pk for pk in pks if pk not in shown][:size]
        if fresh:
            shown.update(fresh)
            kept.append((group, fresh))
    return kept


def drop_unpublished(ids: dict) -> dict:
    """Return the front page's ids without those readers may no longer see (expired at this moment).

    One narrow query, no article objects: what readers see is decided when they read, cache or not.
    """
    shown = {ids["lead"], *ids["top"], *ids["latest"]} | {
        pk for _group, pks in ids["sections"] + ids["dossiers"] for pk in pks
    }
    live = set(published_articles().filter(pk__in=shown).values_list("pk", flat=True))
    if live == shown - {None}:
        return ids
    latest = [pk for pk in ids["latest"] if pk in live]
    return {
        **ids,
        "lead": ids["lead"] if ids["lead"] in live else next(iter(latest), None),
        "top": [pk for pk in ids["top"] if pk in live],
        "latest": latest,
        "sections": [(group, [pk for pk in pks if pk in live]) for group, pks in ids["sections"]],
        "dossiers": [(group, [pk for pk in pks if pk in live]) for group, pks in ids["dossiers"]],
    }


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


class SectionPage(CachedRoute, CachedRestrictions, Page):
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
        "video.VideoIndexPage",
        "podcasts.PodcastIndexPage",
        "factcheck.FactCheckIndexPage",
        "news.LatestPage",
        "news.MostReadPage",
        "core.StaticPage",
        "core.ConsentPage",
        "core.FormPage",
    ]
    show_in_menus_default = True

    objects = PublicPageManager()

    class Meta:
        verbose_name = _("rubriek")

    def route(self, request, path_components):
        # Articles live in year folders but are read at <section>/<id>/<slug>/; find them by id here.
        # <id>/<slug>/reacties/ is the article's thread as a page of its own (ArticlePage.serve).
        comments_page = len(path_components) == 3 and path_components[2] == COMMENTS_PATH.strip("/")
        if (
            path_components
            and ARTICLE_ID.fullmatch(path_components[0])
            and (len(path_components) <= 2 or comments_page)
        ):
            # Expiry counts when the reader reads, not when the scheduler gets round to it: an expired
            # article answers 410 like one the scheduler has unpublished, so the answer never depends on it.
            pk = int(path_components[0])
            article = ArticlePage.objects.visible().filter(pk=pk).first()
            if article is not None:
                if article.specific_class is not ArticlePage:  # a liveblog: its own table and template
                    article = article.specific
                if article.home_section_id == self.pk:
                    article.home_section = self  # its address needs its section: no query for it again
                return RouteResult(article, kwargs={"comments_page": True} if comments_page else {})
            if ArticlePage.objects.withdrawn().filter(pk=pk).exists():
                add_keys(request, f"article:{pk}")  # republished, it is readable again
                return RouteResult(self, kwargs={"gone": True})
            raise Http404  # unknown, or a draft or embargoed article nobody may know about yet
        return super().route(request, path_components)

    def serve(self, request, *args, gone=False, **kwargs):
        if gone:
            return TemplateResponse(request, "410.html", {"page": None}, status=410)
        return super().serve(request, *args, **kwargs)

    def articles(self):
        """Return the live articles of this section and its subsections."""
        return published_articles().filter(self.article_condition())

    def article_condition(self) -> Q:
        """Return the condition on articles for being in this section or a subsection (`articles`)."""
        section_ids = SectionPage.objects.descendant_of(self, inclusive=True).values("pk")
        # EXISTS, not IN: PostgreSQL probes the link table's article index for each article it walks in
        # the listing order, where IN hashes every link row of these sections first (20,000 at a million).
        also_in = ArticlePage.sections.through.objects.filter(
            articlepage_id=OuterRef("pk"), sectionpage_id__in=section_ids
        )
        return Q(home_section__in=section_ids) | Exists(also_in)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        add_keys(request, f"section:{self.pk}")  # before paginate: its 404 ends when the list grows
        context["articles"] = paginate_articles(request, self.articles())
        context["top_stories"] = top_story_stubs(self, request, context["articles"])
        context["subsections"] = self.get_children().live().in_menu().specific()
        add_keys(request, *keys_for_articles([*context["articles"], *context["top_stories"]]))
        return context


class DossierIndexPage(CachedRestrictions, Page):
    """All dossiers, the ongoing topics the newsroom follows."""

    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.DossierPage"]

    class Meta:
        verbose_name = _("dossieroverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["dossiers"] = DossierPage.objects.live().public().child_of(self)
        add_keys(request, "menus")  # a dossier's publish, move or removal purges the menus
        return context


class DossierPage(CachedRestrictions, Page):
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

    objects = PublicPageManager()

    class Meta:
        verbose_name = _("dossier")

    def articles(self):
        return published_articles().filter(self.article_condition())

    def article_condition(self) -> Q:
        """Return the condition on articles for being in this dossier (`articles`)."""
        return Q(dossiers=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        add_keys(request, f"dossier:{self.pk}")  # before paginate: its 404 ends when the list grows
        context["articles"] = paginate_articles(request, self.articles())
        context["top_stories"] = top_story_stubs(self, request, context["articles"])
        add_keys(request, *keys_for_articles([*context["articles"], *context["top_stories"]]))
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


class FeaturePage(CachedRestrictions, Page):
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


class LatestPage(CachedRestrictions, Page):
    """Net binnen: every published article, newest first."""

    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    objects = PublicPageManager()

    class Meta:
        verbose_name = _("net binnen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        add_keys(request, "latest")  # before paginate: its 404 ends when the list grows
        context["articles"] = paginate_articles(request, published_articles())
        add_keys(request, *keys_for_articles(context["articles"]))
        return context


class MostReadPage(CachedRestrictions, Page):
    """Meest gelezen: the most read articles of the last day."""

    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    objects = PublicPageManager()

    class Meta:
        verbose_name = _("meest gelezen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site = Site.find_for_request(request) or self.get_site()  # found while routing: no query
        sections = SectionPage.objects.child_of(site.root_page).live().public().in_menu()
        by_section = readership.most_read_by_section(list(sections[:MOST_READ_SECTIONS]), MOST_READ_HOURS)
        context["most_read"] = readership.most_read(MOST_READ_HOURS, limit=PAGE_SIZE)
        context["by_section"] = [(section, articles) for section, articles in by_section if articles]
        shown = [*context["most_read"], *(article for _, articles in by_section for article in articles)]
        add_keys(request, "most-read", *keys_for_articles(shown))
        return context
