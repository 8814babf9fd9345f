"""The `krant` command: every Django and Wagtail management command, plus `demo` and `serve`.

Configuration problems end in one line that names the variable, never a traceback.
"""

import argparse
import os
import sys

from krant import config

DJANGO_SETTINGS = "krant.settings"
# Commands as the documentation spells them; Django names each after its module.
ALIASES = {"import-wordpress": "import_wordpress"}


def fail(message: str) -> None:
    print(f"krant: {message}", file=sys.stderr)
    sys.exit(2)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    argv = [ALIASES.get(argv[0], argv[0]), *argv[1:]] if argv else argv
    os.environ["DJANGO_SETTINGS_MODULE"] = DJANGO_SETTINGS
    try:
        data_dir = config.ensure_data_dir(os.environ.get("KRANT_DATA_DIR", ""))
        if argv[:1] == ["demo"]:
            # The demo's secret must exist before the settings load, so every server worker shares it.
            config.ensure_secret_key_file(data_dir)
            # Links the demo writes (canonical, feeds, mails) must name the address it serves; the
            # settings, the server workers and the scheduler all read it from the environment.
            if not os.environ.get("KRANT_BASE_URL", "").strip():
                os.environ["KRANT_BASE_URL"] = demo_base_url(argv[1:])
        import django

        django.setup()
    except config.ConfigError as error:
        fail(str(error))

    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError
    from redis.exceptions import ConnectionError as RedisConnectionError

    try:
        execute_from_command_line(["krant", *argv])
    except OperationalError as error:
        fail(f"KRANT_DATABASE_URL: cannot use the database: {first_line(error)}")
    except RedisConnectionError as error:
        fail(f"KRANT_REDIS_URL: cannot reach Redis: {first_line(error)}")
    except config.ConfigError as error:
        fail(str(error))


def demo_base_url(arguments: list[str]) -> str:
    """Return the address `krant demo` serves for these arguments: http://127.0.0.1:PORT."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--port", default="8000")
    port = parser.parse_known_args(arguments)[0].port
    # A bad port is the demo command's to refuse, with its own message; the address stays the default.
    return f"http://127.0.0.1:{port if port.isdigit() else 8000}"


def first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
