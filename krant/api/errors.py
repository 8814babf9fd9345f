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
from django.http import Http404, JsonResponse
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


class Refusal(exceptions.APIException):
    """A community rule said no (krant.community.comments.Refused): its status, its code, its message."""

    def __init__(self, message: str, code: str, status_code: int):
        super().__init__(message, code)
        self.status_code = status_code
        self.error_code = code
        self.fields = None


class Limited(exceptions.Throttled):
    """A member's or address's budget for a kind of write is spent (429); says which, in Dutch."""

    def __init__(self, wait: int, message: str):
        super().__init__(wait)
        self.message = message


CODES = {
    400: "invalid_parameter",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    410: "gone",
    413: "too_large",
    415: "unsupported_media_type",
    429: "throttled",
    500: "server_error",
}
# The codes of the community's refusals (comments.Refused, checks), beside the generic ones: what a
# client may branch on. Listed in the schema; a code missing here is still sent, with its status.
RULE_CODES = [
    "invalid_body",
    "invalid_credentials",
    "unverified_email",
    "no_token_for_newsroom",
    "empty",
    "too_long",
    "control",
    "invisible",
    "invalid",
    "closed",
    "suspended",
    "banned",
    "repeated",
    "no_profile",
    "no_questions",
    "wrong_thread",
    "parent_gone",
    "unknown_comment",
    "own_comment",
    "already_respected",
    "no_respect",
    "already_reported",
    "no_reason",
    "not_yours",
    "deleted",
    "unknown_topic",  # push alerts: a topic nobody can follow (krant.api.push)
]


def error_body(status_code: int, message: str, fields: dict | None = None, code: str | None = None) -> dict:
    error = {"status": status_code, "code": code or CODES.get(status_code, "error"), "message": message}
    if fields:
        error["fields"] = fields
    return {"error": error}


def error_response(status_code: int, message: str, headers: dict | None = None) -> JsonResponse:
    """Return an API error from outside DRF's views (the login lockout), in the same shape."""
    return JsonResponse(error_body(status_code, message), status=status_code, headers=headers)


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
    if auth_header := getattr(exc, "auth_header", None):  # a 401 says which credentials to send
        headers["WWW-Authenticate"] = auth_header
    fields = None
    code = getattr(exc, "error_code", None)
    if isinstance(exc, exceptions.ValidationError | ParameterNotFound):
        fields, message = validation_details(exc.detail)
    elif isinstance(exc, exceptions.Throttled):
        wait = exc.wait or 1
        headers["Retry-After"] = str(wait)
        message = getattr(exc, "message", None) or ngettext(
            "Te veel verzoeken vanaf je adres. Probeer het over %(seconds)d seconde opnieuw.",
            "Te veel verzoeken vanaf je adres. Probeer het over %(seconds)d seconden opnieuw.",
            wait,
        ) % {"seconds": wait}
    elif isinstance(exc, exceptions.MethodNotAllowed):
        message = method_message(context.get("view"))
    elif isinstance(exc, exceptions.ParseError):
        message, code = _("De inhoud van dit verzoek is geen geldige JSON."), "invalid_body"
    elif isinstance(exc, exceptions.UnsupportedMediaType):
        message = _("Stuur de gegevens als JSON, met Content-Type: application/json.")
    elif isinstance(exc, exceptions.NotAuthenticated):
        message = _("Hiervoor is een sleutel nodig: stuur 'Authorization: Token <sleutel>' mee.")
    else:
        message = str(exc.detail)
        fields = getattr(exc, "fields", None)  # a Refusal of a comment's text names the field
    set_rollback()
    return Response(
        error_body(exc.status_code, message, fields, code), status=exc.status_code, headers=headers
    )


def method_message(view) -> str:
    """Say which methods the address takes: most of the API is only read."""
    allowed = set(getattr(view, "allowed_methods", None) or ["GET", "HEAD"]) - {"OPTIONS"}
    if allowed <= {"GET", "HEAD"}:
        return _("De API kan alleen gelezen worden: gebruik GET of HEAD.")
    return _("Dit adres neemt alleen %(methods)s aan.") % {"methods": ", ".join(sorted(allowed))}


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
