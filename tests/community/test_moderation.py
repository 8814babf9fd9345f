"""The Moderator group's workplace in the admin (krant.community.admin_views): the queues, decisions single
and in bulk, newsroom answers, a member's record and sanctions, closing a discussion, the moderation log."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from krant.community import comments
from krant.community.admin_views import can_moderate
from krant.community.models import (
    AuditKind,
    Comment,
    CommunitySettings,
    HouseRule,
    Member,
    ModerationAction,
    Statement,
    Status,
    Thread,
    TrustLevel,
)
from krant.core.roles import ADMINS, DESK, MODERATOR, REPORTER
from krant.news.models import ArticlePage
from tests import factories
from tests.community.conftest import make_member, site_rules

ADMIN = "/admin/community/moderatie/"
DECIDE = ADMIN + "beslis/"


def queue(slug):
    return f"{ADMIN}wachtrij/{slug}/"


@pytest.fixture
def article(tree):
    return factories.make_article(
        tree.binnenland, "Nieuwe fietsbrug over het kanaal", comments_questions=True
    )


@pytest.fixture
def moderator(tree):
    return factories.make_user("moderator", MODERATOR, first_name="Mo", last_name="Derator")


@pytest.fixture
def moderated(client, moderator):
    client.force_login(moderator)
    return client


def assert_counted(article):
    thread = Thread.objects.get(page=article)
    recount = comments.recount(thread)
    assert (thread.comment_count, thread.question_count) == (
        recount["comment_count"],
        recount["question_count"],
    )


@pytest.fixture
def every_queue(member, other, article, moderator):
    """One comment in every queue, named after it."""
    site_rules(suspect_words="sloop")
    made = {}
    made["reported"] = comments.post(member, article, "Die brug is lelijk.")
    comments.report(other, made["reported"].pk, HouseRule.OFF_TOPIC, "gaat niet over de brug")
    made["held"] = comments.post(member, article, "Tijd voor de sloop van die brug.")
    made["approved"] = comments.approve(moderator, comments.post(other, article, "Mooi ontwerp.").pk)
    made["rejected"] = comments.reject(
        moderator, comments.post(other, article, "Wat een onzin.").pk, HouseRule.ABUSE
    )
    made["question"] = comments.post(member, article, "Wanneer gaat de brug open?", question=True)
    made["mention"] = comments.post(other, article, "@redactie klopt de lengte wel?")
    site_rules(moderation="pre")
    made["pending"] = comments.post(member, article, "Goed voor fietsers uit het dorp.")
    return made


@pytest.mark.parametrize(
    "slug, expected",
    [
        ("te-beoordelen", {"pending"}),
        ("gemeld", {"reported"}),
        ("tegengehouden", {"held"}),
        ("goedgekeurd", {"approved"}),
        ("afgewezen", {"rejected"}),
        ("steekproef", set()),  # without a model nothing is decided automatically (test_learned_moderation)
        ("vragen", {"question", "mention"}),
    ],
)
def test_each_queue_shows_its_comments_and_every_count(moderated, every_queue, slug, expected):
    """A queue lists exactly its comments; the tabs count every queue."""
    response = moderated.get(queue(slug))
    assert response.status_code == 200
    html = response.content.decode()
    for name, comment in every_queue.items():
        assert (f'id="reactie-{comment.pk}"' in html) == (name in expected), name
    assert response.context["tabs"][0][1] == 1  # te beoordelen
    assert [count for _queue, count, _url in response.context["tabs"]] == [1, 1, 1, 1, 1, 0, 2]


def test_the_index_is_the_pending_queue(moderated, every_queue):
    response = moderated.get(ADMIN)
    assert response.status_code == 200 and response.context["queue"].slug == "te-beoordelen"


def test_an_unknown_queue_is_404(moderated):
    assert moderated.get(queue("alles")).status_code == 404


def test_a_held_comment_shows_which_check_held_it_and_why(moderated, every_queue):
    html = moderated.get(queue("tegengehouden")).content.decode()
    assert "Tegengehouden door:</strong>" in html and "Verdacht woord (“sloop”)" in html


def test_a_row_shows_author_record_trust_age_reports_and_the_article(moderated, every_queue, member, article):
    html = moderated.get(queue("gemeld")).content.decode()
    assert f"/admin/community/moderatie/lid/{member.member.pk}/" in html
    assert "Nieuw · lid sinds" in html
    assert "0 goedgekeurd, 0 afgewezen van 4 reacties" in html
    assert "Niet over het onderwerp (1)" in html and "gaat niet over de brug" in html
    assert f'href="{article.url}"' in html and f'href="{article.url}reacties/"' in html


def test_approving_publishes_counts_and_audits(moderated, every_queue, moderator, article):
    pending = every_queue["pending"]
    response = moderated.post(
        DECIDE, {"comment": pending.pk, "action": "approve", "next": queue("te-beoordelen")}
    )
    assert response.status_code == 302 and response["Location"] == queue("te-beoordelen")
    pending.refresh_from_db()
    assert pending.status == Status.APPROVED
    row = ModerationAction.objects.get(comment=pending)
    assert (row.kind, row.moderator, row.moderator_name) == (AuditKind.APPROVE, moderator, "Mo Derator")
    assert_counted(article)
    assert f'id="reactie-{pending.pk}"' not in moderated.get(queue("te-beoordelen")).content.decode()


def test_rejecting_cites_the_rule_mails_the_author_and_audits(
    moderated, every_queue, member, mailoutbox, django_capture_on_commit_callbacks, article
):
    reported = every_queue["reported"]
    with django_capture_on_commit_callbacks(execute=True):
        moderated.post(DECIDE, {"comment": reported.pk, "action": "reject", "reason": HouseRule.OFF_TOPIC})
    reported.refresh_from_db()
    assert (reported.status, reported.status_reason, reported.open_report_count) == (
        Status.REJECTED,
        HouseRule.OFF_TOPIC,
        0,
    )
    assert ModerationAction.objects.get(comment=reported).reason == HouseRule.OFF_TOPIC
    assert [message.to for message in mailoutbox] == [[member.email]]
    assert "Niet over het onderwerp" in mailoutbox[0].body
    assert_counted(article)


@pytest.mark.parametrize("reason", ["", "onbekend"])
def test_rejecting_without_a_house_rule_is_refused_and_changes_nothing(moderated, every_queue, reason):
    pending = every_queue["pending"]
    response = moderated.post(
        DECIDE, {"comment": pending.pk, "action": "reject", "reason": reason}, follow=True
    )
    assert "Kies de huisregel" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Status.PREMOD
    assert not ModerationAction.objects.filter(comment=pending).exists()


@pytest.mark.parametrize("value", ["999999", "x"])
def test_an_unknown_comment_is_404_and_nothing_changes(moderated, every_queue, value):
    before = ModerationAction.objects.count()
    response = moderated.post(DECIDE, {"comment": [every_queue["pending"].pk, value], "action": "approve"})
    assert response.status_code == 404
    assert ModerationAction.objects.count() == before
    assert Comment.objects.get(pk=every_queue["pending"].pk).status == Status.PREMOD


@pytest.mark.parametrize("data", [{"action": "approve"}, {"action": "wis", "comment": "1"}])
def test_no_selection_or_an_unknown_action_is_a_clear_error(moderated, every_queue, data):
    response = moderated.post(DECIDE, data, follow=True)
    assert response.status_code == 200
    assert any(
        text in response.content.decode() for text in ("Kies eerst een of meer reacties", "Kies wat er")
    )
    assert ModerationAction.objects.count() == 2  # the fixture's own decisions


def test_a_decision_by_get_is_not_allowed(moderated, every_queue):
    assert (
        moderated.get(DECIDE, {"comment": every_queue["pending"].pk, "action": "approve"}).status_code == 405
    )


def test_bulk_approve_and_bulk_reject_act_on_every_selected_row(
    moderated, member, article, mailoutbox, django_capture_on_commit_callbacks
):
    site_rules(moderation="pre")
    waiting = [comments.post(member, article, f"Reactie nummer {n}") for n in range(4)]
    moderated.post(DECIDE, {"comment": [c.pk for c in waiting[:2]], "action": "approve"})
    with django_capture_on_commit_callbacks(execute=True):
        moderated.post(DECIDE, {"comment": [c.pk for c in waiting[2:]], "action": "reject", "reason": "spam"})
    assert [Comment.objects.get(pk=c.pk).status for c in waiting] == [Status.APPROVED] * 2 + [
        Status.REJECTED
    ] * 2
    assert ModerationAction.objects.filter(kind=AuditKind.APPROVE).count() == 2
    assert ModerationAction.objects.filter(kind=AuditKind.REJECT, reason="spam").count() == 2
    assert len(mailoutbox) == 2
    assert_counted(article)


def test_a_bulk_action_is_all_or_nothing(moderated, member, article):
    """Featuring a hidden comment is refused: the visible one in the same selection stays as it was."""
    shown = comments.post(member, article, "Zichtbaar")
    site_rules(moderation="pre")
    waiting = comments.post(member, article, "Wacht nog")
    response = moderated.post(DECIDE, {"comment": [shown.pk, waiting.pk], "action": "feature"}, follow=True)
    assert "Alleen een zichtbare reactie" in response.content.decode()
    assert not Comment.objects.filter(featured=True).exists()
    assert not ModerationAction.objects.exists()


def test_featuring_and_unfeaturing(moderated, every_queue):
    approved = every_queue["approved"]
    moderated.post(DECIDE, {"comment": approved.pk, "action": "feature"})
    assert Comment.objects.get(pk=approved.pk).featured
    moderated.post(DECIDE, {"comment": approved.pk, "action": "unfeature"})
    assert not Comment.objects.get(pk=approved.pk).featured
    assert list(ModerationAction.objects.filter(comment=approved).values_list("kind", flat=True)) == [
        AuditKind.UNFEATURE,
        AuditKind.FEATURE,
        AuditKind.APPROVE,
    ]


def test_a_post_without_csrf_token_is_403(moderator, every_queue):
    client = Client(enforce_csrf_checks=True)
    client.force_login(moderator)
    pending = every_queue["pending"]
    assert client.post(DECIDE, {"comment": pending.pk, "action": "approve"}).status_code == 403
    assert client.post(f"{ADMIN}lid/{pending.author_id}/", {"kind": "ban"}).status_code == 403
    assert Comment.objects.get(pk=pending.pk).status == Status.PREMOD
    assert not Member.objects.get(pk=pending.author_id).banned


def test_the_newsroom_answers_a_question_and_a_mention_from_the_queue(moderated, every_queue, moderator):
    for name in ("question", "mention"):
        asked = every_queue[name]
        response = moderated.post(f"{ADMIN}antwoord/{asked.pk}/", {"body": f"Antwoord op de {name}."})
        assert response.status_code == 302
        answer = Comment.objects.get(parent=asked)
        assert answer.by_newsroom and answer.author.user == moderator
        asked.refresh_from_db()
        assert asked.answered_at is not None
    assert moderated.get(queue("vragen")).context["rows"] == []


def test_an_empty_answer_is_refused_and_nothing_stored(moderated, every_queue):
    response = moderated.post(f"{ADMIN}antwoord/{every_queue['question'].pk}/", {"body": "  "}, follow=True)
    assert "Schrijf eerst een reactie" in response.content.decode()
    assert not Comment.objects.filter(parent=every_queue["question"]).exists()


def test_answering_an_unknown_comment_is_404(moderated, every_queue):
    assert moderated.post(f"{ADMIN}antwoord/999999/", {"body": "Antwoord"}).status_code == 404


# --- A member's record ----------------------------------------------------------------------------------


def member_url(member):
    return f"{ADMIN}lid/{member.member.pk}/"


def test_the_member_page_shows_history_record_and_notes(moderated, every_queue, other, moderator):
    comments.act_on_member(moderator, other.member, AuditKind.NOTE, note="Let op toon")
    response = moderated.get(member_url(other))
    html = response.content.decode()
    assert response.status_code == 200
    for name in ("approved", "rejected", "mention"):
        assert f'id="reactie-{every_queue[name].pk}"' in html
    assert "3 in totaal: 1 goedgekeurd, 1 afgewezen" in html
    assert "Let op toon" in html


def test_notes_warnings_suspension_ban_restore_and_trust_are_audited(
    moderated, member, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    url = member_url(member)
    until = (timezone.localtime() + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    with django_capture_on_commit_callbacks(execute=True):
        for data in (
            {"kind": "note", "note": "Vaak scherp"},
            {"kind": "warn", "note": "Blijf bij het onderwerp."},
            {"kind": "suspend", "until": until, "note": "Drie dagen rust"},
            {"kind": "ban"},
            {"kind": "restore"},
            {"kind": "trust", "trust": str(TrustLevel.TRUSTED)},
        ):
            response = moderated.post(url, data)
            assert response.status_code == 302, (data, response.content.decode()[:500])
    profile = Member.objects.get(pk=member.member.pk)
    assert (profile.banned, profile.suspended_until, profile.trust_level) == (False, None, TrustLevel.TRUSTED)
    assert list(
        ModerationAction.objects.filter(member=profile).order_by("pk").values_list("kind", flat=True)
    ) == [
        AuditKind.NOTE,
        AuditKind.WARN,
        AuditKind.SUSPEND,
        AuditKind.BAN,
        AuditKind.RESTORE,
        AuditKind.TRUST,
    ]
    assert [message.to for message in mailoutbox] == [[member.email]]
    assert "Blijf bij het onderwerp." in mailoutbox[0].body


def test_a_suspension_holds_until_its_moment(moderated, member, article):
    until = (timezone.localtime() + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M")
    moderated.post(member_url(member), {"kind": "suspend", "until": until})
    with pytest.raises(comments.Refused) as refused:
        comments.post(get_user_model().objects.get(pk=member.pk), article, "Mag ik nog?")
    assert refused.value.code == "suspended"


@pytest.mark.parametrize(
    "data, message",
    [
        ({"kind": "suspend", "until": "2001-01-01T10:00"}, "Kies een moment in de toekomst"),
        ({"kind": "suspend", "until": ""}, "Kies een moment in de toekomst"),
        ({"kind": "suspend", "until": "morgen"}, "Geschorst tot"),
        ({"kind": "note", "note": "   "}, "Schrijf een notitie"),
        ({"kind": "warn"}, "Schrijf een notitie"),
        ({"kind": "trust", "trust": "7"}, "Vertrouwen"),
        ({"kind": "delete"}, "kind"),
    ],
)
def test_bad_member_actions_are_refused_with_a_message_and_store_nothing(moderated, member, data, message):
    response = moderated.post(member_url(member), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    profile = Member.objects.get(pk=member.member.pk)
    assert (profile.suspended_until, profile.banned) == (None, False)
    assert not ModerationAction.objects.exists()


def test_an_unknown_member_is_404(moderated):
    assert moderated.get(f"{ADMIN}lid/999999/").status_code == 404
    assert moderated.post(f"{ADMIN}lid/999999/", {"kind": "ban"}).status_code == 404


def test_the_members_admin_edits_only_the_expertise_and_links_the_record(moderated, member):
    """Trust and sanctions are no longer in the members' form: they go through the audited actions."""
    profile = member.member
    index = moderated.get("/admin/community/leden/").content.decode()
    assert f"/admin/community/moderatie/lid/{profile.pk}/" in index
    moderated.post(
        f"/admin/community/leden/edit/{profile.pk}/",
        {"expert_label": "arts", "trust_level": "2", "banned": "on", "suspended_until": "2099-01-01 10:00"},
    )
    profile.refresh_from_db()
    assert (profile.expert_label, profile.trust_level, profile.banned, profile.suspended_until) == (
        "arts",
        TrustLevel.NEW,
        False,
        None,
    )


# --- Closing a discussion -------------------------------------------------------------------------------


def test_beheer_finds_sluit_discussie_on_an_open_article(client, article):
    client.force_login(factories.make_user("beheer", ADMINS))
    edit = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert f"{ADMIN}sluit/{article.pk}/" in edit
    ArticlePage.objects.filter(pk=article.pk).update(comments_enabled=False)
    assert (
        f"{ADMIN}sluit/{article.pk}/" not in client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    )


def test_a_queue_row_offers_to_close_its_open_discussion(moderated, every_queue, article):
    assert f"{ADMIN}sluit/{article.pk}/" in moderated.get(queue("gemeld")).content.decode()


def test_closing_a_discussion_from_the_admin(moderated, article, member, moderator):
    assert moderated.get(f"{ADMIN}sluit/{article.pk}/").status_code == 200
    response = moderated.post(f"{ADMIN}sluit/{article.pk}/", {"next": queue("gemeld")})
    assert response.status_code == 302 and response["Location"] == queue("gemeld")
    closed = ArticlePage.objects.get(pk=article.pk)
    assert not closed.comments_enabled
    # The editor's next publish starts from the latest revision: the discussion stays closed.
    assert closed.get_latest_revision().content["comments_enabled"] is False
    row = ModerationAction.objects.get(kind=AuditKind.CLOSE)
    assert (row.moderator, row.thread.page_id) == (moderator, article.pk)
    with pytest.raises(comments.Refused) as refused:
        comments.post(member, ArticlePage.objects.get(pk=article.pk), "Nog even dit")
    assert refused.value.code == "closed"
    moderated.post(f"{ADMIN}sluit/{article.pk}/")
    assert ModerationAction.objects.filter(kind=AuditKind.CLOSE).count() == 1  # once closed, nothing to audit


def test_closing_something_that_is_not_an_article_is_404(moderated, tree):
    assert moderated.post(f"{ADMIN}sluit/{tree.home.pk}/").status_code == 404
    assert not ModerationAction.objects.exists()


# --- The moderation log ---------------------------------------------------------------------------------

LOG = "/admin/community/logboek/"


def test_beheer_reads_the_whole_log_filtered_and_nobody_edits_it(client, every_queue, moderator, other):
    second = factories.make_user("tweede", MODERATOR)
    comments.act_on_member(second, other.member, AuditKind.NOTE, note="Notitie van de tweede")
    client.force_login(factories.make_user("beheer", ADMINS))
    rows = client.get(LOG).context["object_list"]
    assert len(rows) == 3
    assert list(client.get(LOG, {"kind": "note"}).context["object_list"]) == [
        ModerationAction.objects.get(kind=AuditKind.NOTE)
    ]
    assert len(client.get(LOG, {"moderator": moderator.pk}).context["object_list"]) == 2
    assert len(client.get(LOG, {"member": other.member.pk}).context["object_list"]) == 3
    row = ModerationAction.objects.first()
    assert client.get(f"{LOG}edit/{row.pk}/").status_code == 302
    assert client.post(f"{LOG}delete/{row.pk}/").status_code == 302
    assert client.get(f"{LOG}new/").status_code == 302
    assert ModerationAction.objects.count() == 3


def test_a_moderator_reads_only_their_own_actions(moderated, every_queue, other):
    second = factories.make_user("tweede", MODERATOR)
    comments.act_on_member(second, other.member, AuditKind.NOTE, note="Notitie van de tweede")
    rows = moderated.get(LOG).context["object_list"]
    assert {row.moderator_name for row in rows} == {"Mo Derator"} and len(rows) == 2


# --- Settings and the day's statement -------------------------------------------------------------------


def test_moderators_edit_the_community_rules(moderated, tree):
    url = f"/admin/settings/community/communitysettings/{tree.site.pk}/"
    assert moderated.get(url).status_code == 200
    response = moderated.post(
        url,
        {"moderation": "pre", "max_length": "800", "banned_words": "", "suspect_words": "sloop"},
    )
    assert response.status_code == 302
    assert CommunitySettings.for_site(tree.site).moderation == "pre"


@pytest.mark.parametrize("group", [DESK, MODERATOR])
def test_desk_and_moderators_pin_the_statement_of_the_day(client, article, group):
    client.force_login(factories.make_user("stelling", group))
    response = client.post(
        "/admin/community/stellingen/new/",
        {
            "text": "Fietsbruggen zijn belangrijker dan autowegen",
            "page": article.pk,
            "date": "2026-12-06",
            "pinned": "on",
        },
    )
    assert response.status_code == 302
    assert Statement.objects.get().page_id == article.pk


def test_the_roles_grant_moderation_to_moderators_only(tree):
    """ensure_newsroom_roles gives the Moderator group the queues; reporters and the desk not."""
    users = {
        group: factories.make_user(group.lower(), group) for group in (REPORTER, DESK, MODERATOR, ADMINS)
    }
    assert {group: can_moderate(user) for group, user in users.items()} == {
        REPORTER: False,
        DESK: False,
        MODERATOR: True,
        ADMINS: True,
    }


def test_the_log_links_each_member_to_their_record(moderated, every_queue, other):
    html = moderated.get(LOG).content.decode()
    assert f'href="{ADMIN}lid/{other.member.pk}/"' in html


def test_a_queue_costs_the_same_queries_for_3_or_25_rows(moderated, member, other, article):
    """The queue reads its rows, their reports, revisions, pages and authors' records in fixed queries.

    (An article's public address costs a query for its section: one per article on the page, not per row.)
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    site_rules(moderation="pre")
    authors = [member, other]

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert moderated.get(queue("te-beoordelen")).status_code == 200
        return len(captured)

    for n in range(3):
        comments.post(authors[n % 2], article, f"Reactie {n}")
    queries()  # the first requests fill the caches of permissions, sites and content types
    queries()
    few = queries()
    for n in range(3, 25):
        extra = make_member(f"lid{n}@voorbeeld.nl", f"Lezer nummer {n}")
        comments.post(extra, article, f"Reactie {n}")
    queries()
    assert queries() == few


def test_the_dashboard_shows_moderators_the_queues_with_their_counts(moderated, every_queue):
    html = moderated.get("/admin/").content.decode()
    assert f'<a href="{queue("te-beoordelen")}">Te beoordelen</a>: 1' in html
    assert f'<a href="{queue("vragen")}">Vragen aan de redactie</a>: 2' in html


def test_the_dashboard_has_no_queues_for_the_desk(client, every_queue):
    client.force_login(factories.make_user("eindredacteur", DESK))
    assert queue("te-beoordelen") not in client.get("/admin/").content.decode()


@pytest.mark.parametrize("target", ["https://kwaad.example/", "//kwaad.example/", "javascript:alert(1)"])
def test_after_a_decision_the_moderator_stays_on_this_site(moderated, every_queue, target):
    response = moderated.post(
        DECIDE, {"comment": every_queue["pending"].pk, "action": "approve", "next": target}
    )
    assert response.status_code == 302 and response["Location"] == queue("te-beoordelen")
