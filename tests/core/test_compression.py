"""Public pages, feeds, sitemaps and the API go out gzipped; private responses never do (BREACH)."""

import gzip

import pytest

from krant.core.models import FormField, FormPage
from tests.factories import add_page, make_article

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.fixture
def newsroom(tree):
    for number in range(12):
        make_article(tree.binnenland, f"Bericht nummer {number}", slug=f"bericht-{number}")
    return tree


@pytest.mark.parametrize(
    "path", ["/", "/binnenland/", "/rss/", "/atom/", "/sitemap.xml", "/api/v1/articles/"]
)
def test_public_responses_are_gzipped_and_vary_on_encoding(newsroom, client, path):
    """A public text response is gzip-compressed, says so, varies on Accept-Encoding and stays public."""
    response = client.get(path, **GZIP)
    assert response.status_code == 200, path
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert "public" in response["Cache-Control"]
    plain = client.get(path)
    assert "Content-Encoding" not in plain
    assert gzip.decompress(response.content) == plain.content


def test_compressed_page_has_a_weak_etag_that_answers_304(newsroom, client):
    """The ETag of the compressed page is weak and still revalidates, compressed or not."""
    response = client.get("/", **GZIP)
    etag = response["ETag"]
    assert etag.startswith('W/"')
    assert client.get("/", HTTP_IF_NONE_MATCH=etag, **GZIP).status_code == 304
    assert client.get("/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_page_with_a_csrf_token_is_not_compressed(newsroom, client):
    """A contact form carries a CSRF token: private, and sent uncompressed so BREACH finds nothing."""
    form = add_page(newsroom.home, FormPage(title="Contact", slug="contact"))
    FormField.objects.create(page=form, label="Bericht", field_type="multiline", required=True)
    response = client.get(form.url, **GZIP)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert "private" in response["Cache-Control"]
    assert "Content-Encoding" not in response


def test_an_editors_page_is_not_compressed(newsroom, admin_client):
    """With a session (an editor) every page is private, and private responses are never compressed."""
    response = admin_client.get("/", **GZIP)
    assert "private" in response["Cache-Control"]
    assert "Content-Encoding" not in response
    assert "Content-Encoding" not in admin_client.get("/admin/", **GZIP)
