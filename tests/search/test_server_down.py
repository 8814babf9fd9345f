"""A search server that does not answer: readers and apps get a clear 503, never a 500.

The server is a real opensearch-py client talking to a closed port on this machine.
"""

import pytest

from tests.conftest import free_port
from tests.factories import make_article

pytest.importorskip("opensearchpy")


@pytest.fixture
def server_down(tree, settings):
    make_article(tree.binnenland, "Fabriek in Zandmeer sluit")
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [f"http://127.0.0.1:{free_port()}"],
            "INDEX_PREFIX": "krant-test",
            "TIMEOUT": 2,
            "OPTIONS": {"max_retries": 0},
        }
    }


def test_search_page_says_search_is_unavailable(server_down, client):
    """The page keeps the form and tells the reader to try again later, with 503."""
    response = client.get("/zoeken/", {"q": "fabriek"})
    assert response.status_code == 503
    assert "Zoeken lukt even niet" in response.content.decode()
    assert 'name="q"' in response.content.decode()


def test_api_search_answers_503_in_json(server_down, client):
    """The API answers 503 with its JSON error body."""
    response = client.get("/api/v1/search/", {"q": "fabriek"})
    assert response.status_code == 503
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["status"] == 503
