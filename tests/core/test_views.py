"""Files browsers and researchers ask for at fixed addresses: icons and security.txt."""

import io
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from PIL import Image

from krant.core.models import FormPage
from tests.factories import add_page


@pytest.mark.parametrize(
    ("path", "content_type", "size"),
    [("/favicon.ico", "image/x-icon", (48, 48)), ("/apple-touch-icon.png", "image/png", (180, 180))],
)
def test_icons_answer_at_the_root(db, client, path, content_type, size):
    """/favicon.ico and /apple-touch-icon.png are real images, cacheable for a day."""
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert "max-age=86400" in response["Cache-Control"] and "public" in response["Cache-Control"]
    with Image.open(io.BytesIO(response.content)) as picture:
        assert picture.size == size


def test_pages_link_the_apple_touch_icon(tree, client):
    """Every page names the touch icon, so a phone's home screen shows the mark."""
    assert '<link rel="apple-touch-icon" href="/apple-touch-icon.png">' in client.get("/").content.decode()


def fields(response) -> dict[str, str]:
    lines = response.content.decode().splitlines()
    return dict(line.split(": ", 1) for line in lines if line)


def test_security_txt_follows_rfc_9116(tree, client, settings):
    """security.txt is plain text with a Contact from the setting and an Expires a year ahead."""
    settings.CONFIG = type(settings.CONFIG)(
        **{**settings.CONFIG.__dict__, "security_contact": "mailto:security@krant.example"}
    )
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    values = fields(response)
    assert values["Contact"] == "mailto:security@krant.example"
    expires = datetime.strptime(values["Expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert timedelta(days=364) < expires - timezone.now() <= timedelta(days=365)
    assert values["Canonical"] == f"{settings.BASE_URL}/.well-known/security.txt"


def test_security_txt_falls_back_to_the_contact_page(tree, client, settings):
    """Without KRANT_SECURITY_CONTACT, the site's contact form, on KRANT_BASE_URL, is the Contact."""
    settings.BASE_URL = "https://www.krant.example"
    add_page(tree.home, FormPage(title="Contact", slug="contact"))
    assert fields(client.get("/.well-known/security.txt"))["Contact"] == "https://www.krant.example/contact/"
