"""Rate limits on the community's forms: per address (and per account where there is one), 429 with
Retry-After and a Dutch message, counted in the shared store like every other form of krant.

Wrong passwords are not counted here: they lock out through django-axes, as in the admin.
"""

from functools import wraps

from django.http import JsonResponse
from django.utils.translation import gettext as _

from krant.core.login_limits import RESET_RATE_PER_ACCOUNT, RESET_RATE_PER_ADDRESS, reset_key
from krant.core.views import over_limit, rate_limited


def account_key(group, request) -> str:
    return str(request.user.pk) if request.user.is_authenticated else request.META.get("REMOTE_ADDR", "")


# (group, rate, key) per form; a POST over any of them is refused.
SIGNUP = [("community-signup", "5/h", "ip")]
LOGIN = [("community-login", "30/h", "ip")]
RESET = [
    ("community-reset-address", RESET_RATE_PER_ADDRESS, "ip"),
    ("community-reset-account", RESET_RATE_PER_ACCOUNT, reset_key),
]
EMAIL_CHANGE = [("community-email-address", "10/h", "ip"), ("community-email-account", "5/h", account_key)]
SETTINGS = [("community-settings", "20/h", account_key)]
# Comment writes, the same budgets from the site's forms and the API's: an app is no way around them. Per
# account, and per address for many accounts behind one (a newsroom's office shares one address, so the
# address limits are wider).
COMMENT = [
    ("community-comment-minute", "10/m", account_key),
    ("community-comment-hour", "100/h", account_key),
    ("community-comment-address", "60/m", "ip"),
]
RESPECT = [("community-respect-account", "60/m", account_key), ("community-respect-address", "300/m", "ip")]
REPORT = [("community-report-account", "20/h", account_key), ("community-report-address", "60/h", "ip")]
DELETE = [("community-delete-account", "30/m", account_key), ("community-delete-address", "120/m", "ip")]


def wait(request, limits) -> int | None:
    """Count this request against each of `limits`; return the seconds to wait when over any, else None."""
    waits = [over_limit(request, group, rate, key=key) for group, rate, key in limits]
    return max((w for w in waits if w), default=None)


def limited(limits):
    """Refuse a POST to the view over any of `limits` with 429, before the view sees it."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                waits = [
                    over_limit(request, group, rate, method="POST", key=key) for group, rate, key in limits
                ]
                if wait := max((w for w in waits if w), default=None):
                    message = _(
                        "Dit formulier is te vaak verstuurd. Probeer het over %(minutes)d minuten opnieuw."
                    ) % {"minutes": max(wait // 60, 1)}
                    if "application/json" in request.headers.get("Accept", ""):  # the thread's script
                        response = JsonResponse(
                            {"error": {"code": "rate_limited", "message": message}}, status=429
                        )
                        response["Retry-After"] = str(wait)
                        return response
                    return rate_limited(request, retry_after=wait, message=message)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
