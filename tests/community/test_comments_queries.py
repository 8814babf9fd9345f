"""A comment write costs the same few queries whatever the size of the thread: a breaking-news burst
(bench/community.py) is thousands of them a minute."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

from krant.api import tokens
from krant.community import comments, services
from krant.community.models import CommunitySettings, Moderation
from krant.core.roles import MODERATOR
from tests.community.conftest import site_rules

# Post: savepoint, member, newsroom or not, the same text posted before, comment, revision, thread's
# counters, release; a reply one more: whether its parent's author wants a mail about it.
# Respect (the comment read by the caller): member, savepoint, action, counter, release, the new count.
POST_QUERIES = 8
REPLY_QUERIES = POST_QUERIES + 1
RESPECT_QUERIES = 6
# Through the API with a member's key: the key with its user, then the member with whether they are of the
# newsroom (one query for both); a comment reads its article, respect its comment.
API_POST_QUERIES = 2 + 1 + POST_QUERIES - 2
API_RESPECT_QUERIES = 2 + 1 + RESPECT_QUERIES - 1


def as_in_a_request(user):
    """Return `user` read afresh, with nothing remembered on it, as each request has its user."""
    return get_user_model().objects.get(pk=user.pk)


def grow(article, other, size, django_capture_on_commit_callbacks):
    """Give the article's thread `size` comments (its id and the site's rules are then kept)."""
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(size):
            comments.post(other, article, f"Reactie {number} op de fietsbrug.")


def queries_of(action) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        action()
    return [query["sql"] for query in queries.captured_queries]


@pytest.mark.parametrize("size", [1, 40])
def test_posting_costs_the_same_queries_in_any_thread(
    member, other, article, size, django_capture_on_commit_callbacks
):
    """A comment costs POST_QUERIES and a reply REPLY_QUERIES, in a thread of 1 comment or of 40."""
    grow(article, other, size, django_capture_on_commit_callbacks)
    first = comments.Comment.objects.filter(thread__page=article).first()
    user, again = as_in_a_request(member), as_in_a_request(member)
    posting = queries_of(lambda: comments.post(user, article, "Mooi gedaan."))
    replying = queries_of(lambda: comments.post(again, article, "Eens.", parent=first))
    assert len(posting) == POST_QUERIES, "\n".join(posting)
    assert len(replying) == REPLY_QUERIES, "\n".join(replying)


@pytest.mark.parametrize("size", [1, 40])
def test_respect_costs_the_same_queries_in_any_thread(
    member, other, article, size, django_capture_on_commit_callbacks
):
    grow(article, other, size, django_capture_on_commit_callbacks)
    first = comments.Comment.objects.select_related("thread").filter(thread__page=article).first()
    user = as_in_a_request(member)
    giving = queries_of(lambda: comments.give_respect(user, first))
    assert len(giving) == RESPECT_QUERIES, "\n".join(giving)


def test_a_write_through_the_api_costs_the_same_few_queries(
    member, other, article, django_capture_on_commit_callbacks
):
    """The key's check adds two queries to a write, whatever the member's other keys (expired ones too:
    those are left to the scheduler's `forget_expired_keys`)."""
    grow(article, other, 3, django_capture_on_commit_callbacks)
    expired = [tokens.issue(member).token.pk for _ in range(2)]
    AuthToken.objects.filter(pk__in=expired).update(expiry=timezone.now() - timedelta(days=1))
    key = {"HTTP_AUTHORIZATION": f"Token {tokens.issue(member).key}"}
    first = comments.Comment.objects.filter(thread__page=article).first()
    api = APIClient()

    def post(body):
        return api.post(f"/api/v1/articles/{article.pk}/comments/", {"body": body}, format="json", **key)

    post("Eerst dit.")  # the site and the view restrictions are kept from the first request on
    posting = queries_of(lambda: post("Eens."))
    giving = queries_of(lambda: api.post(f"/api/v1/comments/{first.pk}/respect/", **key))
    assert len(posting) == API_POST_QUERIES, "\n".join(posting)
    assert len(giving) == API_RESPECT_QUERIES, "\n".join(giving)
    assert comments.Comment.objects.filter(body="Eens.").exists() and first.actions.exists()


def test_the_site_rules_are_read_once_per_version(member, article, django_capture_on_commit_callbacks):
    """Kept after the first write; saving them shows the new rules to the next write, in this process at
    once (the purge reaches the others on commit)."""
    comments.post(member, article, "Eerste reactie.")
    assert not any("communitysettings" in sql for sql in queries_of(lambda: comments.site_settings(article)))
    site_rules(moderation=Moderation.PRE)
    assert comments.site_settings(article).moderation == Moderation.PRE
    comment = comments.post(as_in_a_request(member), article, "Tweede reactie.")
    assert comment.status == "premod"


def test_rules_saved_elsewhere_are_read_after_the_purge(member, article, django_capture_on_commit_callbacks):
    """Another process's save reaches this one through the purge of the rules' key, on commit."""
    comments.post(member, article, "Eerste reactie.")
    CommunitySettings.objects.update(moderation=Moderation.PRE)  # no signal: as if another process saved
    assert comments.site_settings(article).moderation == Moderation.POST
    with django_capture_on_commit_callbacks(execute=True):
        comments.purge([CommunitySettings.cache_key])
    assert comments.site_settings(article).moderation == Moderation.PRE


def test_a_refused_first_comment_leaves_no_thread_id_behind(member, article):
    """The thread made for a refused first comment is rolled back: its id must not be kept."""
    with pytest.raises(comments.Refused):
        comments.post(member, article, "")
    comment = comments.post(member, article, "Nu wel.")
    assert comment.thread.pk == comments.Thread.objects.get(page=article).pk


def test_the_newsroom_is_recognised_as_by_its_permissions(member):
    """One query instead of Django's two, with the same answer: staff, a newsroom group (admin access), the
    permission given to the user alone; not a member, nor an account that is switched off."""
    users = get_user_model().objects
    in_group = users.create_user("eindredacteur", password="correct horse battery")
    in_group.groups.add(Group.objects.get(name=MODERATOR))
    alone = users.create_user("losse-redacteur", password="correct horse battery")
    alone.user_permissions.add(Permission.objects.get(codename="access_admin"))
    switched_off = users.create_user("oud-redacteur", password="correct horse battery", is_active=False)
    switched_off.groups.add(Group.objects.get(name=MODERATOR))
    staff = users.create_user("beheerder", password="correct horse battery", is_staff=True)
    assert [services.is_newsroom(as_in_a_request(user)) for user in (in_group, alone, staff)] == [True] * 3
    assert not services.is_newsroom(as_in_a_request(member))
    assert not services.is_newsroom(as_in_a_request(switched_off))
    assert not services.is_newsroom(AnonymousUser())


def test_a_write_reads_the_member_and_the_newsroom_in_one_query_with_the_same_answer(member):
    """`load_member` asks its own SQL what `is_newsroom` asks through Django's query builder: the same."""
    users = get_user_model().objects
    in_group = users.create_user("eindredacteur", password="correct horse battery")
    in_group.groups.add(Group.objects.get(name=MODERATOR))
    alone = users.create_user("losse-redacteur", password="correct horse battery")
    alone.user_permissions.add(Permission.objects.get(codename="access_admin"))
    other_permission = users.create_user("fotograaf", password="correct horse battery")
    other_permission.user_permissions.add(Permission.objects.exclude(codename="access_admin").first())
    everyone = [in_group, alone, other_permission, member]
    for number, user in enumerate(everyone[:3]):
        services.set_display_name(user, f"Medewerker {number}")
    answers = []
    for user in everyone:
        loaded = as_in_a_request(user)
        assert len(queries_of(lambda loaded=loaded: services.load_member(loaded))) == 1
        assert loaded.member.user_id == user.pk
        answers.append(services.is_newsroom(loaded))
        assert answers[-1] == services.is_newsroom(as_in_a_request(user))
    assert answers == [True, True, False, False]
