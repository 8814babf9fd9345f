"""The `krant` command: krant's own commands (`demo`, `serve`, `import` ...) and every Django and Wagtail one.

Configuration problems end in one line that names the variable, never a traceback.
"""

import argparse
import os
import sys
import textwrap
from collections import defaultdict

from django.core.management import ManagementUtility, get_commands, load_command_class

from krant import config

DJANGO_SETTINGS = "krant.settings"
# Commands as the documentation spells them; Django names each after its module.
ALIASES = {
    "import-wordpress": "import_wordpress",
    "import-comments": "import_comments",
    "train-moderation": "train_moderation",
    "import-xmltv": "import_xmltv",
    "import-shop-feed": "import_shop_feed",
}


def fail(message: str) -> None:
    print(f"krant: {message}", file=sys.stderr)
    sys.exit(2)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    argv = [ALIASES.get(argv[0], argv[0]), *argv[1:]] if argv else argv
    if argv[:1] == ["help"] and len(argv) > 1:  # 'krant help import-wordpress' too
        argv[1] = ALIASES.get(argv[1], argv[1])
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
        config.keep_postgresql_driver_out()
        import django

        django.setup()
    except config.ConfigError as error:
        fail(str(error))

    from django.db.utils import OperationalError

    try:
        KrantUtility(["krant", *argv]).execute()
    except OperationalError as error:
        fail(f"KRANT_DATABASE_URL: cannot use the database: {first_line(error)}")
    except config.ConfigError as error:
        fail(str(error))
    except Exception as error:
        # Not `import redis` to catch its error: redis imports cryptography, about 10 MiB together, and
        # `krant serve`'s workers inherit what this process loaded. Where Redis is configured the cache
        # imported it; where it is not, no error can be Redis's.
        redis = sys.modules.get("redis.exceptions")
        if redis is None or not isinstance(error, redis.ConnectionError):
            raise
        fail(f"KRANT_REDIS_URL: cannot reach Redis: {first_line(error)}")


def demo_base_url(arguments: list[str]) -> str:
    """Return the address `krant demo` serves for these arguments: http://127.0.0.1:PORT."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--port", default="8000")
    port = parser.parse_known_args(arguments)[0].port
    # A bad port is the demo command's to refuse, with its own message; the address stays the default.
    return f"http://127.0.0.1:{port if port.isdigit() else 8000}"


SUMMARY = "krant: an open-source news platform (reader site, newsroom, newsletters, app API)."


class KrantUtility(ManagementUtility):
    """Django's command line, with a help page that starts with krant and krant's own commands."""

    def main_help_text(self, commands_only=False):
        if commands_only:
            return super().main_help_text(commands_only=True)
        commands = get_commands()
        lines = [
            SUMMARY,
            "",
            "Usage: krant <command> [options]; 'krant help <command>' explains one command.",
            "",
            "krant's commands:",
        ]
        spelled = {command: alias for alias, command in ALIASES.items()}
        own = sorted(
            (spelled.get(name, name), name) for name, app in commands.items() if app.startswith("krant.")
        )
        for shown, name in own:
            lines.append(f"  {shown:<18} {first_sentence(load_command_class(commands[name], name).help)}")
        lines += ["", "Django's and Wagtail's commands:"]
        by_app = defaultdict(list)
        for name, app in commands.items():
            if not app.startswith("krant."):
                by_app["django" if app == "django.core" else app.rpartition(".")[2]].append(name)
        for app in sorted(by_app):
            listed = f"  [{app}] {', '.join(sorted(by_app[app]))}"
            lines.append(textwrap.fill(listed, width=100, subsequent_indent="    "))
        return "\n".join(lines)


def first_sentence(text: str) -> str:
    return text.split(". ")[0].split(":")[0].split(" (")[0].rstrip(".")


def first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
