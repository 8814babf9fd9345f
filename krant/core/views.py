from django.shortcuts import render
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

FORM_RATE = "5/10m"


def rate_limited(request, exception=None):
    """Answer a stranger who calls too often with 429 and a message a reader understands."""
    return render(
        request,
        "core/rate_limited.html",
        {"message": _("U heeft dit formulier te vaak verstuurd. Probeer het over een paar minuten opnieuw.")},
        status=429,
    )


def form_rate_limit(request):
    """Return a 429 response when this address has posted forms too often, else None."""
    if request.method != "POST":
        return None
    if is_ratelimited(request, group="forms", key="ip", rate=FORM_RATE, method="POST", increment=True):
        return rate_limited(request)
    return None
