"""Fetch the images an import names from their addresses, carefully.

The fetching itself (http(s) only, time and size limits, redirects checked hop by hop, no addresses
on the machine itself or on a private network unless the operator allows them: a WordPress on the
local network, or a test server) is krant.core.fetch's. Here: the server must say it sends an image,
and Pillow must read it as a JPEG, PNG, GIF or WebP of a sane size.
Nothing here touches the database; `krant.ingest.services` stores what comes back.
"""

from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from django.utils.text import slugify
from PIL import Image, UnidentifiedImageError

from krant.core.fetch import FetchError, Limits, Reason, open_url
from krant.ingest.body import human_size

ALLOWED_TYPES = {"image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/gif", "image/webp"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_REDIRECTS = 3
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
    """Fetches images for one import run (the same limits throughout), through krant.core.fetch."""

    timeout: float = 10.0
    max_bytes: int = MAX_BYTES
    allow_private: bool = False

    @property
    def limits(self) -> Limits:
        return Limits(
            connect_timeout=self.timeout,
            read_timeout=self.timeout,
            deadline=3 * self.timeout,  # a server dripping bytes slowly
            max_bytes=self.max_bytes,
            max_redirects=MAX_REDIRECTS,
            allow_private=self.allow_private,
        )

    def fetch(self, url: str) -> FetchedImage:
        """Return the image at `url`, or raise ImageRefused."""
        try:
            with open_url(url, {"User-Agent": USER_AGENT, "Accept": "image/*"}, self.limits) as opened:
                if opened.status != 200:
                    raise ImageRefused(f"HTTP {opened.status}")
                content_type = opened.headers.get("Content-Type", "").split(";")[0].strip().lower()
                if content_type not in ALLOWED_TYPES:
                    raise ImageRefused(f"not an image (Content-Type {content_type or 'missing'})")
                data = opened.read()
        except FetchError as error:
            raise ImageRefused(self.describe(error)) from None
        return self._check_image(url, data)

    def describe(self, error: FetchError) -> str:
        """Return why the fetch failed, in the words of the import report."""
        match error.reason:
            case Reason.SCHEME:
                return "not an http(s) address"
            case Reason.PORT:
                return "not a valid port number"
            case Reason.DNS:
                return f"unknown host {error.host}"
            case Reason.PRIVATE:
                return f"{error.host} is a local or private address (allow with --allow-private-hosts)"
            case Reason.TIMEOUT | Reason.CONNECT_TIMEOUT:
                return f"timed out after {self.timeout:g} s"
            case Reason.TOO_SLOW:
                return f"download took longer than {3 * self.timeout:g} s"
            case Reason.TOO_BIG:
                return f"larger than {human_size(self.max_bytes)}"
            case Reason.REDIRECTS:
                return f"more than {MAX_REDIRECTS} redirects"
            case Reason.CONNECT | Reason.TLS:
                return "cannot connect"
            case Reason.BROKEN | Reason.DECODE:
                return "the connection broke off"
        return f"cannot fetch: {error.detail or error.reason}"

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
