"""The desk's day: what is published today, scheduled and waiting for review, the front page's slots, and
putting an article on the front page (one write, through Wagtail's publish, so it purges like any publish).
"""

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, Revision, Site, WorkflowState

from krant.news.models import ArticlePage, HomePage
from krant.news.models.pages import TOP_STORY_COUNT, HomeTopStory

# The newsroom's day and clock, whatever the server's zone: 'today' starts at midnight in Amsterdam.
NEWSROOM_ZONE = ZoneInfo("Europe/Amsterdam")
LIST_LIMIT = 100  # per list on the dashboard; a day has fewer, and the lists stay cheap when it does not
LEAD = "lead"
UNPUBLISHED_FRONT = gettext_lazy(
    "De voorpagina heeft wijzigingen die nog niet gepubliceerd zijn; publiceer of verwerp die eerst."
)
SLOTS = [LEAD, *(str(number) for number in range(1, TOP_STORY_COUNT + 1))]


def front_page(request=None) -> HomePage | None:
    """Return the site's front page: the request's site root, or the one HomePage there is."""
    site = Site.find_for_request(request) if request is not None else None
    root = site.root_page.specific if site is not None else None
    return root if isinstance(root, HomePage) else HomePage.objects.first()


def may_edit_front(user, home: HomePage) -> bool:
    """Only who may publish the front page may change its slots (Eindredactie, Beheer: core.roles)."""
    return home.permissions_for_user(user).can_publish()


def start_of_today(now: datetime | None = None) -> datetime:
    today = timezone.localtime(now or timezone.now(), NEWSROOM_ZONE).date()
    return datetime.combine(today, time.min, tzinfo=NEWSROOM_ZONE)


def published_today(now: datetime | None = None) -> list[ArticlePage]:
    """Return today's (Amsterdam) published articles, newest first, with their sections: one query."""
    start = start_of_today(now)
    found = ArticlePage.objects.published(now).for_listing().filter(first_published_at__gte=start)
    return list(found[:LIST_LIMIT])


@dataclass
class Scheduled:
    page_id: int
    title: str
    go_live_at: datetime


def scheduled() -> list[Scheduled]:
    """Return the pages waiting for their go-live, soonest first: Wagtail's approved, scheduled revisions."""
    revisions = (
        Revision.page_revisions.filter(approved_go_live_at__isnull=False)
        .order_by("approved_go_live_at", "pk")
        .values_list("object_id", "object_str", "approved_go_live_at")
    )
    return [Scheduled(int(pk), title, at) for pk, title, at in revisions[:LIST_LIMIT]]


@dataclass
class InReview:
    page: Page
    requested_by: object
    requested_at: datetime


def awaiting_review() -> list[InReview]:
    """Return the pages submitted for review (the 'Redactie' workflow) that no one has decided on yet."""
    states = list(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, base_content_type=ContentType.objects.get_for_model(Page)
        )
        .select_related("requested_by")
        .order_by("created_at", "pk")[:LIST_LIMIT]
    )
    pages = Page.objects.in_bulk([int(state.object_id) for state in states])
    return [
        InReview(pages[int(state.object_id)], state.requested_by, state.created_at)
        for state in states
        if int(state.object_id) in pages
    ]


@dataclass
class Slots:
    """The front page's curated slots: the opener ('lead') and the top stories, by article id."""

    lead: int | None
    top: list[int]

    @classmethod
    def of(cls, home: HomePage) -> "Slots":
        return cls(home.lead_story_id, [story.article_id for story in home.top_stories.all()])

    def with_article(self, article_id: int, slot: str) -> "Slots":
        """Return the slots with the article in `slot` ('lead' or '1'..), and nowhere else.

        The article leaves any slot it held, so it is never twice on the front page; a top story it
        replaces drops out; a slot past the last one filled becomes the next one.
        """
        if slot not in SLOTS:
            raise ValidationError(_("Kies de opening of een plek bij de topverhalen."))
        lead = None if self.lead == article_id else self.lead
        top = [pk for pk in self.top if pk != article_id]
        if slot == LEAD:
            return Slots(article_id, top)
        index = int(slot) - 1
        if index < len(top):
            top[index] = article_id
        else:
            top.append(article_id)
        return Slots(lead, top[:TOP_STORY_COUNT])


def slot_articles(*all_slots: Slots) -> dict[int, ArticlePage]:
    """Return {id: article} for the articles in these slots, in one query."""
    ids = {pk for slots in all_slots for pk in [slots.lead, *slots.top] if pk}
    return ArticlePage.objects.select_related("home_section").in_bulk(ids)


def pin_to_front(home: HomePage, article: ArticlePage, slot: str, user) -> Slots:
    """Put `article` in the front page's `slot` and publish the front page as a new revision.

    Built on the live front page; refused while it has unpublished changes or is locked by someone else,
    so no one's draft goes live by accident. Purges and tells readers through the publish signals.
    """
    if not may_edit_front(user, home):
        raise PermissionDenied
    if not ArticlePage.objects.published().filter(pk=article.pk).exists():
        raise ValidationError(_("Alleen een gepubliceerd artikel kan op de voorpagina."))
    with transaction.atomic():
        home = HomePage.objects.select_for_update().get(pk=home.pk)
        if home.has_unpublished_changes:
            raise ValidationError(UNPUBLISHED_FRONT)
        lock = home.get_lock()
        if lock is not None and lock.for_user(user):
            raise ValidationError(
                _("De voorpagina is vergrendeld: %(message)s") % {"message": lock.get_message(user)}
            )
        slots = Slots.of(home).with_article(article.pk, slot)
        home.lead_story_id = slots.lead
        home.top_stories = [
            HomeTopStory(article_id=pk, sort_order=order) for order, pk in enumerate(slots.top)
        ]
        home.save_revision(user=user, log_action=True).publish(user=user)
    return slots
