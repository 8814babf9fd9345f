"""Anonymous clients are limited per address: a clear JSON 429 with Retry-After, counted in the cache."""

from dataclasses import replace

import pytest

RATE = {"anon": "3/minute"}


@pytest.fixture
def low_rate(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": RATE}


def test_too_many_requests_get_a_json_429_with_retry_after(tree, api, low_rate):
    for _ in range(3):
        assert api.get("/api/v1/sections/", REMOTE_ADDR="192.0.2.10").status_code == 200
    response = api.get("/api/v1/sections/", REMOTE_ADDR="192.0.2.10")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (429, "throttled")
    assert f"{response['Retry-After']} seconde" in error["message"]
    assert "public" not in response["Cache-Control"]  # no cache may hand the refusal to someone else


def test_the_limit_is_per_address(tree, api, low_rate):
    for _ in range(3):
        api.get("/api/v1/sections/", REMOTE_ADDR="192.0.2.10")
    assert api.get("/api/v1/sections/", REMOTE_ADDR="192.0.2.10").status_code == 429
    assert api.get("/api/v1/sections/", REMOTE_ADDR="192.0.2.11").status_code == 200


def test_a_forged_forwarded_for_header_does_not_escape_the_limit(tree, api, low_rate):
    """Without proxies configured (KRANT_PROXY_COUNT=0) X-Forwarded-For is the client's word: ignored."""
    for n in range(3):
        api.get("/api/v1/sections/", REMOTE_ADDR="192.0.2.10", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = api.get("/api/v1/sections/", REMOTE_ADDR="192.0.2.10", HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert response.status_code == 429


def test_behind_a_proxy_each_reader_has_their_own_limit(tree, api, low_rate, settings):
    """With KRANT_PROXY_COUNT=1 the reader's address comes from the proxy's header (krant.core.proxy)."""
    settings.CONFIG = replace(settings.CONFIG, proxy_count=1)
    for _ in range(3):
        api.get("/api/v1/sections/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.1")
    same = api.get("/api/v1/sections/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.1")
    other = api.get("/api/v1/sections/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert (same.status_code, other.status_code) == (429, 200)


def test_every_endpoint_counts_against_the_same_limit(tree, api, low_rate):
    """One budget per address for the whole API, errors included, so probing ids is limited too."""
    api.get("/api/v1/", REMOTE_ADDR="192.0.2.10")
    api.get("/api/v1/articles/", REMOTE_ADDR="192.0.2.10")
    api.get("/api/v1/articles/999999/", REMOTE_ADDR="192.0.2.10")
    assert api.get("/api/v1/authors/", REMOTE_ADDR="192.0.2.10").status_code == 429


def test_api_search_counts_against_the_sites_search_limit(story, api, client, still_clock):
    """Searching through the API is no way around the site's 30 searches a minute, nor the other way."""
    for _ in range(30):
        assert client.get("/zoeken/", {"q": "dijk"}, REMOTE_ADDR="192.0.2.20").status_code == 200
    response = api.get("/api/v1/search/", {"q": "dijk"}, REMOTE_ADDR="192.0.2.20")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert response.json()["error"]["code"] == "throttled"
    assert api.get("/api/v1/articles/", REMOTE_ADDR="192.0.2.20").status_code == 200  # only search is over
    for _ in range(30):
        assert api.get("/api/v1/search/", {"q": "dijk"}, REMOTE_ADDR="192.0.2.21").status_code == 200
    assert client.get("/zoeken/", {"q": "dijk"}, REMOTE_ADDR="192.0.2.21").status_code == 429


def test_rate_limits_turned_off_let_every_request_through(tree, api, low_rate, settings):
    """KRANT_RATE_LIMITS=off (RATELIMIT_ENABLE) lifts the limit: for load benchmarks from one address."""
    settings.RATELIMIT_ENABLE = False
    for _ in range(5):
        assert api.get("/api/v1/sections/", REMOTE_ADDR="192.0.2.10").status_code == 200
