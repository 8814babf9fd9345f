"""Limits on the admin's doors: wrong passwords lock out (django-axes), reset mails are rate limited.

Both count per account and per address (REMOTE_ADDR, which krant.core.proxy has already set to the
reader's own address behind KRANT_PROXY_COUNT proxies), and both answer 429 with Retry-After.
"""

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage
from wagtail.admin.views.account import PasswordResetView

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


def client_address(request: HttpRequest) -> str | None:
    """Return the address to count failures for: REMOTE_ADDR, already the reader's own (krant.core.proxy)."""
    return request.META.get("REMOTE_ADDR")


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """Answer a login while its account or address is locked out: 429, how long, and what to do."""
    seconds = int(get_cool_off(request).total_seconds())
    return limited(
        request,
        _(
            "Te veel mislukte inlogpogingen voor dit account of vanaf dit adres. Probeer het over "
            "%(minutes)d minuten opnieuw, of vraag Beheer om je wachtwoord opnieuw in te stellen."
        )
        % {"minutes": max(seconds // 60, 1)},
        seconds,
    )


def limited(request: HttpRequest, message: str, retry_after: int) -> HttpResponse:
    """Answer 429 with the page readers get for too many forms (core/rate_limited.html) and Retry-After."""
    response = render(request, "core/rate_limited.html", {"message": message}, status=429)
    response["Retry-After"] = str(max(retry_after, 1))
    return response


def reset_key(group, request) -> str:
    """Count reset requests per account, however its address is capitalised or padded."""
    return request.POST.get("email", "").strip().lower()


def password_reset(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """Wagtail's password reset form, with a limit on how often a mail can be asked for."""
    if request.method == "POST":
        waits = [
            wait_for(request, "admin-reset-account", reset_key, RESET_RATE_PER_ACCOUNT),
            wait_for(request, "admin-reset-address", "ip", RESET_RATE_PER_ADDRESS),
        ]
        if wait := max((w for w in waits if w), default=None):
            return limited(
                request,
                _(
                    "Er is al een paar keer om een nieuw wachtwoord gevraagd. Kijk in je mailbox, of "
                    "probeer het over %(minutes)d minuten opnieuw."
                )
                % {"minutes": max(wait // 60, 1)},
                wait,
            )
    return PasswordResetView.as_view()(request, *args, **kwargs)


def wait_for(request: HttpRequest, group: str, key, rate: str) -> int | None:
    """Count this request against a limit; over it, return the seconds until the window ends."""
    usage = get_usage(request, group=group, key=key, rate=rate, method="POST", increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    return max(usage["time_left"], 1)
