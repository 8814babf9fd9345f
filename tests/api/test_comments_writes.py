"""A member's writes through the API with their key: every bad case a JSON error, nothing stored."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from knox.models import AuthToken

from krant.api import tokens
from krant.community import comments, limits, personal_data, services
from krant.community.models import (
    Comment,
    CommentAction,
    CommentChoice,
    CommunitySettings,
    Moderation,
    Status,
)
from krant.core.pagecache import key_version
from tests import factories
from tests.community.conftest import PASSWORD, make_member


@pytest.fixture
def key(member) -> dict:
    return {"HTTP_AUTHORIZATION": f"Token {tokens.issue(member).key}"}


def error_of(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (status, code) and error["message"]
    return error


def post_comment(api, article, key, **data):
    return api.post(f"/api/v1/articles/{article.pk}/comments/", data, format="json", **key)


# Posting ------------------------------------------------------------------------------------------


def test_a_member_posts_a_comment_and_a_reply(api, member, other, article, key):
    response = post_comment(api, article, key, body="Eindelijk een veilige oversteek.")
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "published" and data["text"] == "Eindelijk een veilige oversteek."
    assert data["author"]["display_name"] == "Zeeuwse Lezer"
    assert "private" in response["Cache-Control"]
    reply = post_comment(api, article, key, body="Zeker!", parent=data["id"]).json()
    assert (reply["parent"], reply["depth"]) == (data["id"], 1)
    assert Comment.objects.count() == 2


def test_a_pending_comment_is_returned_to_its_author_with_its_status(api, member, article, key):
    rules = comments.site_settings()
    rules.moderation = Moderation.PRE
    rules.save()
    data = post_comment(api, article, key, body="Wacht op een moderator").json()
    assert data["status"] == "pending"
    assert Comment.objects.get(pk=data["id"]).status == Status.PREMOD


def test_a_question_to_the_newsroom(api, member, article, key):
    article.comments_questions = True
    factories.publish(article)
    data = post_comment(api, article, key, body="Wanneer is de opening?", question=True).json()
    assert data["is_question"] is True and data["answered"] is False


@pytest.mark.parametrize(
    "body, code",
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("x" * 1501, "too_long"),
        ("null\x00byte", "control"),
        ("bel\x07", "control"),
        ("omgekeerd \u202egnirts", "invisible"),
    ],
)
def test_bad_text_is_a_400_naming_the_body_and_nothing_is_stored(api, member, article, key, body, code):
    error = error_of(post_comment(api, article, key, body=body), 400, code)
    assert list(error["fields"]) == ["body"]
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"body": 12},
        {"body": ["lijst"]},
        {"body": "tekst", "parent": "een"},
        {"body": "t", "question": "x"},
    ],
)
def test_a_malformed_request_is_a_400(api, member, article, key, data):
    error_of(post_comment(api, article, key, **data), 400, "invalid_parameter")
    assert not Comment.objects.exists()


def test_a_body_that_is_no_json_is_a_400_or_415(api, member, article, key):
    url = f"/api/v1/articles/{article.pk}/comments/"
    error_of(api.post(url, "{kapot", content_type="application/json", **key), 400, "invalid_body")
    error_of(api.post(url, "body=hallo", content_type="application/x-www-form-urlencoded", **key), 415,
             "unsupported_media_type")  # fmt: skip
    huge = '{"body": "' + "x" * 70_000 + '"}'
    error_of(api.post(url, huge, content_type="application/json", **key), 413, "too_large")
    assert not Comment.objects.exists()


def test_without_a_key_or_with_a_bad_one_it_is_a_401(api, member, article):
    response = post_comment(api, article, {}, body="Hallo")
    error_of(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"] == "Token"
    error_of(post_comment(api, article, {"HTTP_AUTHORIZATION": "Token fout"}, body="Hallo"), 401,
             "not_authenticated")  # fmt: skip
    error_of(post_comment(api, article, {"HTTP_AUTHORIZATION": "Token een twee"}, body="Hallo"), 401,
             "not_authenticated")  # fmt: skip
    assert not Comment.objects.exists()


def test_a_session_cookie_is_no_key(api, client, member, article):
    """The API reads no cookies: a logged-in browser's session cannot post (and no CSRF is needed)."""
    client.force_login(member)
    response = client.post(
        f"/api/v1/articles/{article.pk}/comments/", {"body": "Via de sessie"}, content_type="application/json"
    )
    assert response.status_code == 401
    assert not Comment.objects.exists()


def test_a_revoked_key_stops_working(api, member, article, key):
    tokens.revoke(member)
    error_of(post_comment(api, article, key, body="Hallo"), 401, "not_authenticated")


def test_a_key_of_someone_who_joined_the_newsroom_gives_no_powers(api, member, article, key):
    member.is_staff = True
    member.save()
    error_of(post_comment(api, article, key, body="Hallo"), 401, "not_authenticated")


def test_an_unknown_or_withdrawn_article_is_a_404_or_410(api, member, article, key):
    error_of(post_comment_to(api, 999999, key), 404, "not_found")
    error_of(post_comment_to(api, 10**19, key), 404, "not_found")
    article.unpublish()
    error_of(post_comment(api, article, key, body="Hallo"), 410, "gone")
    assert not Comment.objects.exists()


def post_comment_to(api, pk, key):
    return api.post(f"/api/v1/articles/{pk}/comments/", {"body": "Hallo"}, format="json", **key)


def test_a_reply_to_an_unknown_comment_or_another_articles_is_a_404(api, member, tree, article, key):
    elsewhere = factories.make_article(tree.binnenland, "Ander nieuws")
    theirs = comments.post(member, elsewhere, "Daar")
    error_of(post_comment(api, article, key, body="Hier", parent=987654), 404, "unknown_comment")
    error_of(post_comment(api, article, key, body="Hier", parent=theirs.pk), 404, "wrong_thread")
    assert Comment.objects.count() == 1


def test_a_closed_thread_is_a_403_with_the_reason(api, member, tree, key):
    old = factories.make_article(tree.binnenland, "Oud nieuws", when=timezone.now() - timedelta(hours=30))
    error = error_of(post_comment(api, old, key, body="Te laat"), 403, "closed")
    assert "gesloten" in error["message"]
    assert not Comment.objects.exists()


def test_night_closing_is_a_403(api, member, article, key):
    rules = comments.site_settings()
    now = timezone.localtime()
    rules.night_closing_start = (now - timedelta(hours=1)).time()
    rules.night_closing_end = (now + timedelta(hours=1)).time()
    rules.save()
    error_of(post_comment(api, article, key, body="'s Nachts"), 403, "closed")
    assert not Comment.objects.exists()


def test_a_suspended_member_is_a_403(api, member, article, key):
    member.member.suspended_until = timezone.now() + timedelta(days=1)
    member.member.save()
    error_of(post_comment(api, article, key, body="Mag niet"), 403, "suspended")
    assert not Comment.objects.exists()


def test_a_member_without_a_name_is_a_403(api, article, db):
    user = make_member("naamloos@voorbeeld.nl", "Tijdelijk")
    user.member.delete()
    user.refresh_from_db()
    key = {"HTTP_AUTHORIZATION": f"Token {tokens.issue(user).key}"}
    error_of(post_comment(api, article, key, body="Wie ben ik"), 403, "no_profile")


def test_posting_too_often_is_a_429(api, member, article, key, still_clock):
    per_minute = int(limits.COMMENT[0][1].split("/")[0])  # the site's forms and the API share it
    for n in range(per_minute):
        assert post_comment(api, article, key, body=f"Reactie nummer {n}").status_code == 201
    response = post_comment(api, article, key, body="Nog een")
    error_of(response, 429, "throttled")
    assert int(response["Retry-After"]) > 0
    assert Comment.objects.count() == per_minute


# Respect, reports, deleting ------------------------------------------------------------------------


def test_respect_is_given_once_and_withdrawn(api, member, other, article, key):
    theirs = comments.post(other, article, "Goed punt")
    url = f"/api/v1/comments/{theirs.pk}/respect/"
    response = api.post(url, **key)
    assert (response.status_code, response.json()) == (200, {"respect_count": 1})
    error_of(api.post(url, **key), 409, "already_respected")
    assert api.delete(url, **key).json() == {"respect_count": 0}
    error_of(api.delete(url, **key), 409, "no_respect")
    assert not CommentAction.objects.exists()


def test_respect_for_ones_own_or_an_unknown_comment_is_refused(api, member, article, key):
    mine = comments.post(member, article, "Van mij")
    error_of(api.post(f"/api/v1/comments/{mine.pk}/respect/", **key), 403, "own_comment")
    error_of(api.post("/api/v1/comments/987654/respect/", **key), 404, "not_found")
    error_of(api.post(f"/api/v1/comments/{10**19}/respect/", **key), 404, "not_found")
    assert Comment.objects.get(pk=mine.pk).respect_count == 0


def test_respect_without_a_key_is_a_401(api, other, article):
    theirs = comments.post(other, article, "Goed punt")
    error_of(api.post(f"/api/v1/comments/{theirs.pk}/respect/"), 401, "not_authenticated")


def test_a_report_names_a_house_rule_and_counts_once(api, member, other, article, key):
    theirs = comments.post(other, article, "Onzin")
    url = f"/api/v1/comments/{theirs.pk}/reports/"
    response = api.post(url, {"reason": "spam", "note": "Reclame"}, format="json", **key)
    assert (response.status_code, response.json()) == (201, {"comment": theirs.pk, "reason": "spam"})
    error_of(api.post(url, {"reason": "abuse"}, format="json", **key), 409, "already_reported")
    theirs.refresh_from_db()
    assert (theirs.report_count, theirs.open_reports) == (1, {"spam": 1})


@pytest.mark.parametrize("data", [{}, {"reason": "onbekend"}, {"reason": "spam", "note": "x" * 501}])
def test_a_report_without_a_valid_reason_is_a_400(api, member, other, article, key, data):
    theirs = comments.post(other, article, "Onzin")
    error_of(api.post(f"/api/v1/comments/{theirs.pk}/reports/", data, format="json", **key), 400,
             "invalid_parameter")  # fmt: skip
    assert not CommentAction.objects.exists()


def test_deleting_ones_own_comment_leaves_a_tombstone(api, member, other, article, key):
    mine = comments.post(member, article, "Spijt van")
    reply = comments.post(other, article, "Antwoord", parent=mine)
    response = api.delete(f"/api/v1/comments/{mine.pk}/", **key)
    assert response.status_code == 204 and response.content == b""
    mine.refresh_from_db()
    assert mine.is_deleted and mine.body == ""
    assert Comment.objects.get(pk=reply.pk).body == "Antwoord"
    error_of(api.delete(f"/api/v1/comments/{mine.pk}/", **key), 404, "deleted")


def test_deleting_someone_elses_comment_is_a_403(api, member, other, article, key):
    theirs = comments.post(other, article, "Van een ander")
    error_of(api.delete(f"/api/v1/comments/{theirs.pk}/", **key), 403, "not_yours")
    error_of(api.delete(f"/api/v1/comments/{10**19}/", **key), 403, "not_yours")
    assert not Comment.objects.get(pk=theirs.pk).is_deleted


def test_other_methods_are_a_405_saying_which_are_allowed(api, member, article, key):
    response = api.put(f"/api/v1/articles/{article.pk}/comments/", {}, format="json", **key)
    error = error_of(response, 405, "method_not_allowed")
    assert response["Allow"] == "GET, HEAD, POST" and "POST" in error["message"]


# Keys ----------------------------------------------------------------------------------------------


def test_an_app_gets_a_key_of_its_own_with_email_and_password(api, member, article):
    response = api.post(
        "/api/v1/auth/token/", {"email": "lid@voorbeeld.nl", "password": PASSWORD}, format="json"
    )
    assert response.status_code == 201, response.content
    first = response.json()["token"]
    assert response.json()["expires_at"]
    assert not AuthToken.objects.filter(digest__contains=first).exists()  # only a digest is stored
    again = api.post(
        "/api/v1/auth/token/", {"email": "Lid@Voorbeeld.nl", "password": PASSWORD}, format="json"
    )
    second = again.json()["token"]
    assert second != first and AuthToken.objects.filter(user=member).count() == 2  # one per app
    assert api.delete("/api/v1/auth/token/", HTTP_AUTHORIZATION=f"Token {first}").status_code == 204
    error_of(post_comment(api, article, {"HTTP_AUTHORIZATION": f"Token {first}"}, body="Hallo"), 401,
             "not_authenticated")  # fmt: skip
    response = post_comment(api, article, {"HTTP_AUTHORIZATION": f"Token {second}"}, body="Hallo")
    assert response.status_code == 201


def test_keys_made_before_knox_keep_working_and_the_old_table_goes(api, member, article):
    """The migration to digests: an app's old DRF key still opens the account; no key is stored as it is."""
    from importlib import import_module

    from django.apps import apps
    from django.db import connection

    old_key = "0123456789abcdef0123456789abcdef01234567"  # a DRF authtoken key: 40 hex characters
    made = timezone.now() - timedelta(days=3)
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE authtoken_token"
            " (key varchar(40), user_id integer, created timestamp with time zone)"
        )
        cursor.execute("INSERT INTO authtoken_token VALUES (%s, %s, %s)", [old_key, member.pk, made])
    migration = import_module("krant.api.migrations.0001_keys_as_digests")
    migration.keep_keys_as_digests(apps, connection.schema_editor())  # it needs only the connection
    assert "authtoken_token" not in connection.introspection.table_names()
    assert abs(AuthToken.objects.get(user=member).created - made) < timedelta(seconds=1)
    response = post_comment(api, article, {"HTTP_AUTHORIZATION": f"Token {old_key}"}, body="Nog steeds")
    assert response.status_code == 201, response.content


def test_a_member_keeps_at_most_ten_keys_the_oldest_retires(member):
    made = [tokens.issue(member) for _ in range(tokens.KEYS_PER_MEMBER + 1)]
    kept = {token.digest for token in tokens.current(member)}
    assert len(kept) == tokens.KEYS_PER_MEMBER
    assert made[0].token.digest not in kept and made[-1].token.digest in kept


def test_an_expired_key_stops_working(api, member, article):
    new = tokens.issue(member)
    AuthToken.objects.filter(pk=new.token.pk).update(expiry=timezone.now() - timedelta(minutes=1))
    error_of(post_comment(api, article, {"HTTP_AUTHORIZATION": f"Token {new.key}"}, body="Hallo"), 401,
             "not_authenticated")  # fmt: skip
    assert tokens.current(member) == []


def test_expired_keys_are_forgotten_by_the_scheduler_once_an_hour(member, other):
    """The check of a key leaves the member's other expired keys alone: the scheduler deletes them all."""
    expired = tokens.issue(member), tokens.issue(other)
    working = tokens.issue(member)
    AuthToken.objects.filter(pk__in=[key.token.pk for key in expired]).update(
        expiry=timezone.now() - timedelta(minutes=1)
    )
    tokens.forget_expired_keys()
    assert list(AuthToken.objects.values_list("pk", flat=True)) == [working.token.pk]
    AuthToken.objects.filter(pk=working.token.pk).update(expiry=timezone.now() - timedelta(minutes=1))
    tokens.forget_expired_keys()  # within the hour: not yet
    assert AuthToken.objects.count() == 1


def test_a_wrong_password_gets_no_key(api, member):
    response = api.post(
        "/api/v1/auth/token/", {"email": "lid@voorbeeld.nl", "password": "fout"}, format="json"
    )
    error_of(response, 400, "invalid_credentials")
    assert not AuthToken.objects.exists()


def test_wrong_passwords_lock_out_as_on_the_site(api, member):
    """Five wrong passwords lock the account (axes), the right one included: a JSON 429."""
    for _ in range(5):
        api.post("/api/v1/auth/token/", {"email": "lid@voorbeeld.nl", "password": "fout"}, format="json")
    response = api.post(
        "/api/v1/auth/token/", {"email": "lid@voorbeeld.nl", "password": PASSWORD}, format="json"
    )
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "throttled" and int(response["Retry-After"]) > 0
    assert not AuthToken.objects.exists()


def test_an_unverified_address_gets_no_key(api, db):
    make_member("nieuw@voorbeeld.nl", "Nieuw Lid", verified=False)
    response = api.post(
        "/api/v1/auth/token/", {"email": "nieuw@voorbeeld.nl", "password": PASSWORD}, format="json"
    )
    error_of(response, 403, "unverified_email")
    assert not AuthToken.objects.exists()


def test_the_newsroom_gets_no_key(api, client, db):
    editor = factories.make_user("redacteur", email="redactie@krant.example")
    with pytest.raises(tokens.NoToken):
        tokens.issue(editor)
    client.force_login(editor)
    response = client.post("/community/instellingen/app-toegang/", {"action": "create"})
    assert response.status_code == 403
    assert not AuthToken.objects.exists()


def test_asking_for_keys_too_often_is_a_429(api, member, still_clock):
    for _ in range(30):
        api.post("/api/v1/auth/token/", {"email": "x@voorbeeld.nl", "password": "fout"}, format="json",
                 REMOTE_ADDR="192.0.2.30")  # fmt: skip
    response = api.post(
        "/api/v1/auth/token/", {"email": "lid@voorbeeld.nl", "password": PASSWORD}, format="json",
        REMOTE_ADDR="192.0.2.30",
    )  # fmt: skip
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "throttled"


def test_a_member_makes_and_revokes_keys_on_the_settings_page(client, member):
    client.force_login(member)
    page = client.get("/community/instellingen/").content.decode()
    assert page.count('<h2 id="app-titel">App-toegang</h2>') == 1
    assert 'action="/community/instellingen/app-toegang/"' in page
    response = client.post("/community/instellingen/app-toegang/", {"action": "create"})
    key = response.context["new_key"]
    assert response.status_code == 200 and f'<code class="app-key">{key}</code>' in response.content.decode()
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    assert key not in client.get("/community/instellingen/app-toegang/").content.decode()  # shown once
    client.post("/community/instellingen/app-toegang/", {"action": "create"})
    first, second = sorted(AuthToken.objects.filter(user=member), key=lambda token: token.created)
    client.post("/community/instellingen/app-toegang/", {"action": "revoke", "key": first.digest})
    assert list(AuthToken.objects.all()) == [second]
    other = tokens.issue(make_member("ander@voorbeeld.nl", "Ander Lid")).token
    client.post("/community/instellingen/app-toegang/", {"action": "revoke", "key": other.digest})
    assert AuthToken.objects.filter(pk=other.pk).exists()  # only one's own keys
    client.post("/community/instellingen/app-toegang/", {"action": "create"})
    client.post("/community/instellingen/app-toegang/", {"action": "revoke-all"})
    assert list(AuthToken.objects.all()) == [other]


def test_the_key_page_needs_a_login_and_a_csrf_token(client, member):
    assert client.get("/community/instellingen/app-toegang/").status_code == 302
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    assert strict.post("/community/instellingen/app-toegang/", {"action": "create"}).status_code == 403
    assert not AuthToken.objects.exists()


def test_keys_are_in_the_download_without_the_key_and_go_with_the_account(member):
    new = tokens.issue(member)
    exported = personal_data.export(member)["app_access"]
    assert exported == [{"created_at": new.created.isoformat(), "expires_at": new.expires_at.isoformat()}]
    assert new.key not in str(personal_data.export(member)) and new.token.digest not in str(exported)
    services.delete_account(member, CommentChoice.REMOVE)
    assert not AuthToken.objects.exists()


def test_site_settings_purge_the_threads(db, django_capture_on_commit_callbacks):
    """Who may read is in every thread's answer: saving the settings purges them."""
    before = key_version("community-settings")
    with django_capture_on_commit_callbacks(execute=True):
        rules = comments.site_settings()
        rules.open_reading = True
        rules.save()
    assert key_version("community-settings") != before
    assert CommunitySettings.objects.count() == 1
