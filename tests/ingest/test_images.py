"""Fetching images for an import: only real images of a sane size, in time, from allowed addresses."""

import pytest

from krant.ingest.images import ImageFetcher, ImageRefused


def fetcher(**options) -> ImageFetcher:
    options.setdefault("allow_private", True)  # the test server runs on this machine
    return ImageFetcher(**options)


def test_fetches_an_image(image_server):
    """A JPEG comes back with its size and a file name made from its address."""
    image = fetcher().fetch(f"{image_server.base}/wp-content/uploads/2024/05/pont.jpg")
    assert (image.width, image.height) == (64, 48)
    assert image.filename == "pont.jpg"
    assert image.data.startswith(b"\xff\xd8")


def test_follows_a_redirect(image_server):
    image = fetcher().fetch(f"{image_server.base}/omleiding.jpg")
    assert image.filename == "omleiding.jpg"
    assert "/wp-content/uploads/2024/05/pont.jpg" in image_server.requests


@pytest.mark.parametrize(
    ("path", "options", "reason"),
    [
        ("/bestaat-niet.jpg", {}, "HTTP 404"),
        ("/pagina.jpg", {}, "not an image (Content-Type text/html)"),
        ("/kapot.jpg", {}, "not a readable image"),
        ("/groot.jpg", {"max_bytes": 1024 * 1024}, "larger than 1 MB"),
        ("/rondje.jpg", {}, "more than 3 redirects"),
        ("/traag.jpg", {"timeout": 0.5}, "timed out after 0.5 s"),
    ],
)
def test_refusals_say_why(image_server, path, options, reason):
    """Each way an image server can fail ends in a refusal that names the reason."""
    with pytest.raises(ImageRefused, match=reason.replace("(", r"\(").replace(")", r"\)")):
        fetcher(**options).fetch(f"{image_server.base}{path}")


def test_local_addresses_are_refused_by_default(image_server):
    """An export must not make the server fetch from itself or its network, unless the operator allows it."""
    with pytest.raises(ImageRefused, match="is a local or private address"):
        ImageFetcher().fetch(f"{image_server.base}/wp-content/uploads/2024/05/pont.jpg")
    assert image_server.requests == []


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/a.jpg", "data:image/png;base64,AAAA", "/relatief.jpg"]
)
def test_only_http_addresses(url):
    with pytest.raises(ImageRefused, match="not an http"):
        fetcher().fetch(url)


def test_unknown_host():
    with pytest.raises(ImageRefused, match="unknown host"):
        ImageFetcher().fetch("http://bestaat-niet.invalid/a.jpg")


@pytest.mark.parametrize("host", ["[::ffff:127.0.0.1]", "2130706433", "0x7f.1", "localhost", "[::127.0.0.1]"])
def test_every_spelling_of_this_machine_is_refused(image_server, host):
    """IPv4-mapped IPv6, decimal and hex IPv4 and 'localhost' are this machine too (krant.core.fetch)."""
    port = image_server.base.rsplit(":", 1)[1]
    with pytest.raises(ImageRefused, match="is a local or private address"):
        ImageFetcher().fetch(f"http://{host}:{port}/wp-content/uploads/2024/05/pont.jpg")
    assert image_server.requests == []
