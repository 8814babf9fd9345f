"""Full-text search over the published articles, for the reader site and the app API.

A reader's query is a few words. "Quoted words" must stand together, a minus sign (or NIET/NOT)
excludes a word, OF/OR between two words finds either; everything else that is not a letter or digit
separates words. The query becomes one of Wagtail's query objects, so the same search runs on the
configured backend: SQLite with the Dutch stemmer (krant.search.backends), PostgreSQL's 'dutch' text
search or an OpenSearch/Elasticsearch server with its Dutch analyzer.
"""

import datetime
import importlib
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import F, Q
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Not, Or, Phrase, PlainText, SearchQuery
from wagtail.search.utils import normalise_query_string

from krant.core.text import html_to_text
from krant.news.models import ArticlePage, DossierPage, SectionPage
from krant.search.stemming import stem, words

MAX_QUERY_LENGTH = 200  # characters
MAX_WORDS = 32  # as many as a web search engine takes; more only slows the database down
SNIPPET_LENGTH = 240  # characters of article text around the best match
SNIPPET_LEAD = 60  # characters shown before the best passage
ORDERS = ("relevance", "date")
EARLIEST, LATEST = datetime.date(1800, 1, 1), datetime.date(9000, 12, 31)
OR_WORDS = {"OR", "OF"}
NOT_WORDS = {"NOT", "NIET"}
AND_WORDS = {"AND", "EN"}
# A "phrase" (the closing quote may be missing), or anything up to the next space; either may carry a minus.
TOKEN = re.compile(r'(?P<minus>-?)(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


logger = logging.getLogger(__name__)

# What the search server clients raise when the server cannot answer (down, overloaded, timing out).
SERVER_ERRORS = [
    ("opensearchpy.exceptions", "OpenSearchException"),
    ("elastic_transport", "TransportError"),
    ("elasticsearch", "ApiError"),
]


class SearchError(ValueError):
    """A query we cannot run; str(error) is a clear Dutch message for the reader."""


class SearchUnavailable(Exception):
    """The search server did not answer; the reader gets 503 and can try again."""


def server_errors() -> tuple[type[Exception], ...]:
    """Return the exception classes of the installed search server clients."""
    found = []
    for module_name, name in SERVER_ERRORS:
        try:
            found.append(getattr(importlib.import_module(module_name), name))
        except ImportError:
            continue
    return tuple(found)


@contextmanager
def server_answers() -> Iterator[None]:
    """Turn a search server's failure, met while reading results, into SearchUnavailable."""
    try:
        yield
    except server_errors() as error:
        logger.exception("The search server did not answer")
        raise SearchUnavailable from error


@dataclass(frozen=True)
class ArticleSearch:
    query: str
    section: SectionPage | None = None  # its subsections too, and articles also listed in them
    dossier: DossierPage | None = None
    since: datetime.date | None = None  # inclusive, in Europe/Amsterdam
    until: datetime.date | None = None  # inclusive
    order: str = "relevance"  # or "date": newest first


def promotions(query: str) -> list[SearchPromotion]:
    """Return the editors' picks for `query` ('Aanbevolen', Wagtail's search promotions), in their order.

    A pick of a page only while that page is live and public; each page comes specific, so an article
    links to its canonical address. Wagtail's own template tag would store every query a reader types
    (Query.get creates it): a reader's GET writes nothing here.
    """
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__in=Page.objects.live().public()))
        .order_by("sort_order", "pk")
    )
    pages = Page.objects.filter(pk__in=[pick.page_id for pick in picks if pick.page_id]).specific().in_bulk()
    for pick in picks:
        if pick.page_id:
            pick.page = pages[pick.page_id]
    return picks


def search_articles(search: ArticleSearch) -> Sequence[ArticlePage]:
    """Return the live, public articles that match `search`, best or newest first.

    The result is Wagtail's lazy search results: slice it for a page, count() it; each slice is one
    query. Raise SearchError for a query without words, one that is too long, only exclusions, or a
    start date after the end date.
    """
    if search.order not in ORDERS:
        raise SearchError(_("Sorteer op relevantie of op datum."))
    query = parse_query(search.query)
    backend = get_search_backend()
    server = isinstance(backend, ElasticsearchBaseSearchBackend)
    articles = ArticlePage.objects.published().select_related("home_section", "lead_image")
    # A fact check's verdict for its badge, read with the row as listings read it (for_listing).
    articles = articles.annotate(fact_check_verdict=F("factcheckpage__verdict"))
    articles = articles.filter(article_filters(search, server=server))
    if search.order == "date":
        articles = articles.order_by("-first_published_at", "-id")
        return backend.search(query, articles, order_by_relevance=False)
    return backend.search(query, articles)


EPISODE_HITS = 5  # podcast episodes beside the articles: a few, on the first page


def search_episodes(text: str) -> list:
    """Return the live, public podcast episodes whose title, summary or transcript match `text`, best first.

    Raise SearchError as search_articles does. Episodes are Wagtail pages with their transcript in the same
    index (`PodcastEpisodePage.search_fields`).
    """
    from krant.podcasts.models import PodcastEpisodePage  # podcasts' pages import search's app

    episodes = PodcastEpisodePage.objects.live().public().select_related("audio")
    return list(get_search_backend().search(parse_query(text), episodes)[:EPISODE_HITS])


def article_filters(search: ArticleSearch, server: bool = False) -> Q:
    """Return the section, dossier and date filters of `search` as one Q.

    Only fields that every backend can filter on (index.FilterField). A membership (dossier, an
    article also listed in a section) is matched by the members' translation keys, unique per page:
    Wagtail would drop a filter on an article's id (its pointer to the page) without a word. The
    database backends run it as a subquery; a search server cannot join, so with `server` the keys
    are read here and sent as a terms filter (at most 65,536, the servers' default limit).
    """
    if search.since and search.until and search.since > search.until:
        raise SearchError(_("De begindatum ligt na de einddatum."))
    filters = Q()

    def members(articles):
        keys = articles.values_list("translation_key", flat=True)
        return list(keys) if server else keys

    if search.section is not None:
        sections = SectionPage.objects.descendant_of(search.section, inclusive=True).values("pk")
        listed = ArticlePage.objects.filter(sections__in=sections)
        filters &= Q(home_section__in=sections) | Q(translation_key__in=members(listed))
    if search.dossier is not None:
        filters &= Q(translation_key__in=members(ArticlePage.objects.filter(dossiers=search.dossier)))
    # Dates far outside the archive filter nothing, and would overflow once moved to UTC.
    if search.since and search.since > EARLIEST:
        filters &= Q(first_published_at__gte=start_of_day(search.since))
    if search.until and search.until < LATEST:
        filters &= Q(first_published_at__lt=start_of_day(search.until + datetime.timedelta(days=1)))
    return filters


def start_of_day(day: datetime.date) -> datetime.datetime:
    """Return midnight at the start of `day` in the site's time zone (Europe/Amsterdam)."""
    return datetime.datetime.combine(day, datetime.time(), tzinfo=ZoneInfo(settings.TIME_ZONE))


def parse_query(text: str) -> SearchQuery:
    """Return the Wagtail query for a reader's search, or raise SearchError saying what is wrong."""
    text = CONTROL.sub(" ", text or "").strip()
    if not text:
        raise SearchError(_("Vul een of meer zoekwoorden in."))
    if len(text) > MAX_QUERY_LENGTH:
        raise SearchError(
            _("Je zoekopdracht is te lang: gebruik hoogstens %(count)d tekens.") % {"count": MAX_QUERY_LENGTH}
        )
    required, excluded, word_count = [], [], 0
    either = False  # the previous token was OF/OR
    negate_next = False  # the previous token was NIET/NOT
    for token in TOKEN.finditer(text):
        raw = token["phrase"] if token["phrase"] is not None else token["word"]
        if token["word"] in OR_WORDS:
            either = bool(required)
            continue
        if token["word"] in NOT_WORDS:
            negate_next = True
            continue
        if token["word"] in AND_WORDS:
            continue
        found = [match.group() for match in words(raw)]
        if not found:
            continue  # punctuation, an operator sign or a '*' on its own
        word_count += len(found)
        # Words written together ("noord-holland", "e-mail" or quoted) must stand together.
        node = Phrase(" ".join(found)) if len(found) > 1 else PlainText(found[0])
        if token["minus"] or negate_next:
            excluded.append(node)
        elif either:
            previous = required.pop()
            alternatives = previous.subqueries if isinstance(previous, Or) else [previous]
            required.append(Or([*alternatives, node]))
        else:
            required.append(node)
        either = negate_next = False
    if word_count > MAX_WORDS:
        raise SearchError(
            _("Je zoekopdracht heeft te veel woorden: gebruik er hoogstens %(count)d.") % {"count": MAX_WORDS}
        )
    if not required:
        if excluded:
            raise SearchError(
                _("Zoek op minstens één woord dat in het artikel moet staan, niet alleen op uitsluitingen.")
            )
        raise SearchError(_("Je zoekopdracht bevat geen woorden. Zoek op een of meer woorden."))
    nodes = [*combine_words(required), *(Not(node) for node in excluded)]
    return nodes[0] if len(nodes) == 1 else And(nodes)


def combine_words(nodes: list[SearchQuery]) -> list[SearchQuery]:
    """Return `nodes` with the single required words joined into one PlainText (all must match)."""
    single = [node.query_string for node in nodes if isinstance(node, PlainText)]
    others = [node for node in nodes if not isinstance(node, PlainText)]
    return [PlainText(" ".join(single), operator="and"), *others] if single else others


def query_stems(text: str) -> set[str]:
    """Return the stems of the words a reader looks for (not the excluded ones); empty if unusable."""
    try:
        query = parse_query(text)
    except SearchError:
        return set()
    stems = set()
    pending = [query]
    while pending:
        node = pending.pop()
        if isinstance(node, And | Or):
            pending.extend(node.subqueries)
        elif isinstance(node, PlainText | Phrase):
            stems.update(stem(match.group()) for match in words(node.query_string))
    return stems


def article_text(article: ArticlePage) -> str:
    """Return the article's intro and body as plain text: paragraphs, intertitles, quotes, info boxes.

    Read from the stored body (raw data), so no image or embed is looked up for a snippet.
    """
    parts = [article.intro]
    for block in article.body.raw_data:
        kind, value = block["type"], block["value"]
        if kind == "paragraph":
            paragraph = html_to_text(value)
            if " ".join(paragraph.split()) != " ".join(
                article.intro.split()
            ):  # a body opening with the intro
                parts.append(paragraph)
        elif kind == "intertitle":
            parts.append(value)
        elif kind == "quote":
            parts.append(value.get("text", ""))
        elif kind == "info_box":
            parts += [value.get("title", ""), html_to_text(value.get("text", ""))]
    return " ".join(" ".join(parts).split())


def snippet(article: ArticlePage, query: str, shown: set[str] | None = None) -> SafeString:
    """Return a short excerpt of the article around the words of `query`, each found word in <mark>.

    A word is found when its Dutch stem is one the query looks for ('fabrieken' for 'fabriek'). The
    excerpt starts a little before the passage with the most different query words; without a match
    it is the start of the intro. Everything but the <mark> tags is escaped.
    `shown`, shared by the excerpts of one results page, holds the sentences with found words that earlier
    excerpts showed: a passage in another of them is passed over when this article has one of its own,
    so two hits that share a sentence (a follow-up repeating the background) do not show the same excerpt.
    """
    text = article_text(article)
    stems = query_stems(query)
    found = [match for match in words(text) if stem(match.group()) in stems]
    if shown:
        found = [match for match in found if sentence_at(text, match.start()) not in shown] or found
    start = best_start(text, found)
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + SNIPPET_LENGTH // 2)  # end on a whole word
    pieces = ["…"] if start > 0 else []
    position = start
    for match in found:
        if match.start() < start or match.end() > end:
            continue
        pieces += [escape(text[position : match.start()]), "<mark>", escape(match.group()), "</mark>"]
        position = match.end()
        if shown is not None:
            shown.add(sentence_at(text, match.start()))
    pieces.append(escape(text[position:end].rstrip()))
    if end < len(text):
        pieces.append("…")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text above went through escape()


def sentence_at(text: str, position: int) -> str:
    """Return the sentence of `text` that `position` falls in (ending at '. ', '? ' or '! ')."""
    marks = (". ", "? ", "! ")
    start = max((text.rfind(mark, 0, position) + 2 for mark in marks if mark in text[:position]), default=0)
    end = min((text.find(mark, position) + 1 for mark in marks if mark in text[position:]), default=len(text))
    return text[start:end].strip()


def best_start(text: str, found: list[re.Match]) -> int:
    """Return where the excerpt starts: at a word a little before the passage with most query words."""
    best, best_score, last = None, (0, 0), 0
    stems = [stem(match.group()) for match in found]
    for first, match in enumerate(found):  # `found` is in text order: a window slides along it
        last = max(last, first)
        while last + 1 < len(found) and found[last + 1].start() < match.start() + SNIPPET_LENGTH:
            last += 1
        score = (len(set(stems[first : last + 1])), last + 1 - first)
        if score > best_score:
            best, best_score = match, score
    if best is None or best.start() <= SNIPPET_LEAD:
        return 0
    # Start at the sentence the match is in when it begins close enough, else at a word boundary.
    lead_from = best.start() - SNIPPET_LEAD
    sentence = max(text.rfind(". ", lead_from, best.start()), text.rfind("? ", lead_from, best.start()))
    if sentence != -1:
        return sentence + 2
    space = text.find(" ", lead_from, best.start())
    return space + 1 if space != -1 else best.start()
