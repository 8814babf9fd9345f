"""The demo community: discussions under the newest articles, every queue filled, exact counters."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils import timezone

from krant.community import comments
from krant.community.models import (
    ActionKind,
    AuditKind,
    Comment,
    CommentAction,
    CommentRevision,
    HouseRule,
    Member,
    ModerationAction,
    ReplyNotice,
    Statement,
    Status,
    Thread,
    TrustLevel,
)
from krant.demo import community
from krant.demo.accounts import MODERATOR_USERNAME, ensure_demo_editor, ensure_demo_moderator
from krant.news.models import ArticlePage
from tests import factories


@pytest.fixture
def demo(demo_articles):
    return community.ensure_demo_community()


@pytest.fixture
def demo_articles(tree, settings, tmp_path):
    """The demo's articles that carry discussions (published two to six hours ago), and its two logins."""
    settings.DATA_DIR = tmp_path
    now = timezone.now()
    for number, spec in enumerate(community.content()["thread"]):
        factories.make_article(
            tree.binnenland,
            f"Demo-artikel {number}",
            slug=spec["article"],
            when=now - timedelta(hours=2, minutes=17 * number),
        )
    ensure_demo_editor()
    ensure_demo_moderator()


def test_loading_the_history_mails_no_member(demo_articles, django_capture_on_commit_callbacks, mailoutbox):
    """Its rejections and warnings are history: no mail, no reply notice, also once everything commits.
    A moderator's decision after loading mails as always."""
    with django_capture_on_commit_callbacks(execute=True):
        loaded = community.ensure_demo_community()
    assert loaded.comments > 0
    assert Comment.objects.filter(status=Status.REJECTED, author__isnull=False).exists()
    assert mailoutbox == []
    assert not ReplyNotice.objects.exists()

    visible = Comment.objects.filter(status=Status.APPROVED, author__user__email__contains="@").first()
    moderator = get_user_model().objects.get(username=MODERATOR_USERNAME)
    with django_capture_on_commit_callbacks(execute=True):
        comments.reject(moderator, visible.pk, HouseRule.OFF_TOPIC)
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [visible.author.user.email]


def test_the_demo_fills_a_discussion_under_every_article_it_names(demo):
    """Every named article gets its discussion, replies three levels deep; nothing in the file is refused."""
    assert demo.threads == len(community.content()["thread"]) >= 10
    assert demo.skipped == []
    assert Thread.objects.filter(comment_count__gte=4).count() == demo.threads
    assert Comment.objects.filter(depth=2).exists()
    assert Member.objects.count() >= 25
    assert Member.objects.exclude(expert_label="").count() >= 6


def test_every_moderation_queue_has_something(demo):
    """Pending, held by the filters, reported, approved and rejected: each queue shows comments."""
    assert Comment.objects.filter(status=Status.PREMOD).exists()
    assert Comment.objects.filter(status=Status.HELD, status_reason="suspect_words").exists()
    assert Comment.objects.filter(status=Status.HELD, status_reason="links").exists()
    assert Comment.objects.filter(open_report_count__gt=0).exists()
    assert Comment.objects.filter(status=Status.APPROVED).exists()
    rejected = Comment.objects.filter(status=Status.REJECTED)
    assert rejected.filter(status_reason="spam").exists() and rejected.filter(status_reason="abuse").exists()
    by_filter = [c for c in rejected if c.revisions.get().checks[-1]["check"] == "banned_words"]
    assert by_filter, "no comment rejected by the banned words"
    # Every other rejection is a moderator's, in the log.
    assert ModerationAction.objects.filter(kind=AuditKind.REJECT).count() == len(rejected) - len(by_filter)


def test_the_newsroom_answers_questions_and_members_are_moderated(demo):
    """Staff answers mark questions answered; a comment is featured, a statement pinned, a tombstone keeps
    its replies, one member is warned and one suspended."""
    answered = Comment.objects.filter(is_question=True, answered_at__isnull=False)
    assert answered.exists()
    assert all(question.replies.filter(by_newsroom=True).exists() for question in answered)
    assert Comment.objects.filter(is_question=True, answered_at__isnull=True).exists()
    assert Comment.objects.filter(featured=True).count() in (2, 3)
    assert Statement.objects.filter(pinned=True).count() == 1
    tombstone = Comment.objects.get(deleted_at__isnull=False)
    assert tombstone.body == "" and tombstone.replies.filter(status=Status.NONE).count() >= 2
    assert ModerationAction.objects.filter(kind=AuditKind.WARN).exists()
    assert Member.objects.filter(suspended_until__gt=timezone.now()).count() == 1
    assert Member.objects.filter(trust_level=TrustLevel.TRUSTED).count() >= 3
    assert ArticlePage.objects.filter(comments_moderation="pre").exclude(comments_info="").count() == 1


def test_counters_equal_a_recount(demo):
    """Thread counters equal comments.recount; each comment's respect and report counters equal its rows."""
    for thread in Thread.objects.all():
        assert comments.recount(thread) == {
            "comment_count": thread.comment_count,
            "question_count": thread.question_count,
        }
    counted = Comment.objects.annotate(
        respects=Count("actions", filter=Q(actions__kind=ActionKind.RESPECT)),
        reports=Count("actions", filter=Q(actions__kind=ActionKind.REPORT)),
    )
    assert CommentAction.objects.filter(kind=ActionKind.RESPECT).count() > 200
    for comment in counted:
        assert (comment.respect_count, comment.report_count) == (comment.respects, comment.reports)


def test_comments_fall_while_their_thread_was_open(demo):
    """Each comment was placed after its article appeared, before its thread closed and before now."""
    now = timezone.now()
    for comment in Comment.objects.select_related("thread__page"):
        article = comment.thread.page.specific
        assert article.published_at < comment.created_at < min(article.comments_closing_time(), now)
        if comment.parent is not None:
            assert comment.created_at > comment.parent.created_at


def test_a_second_run_adds_nothing(demo):
    """Running the demo again leaves members, comments, reactions and the moderators' log as they were."""
    models = [Member, Comment, CommentRevision, CommentAction, ModerationAction, Statement]
    before = [model.objects.count() for model in models]

    again = community.ensure_demo_community()

    assert (again.members, again.threads, again.comments) == (0, 0, 0)
    assert [model.objects.count() for model in models] == before
