"""Every API error as JSON: {"error": {"status": 404, "code": "not_found", "message": "...", "fields": ...}}.

`status` repeats the HTTP status, `code` is a stable machine-readable word (documented in the OpenAPI
schema), `message` a sentence for the developer (in Dutch, like the rest of the site), and `fields`, with
a 400 or a parameter's 404, says per query parameter what is wrong. DRF's own exceptions, Django's Http404, a
request Django refuses to read (a SuspiciousOperation: 400) and anything unexpected (a 500, logged with its
traceback, never shown) all leave through `exception_handler`.
"""

import logging

from django.conf import settings
from django.core.exceptions import SuspiciousOperation, TooManyFieldsSent
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import set_rollback

logger = logging.getLogger(__name__)


class Gone(exceptions.APIException):
    """A withdrawn article: it was published once and is no longer (410, like the reader site)."""

    status_code = status.HTTP_410_GONE
    default_code = "gone"


class ParameterNotFound(exceptions.NotFound):
    """A well-formed query parameter naming nothing (section=12345): a 404 that says which, in `fields`.

    Not a 400: the request is as the schema describes it; what it points at does not exist, as with
    /sections/12345/.
    """


CODES = {
    400: "invalid_parameter",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    410: "gone",
    429: "throttled",
    500: "server_error",
}


def error_body(status_code: int, message: str, fields: dict | None = None) -> dict:
    error = {"status": status_code, "code": CODES.get(status_code, "error"), "message": message}
    if fields:
        error["fields"] = fields
    return {"error": error}


def exception_handler(exc: Exception, context: dict) -> Response:
    """Return the JSON response for `exc`, raised in an API view (REST_FRAMEWORK's EXCEPTION_HANDLER)."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Deze pagina van de API bestaat niet."))
    if isinstance(exc, SuspiciousOperation):
        # The client's fault, as Django's own handler answers for HTML pages (400), so no traceback; one
        # line on Django's security logger, where such requests are watched for.
        logging.getLogger(f"django.security.{exc.__class__.__name__}").warning("API: %s", exc)
        exc = exceptions.ValidationError(suspicious_message(exc))
    if not isinstance(exc, exceptions.APIException):
        request = context.get("request")
        logger.exception("API error at %s", request.path if request else "?")
        set_rollback()
        message = _("Er ging iets mis aan onze kant. Probeer het later opnieuw.")
        return Response(error_body(500, message), status=500)
    headers = {}
    fields = None
    if isinstance(exc, exceptions.ValidationError | ParameterNotFound):
        fields, message = validation_details(exc.detail)
    elif isinstance(exc, exceptions.Throttled):
        wait = exc.wait or 1
        headers["Retry-After"] = str(wait)
        message = ngettext(
            "Te veel verzoeken vanaf je adres. Probeer het over %(seconds)d seconde opnieuw.",
            "Te veel verzoeken vanaf je adres. Probeer het over %(seconds)d seconden opnieuw.",
            wait,
        ) % {"seconds": wait}
    elif isinstance(exc, exceptions.MethodNotAllowed):
        message = _("De API kan alleen gelezen worden: gebruik GET of HEAD.")
    else:
        message = str(exc.detail)
    set_rollback()
    return Response(error_body(exc.status_code, message, fields), status=exc.status_code, headers=headers)


def suspicious_message(exc: SuspiciousOperation) -> str:
    if isinstance(exc, TooManyFieldsSent):
        return _("Te veel parameters: de API leest er hoogstens %(count)d.") % {
            "count": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
        }
    return _("Dit verzoek kan de API niet lezen.")


def validation_details(detail) -> tuple[dict, str]:
    """Return ({parameter: [messages]}, one sentence naming the first problem) for a ValidationError."""
    if not isinstance(detail, dict):
        detail = {"non_field_errors": detail if isinstance(detail, list) else [detail]}
    fields = {
        name: [str(message) for message in (messages if isinstance(messages, list) else [messages])]
        for name, messages in detail.items()
    }
    name, messages = next(iter(fields.items()))
    if name == "non_field_errors":
        return fields, messages[0]
    return fields, _("Ongeldige parameter '%(name)s': %(message)s") % {"name": name, "message": messages[0]}
