"""The reader's own address behind proxies, for rate limits and read counting."""

import ipaddress

from django.conf import settings


class ClientAddressMiddleware:
    """Put the reader's address in REMOTE_ADDR when KRANT_PROXY_COUNT proxies stand in front.

    Each proxy appends the address it was called from to X-Forwarded-For, so the reader's address is
    the PROXY_COUNT-th from the right; anything further left was sent by the client and is not trusted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = settings.CONFIG.proxy_count
        if count:
            forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
            forwarded = [part for part in forwarded if part]
            if len(forwarded) >= count:
                try:
                    request.META["REMOTE_ADDR"] = str(ipaddress.ip_address(forwarded[-count]))
                except ValueError:
                    pass  # a malformed header leaves the proxy's own address in place
        return self.get_response(request)
