"""The community in English at /en/community/...: its pages and allauth's, private like the Dutch ones."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from krant.core.cache import is_account_page
from krant.core.i18n import translated
from tests.community.conftest import PASSWORD, make_member

LOGIN = "/en/community/inloggen/"


def test_the_login_page_is_in_english_and_private(tree, client):
    response = client.get(LOGIN)
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    page = response.content.decode()
    assert '<html lang="en"' in page
    assert "Log in" in page and "Forgot your password?" in page and "Inloggen" not in page
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert 'action="/en/community/inloggen/"' in page  # the form stays in English


def test_a_member_logs_in_at_the_english_address(tree, client):
    make_member()
    response = client.post(LOGIN, {"login": "lid@voorbeeld.nl", "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session
    assert "no-store" in client.get("/en/community/instellingen/")["Cache-Control"]


def test_a_wrong_password_is_told_in_english(tree, client):
    make_member()
    response = client.post(LOGIN, {"login": "lid@voorbeeld.nl", "password": "wrong"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "not correct" in response.content.decode()


def test_the_dutch_addresses_stay_the_default(tree, client):
    response = client.get("/community/inloggen/")
    assert response["Content-Language"] == "nl" and "Inloggen" in response.content.decode()
    with translation.override("nl"):
        assert reverse("account_login") == "/community/inloggen/"
    with translation.override("en"):
        assert reverse("account_login") == "/en/community/inloggen/"


def test_the_language_switch_leads_to_the_same_page_in_the_other_language(tree, client):
    assert translated("/community/inloggen/", "en") == "/en/community/inloggen/"
    with translation.override("en"):  # as during a request for an English page
        assert translated("/en/community/aanmelden/", "nl") == "/community/aanmelden/"
    assert 'href="/en/community/inloggen/"' in client.get("/community/inloggen/").content.decode()
    assert 'href="/community/inloggen/"' in client.get(LOGIN).content.decode()


def test_mails_link_to_the_address_in_the_language_of_the_request(tree, client):
    """Registering in English sends a link to the English confirmation page."""
    client.post(
        "/en/community/aanmelden/",
        {
            "display_name": "Utrecht Cyclist",
            "email": "fietser@voorbeeld.nl",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    [message] = mail.outbox
    assert re.search(r"https?://\S+/en/community/bevestigen/\S+/", message.body)


@pytest.mark.parametrize(
    "path, account",
    [
        ("/community/inloggen/", True),
        ("/en/community/inloggen/", True),
        ("/en/community/instellingen/app-toegang/", True),
        ("/en/community/ik/", True),
        ("/community/leden/3/", False),
        ("/en/community/leden/3/", False),
        ("/en/nieuws/community/", False),
    ],
)
def test_account_pages_in_either_language_are_private(path, account):
    assert is_account_page(path) is account


def test_logging_in_and_out_in_english_lands_on_the_english_front_page(tree, client):
    make_member()
    response = client.post(LOGIN, {"login": "lid@voorbeeld.nl", "password": PASSWORD})
    assert response["Location"] == "/en/"
    response = client.post("/en/community/uitloggen/")
    assert response["Location"] == "/en/"
    assert "_auth_user_id" not in client.session


def test_logging_in_in_dutch_lands_on_the_dutch_front_page_and_next_still_wins(tree, client):
    make_member()
    response = client.post("/community/inloggen/", {"login": "lid@voorbeeld.nl", "password": PASSWORD})
    assert response["Location"] == "/"
    client.logout()
    response = client.post(
        f"{LOGIN}?next=/en/community/instellingen/", {"login": "lid@voorbeeld.nl", "password": PASSWORD}
    )
    assert response["Location"] == "/en/community/instellingen/"
