"""The shared content versions: what every per-process cache of the page tree is keyed by.

Kept apart from the menus so that routing, which the menus use for the view restrictions, and the
menus can both read them without importing each other.
"""

import time

from django.core.cache import cache

CACHE_VERSION_KEY = "krant:navigation:version"
STRUCTURE_VERSION_KEY = "krant:navigation:structure-version"


def version() -> int:
    """Return the content version: it changes whenever a page is published, moved or removed."""
    return cache.get_or_set(CACHE_VERSION_KEY, new_version, None)


def structure_version() -> int:
    """Return the structure version: as `version`, but an article's publish, move or removal leaves it.

    For parts that show an article with the pages around it (its sections, dossiers, authors, address)
    and are keyed by the article's own last publish too, such as feed entries.
    """
    return cache.get_or_set(STRUCTURE_VERSION_KEY, new_version, None)


def new_version() -> int:
    """A version never used before: a store that lost the key (evicted, cleared) cannot revive old menus."""
    return time.time_ns()


def request_version(request) -> int:
    """Return the content version once per request: the templates' fragments ask for it many times."""
    if request is None:
        return version()
    if not hasattr(request, "_krant_content_version"):
        request._krant_content_version = version()
    return request._krant_content_version
