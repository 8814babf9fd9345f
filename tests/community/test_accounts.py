"""Registration, verification, login, lockout, limits, export and deletion, through the real views."""

import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from krant.community.models import AccountDeletion, CommentChoice, Member
from krant.newsletters.models import NewsletterList, Subscriber, Subscription
from tests.community.conftest import PASSWORD, make_member

SIGNUP = "/community/aanmelden/"
LOGIN = "/community/inloggen/"


def signup_data(**extra):
    return {
        "display_name": "Utrechtse Fietser",
        "email": "fietser@voorbeeld.nl",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **extra,
    }


def log_in(client, email="lid@voorbeeld.nl", password=PASSWORD, address="198.51.100.4"):
    return client.post(LOGIN, {"login": email, "password": password}, REMOTE_ADDR=address)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_registration_sends_a_verification_link_and_only_then_allows_login(db, client):
    """A new member gets a mail with a link; before confirming, the right password does not log in."""
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 302
    member = Member.objects.get(display_name="Utrechtse Fietser")
    assert not EmailAddress.objects.get(user=member.user).verified
    assert not logged_in(client)
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/community/bevestigen/\S+/", mail.outbox[0].body).group(0)

    log_in(client, "fietser@voorbeeld.nl")
    assert not logged_in(client)

    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200  # a page with a button: a mail scanner confirms nothing
    assert not EmailAddress.objects.get(user=member.user).verified
    client.post(path)
    assert EmailAddress.objects.get(user=member.user).verified
    log_in(client, "fietser@voorbeeld.nl")
    assert logged_in(client)


def test_new_passwords_are_hashed_with_argon2(db, client):
    client.post(SIGNUP, signup_data())
    assert get_user_model().objects.get(email="fietser@voorbeeld.nl").password.startswith("argon2$")


def test_an_older_hash_still_logs_in_and_is_upgraded(member, client):
    """Passwords stored before Argon2 keep working, and are rehashed with Argon2 at the login."""
    from django.contrib.auth.hashers import make_password

    member.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    member.save()
    log_in(client)
    assert logged_in(client)
    member.refresh_from_db()
    assert member.password.startswith("argon2$")


def test_the_honeypot_stores_nothing(db, client):
    """A program that fills the hidden field is told its mail is on the way; nothing is stored or sent."""
    response = client.post(SIGNUP, signup_data(website="http://spam.example/"))
    assert response.status_code == 302
    assert not get_user_model().objects.filter(email="fietser@voorbeeld.nl").exists()
    assert not mail.outbox


@pytest.mark.parametrize("name", ["Redactie", "", "x" * 41, "Piet\x07Jansen", "Zeeuwse L3zer"])
def test_registration_refuses_a_bad_display_name(member, client, name):
    response = client.post(SIGNUP, signup_data(display_name=name))
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert not get_user_model().objects.filter(email="fietser@voorbeeld.nl").exists()


def test_five_wrong_passwords_lock_the_account_through_axes(member, client):
    """The community's login shares the admin's lockout: the right password is refused after five wrong."""
    for _ in range(5):
        log_in(client, password="fout", address="198.51.100.9")
    response = log_in(client, "LID@voorbeeld.nl", address="203.0.113.50")  # another address, same account
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Te veel mislukte inlogpogingen" in response.content.decode()
    assert not logged_in(client)


@pytest.mark.usefixtures("still_clock")
def test_registration_is_rate_limited_per_address(db, client):
    for number in range(5):
        client.post(SIGNUP, signup_data(email=f"lid{number}@voorbeeld.nl", display_name=f"Lid {number}a"))
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "te vaak verstuurd" in response.content.decode()
    assert not get_user_model().objects.filter(email="fietser@voorbeeld.nl").exists()


@pytest.mark.usefixtures("still_clock")
def test_password_reset_is_rate_limited_per_account(member, client):
    for _ in range(3):
        assert (
            client.post("/community/wachtwoord/vergeten/", {"email": "lid@voorbeeld.nl"}).status_code == 302
        )
    response = client.post("/community/wachtwoord/vergeten/", {"email": " Lid@Voorbeeld.nl"})
    assert response.status_code == 429
    assert len(mail.outbox) == 3


@pytest.mark.usefixtures("still_clock")
def test_email_change_is_rate_limited(member, client):
    client.force_login(member)
    for number in range(5):
        client.post("/community/e-mailadres/", {"email": f"nieuw{number}@voorbeeld.nl", "action_add": ""})
    response = client.post("/community/e-mailadres/", {"email": "nog@voorbeeld.nl", "action_add": ""})
    assert response.status_code == 429


@pytest.mark.usefixtures("still_clock")
def test_login_is_rate_limited_per_address(member, client):
    for _ in range(30):
        client.post(LOGIN, {"login": "niemand@voorbeeld.nl", "password": "x"}, REMOTE_ADDR="198.51.100.77")
    response = log_in(client, address="198.51.100.77")
    assert response.status_code == 429
    assert not logged_in(client)


@pytest.mark.parametrize(
    ("url", "data"),
    [
        (SIGNUP, signup_data()),
        (LOGIN, {"login": "lid@voorbeeld.nl", "password": PASSWORD}),
        ("/community/uitloggen/", {}),
        ("/community/wachtwoord/vergeten/", {"email": "lid@voorbeeld.nl"}),
        ("/community/e-mailadres/", {"email": "nieuw@voorbeeld.nl", "action_add": ""}),
        ("/community/wachtwoord/wijzigen/", {"oldpassword": PASSWORD, "password1": "x", "password2": "x"}),
        ("/community/instellingen/", {"display_name": "Nieuwe Naam"}),
        ("/community/account-verwijderen/", {"password": PASSWORD, "comments": "remove"}),
    ],
)
def test_every_form_needs_its_csrf_token(member, url, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.post(url, data).status_code == 403
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_a_display_name_is_escaped_on_the_profile(db, client):
    """Markup cannot get into a name; one stored by other means still shows as text."""
    member = make_member()
    Member.objects.filter(user=member).update(
        display_name='<script>alert("x")</script>', expert_label="<b>arts"
    )
    page = client.get(member.member.get_absolute_url()).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;arts" in page


def test_the_profile_shows_name_member_since_and_expertise_and_the_newsroom_badge(db, client):
    member = make_member()
    Member.objects.filter(user=member).update(expert_label="huisarts")
    page = client.get(member.member.get_absolute_url()).content.decode()
    assert "Zeeuwse Lezer" in page and "huisarts" in page and "Lid sinds" in page
    assert "badge--newsroom" not in page
    member.is_staff = True
    member.save()
    assert "badge--newsroom" in client.get(member.member.get_absolute_url()).content.decode()


def test_settings_change_the_display_name_and_refuse_a_taken_one(member, client):
    make_member(email="ander@voorbeeld.nl", name="Friese Lezer")
    client.force_login(member)
    response = client.post("/community/instellingen/", {"display_name": "friese  lezer"})
    assert response.status_code == 200
    assert "al in gebruik" in response.content.decode()
    client.post("/community/instellingen/", {"display_name": "Groninger Lezer"})
    assert Member.objects.get(user=member).display_name == "Groninger Lezer"


def test_the_export_holds_everything_stored_about_the_member(member, client):
    """User, profile, addresses and the newsletters of the member's verified addresses, as JSON."""
    letter = NewsletterList.objects.create(name="Ochtendbrief", slug="ochtendbrief")
    subscriber = Subscriber.objects.create(email="lid@voorbeeld.nl")
    Subscription.objects.create(subscriber=subscriber, newsletter=letter, status="confirmed")
    Subscriber.objects.create(email="iemand-anders@voorbeeld.nl")
    client.force_login(member)
    response = client.get("/community/mijn-gegevens/")
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["user"]["email"] == "lid@voorbeeld.nl"
    assert data["account"]["profile"]["display_name"] == "Zeeuwse Lezer"
    assert data["account"]["email_addresses"] == [
        {"email": "lid@voorbeeld.nl", "verified": True, "primary": True}
    ]
    assert data["newsletters"] == [
        {
            "email": "lid@voorbeeld.nl",
            "subscribed_at": data["newsletters"][0]["subscribed_at"],
            "lists": [
                {
                    "newsletter": "Ochtendbrief",
                    "status": "confirmed",
                    "confirmed_at": None,
                    "unsubscribed_at": None,
                }
            ],
        }
    ]
    assert "iemand-anders" not in response.content.decode()


@pytest.mark.parametrize("choice", [CommentChoice.REMOVE, CommentChoice.ANONYMISE])
def test_deleting_the_account_removes_personal_data_and_stores_the_choice(member, client, choice):
    client.force_login(member)
    pk = member.pk
    wrong = client.post("/community/account-verwijderen/", {"password": "fout", "comments": choice})
    assert wrong.status_code == 200
    assert get_user_model().objects.filter(pk=pk).exists()
    response = client.post("/community/account-verwijderen/", {"password": PASSWORD, "comments": choice})
    assert response.status_code == 200
    assert not logged_in(client)
    assert not get_user_model().objects.filter(pk=pk).exists()
    assert not Member.objects.filter(user_id=pk).exists()
    assert not EmailAddress.objects.filter(email="lid@voorbeeld.nl").exists()
    assert AccountDeletion.objects.get(former_user_id=pk).comments == choice


def test_deleting_needs_a_choice_for_the_comments(member, client):
    client.force_login(member)
    response = client.post("/community/account-verwijderen/", {"password": PASSWORD})
    assert response.status_code == 200
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_account_pages_are_private_and_ask_for_a_login(db, client):
    response = client.get("/community/instellingen/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    for url in (LOGIN, SIGNUP, "/community/", "/community/ik/"):
        assert "no-store" in client.get(url)["Cache-Control"], url


def test_the_newsroom_sets_an_expert_label_in_the_admin_and_cannot_add_members(member, client):
    """Beheer edits a member's verified expertise; members come only from registration."""
    from krant.core.roles import ADMINS
    from tests.factories import make_user

    client.force_login(make_user("beheerder", ADMINS))
    profile = member.member
    assert client.get("/admin/community/leden/").status_code == 200
    assert (
        client.get("/admin/community/leden/new/").status_code == 302
    )  # no permission: back to the dashboard
    response = client.post(
        f"/admin/community/leden/edit/{profile.pk}/",
        {"expert_label": "huisarts", "trust_level": "0", "suspended_until": "", "banned": ""},
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.expert_label == "huisarts"
    assert profile.display_name == "Zeeuwse Lezer"


def test_a_reader_without_admin_access_cannot_reach_the_members(member, client):
    client.force_login(member)
    assert client.get("/admin/community/leden/").status_code == 302
