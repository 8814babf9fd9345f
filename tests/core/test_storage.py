"""Static files: hashed names where collectstatic ran, a plain URL (one 404) where a file is missing."""

from django.templatetags.static import static


def test_a_file_missing_from_the_manifest_gets_its_plain_url():
    """An unknown static file does not turn the page into a server error: its URL is the plain name."""
    assert static("krant/geen-bestand.css") == "/static/krant/geen-bestand.css"


def test_reader_pages_render_without_collectstatic(tree, client):
    """Without a manifest (as in development and tests) the front page still renders with its stylesheet."""
    response = client.get("/")
    assert response.status_code == 200
    assert b"/static/krant/krant.css" in response.content
