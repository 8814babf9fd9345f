"""An article's comments in the API: reading (pages, orders, tombstones, who may read) and the count."""

from datetime import timedelta

import pytest
from django.utils import timezone

from krant.api import tokens
from krant.api.community import seconds_until_change
from krant.community import comments, services
from krant.community.models import Comment, CommentChoice, Status, TrustLevel
from tests import factories
from tests.community.conftest import make_member, site_rules


@pytest.fixture
def open_reading(db):
    """The site's comments readable by everyone (the default is members only)."""
    return site_rules(open_reading=True)


def key_of(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Token {tokens.issue(user).key}"}


def comments_of(api, article, **params):
    response = api.get(f"/api/v1/articles/{article.pk}/comments/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_comments_are_listed_with_author_body_and_counts(api, member, other, article, open_reading):
    """Each comment: id, depth, author with label and 'lid sinds', HTML and plain text, respect."""
    member.member.expert_label = "fietsenmaker"
    member.member.trust_level = TrustLevel.REGULAR  # new members' links wait for a moderator
    member.member.save()
    comment = comments.post(member, article, "Eindelijk! Zie https://fietsbrug.example/plan")
    comments.give_respect(other, comment)
    data = comments_of(api, article)
    assert (data["count"], data["open"], data["closed_reason"], data["next"]) == (1, True, None, None)
    [item] = data["results"]
    assert item["id"] == comment.pk and item["parent"] is None and item["depth"] == 0
    assert item["author"]["display_name"] == "Zeeuwse Lezer"
    assert item["author"]["expert_label"] == "fietsenmaker"
    assert item["author"]["newsroom"] is False
    assert item["author"]["member_since"].startswith(str(timezone.localdate().year))
    assert item["text"] == "Eindelijk! Zie https://fietsbrug.example/plan"
    assert 'rel="nofollow ugc noopener"' in item["html"] and item["html"].startswith("<p>")
    assert item["respect_count"] == 1 and item["deleted"] is False
    assert (item["replies"], item["replies_next"]) == ([], None)


def test_html_in_a_comment_is_escaped(api, member, article, open_reading):
    comments.post(member, article, '<script>alert(1)</script><img src=x onerror="alert(2)">')
    item = comments_of(api, article)["results"][0]
    assert "<script>" not in item["html"] and "<img" not in item["html"]
    assert "&lt;script&gt;" in item["html"]


def test_replies_come_flat_under_their_top_level_comment(api, member, other, article, open_reading):
    top = comments.post(member, article, "Eerste")
    reply = comments.post(other, article, "Tweede", parent=top)
    deeper = comments.post(member, article, "Derde", parent=reply)
    [item] = comments_of(api, article)["results"]
    assert [(r["id"], r["parent"], r["depth"]) for r in item["replies"]] == [
        (reply.pk, top.pk, 1),
        (deeper.pk, reply.pk, 2),
    ]


def test_many_replies_continue_at_their_own_address(api, member, other, article, open_reading):
    """A top-level comment carries its first ten replies; `replies_next` pages through the rest."""
    top = comments.post(member, article, "Eerste")
    start = timezone.now() - timedelta(hours=1)
    replies = [
        comments.post(other, article, f"Antwoord {n}", parent=top, now=start + timedelta(minutes=n))
        for n in range(13)
    ]
    [item] = comments_of(api, article)["results"]
    assert [r["id"] for r in item["replies"]] == [reply.pk for reply in replies[:10]]
    rest = api.get(item["replies_next"]).json()
    assert [r["id"] for r in rest["results"]] == [reply.pk for reply in replies[10:]]
    assert rest["next"] is None
    first = api.get(f"/api/v1/comments/{top.pk}/replies/", {"limit": 5}).json()
    assert len(first["results"]) == 5 and first["next"]


@pytest.mark.parametrize(
    "sort, expected",
    [("newest", ["c", "b", "a"]), ("oldest", ["a", "b", "c"]), ("respect", ["b", "c", "a"])],
)
def test_the_three_orders(api, member, other, article, open_reading, sort, expected):
    start = timezone.now() - timedelta(hours=1)
    posted = {
        name: comments.post(member, article, f"Reactie {name}", now=start + timedelta(minutes=n))
        for n, name in enumerate("abc")
    }
    third = make_member("derde@voorbeeld.nl", "Derde Lezer")
    comments.give_respect(other, posted["b"])
    comments.give_respect(third, posted["b"])
    comments.give_respect(other, posted["c"])
    results = comments_of(api, article, sort=sort)["results"]
    assert [item["text"][-1] for item in results] == expected


@pytest.mark.parametrize("sort", ["newest", "oldest", "respect"])
def test_editor_picks_come_first_in_every_order(api, member, article, open_reading, sort):
    start = timezone.now() - timedelta(hours=1)
    posted = [
        comments.post(member, article, f"Reactie {n}", now=start + timedelta(minutes=n)) for n in range(3)
    ]
    moderator = factories.make_user("moderator")
    comments.feature(moderator, posted[1].pk)
    results = comments_of(api, article, sort=sort)["results"]
    assert results[0]["id"] == posted[1].pk and results[0]["featured"] is True


@pytest.mark.parametrize("sort", ["newest", "oldest", "respect"])
def test_pages_follow_each_other_without_gaps_or_repeats(api, member, other, article, open_reading, sort):
    start = timezone.now() - timedelta(hours=2)
    posted = [
        comments.post(member, article, f"Reactie {n}", now=start + timedelta(minutes=n)) for n in range(7)
    ]
    comments.give_respect(other, posted[3])
    comments.feature(factories.make_user("moderator"), posted[5].pk)
    seen, url = [], f"/api/v1/articles/{article.pk}/comments/?sort={sort}&limit=3"
    while url:
        data = api.get(url).json()
        seen += [item["id"] for item in data["results"]]
        url = data["next"]
    assert sorted(seen) == sorted(comment.pk for comment in posted) and len(seen) == 7


def test_a_cursor_of_another_order_is_refused(api, member, article, open_reading):
    for n in range(3):
        comments.post(member, article, f"Reactie {n}")
    next_url = comments_of(api, article, sort="newest", limit=1)["next"]
    response = api.get(next_url.replace("sort=newest", "sort=oldest"))
    assert response.status_code == 400
    assert set(response.json()["error"]["fields"]) == {"cursor"}


def test_a_deleted_comment_with_replies_stays_as_a_tombstone(api, member, other, article, open_reading):
    """No text and no author; the replies keep their place. Without replies it is gone."""
    top = comments.post(member, article, "Weg ermee")
    reply = comments.post(other, article, "Een antwoord", parent=top)
    lonely = comments.post(member, article, "Niemand antwoordde")
    comments.delete(member, top.pk)
    comments.delete(member, lonely.pk)
    data = comments_of(api, article)
    [item] = data["results"]
    assert item["id"] == top.pk and item["deleted"] is True
    assert (item["author"], item["html"], item["text"]) == (None, None, None)
    assert [r["id"] for r in item["replies"]] == [reply.pk]
    assert data["count"] == 1  # tombstones are not counted


def test_hidden_comments_are_not_listed(api, member, other, article, open_reading):
    """Waiting, held and rejected comments are for moderators; a rejected one with replies is a tombstone."""
    waiting = comments.post(member, article, "Wacht")
    Comment.objects.filter(pk=waiting.pk).update(status=Status.PREMOD)
    rejected = comments.post(member, article, "Afgewezen met antwoord")
    comments.post(other, article, "Antwoord", parent=rejected)
    comments.reject(factories.make_user("moderator"), rejected.pk, "abuse")
    [item] = comments_of(api, article)["results"]
    assert item["id"] == rejected.pk and item["deleted"] is True and item["text"] is None


def test_an_anonymised_author_is_null(api, member, article, open_reading):
    """A member who left with 'keep my comments, without my name' leaves comments without an author."""
    comments.post(member, article, "Blijft staan")
    services.delete_account(member, CommentChoice.ANONYMISE)
    [item] = comments_of(api, article)["results"]
    assert item["author"] is None and item["text"] == "Blijft staan" and item["deleted"] is False


def test_questions_and_newsroom_answers_are_marked(api, member, article, open_reading):
    article.comments_questions = True
    factories.publish(article)
    question = comments.post(member, article, "Wanneer gaat de brug open?", question=True)
    editor = factories.make_user("redacteur", first_name="Eva", last_name="Jansen")
    answer = comments.post(editor, article, "In maart, volgens de gemeente.", parent=question)
    [item] = comments_of(api, article)["results"]
    assert item["is_question"] is True and item["answered"] is True
    [reply] = item["replies"]
    assert reply["id"] == answer.pk and reply["by_newsroom"] is True and reply["author"]["newsroom"] is True


def test_members_only_reading_needs_a_key(api, member, article):
    """Reading for members only (the default): an anonymous client gets a JSON 401, a member's key reads."""
    comments.post(member, article, "Alleen voor leden")
    response = api.get(f"/api/v1/articles/{article.pk}/comments/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["error"]["code"] == "not_authenticated"
    assert "public" not in response["Cache-Control"]
    response = api.get(f"/api/v1/articles/{article.pk}/comments/", **key_of(member))
    assert response.status_code == 200 and len(response.json()["results"]) == 1
    assert "private" in response["Cache-Control"]  # what a key opens is never kept by a shared cache


def test_open_reading_is_public_and_cacheable(api, member, article, open_reading):
    response = api.get(f"/api/v1/articles/{article.pk}/comments/")
    assert "public" in response["Cache-Control"]


def test_a_bad_key_is_a_401_even_for_reading(api, article, open_reading):
    response = api.get(f"/api/v1/articles/{article.pk}/comments/", HTTP_AUTHORIZATION="Token nietgeldig")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_unknown_and_withdrawn_articles(api, tree, article, open_reading):
    assert api.get("/api/v1/articles/999999/comments/").status_code == 404
    article.unpublish()
    assert api.get(f"/api/v1/articles/{article.pk}/comments/").status_code == 410


def test_a_closed_thread_is_readable_and_says_why(api, member, tree, open_reading):
    article = factories.make_article(tree.binnenland, "Oud nieuws", when=timezone.now() - timedelta(hours=30))
    data = comments_of(api, article)
    assert data["open"] is False and "gesloten" in data["closed_reason"]


def test_the_article_has_its_comment_count(api, member, other, article):
    comments.post(member, article, "Een")
    top = comments.post(other, article, "Twee")
    comments.post(member, article, "Drie", parent=top)
    data = api.get(f"/api/v1/articles/{article.pk}/").json()
    assert data["comment_count"] == 3
    assert data["comments"].endswith(f"/api/v1/articles/{article.pk}/comments/")


def test_a_cached_thread_lives_until_it_opens_or_closes_by_the_clock(article):
    """The page cache keeps a public thread no longer than until its closing time or the night's start."""
    rules = comments.site_settings()
    now = timezone.now()
    closes = article.comments_closing_time()
    state = comments.thread_state(article, rules, now)
    assert abs(seconds_until_change(article, rules, state, now) - (closes - now).total_seconds()) <= 1
    rules.night_closing_start = (timezone.localtime(now) + timedelta(hours=1)).time()
    rules.night_closing_end = (timezone.localtime(now) + timedelta(hours=2)).time()
    state = comments.thread_state(article, rules, now)
    assert 3500 < seconds_until_change(article, rules, state, now) <= 3601
    night = now + timedelta(minutes=90)
    state = comments.thread_state(article, rules, night)
    assert not state.open and 1700 < seconds_until_change(article, rules, state, night) <= 1801
