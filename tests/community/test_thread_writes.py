"""The thread's write endpoints: each calls krant.community.comments, answers JSON for the script and a
303 (or the page with the message) for a plain form; every refusal stores nothing."""

from datetime import time, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from krant.community import comments
from krant.community.models import Comment, CommentAction, Ignore
from tests import factories

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def writer(member, client):
    client.force_login(member)
    return client


def post(client, article, text="Een goede reactie.", **extra):
    data = {"artikel": article.pk, "tekst": text, **extra}
    return client.post(reverse("community:post"), data, **JSON)


def error_of(response) -> str:
    return response.json()["error"]["code"]


def test_a_member_posts_and_the_script_gets_json(article, writer):
    response = post(writer, article)
    assert response.status_code == 200
    comment = Comment.objects.get()
    assert response.json() == {"ok": True, "message": "Je reactie staat online.", "comment": comment.pk}
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_a_plain_form_post_goes_back_to_the_thread_with_303(article, writer):
    response = writer.post(reverse("community:post"), {"artikel": article.pk, "tekst": "Zonder script."})
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"{article.url}reacties/#reactie-{comment.pk}"
    page = writer.get(f"{article.url}reacties/")
    assert "Je reactie staat online." in page.content.decode()
    assert "Zonder script." in page.content.decode()


@pytest.mark.parametrize(
    "text, code",
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("x" * 1501, "too_long"),
        ("stuur\x07teken", "control"),
        ("nul\x00byte", "control"),
        ("verborgen\u202etekst", "invisible"),
    ],
)
def test_bad_text_is_refused_with_400_and_stores_nothing(article, writer, text, code):
    response = post(writer, article, text)
    assert response.status_code == 400
    assert error_of(response) == code
    assert response.json()["error"]["message"]
    assert not Comment.objects.exists()


def test_a_bad_plain_form_shows_the_page_with_the_message_and_the_text(article, writer):
    response = writer.post(reverse("community:post"), {"artikel": article.pk, "tekst": "x" * 1600})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Je reactie is 1600 tekens lang; het maximum is 1500." in html
    assert "x" * 1600 in html  # the member's text is kept in the form
    assert not Comment.objects.exists()


@pytest.mark.parametrize("page_id", ["999999", "abc", ""])
def test_an_unknown_article_is_404(writer, db, page_id):
    response = writer.post(reverse("community:post"), {"artikel": page_id, "tekst": "Hallo."}, **JSON)
    assert response.status_code == 404
    assert error_of(response) == "unknown_article"
    assert not Comment.objects.exists()


def test_a_reply_to_an_unknown_comment_is_404(article, writer):
    response = post(writer, article, antwoord_op="424242")
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_a_closed_thread_refuses_with_403(article, writer):
    article.comments_enabled = False
    article.save_revision().publish()
    response = post(writer, article)
    assert response.status_code == 403
    assert error_of(response) == "closed"
    assert not Comment.objects.exists()


def test_a_night_closed_thread_refuses_with_403_and_says_when_it_reopens(article, writer):
    rules = comments.site_settings()
    rules.night_closing_start, rules.night_closing_end = time(23, 0), time(7, 0)
    rules.save()
    night = timezone.localtime().replace(hour=23, minute=30)
    article.comments_close_after_hours = 0
    article.save_revision().publish()
    with time_machine.travel(night, tick=False):
        response = post(writer, article)
    assert response.status_code == 403
    assert "07:00" in response.json()["error"]["message"]
    assert not Comment.objects.exists()


def test_a_suspended_member_is_refused_with_403(article, member, writer):
    member.member.suspended_until = timezone.now() + timedelta(days=1)
    member.member.save()
    response = post(writer, article)
    assert response.status_code == 403
    assert error_of(response) == "suspended"
    assert not Comment.objects.exists()


def test_respect_once_then_409_then_withdrawn(article, other, writer):
    comment = comments.post(other, article, "Iets om respect voor te hebben.")
    url = reverse("community:respect", args=[comment.pk])
    first = writer.post(url, **JSON)
    assert first.status_code == 200 and first.json()["respect_count"] == 1
    second = writer.post(url, **JSON)
    assert second.status_code == 409 and error_of(second) == "already_respected"
    assert CommentAction.objects.count() == 1
    withdrawn = writer.post(url, {"intrekken": "1"}, **JSON)
    assert withdrawn.status_code == 200 and withdrawn.json()["respect_count"] == 0
    assert writer.post(url, {"intrekken": "1"}, **JSON).status_code == 409


def test_respect_for_an_unknown_comment_is_404(writer, db):
    response = writer.post(reverse("community:respect", args=[999]), **JSON)
    assert response.status_code == 404


def test_reporting_twice_is_409_and_a_reason_is_required(article, other, writer):
    comment = comments.post(other, article, "Iets om te melden.")
    url = reverse("community:report", args=[comment.pk])
    no_reason = writer.post(url, {"reden": ""}, **JSON)
    assert no_reason.status_code == 400 and error_of(no_reason) == "no_reason"
    assert writer.post(url, {"reden": "abuse", "toelichting": "Grof."}, **JSON).status_code == 200
    again = writer.post(url, {"reden": "spam"}, **JSON)
    assert again.status_code == 409 and error_of(again) == "already_reported"
    comment.refresh_from_db()
    assert comment.report_count == 1


def test_edit_within_five_minutes_and_not_after(article, member, writer):
    comment = comments.post(member, article, "Eerste versie.")
    url = reverse("community:edit", args=[comment.pk])
    assert writer.post(url, {"tekst": "Tweede versie."}, **JSON).status_code == 200
    later = timezone.now() + timedelta(minutes=6)
    with time_machine.travel(later, tick=False):
        response = writer.post(url, {"tekst": "Derde versie."}, **JSON)
    assert response.status_code == 403 and error_of(response) == "edit_window"
    comment.refresh_from_db()
    assert comment.body == "Tweede versie."


def test_only_ones_own_comment_is_edited_or_deleted(article, other, writer):
    comment = comments.post(other, article, "Van een ander.")
    assert (
        writer.post(reverse("community:edit", args=[comment.pk]), {"tekst": "Gekaapt."}, **JSON).status_code
        == 403
    )
    assert writer.post(reverse("community:delete_comment", args=[comment.pk]), **JSON).status_code == 403
    comment.refresh_from_db()
    assert comment.body == "Van een ander." and comment.deleted_at is None


def test_delete_own_comment(article, member, writer):
    comment = comments.post(member, article, "Weg ermee.")
    response = writer.post(reverse("community:delete_comment", args=[comment.pk]), **JSON)
    assert response.status_code == 200
    comment.refresh_from_db()
    assert comment.deleted_at is not None and comment.body == ""


def test_ignore_and_unignore_a_member(article, other, writer):
    url = reverse("community:ignore", args=[other.member.pk])
    assert writer.post(url, **JSON).status_code == 200
    assert Ignore.objects.count() == 1
    assert writer.post(url, {"opheffen": "1"}, **JSON).status_code == 200
    assert not Ignore.objects.exists()
    assert writer.post(reverse("community:ignore", args=[9999]), **JSON).status_code == 404


@pytest.mark.parametrize(
    "name, args",
    [
        ("post", []),
        ("respect", [1]),
        ("report", [1]),
        ("edit", [1]),
        ("delete_comment", [1]),
        ("ignore", [1]),
    ],
)
def test_anonymous_writes_get_401_json_or_the_login(name, args, article, client):
    url = reverse(f"community:{name}", args=args)
    response = client.post(url, {"artikel": article.pk, "tekst": "Hallo."}, **JSON)
    assert response.status_code == 401 and error_of(response) == "login_required"
    plain = client.post(url, {"artikel": article.pk, "tekst": "Hallo.", "next": f"{article.url}reacties/"})
    assert plain.status_code == 302 and plain["Location"].startswith("/community/inloggen/?next=")
    assert not Comment.objects.exists()


def test_writes_need_post(writer, db):
    assert writer.get(reverse("community:post")).status_code == 405


def test_a_write_without_csrf_token_is_403(article, member):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(reverse("community:post"), {"artikel": article.pk, "tekst": "Zonder token."})
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_the_next_address_must_be_this_site(article, writer):
    response = writer.post(
        reverse("community:post"), {"artikel": article.pk, "tekst": "Hallo.", "next": "https://evil.example/"}
    )
    assert response["Location"].startswith(f"{article.url}reacties/")


def test_posting_too_often_is_429_with_retry_after(article, writer, still_clock):
    for n in range(10):
        assert post(writer, article, f"Reactie nummer {n}.").status_code == 200
    response = post(writer, article, "De elfde.")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "te vaak" in response.json()["error"]["message"]
    assert Comment.objects.count() == 10


def test_a_newsroom_answer_answers_the_question(article, member, client):
    question = comments.post(member, article, "Wanneer gaat de brug open?", question=True)
    editor = factories.make_user("redacteur", first_name="Eva", last_name="Bakker")
    client.force_login(editor)
    response = post(client, article, "In het voorjaar.", antwoord_op=str(question.pk))
    assert response.status_code == 200
    answer = Comment.objects.get(pk=response.json()["comment"])
    assert answer.by_newsroom
    question.refresh_from_db()
    assert question.answered_at is not None


def test_a_question_where_questions_are_off_is_400(article, writer):
    article.comments_questions = False
    article.save_revision().publish()
    response = post(writer, article, "Mag ik iets vragen?", vraag="1")
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_refused_text_comes_back_without_unprintable_characters(article, writer):
    """The page given back with the message holds the member's text minus what no HTML page may hold."""
    response = writer.post(reverse("community:post"), {"artikel": article.pk, "tekst": "stuur\x07teken"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "stuurteken</textarea>" in html and "\x07" not in html
