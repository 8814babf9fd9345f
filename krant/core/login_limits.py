"""Limits on the admin's doors: wrong passwords lock out (django-axes), reset mails are rate limited.

Both count per account and per address (REMOTE_ADDR, which krant.core.proxy has already set to the
reader's own address behind KRANT_PROXY_COUNT proxies), and both answer 429 with Retry-After.
"""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from wagtail.admin.views.account import PasswordResetView

from krant.api.errors import error_response
from krant.core.views import over_limit, rate_limited

# Reset mails: a forgetful editor needs one or two; more is someone filling an inbox or probing.
RESET_RATE_PER_ACCOUNT = "3/h"
RESET_RATE_PER_ADDRESS = "10/h"


class LoginLimitBackend(AxesStandaloneBackend):
    """Refuse a locked-out account or address before any password is checked.

    `authenticate()` without a request (a shell, a management command) comes from no address and
    no attacker, so it is let through to the next backend instead of raising, as axes would.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def account_of(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """Return the account a login is for: the admin's username or the community's email address.

    From the credentials given to `authenticate()` (allauth passes `email`, Wagtail `username`), else
    from the form; lower-cased, so 'Lid@Voorbeeld.nl' and 'lid@voorbeeld.nl' count as one account.
    """
    data = credentials or getattr(request, "POST", None) or {}
    account = data.get("username") or data.get("email") or data.get("login")
    return account.strip().lower() if isinstance(account, str) else None


def client_address(request: HttpRequest) -> str | None:
    """Return the address to count failures for: REMOTE_ADDR, already the reader's own (krant.core.proxy)."""
    return request.META.get("REMOTE_ADDR")


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """Answer a login while its account or address is locked out: 429, how long, and what to do."""
    seconds = int(get_cool_off(request).total_seconds())
    message = _(
        "Te veel mislukte inlogpogingen voor dit account of vanaf dit adres. Probeer het over "
        "%(minutes)d minuten opnieuw, of vraag Beheer om je wachtwoord opnieuw in te stellen."
    ) % {"minutes": max(seconds // 60, 1)}
    if request.path.startswith("/api/"):  # an app asking for a key (krant.api.tokens): JSON, not a page
        return error_response(429, message, headers={"Retry-After": str(max(seconds, 1))})
    return rate_limited(request, retry_after=max(seconds, 1), message=message)


def reset_key(group, request) -> str:
    """Count reset requests per account, however its address is capitalised or padded."""
    return request.POST.get("email", "").strip().lower()


def password_reset(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """Wagtail's password reset form, with a limit on how often a mail can be asked for."""
    if request.method == "POST":
        waits = [
            over_limit(request, "admin-reset-account", RESET_RATE_PER_ACCOUNT, method="POST", key=reset_key),
            over_limit(request, "admin-reset-address", RESET_RATE_PER_ADDRESS, method="POST"),
        ]
        if wait := max((w for w in waits if w), default=None):
            message = _(
                "Er is al een paar keer om een nieuw wachtwoord gevraagd. Kijk in je mailbox, of "
                "probeer het over %(minutes)d minuten opnieuw."
            ) % {"minutes": max(wait // 60, 1)}
            return rate_limited(request, retry_after=wait, message=message)
    return PasswordResetView.as_view()(request, *args, **kwargs)
