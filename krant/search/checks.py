"""A search server without its client library would fail every publish and every search: say so at start."""

import importlib.metadata

from django.conf import settings
from django.core.checks import Error, Tags, register

# Wagtail's backend -> (the client's distribution, the krant extra that installs it)
SERVER_CLIENTS = {
    "wagtail.search.backends.opensearch2": ("opensearch-py", "opensearch"),
    "wagtail.search.backends.opensearch3": ("opensearch-py", "opensearch"),
    "wagtail.search.backends.elasticsearch8": ("elasticsearch", "elasticsearch"),
    "wagtail.search.backends.elasticsearch9": ("elasticsearch", "elasticsearch"),
}


@register(Tags.compatibility)
def search_client_installed(app_configs=None, **kwargs) -> list[Error]:
    """Return an error when KRANT_SEARCH_URL names a server whose Python client is not installed."""
    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    if backend not in SERVER_CLIENTS:
        return []
    distribution, extra = SERVER_CLIENTS[backend]
    try:
        importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return [
            Error(
                f"KRANT_SEARCH_URL names a search server, but its client ({distribution}) is not installed.",
                hint=f"Install it with: pip install 'krant[{extra}]'",
                id="krant.search.E001",
            )
        ]
    return []
