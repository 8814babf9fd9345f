"""'Voorspelgroepen' in the admin: moderators see the private groups and can replace an offensive name or
dissolve a group, each noted on the owner's record; nobody else reaches it (403), and nobody adds a group."""

import pytest

from krant.community.models import AuditKind, ModerationAction
from krant.core.roles import ADMINS, DESK, MODERATOR, REPORTER
from krant.predictions import services
from krant.predictions.models import Group, GroupMembership, Prediction
from tests import factories

ADMIN = "/admin/voorspelgroepen/"


@pytest.fixture
def group(league, player, rival):
    group = services.create_group(player.member, league.competition.pk, "Kantoorpoule Grofheid")
    services.join_group(rival.member, group)
    services.place_prediction(rival.member, league.match.pk, home_score=1, away_score=0)
    return group


def urls(group) -> list[str]:
    return [ADMIN, f"{ADMIN}edit/{group.pk}/", f"{ADMIN}delete/{group.pk}/"]


@pytest.fixture
def moderator(client, tree):
    client.force_login(factories.make_user("moderator", MODERATOR))
    return client


def test_the_listing_shows_name_competition_owner_members_and_date(moderator, group):
    """Each group's name, competition, owner (their community name, never an address), members, date."""
    response = moderator.get(ADMIN)
    html = response.content.decode()
    for text in ("Kantoorpoule Grofheid", "Polderdivisie", "Voorspeller"):
        assert text in html, text
    assert "speler@voorbeeld.nl" not in html and "rivaal@voorbeeld.nl" not in html
    [row] = response.context["object_list"]
    assert (row.pk, row.member_count) == (group.pk, 2)


def test_a_moderator_replaces_an_offensive_name_and_it_is_noted(moderator, group):
    response = moderator.post(f"{ADMIN}edit/{group.pk}/", {"name": "  Groep  zonder naam "})
    assert response.status_code == 302
    assert Group.objects.get(pk=group.pk).name == "Groep zonder naam"
    action = ModerationAction.objects.get()
    assert (action.kind, action.member, action.moderator_name) == (AuditKind.NOTE, group.owner, "moderator")
    assert "Kantoorpoule Grofheid" in action.note and "Groep zonder naam" in action.note


def test_an_empty_or_long_name_is_refused_on_the_form(moderator, group):
    for name in ("   ", "x" * 61):
        assert moderator.post(f"{ADMIN}edit/{group.pk}/", {"name": name}).status_code == 200
    assert Group.objects.get(pk=group.pk).name == "Kantoorpoule Grofheid"
    assert not ModerationAction.objects.exists()


def test_a_moderator_dissolves_a_group_the_predictions_stay(moderator, group):
    assert moderator.get(f"{ADMIN}delete/{group.pk}/").status_code == 200
    assert moderator.post(f"{ADMIN}delete/{group.pk}/").status_code == 302
    assert not Group.objects.filter(pk=group.pk).exists()
    assert not GroupMembership.objects.exists()
    assert Prediction.objects.count() == 1
    assert "Kantoorpoule Grofheid" in ModerationAction.objects.get(member=group.owner).note


def test_nobody_adds_a_group_here(client, tree, group):
    """Groups are made by members on the site; not even Beheer adds one in the admin."""
    client.force_login(factories.make_user("beheerder", ADMINS))
    assert client.get(ADMIN).status_code == 200
    assert client.get(f"{ADMIN}new/").status_code == 403
    assert f'href="{ADMIN}new/"' not in client.get(ADMIN).content.decode()


@pytest.mark.parametrize("role", [REPORTER, DESK])
def test_staff_without_the_permission_get_403_and_change_nothing(client, tree, group, role):
    client.force_login(factories.make_user("redacteur", role))
    for url in urls(group):
        assert client.get(url).status_code == 403, url
    assert client.post(f"{ADMIN}edit/{group.pk}/", {"name": "Anders"}).status_code == 403
    assert client.post(f"{ADMIN}delete/{group.pk}/").status_code == 403
    assert Group.objects.get(pk=group.pk).name == "Kantoorpoule Grofheid"
    assert not ModerationAction.objects.exists()
    assert "Voorspelgroepen" not in client.get("/admin/").content.decode()


def test_members_are_sent_to_the_login(client, group, player):
    client.force_login(player)
    for url in urls(group):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/"), url
