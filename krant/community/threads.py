"""Reading a thread: which comments a page of it shows and in what order, the counts written as the seed
writes them, and the members' address of a thread's fragment.

Writes are krant.community.comments'; this module only reads. A thread page is a constant number of
queries whatever its size: the page of top-level comments, then all their replies at once.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlencode

from django.core.cache import caches
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from krant.community import comments
from krant.community.models import Comment, Statement, Thread, live_q
from krant.core.templatetags.krant_tags import compact_count

PER_PAGE = 20  # top-level comments per page, each with all its replies
COUNT_SECONDS = 60  # how long a process keeps the counts it shows on listings
SORTS = {
    "nieuwste": ("-created_at", "-pk"),
    "oudste": ("created_at", "pk"),
    "respect": ("-respect_count", "-created_at", "-pk"),
}
DEFAULT_SORT = "nieuwste"
QUESTIONS = "vragen"
KEY_SALT = "krant.community.threads.members"
COMMENTS_PATH = (
    "reacties/"  # under an article: the thread as a page of its own, for readers without JavaScript
)


def count_text(count: int) -> str:
    """Return a comment count as the seed writes it: 'Nog geen reacties', '1 reactie', '12 reacties',
    '1.3K reacties' (krant_tags.compact_count, as every count on the site)."""
    if count <= 0:
        return _("Nog geen reacties")
    if count < 1000:
        return ngettext("%(count)d reactie", "%(count)d reacties", count) % {"count": count}
    return _("%(count)s reacties") % {"count": compact_count(count)}


class ListingCounts:
    """The comment counts that teasers and article pages show: one query per process a minute at most.

    Listings are cached pages and fragments shared by every reader; a count there may lag (issue #11,
    section 4), so it is read from a map of every thread with comments, kept in this process's own cache
    (`caches["local"]`, for what may be stale) for COUNT_SECONDS, rather than re-rendering or purging every
    teaser on each comment. The thread itself shows the exact count.
    """

    KEY = "krant:community:listing-counts"

    def get(self, page_id: int) -> int:
        store = caches["local"]
        counts = store.get(self.KEY)
        if counts is None:
            counts = dict(Thread.objects.filter(comment_count__gt=0).values_list("page_id", "comment_count"))
            store.set(self.KEY, counts, COUNT_SECONDS)
        return counts.get(page_id, 0)

    def forget(self) -> None:
        """Read again on the next use (tests; a process that knows a count changed)."""
        caches["local"].delete(self.KEY)


listing_counts = ListingCounts()


def comments_page_url(page) -> str:
    """Return `<article>/reacties/`, the thread as a page of its own."""
    return page.url + COMMENTS_PATH if page.url else ""


def login_url(page) -> str:
    """Return the community login that leads back to the page's thread."""
    return f"{reverse('account_login')}?{urlencode({'next': comments_page_url(page)})}"


# The members' address ------------------------------------------------------------------------------------
# While reading needs a login, a thread's fragment for members is served at an address that holds a key
# only a logged-in member gets (from the uncached personal request). The address is the same for every
# member, so the page cache and Varnish keep it like any page; a reader without the key gets the login
# prompt. The key changes daily; yesterday's still opens, so no fragment breaks at midnight.


def members_key(page_id: int, day: int | None = None) -> str:
    day = timezone.now().toordinal() if day is None else day
    return salted_hmac(KEY_SALT, f"{page_id}:{day}", algorithm="sha256").hexdigest()[:20]


def valid_members_key(page_id: int, key: str) -> bool:
    today = timezone.now().toordinal()
    return any(constant_time_compare(key, members_key(page_id, day)) for day in (today, today - 1))


# What a page of the thread shows ---------------------------------------------------------------------------


def thread_page_of(page_id: int):
    """Return the live, public page with comments whose id is `page_id` (its specific class), or None."""
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        return None
    page = page.specific
    return page if hasattr(page, "comments_enabled") else None


def pages_with_urls(ids) -> dict:
    """Return {id: page} of the live pages with these ids, ready to give their addresses in few queries.

    An article's address is its home section's plus its id (ArticlePage.get_url_parts): the sections
    are loaded together here rather than one per article.
    """
    pages = {page.pk: page for page in Page.objects.live().filter(pk__in=ids).specific()}
    section_ids = {getattr(page, "home_section_id", None) for page in pages.values()} - {None}
    sections = {page.pk: page for page in Page.objects.filter(pk__in=section_ids).specific()}
    for page in pages.values():
        if getattr(page, "home_section_id", None) in sections:
            page.home_section = sections[page.home_section_id]
    return pages


def is_shown(comment: Comment) -> bool:
    return not comment.is_tombstone


@dataclass
class ThreadView:
    """One page of a thread as readers see it, with what the template needs."""

    page: object
    thread: Thread | None
    state: comments.ThreadState
    sort: str
    questions: bool
    page_number: int
    roots: list = field(default_factory=list)
    paginator: Paginator | None = None
    statement: Statement | None = None
    settings: object = None

    @property
    def count(self) -> int:
        return self.thread.comment_count if self.thread else 0

    @property
    def count_text(self) -> str:
        return count_text(self.count)

    @property
    def has_pages(self) -> bool:
        return self.paginator is not None and self.paginator.num_pages > 1

    def query(self, **changes) -> str:
        """Return this view's query string with `changes` (sortering, filter, pagina), defaults left out."""
        values = {
            "sortering": self.sort,
            "filter": QUESTIONS if self.questions else "",
            "pagina": 1,
            **changes,
        }
        parts = []
        if values["sortering"] != DEFAULT_SORT:
            parts.append(f"sortering={values['sortering']}")
        if values["filter"]:
            parts.append(f"filter={values['filter']}")
        if int(values["pagina"]) > 1:
            parts.append(f"pagina={int(values['pagina'])}")
        return "?" + "&".join(parts) if parts else "?"

    @property
    def questions_query(self) -> str:
        """The query string that turns the questions filter on, or off again."""
        return self.query(filter="" if self.questions else QUESTIONS)

    def sort_links(self) -> list[dict]:
        labels = {"nieuwste": _("Nieuwste"), "oudste": _("Oudste"), "respect": _("Meeste respect")}
        return [
            {"label": label, "query": self.query(sortering=key), "current": key == self.sort}
            for key, label in labels.items()
        ]

    def page_links(self) -> dict:
        number, last = self.page_number, self.paginator.num_pages
        return {
            "previous": self.query(pagina=number - 1) if number > 1 else None,
            "next": self.query(pagina=number + 1) if number < last else None,
            "number": number,
            "last": last,
        }


def parse_view(params) -> tuple[str, bool, int]:
    """Return sort, questions filter and page number from a request's GET, unknown values as defaults."""
    sort = params.get("sortering", DEFAULT_SORT)
    sort = sort if sort in SORTS else DEFAULT_SORT
    questions = params.get("filter") == QUESTIONS
    try:
        number = max(1, int(params.get("pagina", "1")))
    except ValueError:
        number = 1
    return sort, questions, number


def summary(page, now=None) -> ThreadView:
    """Return the thread under `page` without its comments: its count, state and rules (the login prompt,
    the personal request)."""
    settings = comments.site_settings(page)
    state = comments.thread_state(page, settings, now)
    thread = Thread.objects.filter(page=page).first()
    return ThreadView(page, thread, state, DEFAULT_SORT, False, 1, settings=settings)


def load(page, sort: str = DEFAULT_SORT, questions: bool = False, number: int = 1, now=None) -> ThreadView:
    """Return one page of the thread under `page`: featured comments first, then in `sort` order.

    A deleted or rejected comment stays as a tombstone only where it keeps a shown reply in place.
    With `questions`, only questions to the newsroom, each with the newsroom's answers.
    """
    settings = comments.site_settings(page)
    state = comments.thread_state(page, settings, now)
    thread = Thread.objects.filter(page=page).first()
    statement = Statement.objects.filter(page=page, pinned=True).order_by("-date", "-pk").first()
    view = ThreadView(page, thread, state, sort, questions, number, statement=statement, settings=settings)
    if thread is None:
        return view
    roots = Comment.objects.filter(thread=thread, parent=None)
    if questions:
        roots = roots.filter(live_q(), is_question=True)
    else:
        child_shown = Comment.objects.filter(live_q(), parent=OuterRef("pk"))
        grandchild_shown = Comment.objects.filter(live_q(), parent__parent=OuterRef("pk"))
        roots = roots.filter(live_q() | Q(Exists(child_shown)) | Q(Exists(grandchild_shown)))
    # Featured first; a tombstone is never featured (deleting or rejecting clears it).
    roots = roots.select_related("author").order_by("-featured", *SORTS[sort])
    paginator = Paginator(roots, PER_PAGE)
    try:
        current = paginator.page(number)
    except EmptyPage:
        current = paginator.page(paginator.num_pages)
        view.page_number = current.number
    view.paginator = paginator
    view.roots = attach_replies(list(current.object_list), questions)
    return view


def attach_replies(roots: list[Comment], questions: bool) -> list[Comment]:
    """Give each root its `shown_replies` (oldest first, each with its own), in one query for the page."""
    ids = [root.pk for root in roots]
    replies = (
        Comment.objects.filter(Q(parent_id__in=ids) | Q(parent__parent_id__in=ids))
        .select_related("author")
        .order_by("created_at", "pk")
    )
    if questions:
        replies = replies.filter(live_q(), by_newsroom=True)
    by_parent: dict[int, list[Comment]] = {}
    for reply in replies:
        by_parent.setdefault(reply.parent_id, []).append(reply)
    for root in roots:
        root.shown_replies = keep(root, by_parent)
    return roots


def keep(comment: Comment, by_parent: dict) -> list[Comment]:
    """Return the replies of `comment` that show, or stand as tombstones above replies that show."""
    kept = []
    for reply in by_parent.get(comment.pk, []):
        reply.shown_replies = keep(reply, by_parent)
        if is_shown(reply) or reply.shown_replies:
            kept.append(reply)
    return kept


def seconds_until_change(page, settings, now=None) -> int | None:
    """Return how long the thread's open-or-closed state holds (closing time, night closing), or None."""
    now = now or timezone.now()
    moments = []
    closes = page.comments_closing_time() if hasattr(page, "comments_closing_time") else None
    if closes is not None and closes > now:
        moments.append(closes)
    start, end = settings.night_closing_start, settings.night_closing_end
    if start is not None and end is not None and start != end:
        local = timezone.localtime(now)
        for moment in (start, end):
            at = local.replace(hour=moment.hour, minute=moment.minute, second=0, microsecond=0)
            if at <= local:
                at += timedelta(days=1)
            moments.append(at)
    if not moments:
        return None
    return max(1, int((min(moments) - now).total_seconds()) + 1)
