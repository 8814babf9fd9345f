"""The topics readers follow: `breaking`, `section:<slug>`, `liveblog:<page id>`.

One registry of topic kinds, so another app (liveblogs) adds its own with `register_kind` without this
app knowing its models. A kind answers which topics are open now (the reader's choices) and whether a
given value names one.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from krant.news.models import SectionPage

BREAKING = "breaking"
MAX_TOPICS = 50  # per browser or device: more than every section and a few liveblogs


@dataclass(frozen=True)
class Kind:
    choices: Callable[[], Iterable[tuple[str, str]]]  # (value after the colon, label) of the open topics
    is_known: Callable[[str], bool]  # whether a value names an open topic
    cache_key: str = ""  # the surrogate key its app purges when the choices change (pages listing them)


KINDS: dict[str, Kind] = {}


def register_kind(name: str, choices, is_known, cache_key: str = "") -> None:
    """Add the topics `name:<value>`; see Kind."""
    KINDS[name] = Kind(choices, is_known, cache_key)


def sections():
    return SectionPage.objects.live().public().order_by("path").values_list("slug", "title")


register_kind(
    "section",
    choices=sections,
    is_known=lambda slug: SectionPage.objects.live().public().filter(slug=slug).exists(),
)


def is_known(topic: str) -> bool:
    """Return whether `topic` names something a reader can follow now."""
    if topic == BREAKING:
        return True
    name, colon, value = topic.partition(":")
    kind = KINDS.get(name)
    return bool(colon and value and kind is not None and kind.is_known(value))


def cache_keys() -> list[str]:
    """Return the keys a page listing the choices declares: it is purged when any kind's choices change."""
    return [kind.cache_key for kind in KINDS.values() if kind.cache_key]


def choices() -> list[tuple[str, str]]:
    """Return (topic, label) for every topic a reader can follow now: breaking news first."""
    found = [(BREAKING, str(_("Belangrijk nieuws")))]
    for name, kind in KINDS.items():
        found += [(f"{name}:{value}", str(label)) for value, label in kind.choices()]
    return found
