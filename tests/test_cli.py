"""`krant --help`: what krant is first, then krant's own commands, then Django's and Wagtail's."""

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("arguments", [["--help"], ["help"], []])
def test_help_starts_with_krant_and_its_commands(tmp_path, arguments):
    """No blank opening line; krant's commands, each with a summary, come before Django's."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("KRANT_")}
    environment["KRANT_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "krant", *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("krant: an open-source news platform")
    text = result.stdout
    for command in ("serve", "demo", "import", "send_newsletters", "run_scheduler"):
        assert f"\n  {command} " in text, command
    assert "Serve krant with the production server" in text
    assert text.index("  serve ") < text.index("migrate") < text.index("publish_scheduled")


def run_krant(tmp_path, *arguments):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("KRANT_")}
    environment["KRANT_DATA_DIR"] = str(tmp_path)
    return subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "krant", *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_help_names_krant_commands_as_the_documentation_spells_them(tmp_path):
    """One line each, 'import-wordpress' as documented, and Django's under their own heading."""
    text = run_krant(tmp_path, "--help").stdout
    own = text[text.index("krant's commands:") : text.index("Django's and Wagtail's commands:")]
    assert "\n  import-wordpress " in own
    assert "import_wordpress" not in own
    for line in own.splitlines()[1:]:
        assert not line or len(line.split(None, 1)) == 2, line  # a command and its one-line summary
    assert "\n  [django] check," in text[text.index("Django's and Wagtail's commands:") :]


def test_help_for_one_command_takes_the_spelled_name(tmp_path):
    result = run_krant(tmp_path, "help", "import-wordpress")
    assert result.returncode == 0, result.stderr
    assert "usage: krant import_wordpress" in result.stdout
