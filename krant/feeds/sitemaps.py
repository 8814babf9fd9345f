"""Sitemaps for search engines: one per kind of page, articles per month, and a Google News sitemap.

Built on django.contrib.sitemaps and Wagtail's sitemap; addresses come from `links` (KRANT_BASE_URL)
and every lastmod is a full W3C date and time. Articles are split per month of first publication, so
an old month's file stays the same (a crawler may skip it) while new articles land in this month's;
a month with more than ARTICLES_PER_SITEMAP articles gets more pages (?p=2).
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.core.cache import cache
from django.db.models import Case, Count, Exists, F, Max, OuterRef, Q, QuerySet, Subquery, When
from django.db.models.functions import Coalesce, Greatest, TruncMonth
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, get_page_models

from krant.authors.models import AuthorPage
from krant.core import navigation
from krant.core.pagecache import add_keys, limit_lifetime
from krant.feeds import links
from krant.feeds.feeds import syndicated_articles, to_second
from krant.games import clock as games_clock
from krant.games.models import PURGE_KEY as GAMES_KEY
from krant.games.models import GamesPage, Puzzle
from krant.news.models import (
    ArticleArchivePage,
    ArticleAuthor,
    ArticlePage,
    ArticleYearPage,
    DossierPage,
    FeaturePage,
    HomePage,
    LatestPage,
    MostReadPage,
    SectionPage,
)
from krant.scores.models import ALL_KEY, OVERVIEW_KEY, Competition, Round, ScoreboardPage
from krant.shop.models import PURGE_KEY as SHOP_KEY
from krant.shop.models import Product, ShopPage

# The protocol allows 50,000; a smaller file is built, fetched and parsed faster, and a month of a
# busy national newsroom (a few hundred articles a day) still fits in one.
ARTICLES_PER_SITEMAP = 10_000
NEWS_HOURS = 48  # Google News reads articles of the last two days
NEWS_LIMIT = 1_000  # and at most 1,000 of them per sitemap
MONTHS_KEY = "krant:sitemap-months"
MONTHS_SECONDS = 24 * 3600  # a recount from scratch at least once a day (see article_months)


def newest(*moments: datetime | None) -> datetime | None:
    return max((moment for moment in moments if moment is not None), default=None)


class PageSitemap(Sitemap):
    """Wagtail's sitemap with public addresses (see links) and no per-page queries."""

    def location(self, item: Page) -> str | None:
        return links.page_url(item, self.request)

    def lastmod(self, item: Page) -> datetime | None:
        return to_second(item.last_published_at)

    def site_pages(self, model: type[Page] = Page) -> QuerySet:
        root = self.get_wagtail_site().root_page
        return model.objects.live().public().descendant_of(root, inclusive=True).order_by("path")

    def get_urls(self, page=1, site=None, protocol=None):
        return self._urls(page, protocol, None)  # addresses come from `links`, not the request's host

    def declare(self, request: HttpRequest) -> None:
        """Name, beyond the sitemaps' common keys, what this sitemap's addresses and dates come from."""

    def in_index(self) -> bool:
        """Whether the index names this sitemap."""
        return True

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            location = self.location(item)
            if location:
                urls.append({"item": item, "location": location, "lastmod": self.lastmod(item)})
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)  # the view sends it as Last-Modified
        return urls


class SmallSitemap(PageSitemap):
    """A sitemap of a few hundred pages at most, read once per request."""

    def items(self) -> list[Page]:
        if not hasattr(self, "_pages"):  # Django asks for the items more than once per request
            self._pages = self.pages()
        return self._pages

    def pages(self) -> list[Page]:
        raise NotImplementedError

    def get_latest_lastmod(self) -> datetime | None:
        """Return the newest lastmod of the whole sitemap, or None when a page has none."""
        lastmods = [self.lastmod(item) for item in self.items()]
        return max(lastmods) if lastmods and None not in lastmods else None


class ListingSitemap(SmallSitemap):
    """Pages that list articles: each changes when a new article appears on it.

    A page's date is the newest of its own publish and of the articles on it. Both are read by walking the
    listing index (migration news.0006) backwards until the first article on the page: for each page in a
    subquery (LIMIT 1), for the whole sitemap in the index. Grouping every article per page instead took
    seconds at a million. A walk costs as many index entries as lie between now and the page's newest
    article: little for a page that lists anything recent.
    """

    page_type = Page

    def pages(self) -> list[Page]:
        return list(self.site_pages(self.page_type))

    def listed(self, page_ids: list[int] | OuterRef) -> Q:
        """Return the filter 'the article appears on one of these pages' (ids, or a reference to one)."""
        raise NotImplementedError

    def links(self) -> list[tuple[QuerySet, str, str]]:
        """Return the rows that put an article on a page: [(rows, page field, article field)]."""
        raise NotImplementedError

    def listed_articles(self, pages: list[Page]) -> QuerySet:
        """Return the syndicated articles that appear on any of `pages`, in the listing order."""
        return syndicated_articles().filter(self.listed([page.pk for page in pages]))

    def newest_articles(self, pages: list[Page]) -> dict[int, datetime]:
        """Return {page id: first publication of its newest article}, in one query.

        A page that never had an article (a new dossier, a section whose articles are all in its
        subsections) would walk the whole index to find none, so each page is first asked for its newest
        link row, one probe of a (page, article) index (migration news.0007); with an EXISTS PostgreSQL
        may scan the whole link table for it.
        """
        newest = syndicated_articles().filter(self.listed(OuterRef("pk"))).values("first_published_at")[:1]
        rows = self.page_type.objects.filter(pk__in=[page.pk for page in pages]).order_by()
        has_links = Q()
        for number, (link_rows, page_field, article_field) in enumerate(self.links()):
            newest_link = link_rows.filter(**{page_field: OuterRef("pk")}).order_by(f"-{article_field}")
            rows = rows.alias(**{f"link_{number}": Subquery(newest_link.values(article_field)[:1])})
            has_links |= Q(**{f"link_{number}__isnull": False})
        walk = Case(When(has_links, then=Subquery(newest)))
        return dict(rows.annotate(newest=walk).values_list("pk", "newest"))

    def lastmod(self, item: Page) -> datetime | None:
        if not hasattr(self, "newest_article"):  # only the sitemap itself needs each page's own
            self.newest_article = self.newest_articles(self.items())
        return to_second(newest(item.last_published_at, self.newest_article.get(item.pk)))

    def get_latest_lastmod(self) -> datetime | None:
        """Return the newest lastmod of the whole sitemap, for the index: the newest of the pages' own
        publishes and of the first article found on any of them."""
        pages = self.items()
        moments = self.listed_articles(pages).values_list("first_published_at", flat=True)[:1]
        return to_second(newest(*(page.last_published_at for page in pages), next(iter(moments), None)))


def linked_to(rows: QuerySet, article_field: str, page_field: str, page_ids: list[int] | OuterRef) -> Exists:
    """Return 'the article has a row in `rows` naming one of `page_ids`', for a filter on articles.

    EXISTS: PostgreSQL probes the link table's article index for each article it walks, where IN would
    hash every link row of the pages first (tens of thousands at a million).
    """
    return Exists(rows.filter(**{article_field: OuterRef("pk"), **page_filter(page_field, page_ids)}))


def page_filter(field: str, page_ids: list[int] | OuterRef) -> dict:
    """Return the filter 'field is one of `page_ids`': a list of ids, or a reference to a page outside
    the articles' query (one level further out here, inside the subquery on the link table)."""
    if isinstance(page_ids, OuterRef):
        return {field: OuterRef(page_ids)}
    return {f"{field}__in": page_ids}


class SectionSitemap(ListingSitemap):
    page_type = SectionPage

    def listed(self, page_ids):
        own = {"home_section__in": page_ids} if isinstance(page_ids, list) else {"home_section": page_ids}
        also_in = linked_to(ArticlePage.sections.through.objects, "articlepage", "sectionpage", page_ids)
        return Q(**own) | also_in

    def links(self):
        return [
            (ArticlePage.objects, "home_section", "page_ptr"),
            (ArticlePage.sections.through.objects, "sectionpage", "articlepage"),
        ]

    def newest_articles(self, pages):
        own = super().newest_articles(pages)
        # A section lists the articles of its subsections too.
        return {
            section.pk: newest(*(own.get(other.pk) for other in pages if other.path.startswith(section.path)))
            for section in pages
        }


class DossierSitemap(ListingSitemap):
    page_type = DossierPage

    def listed(self, page_ids):
        return linked_to(ArticlePage.dossiers.through.objects, "articlepage", "dossierpage", page_ids)

    def links(self):
        return [(ArticlePage.dossiers.through.objects, "dossierpage", "articlepage")]


class AuthorSitemap(ListingSitemap):
    page_type = AuthorPage

    def listed(self, page_ids):
        return linked_to(ArticleAuthor.objects, "article", "author", page_ids)

    def links(self):
        return [(ArticleAuthor.objects, "author", "article")]


class OtherPageSitemap(SmallSitemap):
    """Every other page readers can open: the front page, Net binnen, static pages, forms ...

    Not the article archive and its year folders (readers never see them; articles have their own
    sitemaps) nor a feature page that only says it is coming soon.
    """

    excluded_types = (ArticlePage, ArticleArchivePage, ArticleYearPage, SectionPage, DossierPage, AuthorPage)
    latest_types = (HomePage, LatestPage)  # they show the newest articles of all

    def pages(self) -> list[Page]:
        # By the types it shows rather than those it leaves out: the page table's content type index
        # finds these few pages, where leaving out articles reads the whole table.
        shown = [model for model in get_page_models() if not issubclass(model, self.excluded_types)]
        pages = (
            self.site_pages()
            .exact_type(*shown)
            .exclude(pk__in=FeaturePage.objects.filter(available=False).values("pk"))
            .specific(defer=True)
        )
        # The newest first publication, read from the listing index (an aggregate MAX reads every article).
        newest = syndicated_articles().values_list("first_published_at", flat=True)
        self.newest_article = next(iter(newest[:1]), None)
        return list(pages)

    def lastmod(self, item: Page) -> datetime | None:
        if isinstance(item, MostReadPage):
            return None  # its list changes every hour, whatever was published
        if isinstance(item, self.latest_types):
            return to_second(newest(item.last_published_at, self.newest_article))
        return to_second(item.last_published_at)


def month_range(year: int, month: int) -> tuple[datetime, datetime]:
    """Return the start of the month and of the next, in the site's time zone."""
    zone = timezone.get_current_timezone()
    return datetime(year, month, 1, tzinfo=zone), datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)


def modified_expression():
    """The database's version of feeds.modified_at: the newest of publish, republish and update."""
    first = F("first_published_at")
    return Greatest(first, Coalesce("last_published_at", first), Coalesce("updated_at", first))


class ArticleRowSitemap(PageSitemap):
    """Articles read as plain rows, not pages: building 10,000 Wagtail page objects takes seconds."""

    fields = ("pk", "slug", "home_section_id", "first_published_at", "last_published_at", "updated_at")

    def rows(self) -> QuerySet:
        raise NotImplementedError

    def items(self) -> QuerySet:
        return self.rows().values(*self.fields)

    def _urls(self, page, protocol, domain):
        sections = section_urls(self.request)
        urls = []
        for row in self.paginator.page(page).object_list:
            section_url = sections.get(row["home_section_id"])
            if section_url:
                moments = (row["first_published_at"], row["last_published_at"], row["updated_at"])
                lastmod = to_second(newest(*moments))
                urls.append({"item": row, "location": article_url(section_url, row), "lastmod": lastmod})
        if urls:
            self.latest_lastmod = max(url["lastmod"] for url in urls)  # the view sends it as Last-Modified
        return urls


def section_urls(request: HttpRequest) -> dict[int, str]:
    """Return {section id: public address} of every section: the start of its articles' addresses."""
    return {section.pk: links.page_url(section, request) for section in SectionPage.objects.order_by()}


def article_url(section_url: str, row: dict) -> str:
    """Return an article's address from its section's; the same as ArticlePage.get_url_parts (tested)."""
    return f"{section_url}{row['pk']}/{row['slug']}/"


class ArticleSitemap(ArticleRowSitemap):
    """The articles first published in one month, oldest first, so that earlier pages stay the same."""

    limit = ARTICLES_PER_SITEMAP

    def __init__(self, request: HttpRequest, year: int, month: int):
        super().__init__(request)
        self.start, self.end = month_range(year, month)

    def rows(self) -> QuerySet:
        return (
            syndicated_articles()
            .filter(first_published_at__gte=self.start, first_published_at__lt=self.end)
            .order_by("first_published_at", "pk")
        )


@dataclass
class MonthSitemap:
    year: int
    month: int
    page: int
    lastmod: datetime | None

    @property
    def location(self) -> str:
        path = reverse("feeds:article_sitemap", kwargs={"year": self.year, "month": f"{self.month:02d}"})
        return links.absolute_url(path + (f"?p={self.page}" if self.page > 1 else ""))


def article_months() -> list[MonthSitemap]:
    """Return one entry per page of every month with articles, newest month first.

    Counting the months means reading every article (seconds at a million), so the months are kept in
    the shared store and brought up to date from what was published since: every publish sets an
    article's last_published_at, an index finds those articles, and only their months are counted again,
    each an index range. A recount from scratch once every MONTHS_SECONDS (or after the store is emptied)
    also catches what no publish announces, should `month_changed` have missed it.
    """
    latest = syndicated_articles().order_by("-last_published_at").values_list("last_published_at", flat=True)
    newest_publish = next(iter(latest[:1]), None)
    state = cache.get(MONTHS_KEY)
    if state is None or timezone.now() >= state["recount_at"]:
        state = {
            "as_of": newest_publish,
            "months": count_months(syndicated_articles()),
            "changed": set(),
            "recount_at": timezone.now() + timedelta(seconds=MONTHS_SECONDS),
        }
        cache.set(MONTHS_KEY, state, MONTHS_SECONDS)
    elif state["changed"] or newest_publish != state["as_of"]:
        published = latest.filter(last_published_at__gt=state["as_of"]) if state["as_of"] else latest
        moments = published.values_list("first_published_at", flat=True) if newest_publish else []
        starts = state["changed"] | {month_start(moment) for moment in moments}
        ranges = Q()
        for start in starts:
            ranges |= Q(first_published_at__gte=start, first_published_at__lt=month_after(start))
        months = {start: value for start, value in state["months"].items() if start not in starts}
        months |= count_months(syndicated_articles().filter(ranges)) if starts else {}
        state = {**state, "as_of": newest_publish, "months": months, "changed": set()}
        cache.set(MONTHS_KEY, state, MONTHS_SECONDS)
    entries = []
    for start, (count, lastmod) in sorted(state["months"].items(), reverse=True):
        pages = -(-count // ARTICLES_PER_SITEMAP)
        entries.extend(
            MonthSitemap(start.year, start.month, number, lastmod) for number in range(1, pages + 1)
        )
    return entries


def month_changed(moment: datetime) -> None:
    """Have the month of `moment` counted again: an article first published then left the sitemaps.

    Called on commit when an article is unpublished or deleted, which no publish time announces. Two
    processes marking at the same instant may lose one mark; the daily recount repairs that.
    """
    state = cache.get(MONTHS_KEY)
    if state is not None:
        cache.set(
            MONTHS_KEY, {**state, "changed": {*state.get("changed", ()), month_start(moment)}}, MONTHS_SECONDS
        )


def month_start(moment: datetime) -> datetime:
    """Return the start of the month of `moment`, in the site's time zone."""
    local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
    return month_range(local.year, local.month)[0]


def month_after(start: datetime) -> datetime:
    return month_range(start.year, start.month)[1]


def count_months(articles: QuerySet) -> dict[datetime, tuple[int, datetime | None]]:
    """Return {start of month: (articles, newest change)} of `articles`, in one grouped query."""
    months = (
        articles.order_by()
        .annotate(month=TruncMonth("first_published_at"))
        .values("month")
        .annotate(count=Count("pk"), lastmod=Max(modified_expression()))
    )
    return {month_start(row["month"]): (row["count"], to_second(row["lastmod"])) for row in months}


class NewsSitemap(ArticleRowSitemap):
    """Google News: the articles first published in the last two days, newest first."""

    limit = NEWS_LIMIT
    fields = (*ArticleRowSitemap.fields, "title")

    def since(self) -> datetime:
        return timezone.now() - timedelta(hours=NEWS_HOURS)

    def rows(self) -> QuerySet:
        # Paid content is never news: Google News asks publishers to keep it out of their news sitemap.
        return syndicated_articles().editorial().filter(first_published_at__gte=self.since())

    def items(self) -> QuerySet:
        return super().items()[:NEWS_LIMIT]

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        publication = navigation.settings_for_request(self.request).publication_name or "krant"
        for url in urls:
            url["published"] = to_second(url["item"]["first_published_at"])
            url["title"] = url["item"]["title"]
            url["publication"] = publication
        return urls

    def get_latest_lastmod(self) -> datetime | None:
        moments = self.rows().order_by().aggregate(newest=Max(modified_expression()))
        return to_second(moments["newest"])


@dataclass
class ScoreEntry:
    """A page of the Scorebord that is not a Wagtail page of its own: a competition or one of its rounds."""

    path: str  # below the Scorebord page's address
    changed_at: datetime | None


class ScoreSitemap(SmallSitemap):
    """The Scorebord's competitions and rounds (routes of its page), each dated by its newest match change.

    A match's `updated_at` moves with every score, status, placing or fixture change (scores.services and
    the admin's forms), and those are what the competition's standings and the round's results show. A
    competition or round without matches yet has the Scorebord page's own publish. Two grouped queries
    for any number of competitions and rounds; the page's match pages are left out (hundreds a season,
    and little on them a search engine needs beyond the round's page).
    """

    def pages(self) -> list[ScoreEntry]:
        board = self.site_pages(ScoreboardPage).first()
        if board is None:
            return []
        self.board, self.board_url = board, links.page_url(board, self.request)
        competitions = Competition.objects.annotate(changed_at=Max("matches__updated_at"))
        rounds = (
            Round.objects.order_by("competition__position", "competition__name", "number")
            .annotate(changed_at=Max("matches__updated_at"))
            .values_list("competition__slug", "number", "changed_at")
        )
        entries = [ScoreEntry(f"{c.slug}/", c.changed_at) for c in competitions]
        entries.extend(ScoreEntry(f"{slug}/ronde/{number}/", changed) for slug, number, changed in rounds)
        return entries

    def location(self, item: ScoreEntry) -> str | None:
        return f"{self.board_url}{item.path}" if self.board_url else None

    def lastmod(self, item: ScoreEntry) -> datetime | None:
        return to_second(item.changed_at or self.board.last_published_at)

    def declare(self, request: HttpRequest) -> None:
        # ALL_KEY: an editor's change; OVERVIEW_KEY: every change of a score (scores.services.announce).
        add_keys(request, ALL_KEY, OVERVIEW_KEY)

    def in_index(self) -> bool:
        return bool(self.items())


@dataclass
class RoutedPage:
    """A page a routable page answers below its own address (a shop category, a puzzle)."""

    location: str | None
    lastmod: datetime | None


class RoutedSitemap(SmallSitemap):
    """The pages one routable page answers: listed in the index only while there are any (an empty
    sitemap tells crawlers nothing)."""

    def location(self, item: RoutedPage) -> str | None:
        return item.location

    def lastmod(self, item: RoutedPage) -> datetime | None:
        return item.lastmod

    def in_index(self) -> bool:
        return bool(self.items())

    def routed_from(self, model: type[Page]) -> tuple[Page | None, str | None]:
        page = self.site_pages(model).first()
        return page, links.page_url(page, self.request) if page else None


class ShopCategorySitemap(RoutedSitemap):
    """The shop's category pages (the shop itself is among the other pages), each dated by the newest of
    the shop page's publish and its offers' price changes."""

    def pages(self) -> list[RoutedPage]:
        shop, url = self.routed_from(ShopPage)
        if url is None:
            return []
        rows = (
            Product.objects.in_shop()
            .exclude(category_slug="")
            .values("category_slug")
            .annotate(changed=Max("price_updated_at"))
            .order_by("category_slug")
        )
        return [
            RoutedPage(
                f"{url}{row['category_slug']}/", to_second(newest(shop.last_published_at, row["changed"]))
            )
            for row in rows
        ]

    def declare(self, request: HttpRequest) -> None:
        add_keys(request, SHOP_KEY)


class PuzzleSitemap(RoutedSitemap):
    """Spellen's puzzle pages: today's and the archive's days (tomorrow's never), each dated by the start
    of its day, when it opened."""

    def pages(self) -> list[RoutedPage]:
        games, url = self.routed_from(GamesPage)
        if url is None:
            return []
        puzzles = Puzzle.objects.playable(games_clock.today()).only("kind", "day", "level")
        return [
            RoutedPage(
                f"{url}{puzzle.address}",
                datetime.combine(puzzle.day, time(0), tzinfo=games_clock.AMSTERDAM),
            )
            for puzzle in puzzles.order_by("-day", "kind", "level")
        ]

    def declare(self, request: HttpRequest) -> None:
        # At midnight in Amsterdam a day's puzzles open and the oldest day's close: no purge says so.
        add_keys(request, GAMES_KEY)
        limit_lifetime(request, games_clock.seconds_to_midnight(), exact=True)


LISTINGS = {
    "rubrieken": SectionSitemap,
    "dossiers": DossierSitemap,
    "auteurs": AuthorSitemap,
    "paginas": OtherPageSitemap,
    "scorebord": ScoreSitemap,
    "shop": ShopCategorySitemap,
    "spellen": PuzzleSitemap,
}
