"""Reader forms take no files: multipart and oversized bodies are refused with a clear message."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from krant.core.consent import COOKIE_NAME
from krant.core.uploads import READER_BODY_MAX

CHOICE_URL = reverse("consent_choice")
OWN_ORIGIN = "http://testserver"
FORM = "application/x-www-form-urlencoded"


def test_a_file_sent_to_the_consent_form_is_refused(tree, client):
    """A multipart POST with a file gets 400 and a message, and no choice is stored."""
    upload = SimpleUploadedFile("klein.txt", b"een paar bytes")
    response = client.post(CHOICE_URL, {"action": "all", "bijlage": upload}, HTTP_ORIGIN=OWN_ORIGIN)
    assert response.status_code == 400
    assert "geen bestanden" in response.content.decode()
    assert COOKIE_NAME not in response.cookies


def test_a_multipart_form_without_a_file_still_works(tree, client):
    """Multipart without a file passes: mail programs may send a one-click unsubscribe that way."""
    response = client.post(CHOICE_URL, {"action": "all"}, HTTP_ORIGIN=OWN_ORIGIN)  # the test client's default
    assert response.status_code == 303


def test_a_large_file_is_refused_with_413_unread(tree, client):
    """A 12 MB upload is refused on its Content-Length alone with 413 Content Too Large."""
    upload = SimpleUploadedFile("groot.bin", b"x" * (12 * 1024 * 1024))
    response = client.post(CHOICE_URL, {"action": "all", "bijlage": upload}, HTTP_ORIGIN=OWN_ORIGIN)
    assert response.status_code == 413


def test_an_oversized_form_is_refused_with_413(tree, client):
    """A urlencoded body larger than any reader form gets 413 Content Too Large."""
    body = "action=all&next=/" + "a" * READER_BODY_MAX
    response = client.post(CHOICE_URL, body, content_type=FORM, HTTP_ORIGIN=OWN_ORIGIN)
    assert response.status_code == 413
    assert "te groot" in response.content.decode()


def test_an_ordinary_consent_form_still_works(tree, client):
    """The banner's urlencoded form passes untouched."""
    response = client.post(CHOICE_URL, "action=all&next=/", content_type=FORM, HTTP_ORIGIN=OWN_ORIGIN)
    assert response.status_code == 303
    assert response.cookies[COOKIE_NAME].value


def test_the_admin_may_still_upload(db, client):
    """Editors upload images and documents in the admin: the middleware leaves it alone."""
    upload = SimpleUploadedFile("foto.jpg", b"\xff\xd8\xff")
    response = client.post("/admin/login/", {"username": "x", "password": "y", "bestand": upload})
    assert response.status_code == 200  # the login form again, not a refusal
    assert "geen bestanden" not in response.content.decode()


def test_the_api_answers_in_json_itself(db, client):
    """The read-only API is left alone: a POST with a file gets its own JSON 405, not a reader page."""
    upload = SimpleUploadedFile("klein.txt", b"een paar bytes")
    response = client.post("/api/v1/articles/", {"bijlage": upload})
    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")
