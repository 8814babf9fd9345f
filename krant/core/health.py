"""/healthz for load balancers and Varnish: 200 'ok' while krant can serve, 503 and a reason when not.

Answered first in the middleware stack: no session, CSRF or host check (a probe asks for the backend's own
address, which need not be in KRANT_ALLOWED_HOSTS), and never cached. A failure is logged as a warning with
the details; the answer names only what failed, since anyone may ask.
"""

import logging
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connections
from django.http import HttpResponse

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"


def problems() -> list[str]:
    """Return what keeps krant from serving: each database (the primary, a replica) and the shared cache."""
    found = []
    for alias in settings.DATABASES:
        try:
            check_database(alias)
        except (DatabaseError, OSError) as error:
            logger.warning("Health check: database %r does not answer: %s", alias, error)
            found.append("database unavailable" if alias == "default" else f"database {alias} unavailable")
    try:
        caches["default"].get("krant:healthz")
    except Exception as error:  # each cache backend fails in its own way (redis, sqlite, OS errors)
        logger.warning("Health check: the shared cache does not answer: %s", error)
        found.append("cache unavailable")
    return found


def check_database(alias: str) -> None:
    connection = connections[alias]
    if connection.vendor == "sqlite" and not Path(connection.settings_dict["NAME"]).is_file():
        # Connecting would quietly create an empty database in its place.
        raise OSError(f"{connection.settings_dict['NAME']} is missing")
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


class HealthCheckMiddleware:
    """Answer /healthz before any other middleware runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != HEALTH_PATH:
            return self.get_response(request)
        found = problems()
        response = HttpResponse(
            "\n".join(found) if found else "ok",
            status=503 if found else 200,
            content_type="text/plain; charset=utf-8",
        )
        response["Cache-Control"] = "no-store"
        response["X-Robots-Tag"] = "noindex"
        response._has_been_logged = True  # logged above as a warning; Django would log a 503 as an error
        return response
