"""App access for members: one API token per member, made and revoked by them, never for the newsroom.

Built on DRF's own `rest_framework.authtoken` (it ships with DRF: a key per user, looked up on every request)
rather than a second token library: apps send `Authorization: Token <key>`, and a member who lost a phone
revokes the key on their settings page. Newsroom accounts get no token, and a token whose user later joins
the newsroom stops working: the API gives no staff powers.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.db import transaction
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.authtoken.models import Token

from krant.community import personal_data
from krant.community.services import is_newsroom


class NoToken(Exception):
    """This account may not have app access (now); `message` says why, for the member."""

    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code


class MemberTokenAuthentication(TokenAuthentication):
    """`Authorization: Token <key>` of a member's active account; anything else is a 401."""

    def authenticate_credentials(self, key):
        # With the member's profile: every write of theirs needs it.
        token = Token.objects.select_related("user__member").filter(key=key).first()
        if token is None or not token.user.is_active or is_newsroom(token.user):
            raise exceptions.AuthenticationFailed(
                _("Deze sleutel is ongeldig of ingetrokken. Maak een nieuwe in je community-instellingen.")
            )
        return token.user, token


def may_have_token(user) -> None:
    """Raise NoToken when `user` may not get app access (the newsroom works in the admin, not in apps)."""
    if is_newsroom(user):
        raise NoToken(_("Redactieaccounts krijgen geen app-toegang."), "no_token_for_newsroom")


@transaction.atomic
def issue(user) -> Token:
    """Return a new key for `user`; an older one stops working (one key per member)."""
    may_have_token(user)
    Token.objects.filter(user=user).delete()
    return Token.objects.create(user=user)


def for_app(user) -> Token:
    """Return the member's key, made now if they have none: every app of theirs shares it."""
    may_have_token(user)
    token, _created = Token.objects.get_or_create(user=user)
    return token


def revoke(user) -> bool:
    """Revoke the member's key; return whether there was one."""
    deleted, _kinds = Token.objects.filter(user=user).delete()
    return bool(deleted)


def current(user) -> Token | None:
    return Token.objects.filter(user=user).first()


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
    """The member's app access: when the key was made. Never the key itself: the file may be shared."""
    return [
        {"created_at": personal_data.when(created)}
        for created in Token.objects.filter(user=user).values_list("created", flat=True)
    ]


def erase_tokens(user, choice) -> None:
    Token.objects.filter(user=user).delete()


personal_data.register("app_access", export_tokens, erase_tokens)
