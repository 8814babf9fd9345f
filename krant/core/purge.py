"""Purging: after a change readers can see commits, the pages that show it are dropped everywhere.

`purge(keys)` is the one way to do it. It waits for the transaction to commit (a page rendered before the
commit must not be stored as fresh), then gives the keys new versions in the shared store (krant's page
cache, every process) and asks each Varnish in KRANT_PURGE_URLS to drop the objects tagged with them
(`PURGE /` with `xkey-purge`, the xkey vmod; deploy/varnish/krant.vcl). Which keys a change purges is
decided by the receivers of the app that owns the content (news, authors, core, othermedia).
"""

import http.client
import logging
import time
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from krant.core import pagecache

logger = logging.getLogger(__name__)

VARNISH_TIMEOUT = 2  # seconds per server: a slow Varnish must not hold up the editor's publish
KEYS_PER_REQUEST = 100  # keeps the xkey-purge header well under Varnish's 8 KiB header limit
# Varnish is purged only once every app process has seen the new versions (each rereads the purge token
# within CHECK_SECONDS), or a Varnish miss right after the purge could fetch, and keep, the old page.
VARNISH_DELAY = 2 * pagecache.CHECK_SECONDS


def purge(keys: Iterable[str]) -> None:
    """Drop every cached page showing the content named by `keys`, once the transaction commits."""
    keys = frozenset(keys)
    if keys:
        transaction.on_commit(lambda: purge_now(keys))


def purge_now(keys: Iterable[str]) -> None:
    """Drop the cached pages of `keys` now: in the page cache, then in every Varnish."""
    keys = sorted(set(keys))
    pagecache.bump(keys)
    logger.debug("Purged %s", " ".join(keys))
    if settings.CONFIG.purge_urls:
        time.sleep(VARNISH_DELAY)
    for url in settings.CONFIG.purge_urls:
        for start in range(0, len(keys), KEYS_PER_REQUEST):
            purge_varnish(url, keys[start : start + KEYS_PER_REQUEST])


def purge_varnish(url: str, keys: list[str]) -> bool:
    """Ask the Varnish at `url` to drop the objects tagged with `keys`; log a failure, never raise it.

    Our own servers, named in the configuration: not an outside address, so not through core.fetch.
    """
    parts = urlsplit(url)
    kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = kind(parts.hostname, parts.port, timeout=VARNISH_TIMEOUT)
    try:
        connection.request("PURGE", "/", headers={"xkey-purge": " ".join(keys)})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            logger.error("Varnish at %s refused the purge of %s: HTTP %s", url, keys, response.status)
            return False
        return True
    except OSError as error:
        logger.error("Varnish at %s could not be purged (%s): %s stay cached there", url, error, keys)
        return False
    finally:
        connection.close()
