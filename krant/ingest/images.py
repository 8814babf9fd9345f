"""Fetch the images an import names from their addresses, carefully.

Only http(s); a time limit per read and for the whole download; a size limit, checked against the
announced length and again while reading; the server must say it sends an image, and Pillow must read
it as a JPEG, PNG, GIF or WebP of a sane size. Addresses on the machine itself or on a private network
are refused unless the operator allows them (a WordPress on the local network, or a test server): an
export file is data from outside, and must not make the server fetch from places only it can reach.
Nothing here touches the database; `krant.ingest.services` stores what comes back.
"""

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import requests
from django.utils.text import slugify
from PIL import Image, UnidentifiedImageError
from urllib3.exceptions import ReadTimeoutError

from krant.ingest.body import human_size

ALLOWED_TYPES = {"image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/gif", "image/webp"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_REDIRECTS = 3
CHUNK = 64 * 1024
USER_AGENT = "krant-import/1.0 (+https://github.com/krant)"


class ImageRefused(Exception):
    """An image that was not fetched; the message says why, for the import report."""


@dataclass(frozen=True)
class FetchedImage:
    url: str
    data: bytes
    filename: str
    width: int
    height: int


@dataclass
class ImageFetcher:
    """Fetches images for one import run (one connection pool, the same limits throughout)."""

    timeout: float = 10.0
    max_bytes: int = MAX_BYTES
    allow_private: bool = False
    session: requests.Session = field(default_factory=requests.Session)

    def fetch(self, url: str) -> FetchedImage:
        """Return the image at `url`, or raise ImageRefused."""
        started = time.monotonic()
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_address(current)
            try:
                response = self.session.get(
                    current,
                    stream=True,
                    timeout=(self.timeout, self.timeout),
                    allow_redirects=False,  # each hop's address is checked before it is followed
                    headers={"User-Agent": USER_AGENT, "Accept": "image/*"},
                )
            except requests.Timeout:
                raise ImageRefused(f"timed out after {self.timeout:g} s") from None
            except requests.ConnectionError:
                raise ImageRefused("cannot connect") from None
            except requests.RequestException as error:
                raise ImageRefused(f"cannot fetch: {type(error).__name__}") from None
            with response:
                if response.is_redirect and response.headers.get("Location"):
                    current = urljoin(current, response.headers["Location"])
                    continue
                return self._read(url, response, started)
        raise ImageRefused(f"more than {MAX_REDIRECTS} redirects")

    def _check_address(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
            raise ImageRefused("not an http(s) address")
        if self.allow_private:
            return
        try:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
            addresses = {
                info[4][0] for info in socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
            }
        except (socket.gaierror, UnicodeError, ValueError):
            raise ImageRefused(f"unknown host {parts.hostname}") from None
        for address in addresses:
            ip = ipaddress.ip_address(address.split("%")[0])
            if not ip.is_global or ip.is_multicast:
                raise ImageRefused(
                    f"{parts.hostname} is a local or private address (allow with --allow-private-hosts)"
                )

    def _read(self, url: str, response: requests.Response, started: float) -> FetchedImage:
        if response.status_code != 200:
            raise ImageRefused(f"HTTP {response.status_code}")
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type not in ALLOWED_TYPES:
            raise ImageRefused(f"not an image (Content-Type {content_type or 'missing'})")
        limit = f"larger than {human_size(self.max_bytes)}"
        announced = response.headers.get("Content-Length", "")
        if announced.isdigit() and int(announced) > self.max_bytes:
            raise ImageRefused(limit)
        data = bytearray()
        try:
            for chunk in response.iter_content(CHUNK):
                data.extend(chunk)
                if len(data) > self.max_bytes:
                    raise ImageRefused(limit)
                if time.monotonic() - started > 3 * self.timeout:  # a server dripping bytes slowly
                    raise ImageRefused(f"download took longer than {3 * self.timeout:g} s")
        except requests.RequestException as error:
            # requests reports a read timeout while streaming as a ConnectionError around urllib3's error.
            if error.args and isinstance(error.args[0], ReadTimeoutError):
                raise ImageRefused(f"timed out after {self.timeout:g} s") from None
            raise ImageRefused("the connection broke off") from None
        return self._check_image(url, bytes(data))

    def _check_image(self, url: str, data: bytes) -> FetchedImage:
        try:
            with Image.open(BytesIO(data)) as image:
                kind, (width, height) = image.format, image.size
                if kind not in EXTENSIONS:
                    raise ImageRefused(f"unsupported image format {kind}")
                if width * height > MAX_PIXELS:
                    raise ImageRefused(f"too many pixels ({width}×{height})")
                image.verify()
        except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError):
            raise ImageRefused("not a readable image") from None
        stem = slugify(PurePosixPath(unquote(urlsplit(url).path)).stem)[:80] or "beeld"
        return FetchedImage(url, data, f"{stem}.{EXTENSIONS[kind]}", width, height)
