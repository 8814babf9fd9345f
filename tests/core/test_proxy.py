"""Behind KRANT_PROXY_COUNT proxies the reader's own address counts, and a forged one does not."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from krant.core.proxy import ClientAddressMiddleware


@pytest.fixture
def seen(settings):
    def run(proxy_count, forwarded=None):
        settings.CONFIG = type(settings.CONFIG)(**{**settings.CONFIG.__dict__, "proxy_count": proxy_count})
        headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
        request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.9", **headers)
        ClientAddressMiddleware(lambda request: HttpResponse())(request)
        return request.META["REMOTE_ADDR"]

    return run


def test_no_proxy_keeps_the_peer_address(seen):
    assert seen(0, "203.0.113.7") == "10.0.0.9"


def test_one_proxy_takes_the_last_forwarded_address(seen):
    assert seen(1, "198.51.100.1, 203.0.113.7") == "203.0.113.7"  # the first one was forged


def test_two_proxies(seen):
    assert seen(2, "203.0.113.7, 192.0.2.50") == "203.0.113.7"


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address", "203.0.113.7"])
def test_missing_short_or_malformed_header_keeps_the_peer(seen, forwarded):
    assert seen(2, forwarded) == "10.0.0.9"
