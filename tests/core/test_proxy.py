"""Behind KRANT_PROXY_COUNT proxies the reader's own address and scheme count, and forged ones do not."""

import os
import subprocess
import sys

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from krant.core.proxy import ClientAddressMiddleware, secure_proxy_ssl_header


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


@pytest.fixture
def is_secure(settings):
    def run(proxy_count, proto):
        settings.CONFIG = type(settings.CONFIG)(**{**settings.CONFIG.__dict__, "proxy_count": proxy_count})
        settings.SECURE_PROXY_SSL_HEADER = secure_proxy_ssl_header(proxy_count)
        request = RequestFactory().get("/", HTTP_X_FORWARDED_PROTO=proto)
        seen = {}

        def view(request):
            seen["secure"] = request.is_secure()
            return HttpResponse()

        ClientAddressMiddleware(view)(request)
        return seen["secure"]

    return run


def test_without_proxies_a_client_cannot_claim_https(is_secure):
    """With KRANT_PROXY_COUNT=0 X-Forwarded-Proto comes from the client: the request stays plain HTTP."""
    assert is_secure(0, "https") is False


def test_behind_a_proxy_its_https_counts(is_secure):
    """With a proxy in front, the scheme it forwards decides whether the request was secure."""
    assert is_secure(1, "https") is True
    assert is_secure(1, "http") is False


def test_a_stray_setting_does_not_bring_the_client_header_back(settings):
    """Even with SECURE_PROXY_SSL_HEADER set, the middleware drops the header when no proxy is counted."""
    settings.CONFIG = type(settings.CONFIG)(**{**settings.CONFIG.__dict__, "proxy_count": 0})
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    request = RequestFactory().get("/", HTTP_X_FORWARDED_PROTO="https")
    ClientAddressMiddleware(lambda request: HttpResponse())(request)
    assert request.is_secure() is False


@pytest.mark.parametrize(
    ("proxy_count", "expected"), [("0", "None"), ("2", "('HTTP_X_FORWARDED_PROTO', 'https')")]
)
def test_settings_trust_the_header_only_with_proxies(proxy_count, expected, tmp_path):
    """settings.py, loaded in a fresh process, follows KRANT_PROXY_COUNT, also for an https site."""
    env = {
        **os.environ,
        "KRANT_PROXY_COUNT": proxy_count,
        "KRANT_BASE_URL": "https://krant.example",
        "KRANT_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "krant.settings",
    }
    result = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == expected
