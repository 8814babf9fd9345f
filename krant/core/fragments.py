"""Rendered parts of reader pages (teasers, article bodies, menus), cached by what makes them immutable.

A fragment's key holds everything its HTML depends on: the id and last publish of the article in it, the
shared content version (`versions.version()`, changed by every publish, move and settings change) for
parts that show the page tree, the language, the code release and the day. A change makes a new key instead of
purging the old one, so no process can show a stale fragment, and a page-cache miss after a publish
re-renders only what changed. Surrogate keys are never declared here: a hit renders nothing.

Fragments live in `caches["local"]`, a bounded per-process cache: a hit costs no network round trip,
and what it holds is never stale, only unused (then culled).
"""

import hashlib
from collections.abc import Callable
from typing import Any

from django.core.cache import caches
from django.utils import timezone
from django.utils.translation import get_language

import krant

STORE = "local"


def fragment_key(name: str, parts: tuple) -> str:
    """Return the cache key of fragment `name` for `parts` in the active language, this release and today.

    The day is in the key because teasers say '14:59' on their day and the date after (`teaser_time`).
    """
    digest = hashlib.md5(repr(parts).encode(), usedforsecurity=False).hexdigest()
    day = timezone.localdate().isoformat()
    return f"krant:fragment:{krant.__version__}:{name}:{get_language()}:{day}:{digest}"


def cached_fragment(name: str, parts: tuple, render: Callable[[], Any], request=None) -> Any:
    """Return fragment `name` for `parts` from the cache, rendering and keeping it on a miss.

    A fragment is HTML or the data a part of a page is rendered from (sharing tags, for instance).
    `render` returns None for nothing to show now, which is not kept. A preview is never cached nor
    served from the cache: it shows a draft under the live page's key.
    """
    if getattr(request, "is_preview", False):
        return render()
    store = caches[STORE]
    key = fragment_key(name, parts)
    html = store.get(key)
    if html is None:
        html = render()
        if html is not None:
            store.set(key, html)
    return html
