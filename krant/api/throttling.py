"""Rate limits for API clients, counted in the Django cache (with KRANT_REDIS_URL: across servers)."""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class AnonThrottle(AnonRateThrottle):
    """DRF's per-address limit for anonymous clients, the rate read at each request.

    DRF reads DEFAULT_THROTTLE_RATES once, when its module is imported; reading it here follows a
    changed setting (tests raise it so that a fuzzer is not stopped). The address is REMOTE_ADDR, which
    krant.core.proxy has already set from X-Forwarded-For when KRANT_PROXY_COUNT says proxies are in front
    (REST_FRAMEWORK's NUM_PROXIES is 0, so DRF never trusts that header by itself).
    """

    def get_rate(self) -> str | None:
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)
