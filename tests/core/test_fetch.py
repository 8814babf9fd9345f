"""Fetching outside addresses: every local address form refused, real fetches only through the override."""

import ipaddress
import socket

import pytest
import urllib3.util.connection

from krant.core.fetch import FetchError, Limits, Reason, forbidden_address, open_url
from tests.httpserver import LocalServer, Reply, stall

LOCAL = Limits(allow_private=True, connect_timeout=2, read_timeout=2, deadline=10)


@pytest.fixture
def server():
    with LocalServer() as running:
        running.serve("/", b"hallo")
        running.replies["/stil"] = Reply(write=stall)
        yield running


def fetch(url: str, limits: Limits | None = None) -> tuple[int, bytes]:
    with open_url(url, limits=limits or Limits(connect_timeout=2)) as opened:
        return opened.status, opened.read()


# Every way of writing an address on this machine or a private network; "{port}" is the test server's.
LOCAL_FORMS = [
    "http://127.0.0.1:{port}/",
    "http://127.8.9.10:{port}/",
    "http://localhost:{port}/",
    "http://LOCALHOST.:{port}/",
    "http://beheer.localhost:{port}/",
    "http://2130706433:{port}/",  # decimal
    "http://0x7f.1:{port}/",  # hexadecimal, short
    "http://0x7f000001:{port}/",
    "http://0177.0.0.1:{port}/",  # octal
    "http://127.1:{port}/",
    "http://0.0.0.0:{port}/",  # unspecified: Linux connects it to this machine
    "http://[::]:{port}/",
    "http://[::1]:{port}/",
    "http://[::ffff:127.0.0.1]:{port}/",  # IPv4-mapped
    "http://[::ffff:7f00:1]:{port}/",
    "http://[::127.0.0.1]:{port}/",  # IPv4-compatible
    "http://[2002:7f00:1::1]:{port}/",  # 6to4 around 127.0.0.1
    "http://[2002:c0a8:101::1]:{port}/",  # 6to4 around 192.168.1.1
    "http://[64:ff9b::10.0.0.1]:{port}/",  # NAT64 around a private address
    "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]:{port}/",  # Teredo
    "http://10.0.0.1:{port}/",
    "http://172.16.5.4:{port}/",
    "http://192.168.1.1:{port}/",
    "http://100.64.0.1:{port}/",  # carrier-grade NAT
    "http://169.254.169.254:{port}/",  # link-local: the cloud metadata service
    "http://[fe80::1]:{port}/",
    "http://[fc00::1]:{port}/",  # unique local
    "http://224.0.0.1:{port}/",  # multicast
    "http://[ff02::1]:{port}/",
    "http://255.255.255.255:{port}/",
    "http://240.0.0.1:{port}/",  # reserved
]


@pytest.mark.parametrize("form", LOCAL_FORMS)
def test_every_local_address_form_is_refused_without_connecting(server, form):
    """No spelling of a local or private address gets a request through, not even to a live server."""
    with pytest.raises(FetchError) as refused:
        fetch(form.format(port=server.port))
    assert refused.value.reason == Reason.PRIVATE
    assert server.requests == []


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "0.0.0.0",
        "10.1.1.1",
        "::",
        "::1",
        "::ffff:192.168.0.1",
        "::10.0.0.1",
        "2002:0a00:0001::",
        "64:ff9b::7f00:1",
        "64:ff9b:1::a00:1",
        "2001::1",
        "ff0e::1",  # globally scoped multicast is still no web server
        "192.0.0.8",
    ],
)
def test_forbidden_address_catches_embedded_and_special_ranges(address):
    """Addresses that reach this machine, a private network or no web server at all are forbidden."""
    assert forbidden_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2a00:1450:4001:80b::200e"])
def test_public_addresses_are_allowed(address):
    """Ordinary public addresses pass the fence."""
    assert not forbidden_address(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/a",
        "gopher://example.org/",
        "data:text/plain,hoi",
        "/relatief",
        "",
    ],
)
def test_only_http_and_https(url):
    """Other schemes and addresses without a host are refused before anything happens."""
    with pytest.raises(FetchError) as refused:
        fetch(url, LOCAL)
    assert refused.value.reason == Reason.SCHEME


def test_invalid_port_is_a_clear_refusal():
    """A port beyond 65535 is named as such, not a crash."""
    with pytest.raises(FetchError) as refused:
        fetch("http://example.org:99999/", LOCAL)
    assert refused.value.reason == Reason.PORT


def test_the_override_lets_a_local_server_be_fetched(server):
    """With allow_private (tests, an operator's own network) the server on 127.0.0.1 answers."""
    assert fetch(f"{server.base}/", LOCAL) == (200, b"hallo")


def test_address_checked_is_the_address_connected_to(server, monkeypatch):
    """A name that resolves to a public address first and to 127.0.0.1 next (DNS rebinding) never
    reaches this machine: the name is resolved once, and the connection goes to that answer."""
    real_getaddrinfo = socket.getaddrinfo
    asked, dialled = [], []

    def rebinding(host, port, *args, **kwargs):
        if host != "wisselend.example":
            return real_getaddrinfo(host, port, *args, **kwargs)
        asked.append(host)
        address = "93.184.215.14" if len(asked) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))]

    def dial(address, *args, **kwargs):
        dialled.append(address)
        raise ConnectionRefusedError("tests open no connection outside this machine")

    # DNS and the public network lie outside the machine: both are stand-ins, and nothing leaves it.
    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(urllib3.util.connection, "create_connection", dial)
    with pytest.raises(FetchError):
        fetch(f"http://wisselend.example:{server.port}/", Limits(connect_timeout=0.5))
    assert dialled == [("93.184.215.14", server.port)]
    assert server.requests == []
    assert asked == ["wisselend.example"]


def test_redirects_are_checked_hop_by_hop(server):
    """A redirect to another scheme is refused at the hop, and the redirect target is never fetched."""
    server.serve("/naar-bestand", b"", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError) as refused:
        fetch(f"{server.base}/naar-bestand", LOCAL)
    assert refused.value.reason == Reason.SCHEME


def test_redirects_are_followed_a_few_times_only(server):
    """A redirect is followed; a loop ends after max_redirects hops."""
    server.serve("/omweg", b"", status=301, headers={"Location": "/"})
    server.serve("/rondje", b"", status=302, headers={"Location": "/rondje"})
    assert fetch(f"{server.base}/omweg", LOCAL) == (200, b"hallo")
    with pytest.raises(FetchError) as refused:
        fetch(f"{server.base}/rondje", LOCAL)
    assert refused.value.reason == Reason.REDIRECTS
    assert server.requests.count("/rondje") == LOCAL.max_redirects + 1


def test_size_limit_applies_to_announced_and_streamed_bodies(server):
    """A body larger than max_bytes is refused, whether its length is announced or not."""
    small = Limits(allow_private=True, max_bytes=1000)
    server.serve("/groot", b"x" * 5000)
    server.serve("/zonder-lengte", b"x" * 5000, headers={"Content-Length": None, "Connection": "close"})
    for path in ("/groot", "/zonder-lengte"):
        with pytest.raises(FetchError) as refused:
            fetch(f"{server.base}{path}", small)
        assert refused.value.reason == Reason.TOO_BIG


def test_a_silent_server_hits_the_read_timeout(server):
    """A server that stops sending after the headers is given up after the read timeout."""
    with pytest.raises(FetchError) as refused:
        fetch(f"{server.base}/stil", Limits(allow_private=True, read_timeout=0.3))
    assert refused.value.reason == Reason.TIMEOUT


def test_unknown_host_is_a_dns_error():
    """A name nobody knows ends in a DNS refusal, not an exception from requests."""
    with pytest.raises(FetchError) as refused:
        fetch("http://bestaat-niet.invalid/")
    assert refused.value.reason == Reason.DNS
