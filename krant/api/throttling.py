"""Rate limits for API clients: the site's one limiter (`core.views.over_limit`), in the shared store."""

from rest_framework.settings import api_settings
from rest_framework.throttling import BaseThrottle

from krant.core.views import over_limit


class AnonThrottle(BaseThrottle):
    """One budget per address for the whole API, counted atomically where every server process sees it.

    DRF's own throttles read, change and write back a list in the cache, so concurrent requests on several
    workers overwrite each other's counts; django-ratelimit increments atomically. The rate is read at each
    request from DEFAULT_THROTTLE_RATES, so a changed setting applies (tests raise it for the fuzzer). The
    address is REMOTE_ADDR, which krant.core.proxy has already set from X-Forwarded-For when KRANT_PROXY_COUNT
    says proxies are in front (REST_FRAMEWORK's NUM_PROXIES is 0, so DRF never trusts that header itself).
    """

    scope = "anon"

    def allow_request(self, request, view) -> bool:
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
        self.retry_after = rate and over_limit(request._request, "api", rate)
        return not self.retry_after

    def wait(self) -> int | None:
        return self.retry_after or None
