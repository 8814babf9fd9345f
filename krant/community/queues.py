"""The moderation queues: filters over a comment's status and its cached counters (after Coral), and what a
moderator needs beside each comment to decide (the author's record, the reports by rule, why it was held).

Read-only; every decision goes through krant.community.comments.
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from krant.community import text
from krant.community.models import (
    VISIBLE,
    ActionKind,
    Comment,
    CommentAction,
    CommentRevision,
    HouseRule,
    Status,
)

PER_PAGE = 25


@dataclass(frozen=True)
class Queue:
    slug: str  # in the queue's address
    label: str
    condition: Q
    ordering: tuple[str, ...]
    empty: str

    def comments(self) -> QuerySet:
        return with_context(Comment.objects.filter(self.condition, deleted_at__isnull=True)).order_by(
            *self.ordering
        )


OPEN_QUESTION = Q(status__in=VISIBLE, answered_at__isnull=True) & (
    Q(is_question=True) | Q(mentions_newsroom=True)
)
QUEUES = [
    Queue(
        "te-beoordelen",
        _("Te beoordelen"),
        Q(status=Status.PREMOD),
        ("created_at", "pk"),
        _("Geen reacties die op goedkeuring wachten."),
    ),
    Queue(
        "gemeld",
        _("Gemeld"),
        Q(open_report_count__gt=0, status__in=VISIBLE),
        ("-open_report_count", "created_at", "pk"),
        _("Geen gemelde reacties."),
    ),
    Queue(
        "tegengehouden",
        _("Tegengehouden"),
        Q(status=Status.HELD),
        ("created_at", "pk"),
        _("De filters hielden niets tegen."),
    ),
    Queue(
        "goedgekeurd",
        _("Goedgekeurd"),
        Q(status=Status.APPROVED),
        ("-created_at", "-pk"),
        _("Nog geen goedgekeurde reacties."),
    ),
    Queue(
        "afgewezen",
        _("Afgewezen"),
        Q(status=Status.REJECTED),
        ("-created_at", "-pk"),
        _("Nog geen afgewezen reacties."),
    ),
    Queue(
        "steekproef",
        _("Steekproef"),
        Q(model_decision__sampled=True, model_decision__reviewed_at__isnull=True),
        ("created_at", "pk"),
        _("Geen automatisch geplaatste reacties om na te kijken."),
    ),
    Queue(
        "vragen",
        _("Vragen aan de redactie"),
        OPEN_QUESTION,
        ("created_at", "pk"),
        _("Geen open vragen aan de redactie."),
    ),
]
BY_SLUG = {queue.slug: queue for queue in QUEUES}

# The checks of krant.community.checks, as a moderator reads them beside a held comment.
CHECK_LABELS = {
    "closed_thread": _("Discussie gesloten"),
    "suspended_member": _("Lid geschorst"),
    "repeated_post": _("Herhaalde reactie"),
    "banned_words": _("Verboden woord"),
    "suspect_words": _("Verdacht woord"),
    "links_from_new_members": _("Link van een nieuw lid"),
    "learned_model": _("Model"),
    "trust": _("Vooraf modereren"),
}


# The short codes a check leaves in Comment.status_reason (house rules have their own labels).
REASON_LABELS = {
    "suspect_words": _("verdacht woord"),
    "links": _("link van een nieuw lid"),
    "model_uncertain": _("het model twijfelt"),
}


def counts() -> dict[str, int]:
    """Return how many comments each queue holds, in one query."""
    live = Comment.objects.filter(deleted_at__isnull=True)
    totals = live.aggregate(**{queue.slug: Count("pk", filter=queue.condition) for queue in QUEUES})
    return {slug: totals[slug] or 0 for slug in BY_SLUG}


def with_context(comments: QuerySet) -> QuerySet:
    """Return `comments` with the rows `rows` reads beside each: its page and its author."""
    return comments.select_related("thread__page", "author__user", "model_decision")


def rows(comments) -> list[Comment]:
    """Return the comments (from `with_context`) with what a moderator sees beside them, in fixed queries.

    Each gets `.html` (the text as readers see it), `.page_url`, `.thread_open`, `.reports` (report rows
    with their member), `.latest_checks` (the checks of the latest revision) and `.held_by` (those that held
    or rejected it), `.reports_by_rule` (label, count), `.reason_label` and `.record` (the author's approved,
    rejected and total comments).
    """
    comments = list(comments)
    prefetch_related_objects(
        comments,
        Prefetch(
            "actions",
            queryset=CommentAction.objects.filter(kind=ActionKind.REPORT)
            .select_related("member")
            .order_by("created_at", "pk"),
            to_attr="reports",
        ),
        Prefetch(
            "revisions", queryset=CommentRevision.objects.order_by("-created_at", "-pk"), to_attr="newest"
        ),
    )
    # The specific pages, for their public address (an article's differs from its place in the tree).
    pages = {
        page.pk: page
        for page in Page.objects.filter(pk__in={comment.thread.page_id for comment in comments})
        .defer_streamfields()
        .specific()
    }
    records = author_records({comment.author_id for comment in comments if comment.author_id})
    labels = dict(HouseRule.choices)
    for comment in comments:
        comment.html = text.to_html(comment.body)
        page = pages.get(comment.thread.page_id)
        comment.page_url = page.url if page is not None and page.live else ""
        comment.thread_open = bool(comment.page_url and getattr(page, "comments_enabled", False))
        revision = comment.newest[0] if comment.newest else None
        comment.latest_checks = [
            {**result, "label": CHECK_LABELS.get(result.get("check"), result.get("check"))}
            for result in (revision.checks if revision else [])
        ]
        by_rule = Counter(comment.open_reports or {})
        comment.reports_by_rule = [(labels.get(rule, rule), count) for rule, count in by_rule.most_common()]
        comment.held_by = [
            result for result in comment.latest_checks if result["verdict"] in ("hold", "reject")
        ]
        comment.reason_label = labels.get(comment.status_reason) or REASON_LABELS.get(
            comment.status_reason, ""
        )
        decision = getattr(comment, "model_decision", None)
        comment.model = decision
        comment.model_rule_label = labels.get(decision.rule, decision.rule) if decision else ""
        comment.record = records.get(comment.author_id, {"approved": 0, "rejected": 0, "total": 0})
    return comments


def author_records(author_ids) -> dict[int, dict[str, int]]:
    """Return each author's approved, rejected and total comments, in one query."""
    if not author_ids:
        return {}
    found = (
        Comment.objects.filter(author_id__in=author_ids)
        .values("author_id")
        .annotate(
            approved=Count("pk", filter=Q(status=Status.APPROVED)),
            rejected=Count("pk", filter=Q(status=Status.REJECTED)),
            total=Count("pk"),
        )
    )
    return {
        row["author_id"]: {"approved": row["approved"], "rejected": row["rejected"], "total": row["total"]}
        for row in found
    }
