"""The admin's doors: wrong passwords lock out per account and per address; reset mails are limited."""

import pytest
from django.core import mail
from django.core.cache import cache

from krant.core.roles import DESK
from tests.factories import make_user

PASSWORD = "correct horse battery"  # tests.factories.make_user
LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"


@pytest.fixture
def editors(db):
    return make_user("eindredacteur", DESK, email="eind@krant.invalid"), make_user(
        "verslaggever", DESK, email="vers@krant.invalid"
    )


def log_in(client, username, password, address="203.0.113.7", **headers):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail_five_times(client, username="eindredacteur", address="203.0.113.7"):
    for _ in range(5):
        log_in(client, username, "fout wachtwoord", address)
    assert not logged_in(client)


def assert_locked_out(response):
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Te veel mislukte inlogpogingen" in response.content.decode()


def test_wrong_password_is_answered_normally(editors, client):
    """One wrong password: the login form again, no lockout."""
    response = log_in(client, "eindredacteur", "fout wachtwoord")
    assert response.status_code == 200
    assert not logged_in(client)


def test_sixth_attempt_is_locked_out_even_with_the_right_password(editors, client):
    """After five wrong passwords the right one is refused too, with 429 and Retry-After."""
    fail_five_times(client)
    assert_locked_out(log_in(client, "eindredacteur", PASSWORD))
    assert not logged_in(client)


def test_lockout_holds_without_the_cache(editors, client):
    """Failures are kept in the shared database, not in one process's memory."""
    fail_five_times(client)
    cache.clear()
    assert_locked_out(log_in(client, "eindredacteur", PASSWORD))


def test_locked_account_is_locked_from_every_address(editors, client):
    """Per account: trying from another address does not get round the lockout."""
    fail_five_times(client)
    assert_locked_out(log_in(client, "eindredacteur", PASSWORD, address="198.51.100.20"))


def test_locked_address_is_locked_for_every_account(editors, client):
    """Per address: guessing other accounts from the same address is refused too."""
    fail_five_times(client)
    assert_locked_out(log_in(client, "verslaggever", PASSWORD))


def test_other_account_at_other_address_is_unaffected(editors, client):
    """Another editor at another address logs in while the first account is locked."""
    fail_five_times(client)
    response = log_in(client, "verslaggever", PASSWORD, address="198.51.100.20")
    assert response.status_code == 302
    assert logged_in(client)


def test_lockout_counts_the_readers_address_behind_the_proxy(editors, client, settings):
    """Behind KRANT_PROXY_COUNT proxies the reader's own address counts, not the proxy's."""
    settings.CONFIG = type(settings.CONFIG)(**{**settings.CONFIG.__dict__, "proxy_count": 1})
    for _ in range(5):
        log_in(client, "eindredacteur", "fout", address="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    response = log_in(
        client, "verslaggever", PASSWORD, address="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.20"
    )
    assert response.status_code == 302


def test_right_password_resets_the_count(editors, client):
    """A successful login forgets the earlier mistakes of that account."""
    for _ in range(4):
        log_in(client, "eindredacteur", "fout wachtwoord")
    assert log_in(client, "eindredacteur", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        log_in(client, "eindredacteur", "fout wachtwoord")
    assert log_in(client, "eindredacteur", PASSWORD).status_code == 302


def test_reset_mails_are_limited_per_account(editors, client, still_clock):
    """Three reset mails an hour per account; the fourth request gets 429 and Retry-After, no mail."""
    for number in range(3):
        response = client.post(RESET, {"email": "eind@krant.invalid"}, REMOTE_ADDR=f"203.0.113.{number}")
        assert response.status_code == 302
    assert len(mail.outbox) == 3
    response = client.post(RESET, {"email": " EIND@krant.invalid "}, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "nieuw wachtwoord" in response.content.decode()
    assert len(mail.outbox) == 3


def test_reset_mails_are_limited_per_address(editors, client, still_clock):
    """Ten reset requests an hour per address, whatever addresses they name."""
    for number in range(10):
        response = client.post(RESET, {"email": f"iemand{number}@krant.invalid"}, REMOTE_ADDR="203.0.113.7")
        assert response.status_code == 302
    response = client.post(RESET, {"email": "eind@krant.invalid"}, REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 429


def test_reset_for_other_account_and_address_is_unaffected(editors, client):
    """A limited account does not stop another editor asking from elsewhere."""
    for _ in range(4):
        client.post(RESET, {"email": "eind@krant.invalid"}, REMOTE_ADDR="203.0.113.7")
    response = client.post(RESET, {"email": "vers@krant.invalid"}, REMOTE_ADDR="198.51.100.20")
    assert response.status_code == 302


def test_reset_form_still_opens(editors, client):
    """Looking at the form counts for nothing."""
    for _ in range(12):
        assert client.get(RESET).status_code == 200
