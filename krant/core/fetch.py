"""Fetch documents from outside addresses safely: the one place krant reads a URL it was handed.

An address in an import file or an outlet's feed is data from a stranger, and must not make the
server fetch from places only it can reach (its own admin, a cloud metadata service, the LAN). So:

- only http and https, on the standard or an explicit valid port;
- every address form that reaches this machine or a private network is refused: loopback,
  private, link-local, shared (CG-NAT), multicast, unspecified (0.0.0.0, ::), reserved, IPv6 that
  embeds an IPv4 address (mapped ::ffff:127.0.0.1, compatible ::127.0.0.1, 6to4, NAT64, Teredo),
  the odd IPv4 spellings (2130706433, 0x7f.1, 0177.0.0.1: the resolver turns them into 127.0.0.1,
  and the resolved address is what is checked) and 'localhost' names;
- the check is made on the address the connection is actually opened to: requests-hardened
  resolves the name once, checks it and connects to that very address (Host header and TLS name
  kept), so a DNS answer that changes between check and connect (rebinding) gains nothing;
- redirects are followed by hand, and every hop goes through the same checks;
- a connect and a read timeout, a deadline for the whole download (against servers that drip a
  byte at a time) and a cap on the decompressed size.

`Limits.allow_private` lifts the address fence, for tests that serve from 127.0.0.1 and for an
operator who imports from a server on the own network; nothing else does.

requests-hardened (Saleor's, maintained) does the resolve-check-pin; its own filter misses
IPv4-compatible IPv6 and some non-global ranges, so `forbidden_address` checks the pinned address
again. The limits and the redirect loop are written here: no well-kept library combines them
with requests' streaming.
"""

import enum
import ipaddress
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests_hardened.ip_filter import EXTRA_BLOCKED_NET_RANGES, InvalidIPAddress
from requests_hardened.ip_filter_adapter import IPFilterAdapter

CHUNK_SIZE = 64 * 1024
REDIRECT_STATUSES = {301, 302, 303, 307, 308}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d, and :: and ::1 themselves
NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


@dataclass(frozen=True)
class Limits:
    """How far one fetch may go."""

    connect_timeout: float = 5
    read_timeout: float = 10  # the longest wait for the next bytes
    deadline: float = 30  # the whole download, redirects included (plus at most one read timeout)
    max_bytes: int = 5 * 1024 * 1024  # after decompression
    max_redirects: int = 3
    allow_private: bool = False  # loopback, LAN, link-local: only for tests and own networks


class Reason(enum.StrEnum):
    """Why a fetch failed; callers turn it into words for their own readers."""

    SCHEME = "scheme"
    PORT = "port"
    DNS = "dns"
    PRIVATE = "private"
    CONNECT_TIMEOUT = "connect-timeout"
    TIMEOUT = "timeout"
    TLS = "tls"
    CONNECT = "connect"
    DECODE = "decode"
    BROKEN = "broken"
    TOO_BIG = "too-big"
    TOO_SLOW = "too-slow"
    REDIRECTS = "redirects"
    OTHER = "other"


class FetchError(Exception):
    """A fetch that did not happen or did not finish; `reason` says why, `detail` adds a fact."""

    def __init__(self, reason: Reason, url: str, detail: str = ""):
        super().__init__(f"{reason}: {url}" + (f" ({detail})" if detail else ""))
        self.reason = reason
        self.url = url
        self.host = urlsplit(url).hostname or url
        self.detail = detail


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """Return the IPv4 addresses an IPv6 address carries (mapped, compatible, 6to4, NAT64, Teredo)."""
    found = []
    if ip.ipv4_mapped:
        found.append(ip.ipv4_mapped)
    if ip in IPV4_COMPATIBLE or any(ip in network for network in NAT64):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.sixtofour:
        found.append(ip.sixtofour)
    if ip.teredo:
        found.extend(ip.teredo)
    return found


def forbidden_address(ip: IPAddress) -> bool:
    """Return whether a connection to `ip` could reach this machine or a private network."""
    if ip.version == 6:
        if ip in IPV4_COMPATIBLE:
            return True  # nothing legitimate lives there; a stack that still routes it reaches IPv4
        if any(forbidden_address(inner) for inner in embedded_ipv4(ip)):
            return True
    # is_global is False for loopback, private, link-local, unspecified and reserved ranges; it is
    # True for some multicast groups (never a web server); requests-hardened's list adds carrier-grade
    # NAT, 6to4 relays and the ranges older Pythons misjudge (192.0.0.0/24).
    return (
        not ip.is_global
        or ip.is_multicast
        or any(ip in network for network in EXTRA_BLOCKED_NET_RANGES if network.version == ip.version)
    )


def is_localhost_name(host: str) -> bool:
    host = host.rstrip(".").lower()
    return host == "localhost" or host.endswith(".localhost")  # RFC 6761: always loopback


class FencedAdapter(IPFilterAdapter):
    """requests-hardened's adapter, with our stricter check of the address it pins."""

    def build_connection_pool_key_attributes(self, request, verify, cert=None):
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(request, verify, cert)
        ip = ipaddress.ip_address(host_params["host"].strip("[]"))
        if forbidden_address(ip):
            raise InvalidIPAddress(ip)
        return host_params, pool_kwargs


def backoff(failures: int, base: timedelta, cap: timedelta) -> timedelta:
    """Return the wait after the `failures`-th failed fetch in a row: base * 2**failures, at most cap."""
    return min(base * 2 ** min(failures, 16), cap)


def session_for(limits: Limits) -> requests.Session:
    """Return a session whose every connection goes through the address fence (unless lifted)."""
    session = requests.Session()
    # A proxy from the environment would connect for us, out of sight of the fence; and .netrc
    # credentials must never go to a stranger's server.
    session.trust_env = False
    if limits.allow_private:
        session.mount("http://", HTTPAdapter())
        session.mount("https://", HTTPAdapter())
    else:
        session.mount("http://", FencedAdapter(is_https_proto=False))
        session.mount("https://", FencedAdapter(is_https_proto=True))
    return session


def check_url(url: str, limits: Limits) -> None:
    """Refuse, before any connection, what is not http(s), has a bad port or names localhost."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(Reason.SCHEME, url)
    try:
        parts.port  # noqa: B018 - urlsplit checks the port only when asked for it
    except ValueError:
        raise FetchError(Reason.PORT, url) from None
    if not limits.allow_private and is_localhost_name(parts.hostname):
        raise FetchError(Reason.PRIVATE, url, parts.hostname)


def reason_for(error: BaseException) -> Reason:
    """Return the Reason for an exception requests or urllib3 raised."""
    if isinstance(error, InvalidIPAddress):
        return Reason.PRIVATE
    if isinstance(error, requests.ConnectTimeout | urllib3.exceptions.ConnectTimeoutError):
        return Reason.CONNECT_TIMEOUT
    if isinstance(error, requests.Timeout | urllib3.exceptions.TimeoutError):
        return Reason.TIMEOUT
    if isinstance(error, requests.exceptions.SSLError | urllib3.exceptions.SSLError):
        return Reason.TLS
    if isinstance(error, requests.exceptions.ContentDecodingError | urllib3.exceptions.DecodeError):
        return Reason.DECODE
    if isinstance(error, requests.exceptions.ChunkedEncodingError | urllib3.exceptions.ProtocolError):
        return Reason.BROKEN
    if isinstance(error, requests.ConnectionError):
        # requests wraps what urllib3 raised (a read timeout while streaming, a failed lookup).
        inner = error.args[0] if error.args else None
        if isinstance(inner, urllib3.exceptions.ReadTimeoutError):
            return Reason.TIMEOUT
        if isinstance(inner, urllib3.exceptions.MaxRetryError):
            inner = inner.reason
        if isinstance(inner, urllib3.exceptions.NameResolutionError) or isinstance(
            error.__cause__, socket.gaierror
        ):
            return Reason.DNS
        return Reason.CONNECT
    return Reason.OTHER


@dataclass
class Opened:
    """The answer at the end of the redirects; its body not yet read."""

    url: str  # after redirects
    response: requests.Response
    started: float
    limits: Limits

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> requests.structures.CaseInsensitiveDict:
        return self.response.headers

    def read(self) -> bytes:
        """Return the body as it arrives, giving up past the size cap or the deadline."""
        declared = self.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.limits.max_bytes:
            raise FetchError(Reason.TOO_BIG, self.url)
        chunks, size = [], 0
        try:
            while True:
                if time.monotonic() - self.started > self.limits.deadline:
                    raise FetchError(Reason.TOO_SLOW, self.url)
                # read1 returns what has arrived (at most CHUNK_SIZE, decompressed) instead of waiting
                # for a full chunk, so a server that drips a byte at a time still meets the deadline.
                chunk = self.response.raw.read1(CHUNK_SIZE, decode_content=True)
                if not chunk:
                    return b"".join(chunks)
                size += len(chunk)
                if size > self.limits.max_bytes:
                    raise FetchError(Reason.TOO_BIG, self.url)
                chunks.append(chunk)
        except (requests.RequestException, urllib3.exceptions.HTTPError) as error:
            raise FetchError(reason_for(error), self.url, type(error).__name__) from error


@contextmanager
def open_url(url: str, headers: dict | None = None, limits: Limits | None = None) -> Iterator[Opened]:
    """Follow `url` through its redirects, each hop checked; yield the final answer, body unread.

    Raises FetchError. The caller decides what a status means and whether to `read()` the body.
    """
    limits = limits or Limits()
    started = time.monotonic()
    with session_for(limits) as session:
        for _hop in range(limits.max_redirects + 1):
            check_url(url, limits)
            remaining = limits.deadline - (time.monotonic() - started)
            if remaining <= 0:
                raise FetchError(Reason.TOO_SLOW, url)
            try:
                response = session.get(
                    url,
                    headers=headers or {},
                    timeout=(limits.connect_timeout, min(limits.read_timeout, remaining)),
                    stream=True,
                    allow_redirects=False,  # each hop goes through check_url and the fence
                )
            except InvalidIPAddress as error:
                raise FetchError(Reason.PRIVATE, url, str(error)) from error
            except requests.RequestException as error:
                raise FetchError(reason_for(error), url, type(error).__name__) from error
            with response:
                if response.status_code in REDIRECT_STATUSES and response.headers.get("Location"):
                    url = urljoin(url, response.headers["Location"])
                    continue
                yield Opened(url=url, response=response, started=started, limits=limits)
                return
    raise FetchError(Reason.REDIRECTS, url, str(limits.max_redirects))
