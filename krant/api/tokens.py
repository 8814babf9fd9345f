"""App access for members: a key per app, made and revoked by the member, never for the newsroom.

Built on django-rest-knox: the database keeps only a SHA-512 digest of each key, so a leaked database or
backup opens no member's account, and the key itself is shown once, when it is made. Each app that logs in
gets a key of its own (a member revokes the one of a lost phone and keeps the others); a key lasts
`KEY_DAYS` days from its last use. Newsroom accounts get no key, and a key whose user later joins the newsroom
stops working: the API gives no staff powers.
"""

from dataclasses import dataclass
from datetime import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.plumbing import build_bearer_security_scheme_object
from knox.auth import TokenAuthentication
from knox.models import AuthToken
from rest_framework import exceptions

from krant.community import personal_data
from krant.community.services import is_newsroom, load_member

KEYS_PER_MEMBER = 10  # a new key beyond this retires the member's oldest
FORGET_EXPIRED_EVERY = 3600  # seconds


@dataclass(frozen=True)
class NewKey:
    """A key just made: `key` is the secret, shown once; `token` its stored record."""

    key: str
    token: AuthToken

    @property
    def created(self) -> datetime:
        return self.token.created

    @property
    def expires_at(self) -> datetime | None:
        return self.token.expiry


class NoToken(Exception):
    """This account may not have app access (now); `message` says why, for the member."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


class MemberTokenAuthentication(TokenAuthentication):
    """`Authorization: Token <key>` of a member's active account; anything else is a 401."""

    def authenticate(self, request):
        try:
            result = super().authenticate(request)
        except exceptions.AuthenticationFailed:
            result = False  # a malformed header, an unknown, expired or revoked key
        if result is None:
            return None  # no key sent: the view decides whether it needs one
        if result:
            load_member(result[0])
        if not result or is_newsroom(result[0]):
            raise exceptions.AuthenticationFailed(
                _("Deze sleutel is ongeldig of ingetrokken. Maak een nieuwe in je community-instellingen.")
            )
        return result

    def _cleanup_token(self, auth_token) -> bool:
        """Refuse (and delete) an expired key; the member's other expired keys are left to
        `forget_expired_keys`, where knox would read all of them on every request."""
        if auth_token.expiry is not None and auth_token.expiry < timezone.now():
            auth_token.delete()
            return True
        return False


def forget_expired_keys() -> None:
    """The scheduler's job: delete every expired key, once an hour (a key is personal data)."""
    if cache.add("krant:api:expired-keys-forgotten", 1, FORGET_EXPIRED_EVERY):
        AuthToken.objects.filter(expiry__lt=timezone.now()).delete()


class MemberTokenScheme(OpenApiAuthenticationExtension):
    """The key in the OpenAPI schema: `Authorization: Token <key>`, named tokenAuth."""

    target_class = MemberTokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return build_bearer_security_scheme_object(
            header_name="Authorization", token_prefix=self.target.authenticate_header(None)
        )


def may_have_token(user) -> None:
    """Raise NoToken when `user` may not get app access (the newsroom works in the admin, not in apps)."""
    if is_newsroom(user):
        raise NoToken(_("Redactieaccounts krijgen geen app-toegang."), "no_token_for_newsroom")


@transaction.atomic
def issue(user) -> NewKey:
    """Make a new key for `user` (one per app); beyond KEYS_PER_MEMBER the oldest stops working."""
    may_have_token(user)
    token, key = AuthToken.objects.create(user=user)
    retired = current(user)[KEYS_PER_MEMBER:]
    AuthToken.objects.filter(pk__in=[old.pk for old in retired]).delete()
    return NewKey(key, token)


def current(user) -> list[AuthToken]:
    """Return the member's keys that still work, newest first."""
    return list(
        AuthToken.objects.filter(user=user).exclude(expiry__lt=timezone.now()).order_by("-created", "-pk")
    )


def revoke(user, digest: str | None = None) -> int:
    """Revoke one of the member's keys (by its digest), or all of them; return how many stopped working."""
    keys = AuthToken.objects.filter(user=user)
    if digest is not None:
        keys = keys.filter(digest=digest)
    deleted, _kinds = keys.delete()
    return deleted


def member_for_credentials(request, email: str, password: str):
    """Return the account these credentials open, or None; wrong passwords count towards axes' lockout.

    Only a verified address logs in, as on the site (allauth's mandatory verification).
    """
    user = authenticate(request, email=email, password=password)
    if user is None:
        return None
    if not EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists():
        raise NoToken(
            _("Bevestig eerst je e-mailadres via de link in de mail die we je stuurden."), "unverified_email"
        )
    return user


def export_tokens(user) -> list[dict]:
    """The member's app access: when each key was made and until when it works. Never a key or digest."""
    return [
        {"created_at": personal_data.when(token.created), "expires_at": personal_data.when(token.expiry)}
        for token in current(user)
    ]


def erase_tokens(user, choice) -> None:
    revoke(user)


personal_data.register("app_access", export_tokens, erase_tokens)
