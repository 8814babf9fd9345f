"""House style: readers are addressed informally ('je'), never with the formal 'u' or 'uw'.

Scans every reader-facing template (pages, components, mails) and every translatable Dutch string in
the Python code. The app API (krant/api) has its own owner and is left to it; the admin and the
demo's content are not reader-facing text of the code.
"""

import ast
import re
from pathlib import Path

import pytest

KRANT = Path(__file__).resolve().parents[1] / "krant"
FORMAL = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)
SKIPPED = ("api", "demo", "migrations", "admin")
GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy"}
COMMENTS = re.compile(r"{% comment %}.*?{% endcomment %}|{#.*?#}", re.DOTALL)


def reader_files(pattern: str) -> list[Path]:
    return [
        path for path in KRANT.rglob(pattern) if not set(path.relative_to(KRANT).parts[:-1]) & set(SKIPPED)
    ]


def gettext_strings(path: Path) -> list[str]:
    """Return the string constants passed to a gettext function in the module at `path`."""
    strings = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in GETTEXT:
            strings += [
                arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            ]
    return strings


@pytest.mark.parametrize(
    "path", reader_files("templates/**/*.html") + reader_files("templates/**/*.txt"), ids=str
)
def test_templates_say_je(path):
    """No reader-facing template addresses the reader as 'u' or 'uw'."""
    text = COMMENTS.sub("", path.read_text())
    found = [line.strip() for line in text.splitlines() if FORMAL.search(line)]
    assert found == []


def test_translatable_strings_say_je():
    """No translatable Dutch string in the code addresses the reader as 'u' or 'uw'."""
    found = [
        (str(path.relative_to(KRANT)), text)
        for path in reader_files("*.py")
        for text in gettext_strings(path)
        if FORMAL.search(text)
    ]
    assert found == []


def test_the_scan_finds_the_formal_form():
    """The pattern catches 'u' and 'uw' as words, and not inside words such as 'uur' or 'duwen'."""
    assert FORMAL.search("Bedankt voor uw bericht") and FORMAL.search("Heeft u vragen?")
    assert not FORMAL.search("Over een uur duwen we de ui-knop")
