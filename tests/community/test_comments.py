"""The comment rules of krant.community.comments, with their bad cases: each refusal stores nothing."""

from datetime import time, timedelta

import pytest
from django.utils import timezone

from krant.community import comments
from krant.community.comments import Refused
from krant.community.models import (
    Comment,
    CommentAction,
    HouseRule,
    Member,
    ModerationAction,
    Status,
    Thread,
    TrustLevel,
)
from krant.live.models import LiveEvent
from tests import factories
from tests.community.conftest import site_rules


def test_a_comment_is_stored_shown_and_counted(member, article):
    comment = comments.post(member, article, "  Eindelijk  een veilige\r\noversteek.  ")
    assert comment.body == "Eindelijk een veilige\noversteek."
    assert comment.status == Status.NONE and comment.is_visible
    assert Thread.objects.get(page=article).comment_count == 1
    assert comment.revisions.get().checks[-1] == {"check": "trust", "verdict": "publish"}


@pytest.mark.parametrize(
    "body, code",
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        ("x" * 1501, "too_long"),
        ("null\x00byte", "control"),
        ("bel\x07", "control"),
        ("omgekeerd \u202egnirts", "invisible"),
        ("onzichtbaar\u200bwoord", "invisible"),
        (b"bytes".decode("latin-1") + "\udcff", "control"),
    ],
)
def test_bad_text_is_refused_and_nothing_stored(member, article, body, code):
    with pytest.raises(Refused) as refused:
        comments.post(member, article, body)
    assert refused.value.code == code and refused.value.message
    assert not Comment.objects.exists()


def test_replies_go_three_levels_deep_and_no_deeper(member, other, article):
    top = comments.post(member, article, "Eerste")
    reply = comments.post(other, article, "Tweede", parent=top)
    deeper = comments.post(member, article, "Derde", parent=reply)
    deepest = comments.post(other, article, "Vierde", parent=deeper)
    assert (top.depth, reply.depth, deeper.depth, deepest.depth) == (0, 1, 2, 2)
    assert deepest.parent == reply  # joins the third level under the same comment


def test_a_closed_thread_refuses_and_says_why(member, article):
    article.comments_enabled = False
    article.save()
    with pytest.raises(Refused, match="gesloten") as refused:
        comments.post(member, article, "Te laat")
    assert refused.value.code == "closed"
    assert not Comment.objects.exists()


def test_a_thread_closes_after_its_hours(member, article):
    later = article.published_at + timedelta(hours=article.comments_close_after_hours, minutes=1)
    with pytest.raises(Refused, match="reageren kon tot"):
        comments.post(member, article, "Te laat", now=later)


def test_night_closing_refuses_then_reopens(member, article):
    site_rules(night_closing_start=time(23, 0), night_closing_end=time(7, 0))
    night = timezone.localtime(article.published_at).replace(hour=2, minute=30)
    if night < article.published_at:
        night += timedelta(days=1)
    article.comments_close_after_hours = 0
    article.save()
    state = comments.thread_state(article, comments.site_settings(), night)
    assert not state.open and "07:00" in state.reason and state.reopens_at.hour == 7
    with pytest.raises(Refused, match="07:00"):
        comments.post(member, article, "Slapeloos", now=night)
    assert comments.post(member, article, "Goedemorgen", now=night.replace(hour=7, minute=1))


def test_a_suspended_or_banned_member_cannot_post(member, article):
    Member.objects.filter(user=member).update(suspended_until=timezone.now() + timedelta(days=1))
    member.refresh_from_db()
    with pytest.raises(Refused, match="geschorst"):
        comments.post(member, article, "Mag ik weer?")
    Member.objects.filter(user=member).update(suspended_until=None, banned=True)
    member.refresh_from_db()
    with pytest.raises(Refused):
        comments.post(member, article, "En nu?")
    assert not Comment.objects.exists()


def test_the_same_post_twice_is_refused(member, article):
    comments.post(member, article, "Dubbel")
    with pytest.raises(Refused, match="al geplaatst"):
        comments.post(member, article, "Dubbel")
    assert Comment.objects.count() == 1


def test_banned_words_reject_suspect_words_hold_on_whole_words_without_accents(member, article):
    site_rules(banned_words="scheldwoord\nvuile leugenaar", suspect_words="oplichter")
    rejected = comments.post(member, article, "Wat een Vuile   LEUGENAAR is dat")
    held = comments.post(member, article, "Die óplichter weer")
    passed = comments.post(member, article, "Scheldwoorden horen hier niet")  # another word
    assert (rejected.status, held.status, passed.status) == (Status.REJECTED, Status.HELD, Status.NONE)
    assert Thread.objects.get(page=article).comment_count == 1


def test_links_from_new_members_wait_for_a_moderator(member, article):
    held = comments.post(member, article, "Zie www.voorbeeld.nl/brug")
    assert held.status == Status.HELD and held.status_reason == "links"


def test_pre_moderation_holds_all_but_trusted_members(member, other, article):
    article.comments_moderation = "pre"
    article.save()
    waiting = comments.post(member, article, "Wacht even")
    Member.objects.filter(user=other).update(trust_level=TrustLevel.TRUSTED)
    other.refresh_from_db()
    trusted = comments.post(other, article, "Vertrouwd")
    assert (waiting.status, trusted.status) == (Status.PREMOD, Status.NONE)


def test_respect_once_withdraw_and_not_on_ones_own(member, other, article):
    comment = comments.post(member, article, "Goed punt")
    assert comments.give_respect(other, comment).respect_count == 1
    with pytest.raises(Refused) as twice:
        comments.give_respect(other, comment)
    assert twice.value.status == 409
    with pytest.raises(Refused):
        comments.give_respect(member, comment)
    assert comments.withdraw_respect(other, comment.pk).respect_count == 0
    with pytest.raises(Refused):
        comments.withdraw_respect(other, comment.pk)
    assert not CommentAction.objects.exists()


def test_reporting_twice_is_refused_and_the_queue_counts_per_rule(member, other, article):
    comment = comments.post(member, article, "Iets onaardigs")
    comments.report(other, comment.pk, HouseRule.ABUSE)
    with pytest.raises(Refused, match="al gemeld"):
        comments.report(other, comment.pk, HouseRule.SPAM)
    with pytest.raises(Refused):
        comments.report(other, comment.pk, "verzonnen")
    comment.refresh_from_db()
    assert comment.open_reports == {"abuse": 1} and comment.open_report_count == 1


def test_editing_within_five_minutes_only(member, article):
    comment = comments.post(member, article, "Tikfout")
    assert comments.edit(member, comment.pk, "Geen tikfout").body == "Geen tikfout"
    later = comment.created_at + timedelta(minutes=6)
    with pytest.raises(Refused, match="5 minuten"):
        comments.edit(member, comment.pk, "Te laat", now=later)
    comment.refresh_from_db()
    assert comment.body == "Geen tikfout" and comment.revisions.count() == 2


def test_only_the_author_edits_or_deletes(member, other, article):
    comment = comments.post(member, article, "Van mij")
    with pytest.raises(Refused):
        comments.edit(other, comment.pk, "Van jou")
    with pytest.raises(Refused):
        comments.delete(other, comment.pk)
    comment.refresh_from_db()
    assert comment.body == "Van mij" and not comment.is_deleted


def test_deleting_leaves_a_tombstone_that_keeps_replies(member, other, article):
    top = comments.post(member, article, "Weg ermee")
    reply = comments.post(other, article, "Antwoord", parent=top)
    comments.delete(member, top.pk)
    top.refresh_from_db()
    assert top.is_deleted and top.body == "" and not top.revisions.exists()
    assert Comment.objects.get(pk=reply.pk).parent_id == top.pk
    assert Thread.objects.get(page=article).comment_count == 1


def test_a_newsroom_answer_marks_the_question_answered(member, article, tree):
    editor = factories.make_user("redacteur", "Eindredactie", first_name="Noor", last_name="Smit")
    question = comments.post(member, article, "Wanneer gaat de brug open? @Redactie", question=True)
    assert question.is_question and question.mentions_newsroom
    answer = comments.post(editor, article, "In het voorjaar.", parent=question)
    question.refresh_from_db()
    assert answer.by_newsroom and question.answered_at is not None
    assert Thread.objects.get(page=article).question_count == 1


def test_moderators_decide_and_every_decision_is_audited(
    member, other, article, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    comment = comments.post(member, article, "Grensgeval")
    comments.report(other, comment.pk, HouseRule.OFF_TOPIC)
    with django_capture_on_commit_callbacks(execute=True):
        comments.reject(moderator, comment.pk, HouseRule.OFF_TOPIC, note="Gaat over iets anders")
    comment.refresh_from_db()
    assert comment.status == Status.REJECTED and comment.open_report_count == 0
    assert Thread.objects.get(page=article).comment_count == 0
    row = ModerationAction.objects.get()
    assert (row.moderator, row.kind, row.comment, row.reason) == (moderator, "reject", comment, "off_topic")
    assert [message.to for message in mailoutbox] == [[member.email]]
    assert "Niet over het onderwerp" in mailoutbox[0].body
    with pytest.raises(Refused):
        comments.reject(moderator, comment.pk, "")


def test_a_clean_record_earns_trust_and_a_rejection_takes_it(member, article, moderator):
    posted = [comments.post(member, article, f"Reactie {number}") for number in range(comments.TRUSTED_AFTER)]
    for comment in posted:
        comments.approve(moderator, comment.pk)
    member.member.refresh_from_db()
    assert member.member.trust_level == TrustLevel.TRUSTED
    comments.reject(moderator, posted[0].pk, HouseRule.SPAM)
    member.member.refresh_from_db()
    assert member.member.trust_level == TrustLevel.NEW


def test_counters_equal_a_recount(member, other, article, moderator):
    first = comments.post(member, article, "Een")
    comments.post(other, article, "Twee", parent=first)
    question = comments.post(other, article, "Drie?", question=True)
    comments.reject(moderator, question.pk, HouseRule.SPAM)
    comments.delete(member, first.pk)
    thread = Thread.objects.get(page=article)
    assert comments.recount(thread) == {
        "comment_count": thread.comment_count,
        "question_count": thread.question_count,
    }


def live_events(channel: str):
    return list(LiveEvent.objects.filter(channel=channel).values_list("channel", "data"))


def test_a_comment_and_respect_tell_the_live_channel_counts_only(
    member, other, article, django_capture_on_commit_callbacks
):
    """Listeners of the thread learn that it changed and its new counts, on commit; never a name or a text."""
    channel = f"thread:{article.pk}"
    with django_capture_on_commit_callbacks(execute=True):
        comment = comments.post(member, article, "Goed punt over de brug")
    with django_capture_on_commit_callbacks(execute=True):
        comments.give_respect(other, comment)
    with django_capture_on_commit_callbacks(execute=True):
        comments.withdraw_respect(other, comment.pk)
    assert live_events(channel) == [
        (channel, {"type": "comment", "thread": article.pk, "count": 1}),
        (channel, {"type": "respect", "thread": article.pk, "comment": comment.pk, "count": 1}),
        (channel, {"type": "respect", "thread": article.pk, "comment": comment.pk, "count": 0}),
    ]
