"""Least privilege: nobody outside the Moderator group (or Beheer) reaches a moderation view or action, and
their POSTs change nothing."""

import pytest

from krant.community import comments
from krant.community.models import (
    CommunitySettings,
    Member,
    ModerationAction,
    Statement,
    Status,
)
from krant.core.roles import DESK, MODERATOR, REPORTER
from krant.news.models import ArticlePage
from tests import factories
from tests.community.conftest import make_member

ADMIN = "/admin/community/moderatie/"
LOGIN = "/admin/login/"


@pytest.fixture
def scene(tree):
    """A pending comment, a reported one, a question, an open article, a member: what a POST could change."""
    article = factories.make_article(tree.binnenland, "Nieuwe fietsbrug", comments_questions=True)
    author = make_member()
    reporter = make_member("ander@voorbeeld.nl", "Fietser uit Delft")
    question = comments.post(author, article, "Wanneer gaat de brug open?", question=True)
    reported = comments.post(author, article, "Die brug is lelijk.")
    comments.report(reporter, reported.pk, "off_topic")
    rules = comments.site_settings(article)
    rules.moderation = "pre"
    rules.save()
    pending = comments.post(author, article, "Goed voor fietsers.")
    return {
        "article": article,
        "member": author.member,
        "pending": pending,
        "question": question,
        "site": tree.site,
        "statement_count": Statement.objects.count(),
    }


def urls(scene) -> list[str]:
    member, article = scene["member"], scene["article"]
    return [
        ADMIN,
        *(
            f"{ADMIN}wachtrij/{slug}/"
            for slug in ("te-beoordelen", "gemeld", "tegengehouden", "goedgekeurd", "afgewezen", "vragen")
        ),
        f"{ADMIN}lid/{member.pk}/",
        f"{ADMIN}sluit/{article.pk}/",
        "/admin/community/logboek/",
        "/admin/community/leden/",
        f"/admin/community/leden/edit/{member.pk}/",
        f"/admin/settings/community/communitysettings/{scene['site'].pk}/",
    ]


def posts(scene) -> list[tuple[str, dict]]:
    member, article, pending = scene["member"], scene["article"], scene["pending"]
    return [
        (f"{ADMIN}beslis/", {"comment": pending.pk, "action": "approve"}),
        (f"{ADMIN}beslis/", {"comment": pending.pk, "action": "reject", "reason": "spam"}),
        (f"{ADMIN}antwoord/{scene['question'].pk}/", {"body": "Een antwoord"}),
        (f"{ADMIN}lid/{member.pk}/", {"kind": "ban"}),
        (f"{ADMIN}lid/{member.pk}/", {"kind": "note", "note": "Notitie"}),
        (f"{ADMIN}sluit/{article.pk}/", {}),
        (f"/admin/community/leden/edit/{member.pk}/", {"expert_label": "arts"}),
        (
            f"/admin/settings/community/communitysettings/{scene['site'].pk}/",
            {"moderation": "post", "max_length": "500"},
        ),
    ]


def assert_nothing_changed(scene):
    assert ModerationAction.objects.count() == 0
    member = Member.objects.get(pk=scene["member"].pk)
    assert (member.banned, member.expert_label) == (False, "")
    from krant.community.models import Comment

    assert Comment.objects.get(pk=scene["pending"].pk).status == Status.PREMOD
    assert not Comment.objects.filter(parent=scene["question"]).exists()
    assert ArticlePage.objects.get(pk=scene["article"].pk).comments_enabled
    rules = CommunitySettings.for_site(scene["site"])
    assert (rules.moderation, rules.max_length) == ("pre", 1500)


def test_anonymous_visitors_are_sent_to_the_login(client, scene):
    for url in urls(scene):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(LOGIN), url
    for url, data in posts(scene):
        response = client.post(url, data)
        assert response.status_code == 302 and response["Location"].startswith(LOGIN), url
    assert_nothing_changed(scene)


def test_members_without_admin_access_are_sent_to_the_login(client, scene):
    client.force_login(make_member("lid2@voorbeeld.nl", "Nog een lezer"))
    for url in urls(scene):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(LOGIN), url
    for url, data in posts(scene):
        assert client.post(url, data).status_code == 302, url
    assert_nothing_changed(scene)


@pytest.mark.parametrize("group", [REPORTER, DESK])
def test_newsroom_staff_outside_moderation_are_refused(client, scene, group):
    """Reporters and the desk work in the admin, but the queues, members, log and rules are not theirs."""
    client.force_login(factories.make_user("redacteur", group))
    for url in urls(scene):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"] == "/admin/", url  # Wagtail's 'no permission' message
    for url, data in posts(scene):
        assert client.post(url, data).status_code in (302, 403), url
    assert_nothing_changed(scene)
    assert "Moderatie" not in client.get("/admin/").content.decode()


def test_the_moderator_reaches_every_page(client, scene):
    client.force_login(factories.make_user("moderator", MODERATOR))
    for url in urls(scene):
        assert client.get(url).status_code == 200, url
    menu = client.get("/admin/").content.decode()
    assert "Moderatie" in menu and "Moderatielogboek" in menu and "Stelling van de dag" in menu
