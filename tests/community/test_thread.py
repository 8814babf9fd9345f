"""The thread under an article as readers see it: fragments, the page without JavaScript, counts."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from krant.community import comments, threads
from krant.community.models import HouseRule, Statement, TrustLevel
from krant.core.roles import MODERATOR
from tests import factories
from tests.community.conftest import make_member


@pytest.fixture
def article(tree):
    return factories.make_article(tree.binnenland, "Nieuwe fietsbrug over het kanaal")


@pytest.fixture
def other(db):
    return make_member("ander@voorbeeld.nl", "Fietser uit Delft")


@pytest.fixture
def moderator(db):
    return factories.make_user("moderator", MODERATOR)


@pytest.fixture
def open_reading(tree):
    rules = comments.site_settings()
    rules.open_reading = True
    rules.save()
    return rules


def fragment(client, article, **params):
    return client.get(reverse("community:thread", args=[article.pk]), params)


def members_fragment(client, article, **params):
    return fragment(client, article, sleutel=threads.members_key(article.pk), **params)


def comment_ids(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<li class="comment[^"]*" id="reactie-(\d+)"', html)]


@pytest.mark.parametrize(
    "count, text",
    [
        (0, "Nog geen reacties"),
        (1, "1 reactie"),
        (12, "12 reacties"),
        (999, "999 reacties"),
        (1000, "1K reacties"),
        (1300, "1.3K reacties"),
        (25_400, "25.4K reacties"),
    ],
)
def test_counts_are_written_like_the_seed(count, text):
    """A count reads 'Nog geen reacties', '1 reactie', '12 reacties', '1.3K reacties'."""
    assert threads.count_text(count) == text


def test_the_article_shows_the_community_block_with_login_and_tagline(article, client):
    """Under the article: the heading, the count, 'Log in en lees reacties' back to the thread, the tagline,
    and the addresses the script loads the thread from."""
    html = client.get(article.url).content.decode()
    block = html[html.index('id="reacties"') :]
    assert "Reacties op dit nieuwsbericht" in block
    assert "Nog geen reacties" in block
    assert "Log in en lees reacties" in block
    assert f'href="/community/inloggen/?next={article.url.replace("/", "%2F")}reacties%2F"' in block
    assert "Lees reacties, stel vragen aan de redactie, geef respect en praat mee" in block
    assert f'data-thread="/community/draad/{article.pk}/"' in block
    assert html.index('id="reacties"') < html.index("</main>")


def test_reading_needs_a_login_by_default(article, member, client):
    """While reading needs a login, the thread's public fragment is the login prompt, never a comment."""
    comments.post(member, article, "Een geheime reactie voor leden.")
    html = fragment(client, article).content.decode()
    assert "Log in en lees reacties" in html
    assert "geheime reactie" not in html
    assert "geheime reactie" in members_fragment(client, article).content.decode()


def test_a_forged_or_old_members_key_gets_nothing(article, member, client):
    """The members' fragment opens only with today's or yesterday's key; another key is refused."""
    comments.post(member, article, "Een geheime reactie voor leden.")
    assert fragment(client, article, sleutel="0" * 20).status_code == 403
    old = threads.members_key(article.pk, timezone.now().toordinal() - 2)
    assert fragment(client, article, sleutel=old).status_code == 403
    yesterday = threads.members_key(article.pk, timezone.now().toordinal() - 1)
    assert fragment(client, article, sleutel=yesterday).status_code == 200


def test_open_reading_shows_the_thread_to_everyone(article, member, open_reading, client):
    comments.post(member, article, "Voor iedereen leesbaar.")
    html = fragment(client, article).content.decode()
    assert "Voor iedereen leesbaar." in html
    assert "Log in om mee te praten" in html
    assert "<form" not in html


def test_a_comment_shows_name_label_since_time_and_respect(article, member, other, client):
    """Each comment: the name linked to its profile, a verified expertise, 'lid sinds', time, respect."""
    author = member.member
    author.expert_label = "verkeerskundige"
    author.joined_at = timezone.make_aware(timezone.datetime(2021, 3, 5))
    author.trust_level = TrustLevel.REGULAR  # a new member's link waits for a moderator
    author.save()
    comment = comments.post(member, article, "Goed plan, zie https://example.org/brug voor de tekening.")
    comments.give_respect(other, comment.pk)
    html = members_fragment(client, article).content.decode()
    assert f'<a href="/community/leden/{author.pk}/">Zeeuwse Lezer</a>' in html
    assert '<span class="badge badge--expert">verkeerskundige</span>' in html
    assert "lid sinds maart 2021" in html
    assert '<a href="https://example.org/brug" rel="nofollow ugc noopener">' in html
    assert '<span class="comment__count" data-respect-count>1</span>' in html
    assert "bewerkt" not in html


def test_an_edited_comment_says_so(article, member, client):
    comment = comments.post(member, article, "Eerste versie.")
    comments.edit(member, comment.pk, "Tweede versie.")
    html = members_fragment(client, article).content.decode()
    assert "Tweede versie." in html and "Eerste versie." not in html
    assert '<span class="comment__edited">bewerkt</span>' in html


def test_replies_nest_three_levels(article, member, other, client):
    top = comments.post(member, article, "Niveau een.")
    second = comments.post(other, article, "Niveau twee.", parent=top)
    third = comments.post(member, article, "Niveau drie.", parent=second)
    fourth = comments.post(other, article, "Nog dieper.", parent=third)
    html = members_fragment(client, article).content.decode()
    assert comment_ids(html) == [top.pk, second.pk, third.pk, fourth.pk]
    assert html.count('class="comments comments--replies"') == 2  # under one and two; three holds four


def test_a_deleted_comment_is_a_tombstone_only_above_replies(article, member, other, client):
    """A deleted comment with replies stays as 'Deze reactie is verwijderd'; without replies it is gone."""
    parent = comments.post(member, article, "Ik word verwijderd.")
    reply = comments.post(other, article, "Ik blijf staan.", parent=parent)
    lonely = comments.post(member, article, "Ik verdwijn helemaal.")
    comments.delete(member, parent.pk)
    comments.delete(member, lonely.pk)
    html = members_fragment(client, article).content.decode()
    assert comment_ids(html) == [parent.pk, reply.pk]
    assert html.count("Deze reactie is verwijderd.") == 1
    assert "Ik word verwijderd." not in html and "Ik verdwijn helemaal." not in html
    assert "Ik blijf staan." in html


def test_a_rejected_comment_leaves_a_tombstone_only_above_replies(article, member, other, moderator, client):
    parent = comments.post(member, article, "Ik word afgewezen.")
    comments.post(other, article, "Antwoord blijft.", parent=parent)
    comments.reject(moderator, parent.pk, HouseRule.ABUSE)
    html = members_fragment(client, article).content.decode()
    assert "Ik word afgewezen." not in html
    assert "Deze reactie is verwijderd." in html and "Antwoord blijft." in html


def test_sorting_newest_oldest_and_most_respect_with_featured_first(
    article, member, other, moderator, client
):
    now = timezone.now()
    first = comments.post(member, article, "Eerste.", now=now - timedelta(minutes=30))
    second = comments.post(member, article, "Tweede.", now=now - timedelta(minutes=20))
    third = comments.post(member, article, "Derde.", now=now - timedelta(minutes=10))
    comments.give_respect(other, second.pk)
    assert comment_ids(members_fragment(client, article).content.decode()) == [third.pk, second.pk, first.pk]
    oldest = members_fragment(client, article, sortering="oudste").content.decode()
    assert comment_ids(oldest) == [first.pk, second.pk, third.pk]
    most = members_fragment(client, article, sortering="respect").content.decode()
    assert comment_ids(most)[0] == second.pk
    comments.feature(moderator, first.pk)
    featured = members_fragment(client, article).content.decode()
    assert comment_ids(featured) == [first.pk, third.pk, second.pk]
    assert "Uitgelicht" in featured
    assert comment_ids(members_fragment(client, article, sortering="onzin").content.decode())[0] == first.pk


def test_questions_filter_shows_questions_and_newsroom_answers(article, member, other, client):
    """'Vragen aan de redactie': questions only, each with the newsroom's answers, highlighted."""
    editor = factories.make_user("redacteur", first_name="Eva", last_name="Bakker")
    question = comments.post(member, article, "Wanneer gaat de brug open?", question=True)
    comments.post(other, article, "Ik weet het ook niet.", parent=question)
    answer = comments.post(editor, article, "In het voorjaar, meldt de gemeente.", parent=question)
    plain = comments.post(other, article, "Gewone reactie.")
    html = members_fragment(client, article, filter="vragen").content.decode()
    assert comment_ids(html) == [question.pk, answer.pk]
    assert "comment--question comment--answered" in html
    assert "Vraag aan de redactie · beantwoord" in html
    assert '<span class="badge badge--newsroom">Redactie</span>' in html
    assert "Antwoord van de redactie" in html
    everything = members_fragment(client, article).content.decode()
    assert plain.pk in comment_ids(everything)


def test_top_level_comments_are_paginated_with_their_replies(article, member, other, client):
    now = timezone.now()
    posted = [
        comments.post(member, article, f"Reactie {n}.", now=now - timedelta(seconds=100 - n))
        for n in range(23)
    ]
    reply = comments.post(other, article, "Antwoord op de oudste.", parent=posted[0])
    first = members_fragment(client, article).content.decode()
    assert len(comment_ids(first)) == threads.PER_PAGE
    assert "Pagina 1 van 2" in first
    second = members_fragment(client, article, pagina="2").content.decode()
    assert comment_ids(second) == [posted[2].pk, posted[1].pk, posted[0].pk, reply.pk]
    assert members_fragment(client, article, pagina="99").status_code == 200
    assert members_fragment(client, article, pagina="x").status_code == 200


def test_a_closed_thread_stays_readable_and_says_why(article, member, client):
    comments.post(member, article, "Nog net op tijd.")
    article.comments_enabled = False
    article.save_revision().publish()
    html = members_fragment(client, article).content.decode()
    assert "Nog net op tijd." in html
    assert "De redactie heeft de discussie onder dit artikel gesloten." in html
    assert "data-post-form" not in html and "Reageer" not in html


def test_info_box_and_statement_above_the_thread(article, member, client):
    article.comments_info = "Deze discussie wordt vooraf gemodereerd."
    article.save_revision().publish()
    Statement.objects.create(page=article, text="Fietsbruggen zijn belangrijker dan autowegen.")
    html = members_fragment(client, article).content.decode()
    assert "Deze discussie wordt vooraf gemodereerd." in html
    assert "Stelling van de dag" in html and "Fietsbruggen zijn belangrijker" in html


def test_an_unknown_or_unpublished_article_has_no_thread(article, tree, client):
    draft = factories.make_article(tree.binnenland, "Concept", published=False)
    assert client.get(reverse("community:thread", args=[draft.pk])).status_code == 404
    assert client.get(reverse("community:thread", args=[999999])).status_code == 404
    assert client.get(reverse("community:thread_me", args=[999999])).status_code == 404


def test_the_thread_page_costs_a_constant_number_of_queries(
    article, member, other, django_assert_max_num_queries, client
):
    """However many comments and replies, a page of the thread is a handful of queries."""
    for n in range(5):
        top = comments.post(member, article, f"Reactie {n}.")
        comments.post(other, article, f"Antwoord {n}.", parent=top)
    members_fragment(client, article)  # warm the site's caches
    with django_assert_max_num_queries(12) as few:
        members_fragment(client, article)
    for n in range(10):
        top = comments.post(other, article, f"Meer {n}.")
        comments.post(member, article, f"Nog een antwoord {n}.", parent=top)
    with django_assert_max_num_queries(len(few.captured_queries)):
        members_fragment(client, article)


def test_profile_lists_the_members_public_comments(article, member, other, moderator, client):
    shown = comments.post(member, article, "Deze staat er.")
    rejected = comments.post(member, article, "Deze is afgewezen.")
    comments.reject(moderator, rejected.pk, HouseRule.ABUSE)
    deleted = comments.post(member, article, "Deze is weg.")
    comments.delete(member, deleted.pk)
    html = client.get(member.member.get_absolute_url()).content.decode()
    assert "Deze staat er." in html
    assert "Deze is afgewezen." not in html and "Deze is weg." not in html
    assert f'href="{article.url}reacties/#reactie-{shown.pk}"' in html
    assert "Nieuwe fietsbrug over het kanaal" in html
