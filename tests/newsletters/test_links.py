"""Personal links: unguessable, checked exactly, dead when the key changes; confirmation links expire."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from krant.newsletters import links
from krant.newsletters.models import Subscriber


@pytest.fixture
def subscriber(db):
    return Subscriber.objects.create(email="lezer@example.org")


def test_link_token_finds_its_subscriber(subscriber):
    """The token in a personal link leads back to exactly that subscriber."""
    token = links.link_token(subscriber.pk, subscriber.key)
    assert links.subscriber_for_token(token) == subscriber
    assert len(token.split(".", 1)[1]) == 43  # 256 bits, base64url


@pytest.mark.parametrize(
    "mangle",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),  # one character off
        lambda token: token.split(".")[0],  # the id alone
        lambda token: token.split(".")[1],  # the MAC alone
        lambda token: "999999." + token.split(".")[1],  # another id
        lambda token: "１２." + token.split(".")[1],  # non-ASCII digits
        lambda token: "9" * 30 + "." + token.split(".")[1],  # an id no database holds
        lambda token: "",
    ],
)
def test_a_wrong_token_finds_nobody(subscriber, mangle):
    """Any other string, however close, is no personal link."""
    assert links.subscriber_for_token(mangle(links.link_token(subscriber.pk, subscriber.key))) is None


def test_a_new_key_kills_the_old_links(subscriber):
    """Replacing the random key (for instance after a leak) makes every link sent so far invalid."""
    old = links.link_token(subscriber.pk, subscriber.key)
    subscriber.key = "0" * 64
    subscriber.save()
    assert links.subscriber_for_token(old) is None


def test_the_stored_key_is_not_itself_a_link(subscriber):
    """Someone who reads the database cannot build a link without the site's secret key."""
    assert subscriber.key not in links.link_token(subscriber.pk, subscriber.key)


def test_confirmation_link_works_for_a_week_then_expires(subscriber):
    """A confirmation link is accepted for CONFIRM_VALID, and after that reported as expired."""
    token = links.confirm_token(subscriber)
    with time_machine.travel(timezone.now() + timedelta(days=6)):
        assert links.subscriber_for_confirm_token(token) == subscriber
    with time_machine.travel(timezone.now() + timedelta(days=8)), pytest.raises(links.ExpiredLink):
        links.subscriber_for_confirm_token(token)


def test_a_tampered_confirmation_link_is_refused(subscriber):
    """A confirmation link changed by one character is not one."""
    token = links.confirm_token(subscriber)
    assert links.subscriber_for_confirm_token(token + "x") is None
    assert links.subscriber_for_confirm_token("nonsense") is None


def test_links_are_absolute_and_in_the_subscribers_language(subscriber, settings):
    """Mail needs full addresses; an English subscriber gets the English pages."""
    settings.BASE_URL = "https://krant.example"
    subscriber.language = "en"
    token = links.link_token(subscriber.pk, subscriber.key)
    assert links.manage_url(token) == f"https://krant.example/nieuwsbrieven/beheer/{token}/"
    assert links.manage_url(token, "en") == f"https://krant.example/en/nieuwsbrieven/beheer/{token}/"
    assert links.confirm_url(subscriber).startswith("https://krant.example/en/nieuwsbrieven/bevestigen/")
