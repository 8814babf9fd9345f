"""The cache rule of issue #11 section 4 for threads: the article page is the same bytes for anonymous
readers and members; the members' fragment never reaches a reader without its key; a member's page
without JavaScript is never cached; a comment purges the thread's fragment.

Transactional tests: purges wait for the commit (krant.core.purge), as in production.
"""

import pytest
from django.test import Client
from django.urls import reverse

from krant.community import comments
from tests.community.conftest import make_member
from tests.factories import make_article, make_site, make_user

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def article(page_cache):
    tree = make_site()
    return make_article(tree.binnenland, "Nieuwe fietsbrug over het kanaal")


@pytest.fixture
def member_client(article):
    user = make_member()
    client = Client()
    client.force_login(user)
    client.get("/community/ik/")  # the login sets the account cookie, as a real login does
    assert client.cookies["krant_account"].value == "member"
    client.user = user
    return client


def test_a_members_article_page_is_the_anonymous_bytes(article, member_client, client):
    anonymous = client.get(article.url)
    assert anonymous["X-Cache"] == "miss"
    mine = member_client.get(article.url)
    assert mine["X-Cache"] == "hit"
    assert mine.content == anonymous.content
    assert "Log in en lees reacties" in mine.content.decode()


def test_a_staff_article_page_is_private(article, client):
    editor = make_user("redacteur")
    client.force_login(editor)
    client.get("/community/ik/")
    response = client.get(article.url)
    assert "private" in response["Cache-Control"]
    assert "X-Cache" not in response


def test_the_members_fragment_is_never_served_to_a_reader_without_its_key(article, member_client, client):
    comments.post(member_client.user, article, "Alleen voor leden.")
    key = member_client.get(reverse("community:thread_me", args=[article.pk])).json()["fragment"]
    members = member_client.get(key)
    assert "Alleen voor leden." in members.content.decode()
    assert Client().get(key)["X-Cache"] == "hit"  # the members' address is shared by every member
    public = client.get(reverse("community:thread", args=[article.pk]))
    assert "Alleen voor leden." not in public.content.decode()
    again = member_client.get(reverse("community:thread", args=[article.pk]))
    assert "Alleen voor leden." not in again.content.decode()


def test_the_personal_request_is_never_cached(article, member_client):
    url = reverse("community:thread_me", args=[article.pk])
    first = member_client.get(url)
    assert "no-cache" in first["Cache-Control"] or "no-store" in first["Cache-Control"]
    assert "X-Cache" not in first
    assert first.json()["member"]["name"] == "Zeeuwse Lezer"
    assert first.json()["csrf_token"]


def test_a_comment_purges_the_thread_fragment(article, member_client):
    url = member_client.get(reverse("community:thread_me", args=[article.pk])).json()["fragment"]
    assert member_client.get(url)["X-Cache"] == "miss"
    assert member_client.get(url)["X-Cache"] == "hit"
    comments.post(member_client.user, article, "Net geplaatst.")
    fresh = member_client.get(url)
    assert fresh["X-Cache"] == "miss"
    assert "Net geplaatst." in fresh.content.decode()
    assert "thread:" in fresh["xkey"]
    assert "community-settings" in fresh["xkey"].split()  # who may read is in it: the settings purge it


def test_the_comments_page_is_cached_for_readers_and_personal_for_members(article, member_client, client):
    url = f"{article.url}reacties/"
    anonymous = client.get(url)
    assert anonymous.status_code == 200 and anonymous["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"
    mine = member_client.get(url)
    assert "X-Cache" not in mine  # neither served from nor stored in the cache
    assert "private" in mine["Cache-Control"]
    assert "csrfmiddlewaretoken" in mine.content.decode()
    assert mine.content != anonymous.content
    assert "csrfmiddlewaretoken" not in client.get(url).content.decode()


def test_a_posted_comment_shows_on_the_comments_page_at_once(article, member_client, client):
    url = f"{article.url}reacties/"
    client.get(url)
    response = member_client.post(
        reverse("community:post"), {"artikel": article.pk, "tekst": "Direct te zien."}
    )
    assert response.status_code == 303
    assert "Direct te zien." in member_client.get(url).content.decode()
