"""The personal links in newsletter mail: manage, unsubscribe and confirm, valid without a login.

A link token is "<subscriber id>.<HMAC-SHA256 of id and the subscriber's random key>": 256 bits a
stranger cannot guess, checked in constant time, and nothing stored is itself a working link (the HMAC
needs the secret key). A confirmation link is a link token signed with a timestamp, so it expires.
"""

from base64 import urlsafe_b64encode
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac

from krant.newsletters.models import Subscriber

LINK_SALT = "krant.newsletters.link"
CONFIRM_SALT = "krant.newsletters.confirm"
CONFIRM_VALID = timedelta(days=7)
MAX_ID_DIGITS = 18  # fits a 64-bit key


class ExpiredLink(Exception):
    """A confirmation link that was valid once and is too old now."""


def link_token(subscriber_id: int, key: str) -> str:
    """Return the token of a subscriber's personal links."""
    digest = salted_hmac(LINK_SALT, f"{subscriber_id}:{key}", algorithm="sha256").digest()
    return f"{subscriber_id}.{urlsafe_b64encode(digest).rstrip(b'=').decode()}"


def subscriber_for_token(token: str) -> Subscriber | None:
    """Return the subscriber whose personal link carries `token`, or None for any other string."""
    number, dot, _mac = token.partition(".")
    if not dot or not number.isascii() or not number.isdigit() or len(number) > MAX_ID_DIGITS:
        return None
    subscriber = Subscriber.objects.filter(pk=int(number)).first()
    if subscriber is None or not constant_time_compare(link_token(subscriber.pk, subscriber.key), token):
        return None
    return subscriber


def confirm_token(subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(link_token(subscriber.pk, subscriber.key))


def subscriber_for_confirm_token(token: str) -> Subscriber | None:
    """Return the subscriber a confirmation link is for; None if it is not one; ExpiredLink if too old."""
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        inner = signer.unsign(token, max_age=CONFIRM_VALID)
    except signing.SignatureExpired:
        raise ExpiredLink from None
    except signing.BadSignature:
        return None
    return subscriber_for_token(inner)


def absolute(path: str) -> str:
    """Return the public address of a path on this site (mail needs full addresses)."""
    return settings.BASE_URL + path


def site_domain() -> str:
    """Return the host name of the public address, for Message-ID and List-Id."""
    return urlsplit(settings.BASE_URL).hostname or "localhost"


def manage_url(token: str, language: str | None = None) -> str:
    with translation.override(language or settings.LANGUAGE_CODE):
        return absolute(reverse("newsletters:manage", args=[token]))


def unsubscribe_url(token: str, slug: str, language: str | None = None) -> str:
    with translation.override(language or settings.LANGUAGE_CODE):
        return absolute(reverse("newsletters:unsubscribe", args=[token, slug]))


def confirm_url(subscriber: Subscriber) -> str:
    with translation.override(subscriber.language):
        return absolute(reverse("newsletters:confirm", args=[confirm_token(subscriber)]))
