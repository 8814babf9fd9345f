"""What every long-running krant process checks first: a secret key that all processes share."""

from django.conf import settings
from django.core.management.base import CommandError


def require_fixed_secret_key() -> None:
    """Refuse to start on a random per-process key (debug off, KRANT_SECRET_KEY unset).

    Such a key signs links and sessions that no other process, and no restart, can check: the links
    in a newsletter would break, and an editor would be logged out by the next request to another worker.
    """
    if not settings.DEBUG and settings.CONFIG.secret_key_source == "none":  # noqa: S105
        raise CommandError(
            "KRANT_SECRET_KEY: not set. Production needs a fixed secret key shared by all servers: "
            "set KRANT_SECRET_KEY to 50 random characters (`krant demo` makes one for the demo)."
        )
