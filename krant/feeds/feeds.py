"""RSS 2.0 and Atom feeds of the newest articles: all news, and per section, dossier and author.

Built on django.contrib.syndication; what it lacks is added here: dc:creator for every author in
RSS, an <author> per author in Atom, the lead image as an enclosure with its real size and, in RSS,
as Media RSS media:content with its dimensions. Dates carry Amsterdam's offset, like the pages.
"""

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from django.contrib.syndication.views import Feed
from django.core.cache import caches
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from krant.authors.models import AuthorPage
from krant.core import fragments, navigation, versions
from krant.core.models import KrantRendition
from krant.core.pagecache import add_keys, keys_for_articles
from krant.core.routing import is_restricted
from krant.factcheck.models import LISTING_KEY as FACT_CHECKS_KEY
from krant.factcheck.models import FactCheckIndexPage, verdict_label
from krant.feeds import links
from krant.news.models import ArticleAuthor, ArticlePage, DossierPage, Label, SectionPage, published_articles

logger = logging.getLogger(__name__)

FEED_SIZE = 30
LANGUAGE = "nl"  # articles are written in Dutch, whatever the interface language
# The lead image in feeds and structured data: 16:9, 1200 px wide, JPEG (every reader shows it).
WIDE_IMAGE = "fill-1200x675|format-jpeg"
IMAGE_TYPES = {"jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp"}
DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"
MEDIA_NAMESPACE = "http://search.yahoo.com/mrss/"
FEED_PAGE_TYPES = (SectionPage, DossierPage, AuthorPage, FactCheckIndexPage)
LISTING_KEYS = {  # surrogate keys of the listings
    SectionPage: "section:{pk}",
    DossierPage: "dossier:{pk}",
    AuthorPage: "author:{pk}",
    FactCheckIndexPage: FACT_CHECKS_KEY,
}
FEED_PATH = re.compile(r"[-\w]+(/[-\w]+)*")  # page slugs joined by slashes
FEED_MEDIA_TYPES = (("rss", "application/rss+xml"), ("atom", "application/atom+xml"))


def syndicated_articles() -> QuerySet:
    """Return the articles feeds and sitemaps may name: the published ones (ArticleQuerySet.published)."""
    return published_articles()


def with_relations(articles: QuerySet) -> QuerySet:
    """Return `articles` with their authors, live sections and dossiers and feed image prefetched."""
    return articles.prefetch_related(
        Prefetch(
            "author_links",
            queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
            to_attr="feed_author_links",
        ),
        Prefetch("sections", queryset=SectionPage.objects.live().order_by("path"), to_attr="feed_sections"),
        Prefetch("dossiers", queryset=DossierPage.objects.live().order_by("title"), to_attr="feed_dossiers"),
        Prefetch("lead_image__renditions", queryset=KrantRendition.objects.filter(filter_spec=WIDE_IMAGE)),
    )


def modified_at(article: ArticlePage) -> datetime | None:
    """Return when the article last changed for readers: its newest publish or its marked update."""
    moments = [article.first_published_at, article.last_published_at, article.updated_at]
    return max((moment for moment in moments if moment is not None), default=None)


def to_second(moment: datetime | None) -> datetime | None:
    """Return `moment` without its microseconds: feeds, sitemaps and HTTP dates count in seconds."""
    return moment.replace(microsecond=0) if moment else None


def local_second(moment: datetime | None) -> datetime | None:
    """Return `moment` to the second in Amsterdam time, so a feed shows +01:00/+02:00 like the pages."""
    return timezone.localtime(to_second(moment)) if moment else None


def article_guid(article: ArticlePage) -> str:
    """Return the article's permanent id, a tag: URI: its address changes with its headline, this never."""
    host = links.origin().split("://", 1)[1].split(":", 1)[0]
    published = article.first_published_at or article.latest_revision_created_at or timezone.now()
    return f"tag:{host},{timezone.localdate(published):%Y-%m-%d}:artikel/{article.pk}"


def article_authors(article: ArticlePage, request: HttpRequest | None = None) -> list[tuple[str, str | None]]:
    """Return (name, author page address or None) for each author on the byline, in byline order."""
    author_links = getattr(article, "feed_author_links", None)
    authors = [link.author for link in author_links] if author_links is not None else article.authors
    return [(author.title, links.page_url(author, request) if author.live else None) for author in authors]


def article_categories(article: ArticlePage) -> list[str]:
    """Return the names of the sections (its own first) and dossiers of an article from with_relations()."""
    names = [
        article.home_section.title,
        *(page.title for page in article.feed_sections),
        *(page.title for page in article.feed_dossiers),
    ]
    return list(dict.fromkeys(names))


def load_lead_renditions(article: ArticlePage) -> None:
    """Load the article's lead image with all its renditions at once, unless they are loaded already.

    A cold article page asks for the lead image in five sizes (sharing card, structured data, the
    page's own srcset): one query for all instead of one per lookup. All of them, as in
    `teaser_articles`: Wagtail takes a prefetched set as all there are.
    """
    if article.lead_image_id is not None:
        prefetch_related_objects([article], "lead_image__renditions")


def lead_rendition(article: ArticlePage, spec: str = WIDE_IMAGE):
    """Return the article's lead image in `spec`, or None without an image or when its file is missing."""
    load_lead_renditions(article)
    if article.lead_image is None:
        return None
    try:
        return article.lead_image.get_rendition(spec)
    except OSError:  # the original is gone from the media storage: leave the image out, not the article
        logger.warning("Lead image %s of article %s has no file", article.lead_image_id, article.pk)
        return None


def image_type(rendition) -> str:
    """Return the media type of a rendition's file, from its extension (Wagtail names it by format)."""
    extension = rendition.file.name.rsplit(".", 1)[-1].lower()
    return IMAGE_TYPES.get("jpeg" if extension == "jpg" else extension, "application/octet-stream")


def rendition_enclosure(rendition) -> Enclosure | None:
    """Return an enclosure for the rendition with its real size in bytes, or None when the file is gone."""
    try:
        size = rendition.file.size
    except OSError:
        logger.warning("Rendition %s has no file", rendition.pk)
        return None
    return Enclosure(links.absolute_url(rendition.url), str(size), image_type(rendition))


def feed_title(page: Page | None, publication: str) -> str:
    """Return the title of the feed of `page` (a section, dossier or author), or of all news for None."""
    if isinstance(page, DossierPage):
        return _("%(publication)s - Dossier %(title)s") % {"publication": publication, "title": page.title}
    if isinstance(page, FEED_PAGE_TYPES):
        return _("%(publication)s - %(title)s") % {"publication": publication, "title": page.title}
    return _("%(publication)s - Alle nieuws") % {"publication": publication}


def alternate_links(page: Page | None, request: HttpRequest) -> list[dict]:
    """Return the feeds a page names in <link rel="alternate">: its own, then those of all news.

    A page with a view restriction has no feed (feeds are public), so it names only all news.
    """
    publication = navigation.settings_for_request(request).publication_name or "krant"
    feeds = []
    if isinstance(page, FEED_PAGE_TYPES) and not is_restricted(page, request):
        path = links.site_path(page, request)
        if path:
            feeds.append((feed_title(page, publication), path))
    feeds.append((feed_title(None, publication), ""))
    return [
        {"title": title, "type": media_type, "href": links.feed_url(kind, path)}
        for title, path in feeds
        for kind, media_type in FEED_MEDIA_TYPES
    ]


class RssFeedType(Rss201rev2Feed):
    """RSS 2.0 with a dc:creator for every author (RSS's own <author> needs an e-mail address) and the
    lead image as media:content, which feed readers and aggregators use for their thumbnails."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DC_NAMESPACE, "xmlns:media": MEDIA_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, _url in item["authors"]:
            handler.addQuickElement("dc:creator", name)
        media = item.get("media")
        if media:
            description = media.pop("description", "")
            handler.startElement("media:content", media)
            if description:
                handler.addQuickElement("media:description", description, {"type": "plain"})
            handler.endElement("media:content")


class AtomFeedType(Atom1Feed):
    """Atom with an <author> (name and page) for every author; the feed itself names the publication."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name, url in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            if url:
                handler.addQuickElement("uri", url)
            handler.endElement("author")


class NewsFeed(Feed):
    """The newest articles of the whole site or of one section, dossier or author page.

    Made per request (see views.py), so the request may be kept on the instance for addresses.
    """

    language = LANGUAGE

    def __init__(self, kind: str):
        self.kind = kind
        self.feed_type = AtomFeedType if kind == "atom" else RssFeedType
        self.request = None
        self.settings = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, path: str = "") -> Page:
        site = Site.find_for_request(request)
        if site is None:
            raise Http404(_("Deze site bestaat niet."))
        self.settings = navigation.settings_for_request(request)
        if not path:
            return site.root_page
        if not FEED_PATH.fullmatch(path):  # slugs only: no NUL, dots or spaces reach the database
            raise Http404(_("Voor dit adres bestaat geen feed."))
        page = (
            Page.objects.live()
            .public()
            .type(*FEED_PAGE_TYPES)
            .filter(url_path=f"{site.root_page.url_path}{path}/")
            .specific()
            .first()
        )
        if page is None:
            raise Http404(_("Voor dit adres bestaat geen feed."))
        return page

    def publication(self) -> str:
        return self.settings.publication_name or "krant"

    def title(self, obj: Page) -> str:
        return feed_title(obj, self.publication())

    def description(self, obj: Page) -> str:
        text = getattr(obj, "intro", "") or getattr(obj, "bio", "")
        if text:
            return text
        if isinstance(obj, AuthorPage):
            return _("De nieuwste artikelen van %(name)s.") % {"name": obj.title}
        if isinstance(obj, FEED_PAGE_TYPES):
            return _("Het nieuwste nieuws over %(title)s.") % {"title": obj.title}
        return self.settings.tagline or _("Het nieuwste nieuws van %(publication)s.") % {
            "publication": self.publication()
        }

    def link(self, obj: Page) -> str:
        return links.page_url(obj, self.request) or links.absolute_url("/")

    def feed_url(self, obj: Page) -> str:
        return links.feed_url(self.kind, links.site_path(obj, self.request) or "")

    def feed_guid(self, obj: Page) -> str:
        return self.feed_url(obj)

    def author_name(self) -> str:
        return self.publication()

    def author_link(self) -> str:
        return links.absolute_url("/")

    def feed_copyright(self) -> str:
        owner = self.settings.company_name or self.publication()
        return f"© {timezone.localdate():%Y} {owner}"

    def items(self, obj: Page) -> list["FeedEntry"]:
        articles = obj.articles() if isinstance(obj, FEED_PAGE_TYPES) else published_articles()
        rows = list(articles.values_list("pk", "last_published_at", "updated_at", "label")[:FEED_SIZE])
        items = feed_entries([row[:3] for row in rows], self.request)
        key = LISTING_KEYS.get(type(obj))
        listing = key.format(pk=obj.pk) if key else "latest"
        # A liveblog's entry is dated by its last update, which purges `liveblog:<id>`, not its teasers.
        liveblogs = [f"liveblog:{pk}" for pk, _published, _updated, label in rows if label == Label.LIVEBLOG]
        # `menus`: the publication's name and tagline are site settings.
        add_keys(self.request, listing, "menus", f"page:{obj.pk}", *keys_for_articles(items), *liveblogs)
        return items

    def item_title(self, item: "FeedEntry") -> str:
        return item.title

    def item_description(self, item: "FeedEntry") -> str:
        return item.description

    def item_link(self, item: "FeedEntry") -> str:
        return item.link

    def item_guid(self, item: "FeedEntry") -> str:
        return item.guid

    def item_guid_is_permalink(self, item: "FeedEntry") -> bool:
        return False

    def item_pubdate(self, item: "FeedEntry") -> datetime | None:
        return item.pubdate

    def item_updateddate(self, item: "FeedEntry") -> datetime | None:
        return item.updateddate

    def item_categories(self, item: "FeedEntry") -> list[str]:
        return item.categories

    def item_enclosures(self, item: "FeedEntry") -> list[Enclosure]:
        return item.enclosures

    def item_extra_kwargs(self, item: "FeedEntry") -> dict:
        return {"authors": item.authors, "media": dict(item.media) if item.media else None}


@dataclass
class FeedEntry:
    """What a feed says of one article, in RSS and Atom alike; kept until the article's next publish."""

    pk: int
    title: str
    description: str
    link: str
    guid: str
    pubdate: datetime | None
    updateddate: datetime | None
    categories: list[str]
    enclosures: list[Enclosure]
    authors: list[tuple[str, str | None]]
    media: dict | None


def feed_entry(article: ArticlePage, request: HttpRequest) -> FeedEntry:
    """Return the feed entry of an article from with_relations()."""
    rendition = lead_rendition(article)
    enclosure = rendition_enclosure(rendition) if rendition else None
    return FeedEntry(
        pk=article.pk,
        title=article.title,
        description=escape(entry_description(article)),  # RSS and Atom (type="html") take HTML; this is text
        link=links.page_url(article, request),
        guid=article_guid(article),
        pubdate=local_second(article.first_published_at),
        updateddate=local_second(modified_at(article)),
        categories=article_categories(article),
        enclosures=[enclosure] if enclosure else [],
        authors=article_authors(article, request),
        media=media_content(article),
    )


def entry_description(article: ArticlePage) -> str:
    """Return the entry's text: the intro, after the verdict for a fact check (`for_listing` reads it)."""
    verdict = verdict_label(getattr(article, "fact_check_verdict", None) or "")
    if not verdict:
        return article.intro
    return _("Ons oordeel: %(verdict)s. %(intro)s") % {"verdict": verdict, "intro": article.intro}


def feed_entries(rows, request: HttpRequest) -> list[FeedEntry]:
    """Return the feed entries of the articles in `rows` (id, last publish, update time), in their order.

    An entry is kept per process (as the teaser fragments are) under the article's id, last publish and
    update time (a liveblog's last update, set without a publish)
    and the structure version (section names, authors' pages, restrictions; another article's publish
    leaves it), so a feed after one publish builds one entry; only the articles of missing entries are
    loaded, in one query with their relations.
    """
    rows = list(rows)
    store = caches[fragments.STORE]
    context = (versions.structure_version(), Site.find_for_request(request).pk, links.origin())
    keys = {pk: fragments.fragment_key("feed-entry", (pk, *moments, *context)) for pk, *moments in rows}
    entries = store.get_many(keys.values())
    missing = [pk for pk, key in keys.items() if key not in entries]
    if missing:
        for article in with_relations(syndicated_articles()).filter(pk__in=missing):
            entries[keys[article.pk]] = feed_entry(article, request)
            store.set(keys[article.pk], entries[keys[article.pk]])
    return [entries[key] for key in keys.values() if key in entries]


def media_content(article: ArticlePage) -> dict | None:
    """Return the attributes of the article's media:content (Media RSS), or None without a lead image."""
    rendition = lead_rendition(article)
    if rendition is None:
        return None
    try:
        size = rendition.file.size
    except OSError:
        return None  # logged with the enclosure
    media = {
        "url": links.absolute_url(rendition.url),
        "type": image_type(rendition),
        "medium": "image",
        "width": str(rendition.width),
        "height": str(rendition.height),
        "fileSize": str(size),
    }
    caption = article.lead_image_caption or rendition.alt
    return {**media, "description": caption} if caption else media
