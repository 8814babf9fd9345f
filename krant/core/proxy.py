"""The reader's own address and scheme behind proxies, for rate limits, read counting and HTTPS."""

import ipaddress

from django.conf import settings

FORWARDED_PROTO = "HTTP_X_FORWARDED_PROTO"


def secure_proxy_ssl_header(proxy_count: int) -> tuple[str, str] | None:
    """Return Django's SECURE_PROXY_SSL_HEADER: X-Forwarded-Proto counts only when proxies set it.

    Without a proxy in front (KRANT_PROXY_COUNT=0) the header comes from the client itself, and a
    client that claims https would get secure-only behaviour (redirects, cookies) on plain HTTP.
    """
    return (FORWARDED_PROTO, "https") if proxy_count > 0 else None


class ClientAddressMiddleware:
    """Put the reader's address in REMOTE_ADDR when KRANT_PROXY_COUNT proxies stand in front.

    Each proxy appends the address it was called from to X-Forwarded-For, so the reader's address is
    the PROXY_COUNT-th from the right; anything further left was sent by the client and is not trusted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.CONFIG.proxy_count:
            # No proxy of ours set it: drop it, so no later code (or a stray setting) can trust it.
            request.META.pop(FORWARDED_PROTO, None)
        request.META["REMOTE_ADDR"] = client_address(request.META)
        return self.get_response(request)


def client_address(meta: dict) -> str:
    """Return the reader's address: REMOTE_ADDR, or the KRANT_PROXY_COUNT-th from the right of
    X-Forwarded-For when proxies stand in front."""
    count = settings.CONFIG.proxy_count
    address = meta.get("REMOTE_ADDR", "")
    if count:
        forwarded = [part.strip() for part in meta.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= count:
            try:
                return str(ipaddress.ip_address(forwarded[-count]))
            except ValueError:
                pass  # a malformed header leaves the proxy's own address in place
    return address
