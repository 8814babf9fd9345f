"""The thread under an article as readers see it: fragments, the page without JavaScript, counts."""

import re
from datetime import time, timedelta
from html.parser import HTMLParser

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from krant.community import comments, threads
from krant.community.models import Comment, HouseRule, Statement, TrustLevel
from tests import factories


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
    comments.give_respect(other, comment)
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
    comments.give_respect(other, second)
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


XSS = [
    "<script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "javascript:alert(1)",
    '<a href="javascript:alert(1)">klik</a>',
    "<iframe src=javascript:alert(1)>",
    "<body onload=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "<scr<script>ipt>alert(1)</script>",
    "<ſcript>alert(1)</ſcript>",
    "＜script＞alert(1)＜/script＞",
    'http://example.org/"onmouseover=alert(1)//',
    "www.example.org/<script>",
    "' onfocus=alert(1) autofocus '",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
]


class Markup(HTMLParser):
    """Collect the elements and attributes a browser would build from a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)


def test_no_payload_is_rendered_unescaped(article, member, other, client, open_reading):
    """Known XSS payloads as comments (and as a display name) come out as text: no script, svg, iframe or
    img element, no event handler attribute, no javascript: address in any page that shows them."""
    author = other.member
    author.display_name = '<img src=x onerror=alert("naam")>'
    author.save()
    for user in (member, other):  # so payloads with addresses show too
        user.member.trust_level = TrustLevel.REGULAR
        user.member.save()
    for n, payload in enumerate(XSS):
        comments.post(member if n % 2 else other, article, f"{payload} ({n})")
    assert Comment.objects.visible().count() == len(XSS)
    pages = [
        members_fragment(client, article).content.decode(),
        fragment(client, article).content.decode(),
        client.get(f"{article.url}reacties/").content.decode(),
        client.get(author.get_absolute_url()).content.decode(),
    ]
    for html in pages:
        thread = html[html.index('class="thread') if 'class="thread' in html else html.index("<main") :]
        markup = Markup()
        markup.feed(thread)
        assert not {"script", "svg", "iframe", "img", "math", "style", "body"} & set(markup.tags)
        assert not [name for name, _value in markup.attributes if name.startswith("on")]
        assert not [value for name, value in markup.attributes if "javascript:" in value.lower()]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0]


def test_the_personal_request_tells_the_member_what_is_theirs(article, member, other, client, moderator):
    theirs = comments.post(other, article, "Van een ander.")
    mine = comments.post(member, article, "Van mij.")
    rejected = comments.post(member, article, "Afgewezen door een moderator.")
    comments.reject(moderator, rejected.pk, HouseRule.ABUSE)
    comments.give_respect(member, theirs)
    comments.ignore(member, other.member)
    client.force_login(member)
    data = client.get(reverse("community:thread_me", args=[article.pk])).json()
    assert data["member"]["name"] == "Zeeuwse Lezer"
    assert data["respected"] == [theirs.pk]
    assert set(data["mine"]) == {mine.pk, rejected.pk}
    assert set(data["editable"]) == {mine.pk}
    assert data["ignored"] == [other.member.pk]
    assert data["may_post"] is True
    assert data["fragment"].endswith(f"?sleutel={threads.members_key(article.pk)}")
    assert data["waiting"] == [
        {
            "id": rejected.pk,
            "parent": None,
            "html": "<p>Afgewezen door een moderator.</p>",
            "note": "Afgewezen door de moderatie: Beledigend of kwetsend.",
        }
    ]


def test_anonymous_personal_request_offers_the_login(article, client):
    data = client.get(reverse("community:thread_me", args=[article.pk])).json()
    assert data["member"] is None and data["fragment"] is None
    assert data["login"].startswith("/community/inloggen/?next=")


def test_the_comments_page_works_without_javascript(article, member, other, client):
    """<article>/reacties/: post, reply, respect, report, edit and delete with plain forms."""
    client.force_login(member)
    url = f"{article.url}reacties/"
    theirs = comments.post(other, article, "Een stelling van een ander.", question=False)
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200 and "Jouw reactie" in html and "csrfmiddlewaretoken" in html
    response = client.post(
        reverse("community:post"), {"artikel": article.pk, "tekst": "Mijn mening.", "next": url}
    )
    assert response.status_code == 303
    mine = Comment.objects.get(body="Mijn mening.")
    reply = client.post(
        reverse("community:post"),
        {"artikel": article.pk, "tekst": "Eens.", "antwoord_op": theirs.pk, "next": url},
    )
    assert reply.status_code == 303
    assert client.post(reverse("community:respect", args=[theirs.pk]), {"next": url}).status_code == 303
    html = client.get(url).content.decode()
    assert 'aria-pressed="true"' in html and 'name="intrekken"' in html
    assert "Bewerken" in html and "Verwijderen" in html
    client.post(reverse("community:report", args=[theirs.pk]), {"reden": "spam", "next": url})
    assert "Je hebt deze reactie gemeld." in client.get(url).content.decode()
    client.post(reverse("community:edit", args=[mine.pk]), {"tekst": "Mijn betere mening.", "next": url})
    client.post(reverse("community:delete_comment", args=[mine.pk]), {"next": url})
    html = client.get(url).content.decode()
    assert "Mijn betere mening." not in html and "Je reactie is verwijderd." in html


def test_a_comments_page_address_is_canonical(article, client):
    wrong = f"/binnenland/{article.pk}/verkeerde-slug/reacties/?sortering=oudste"
    response = client.get(wrong)
    assert response.status_code == 301
    assert response["Location"] == f"{article.url}reacties/?sortering=oudste"


def test_teasers_show_the_count_without_a_new_fragment(article, member, client):
    """A listing's teaser carries the count from the process's count map (it may lag by a minute)."""
    comments.post(member, article, "Een reactie.")
    threads.listing_counts.forget()
    html = client.get("/").content.decode()
    assert '<span class="teaser__comments">1 reactie</span>' in html
    comments.post(member, article, "Nog een.")
    assert '<span class="teaser__comments">1 reactie</span>' in client.get("/").content.decode()
    threads.listing_counts.forget()
    assert '<span class="teaser__comments">2 reacties</span>' in client.get("/").content.decode()


def test_a_cached_thread_lives_no_longer_than_its_open_state(article, client):
    """A thread's fragment is kept until the thread closes by the clock (closing time, night closing)."""
    rules = comments.site_settings()
    now = timezone.localtime()
    closes = article.comments_closing_time()
    assert threads.seconds_until_change(article, rules, now) == int((closes - now).total_seconds()) + 1
    start = (now + timedelta(minutes=10)).time().replace(second=0, microsecond=0)
    rules.night_closing_start, rules.night_closing_end = start, (now + timedelta(hours=6)).time()
    rules.save()
    assert 9 * 60 <= threads.seconds_until_change(article, rules, now) <= 10 * 60 + 1
    response = members_fragment(client, article)
    assert response.status_code == 200
    assert response.wsgi_request.surrogate_lifetime <= 10 * 60 + 1


def test_a_night_closed_thread_is_readable_and_says_when_it_reopens(article, member, client):
    comments.post(member, article, "Voor de nacht geplaatst.")
    rules = comments.site_settings()
    rules.night_closing_start, rules.night_closing_end = time(23, 0), time(7, 0)
    rules.save()
    article.comments_close_after_hours = 0
    article.save_revision().publish()
    night = timezone.localtime().replace(hour=23, minute=30)
    with time_machine.travel(night, tick=False):
        html = members_fragment(client, article).content.decode()
    assert "Voor de nacht geplaatst." in html
    assert "reageren kan weer vanaf 07:00" in html
    assert "data-post-form" not in html
