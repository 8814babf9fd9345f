"""The demo publication's words, read from content/site.toml: newsroom, sections, pages and settings.

Everything in that file is invented for a fictional publication, "krant", published by the fictional
Krant Media B.V.; the articles are in content/stories/ (see `krant.demo.stories`).
"""

import tomllib
from functools import cache
from pathlib import Path

SITE_FILE = Path(__file__).with_name("content") / "site.toml"


@cache
def site() -> dict:
    """Return the contents of site.toml (read once: it ships with the code and does not change)."""
    with SITE_FILE.open("rb") as handle:
        return tomllib.load(handle)
