"""The OpenAPI 3 schema at /api/v1/openapi.json describes every endpoint, and real responses fit it."""

import re

import pytest
import requests
import schemathesis
from drf_spectacular.validation import validate_schema

from krant.api.pagination import encode
from krant.api.urls import urlpatterns
from krant.news.models import SectionTopStory
from tests.api.conftest import with_comments
from tests.factories import make_reads, publish


@pytest.fixture
def openapi(tree, api) -> dict:
    response = api.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert "json" in response["Content-Type"]
    return response.json()


def test_schema_is_valid_openapi_3(openapi):
    assert openapi["openapi"].startswith("3.")
    validate_schema(openapi)  # drf-spectacular's check against the OpenAPI 3 JSON schema; raises if invalid
    assert openapi["servers"] == [{"url": "http://127.0.0.1:8000"}]


WRITES = {
    "/api/v1/articles/{id}/comments/": {"get", "post"},
    "/api/v1/comments/{id}/": {"delete"},
    "/api/v1/comments/{id}/respect/": {"post", "delete"},
    "/api/v1/comments/{id}/reports/": {"post"},
    "/api/v1/auth/token/": {"post", "delete"},
    "/api/v1/push/devices/": {"post"},
    "/api/v1/push/devices/{platform}/{token}/": {"delete"},
}


def test_every_endpoint_is_described(openapi):
    """Each address in krant/api/urls.py but the schema itself and the catch-all is described: one GET,
    except the community's, where members write with their key."""
    documented = set(openapi["paths"])
    expected = {
        "/api/v1/" + str(pattern.pattern).replace("<int:pk>", "{id}").replace("<str:", "{").replace(">", "}")
        for pattern in urlpatterns
        if pattern.name not in ("openapi", "not-found")
    }
    assert documented == expected
    for path, operations in openapi["paths"].items():
        assert set(operations) == WRITES.get(path, {"get"}), path


def test_every_operation_documents_its_errors_and_headers(openapi):
    """200 with Cache-Control and ETag, 429 with Retry-After and 500, all errors in one JSON shape."""
    for path, operations in openapi["paths"].items():
        if "get" not in operations:
            continue
        responses = operations["get"]["responses"]
        assert {"200", "429", "500"} <= set(responses), path
        assert set(responses["200"]["headers"]) == {"Cache-Control", "ETag"}, path
        assert set(responses["429"]["headers"]) == {"Retry-After"}, path
        for status, response in responses.items():
            if status != "200":
                assert response["content"]["application/json"]["schema"] == {
                    "$ref": "#/components/schemas/Error"
                }
        has_parameters = any(
            parameter["in"] == "query" for parameter in operations["get"].get("parameters", [])
        )
        assert ("400" in responses) == has_parameters, path
        names_pages = any(
            parameter["name"] in ("section", "dossier", "author", "category")
            for parameter in operations["get"].get("parameters", [])
        )
        assert ("{id}" in path or names_pages) == ("404" in responses) or path in (
            "/api/v1/front-page/",
            "/api/v1/sections/",
        ), path


def test_every_write_needs_a_key_and_documents_its_errors(openapi):
    """A member's write: the token scheme, 401 and 429 (with Retry-After), every error in the one shape."""
    assert openapi["components"]["securitySchemes"]["tokenAuth"]["name"] == "Authorization"
    for path, methods in WRITES.items():
        for method in methods - {"get"}:
            operation = openapi["paths"][path][method]
            responses = operation["responses"]
            assert {"429", "500"} <= set(responses), (path, method)
            assert set(responses["429"]["headers"]) == {"Retry-After"}, (path, method)
            if path.startswith("/api/v1/push/"):
                # Devices register with or without a member's key (the key links them to the member).
                assert operation["security"] == [{"tokenAuth": []}, {}], (path, method)
            elif operation["operationId"] != "create_token":
                assert operation["security"] == [{"tokenAuth": []}], (path, method)
                assert "401" in responses, (path, method)
            for status, response in responses.items():
                if int(status) >= 400:
                    schema = response["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/Error"}, (path, method, status)


def test_reading_comments_takes_a_key_or_none(openapi):
    operation = openapi["paths"]["/api/v1/articles/{id}/comments/"]["get"]
    assert operation["security"] == [{"tokenAuth": []}, {}]
    assert "401" in operation["responses"]


def test_parameters_carry_types_bounds_and_enums(openapi):
    parameters = {p["name"]: p["schema"] for p in openapi["paths"]["/api/v1/articles/"]["get"]["parameters"]}
    assert parameters["limit"] == {"type": "integer", "maximum": 50, "minimum": 1, "default": 20}
    assert parameters["section"]["type"] == "integer" and parameters["section"]["minimum"] == 1
    assert "analyse" in parameters["label"]["enum"]
    search = {p["name"]: p for p in openapi["paths"]["/api/v1/search/"]["get"]["parameters"]}
    assert search["q"]["required"] is True
    assert search["since"]["schema"]["format"] == "date"
    assert search["order"]["schema"]["enum"] == ["relevance", "date"]
    assert parameters["updated_since"] == {"type": "string", "format": "date-time"}  # RFC 3339: with offset
    detail = openapi["paths"]["/api/v1/articles/{id}/"]["get"]["parameters"][0]
    assert detail["in"] == "path" and detail["schema"]["format"] == "int64"


def test_every_cursor_declares_its_format(openapi):
    """The cursor is opaque but not shapeless: URL-safe base64, so cursor=0 is outside the schema."""
    for path, operations in openapi["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            if parameter["name"] == "cursor":
                pattern = re.compile(parameter["schema"]["pattern"])
                assert pattern.match(encode(["offset", 20])) and not pattern.match("0"), path
                assert parameter["schema"]["maxLength"] == 1000


def test_absent_values_are_nullable_and_every_field_is_required(openapi):
    """Clients can rely on every key being there; the schema says which may be null."""
    schemas = openapi["components"]["schemas"]
    teaser = schemas["ArticleTeaser"]
    assert set(teaser["required"]) == set(teaser["properties"])
    assert teaser["properties"]["updated_at"]["nullable"] is True
    assert teaser["properties"]["image"]["nullable"] is True
    assert "nullable" not in teaser["properties"]["title"]
    article = schemas["Article"]["properties"]
    assert article["source_credit"]["nullable"] is True
    assert article["comments_close_at"]["nullable"] is True
    assert set(schemas["Block"]["discriminator"]["mapping"]) == {
        "paragraph", "intertitle", "quote", "image", "embed", "info_box", "video",
    }  # fmt: skip


def as_received(response, url: str) -> schemathesis.Response:
    """Return Django's test response as schemathesis sees a response it received over HTTP."""
    return schemathesis.Response(
        status_code=response.status_code,
        headers={name.lower(): [value] for name, value in response.headers.items()},
        content=response.content,
        request=requests.Request("GET", f"http://testserver{url}").prepare(),
        elapsed=0.0,
        verify=True,
    )


@pytest.fixture
def full_site(story):
    """Content that fills every field the schema describes: reads, top stories, images, every block."""
    make_reads(story.article, 12)
    story.tree.economie.top_stories = [SectionTopStory(article=story.other)]
    publish(story.tree.economie)
    story.tree.dossier.lead_image = story.image
    publish(story.tree.dossier)
    story.author.photo = story.image
    publish(story.author)
    story.comment = with_comments(story.article)
    return story


def test_real_responses_fit_the_schema(full_site, api, openapi):
    """Each endpoint's answer for real content, errors too, validates against its operation's schema."""
    schema = schemathesis.openapi.from_dict(openapi)
    story = full_site
    requests = [
        ("/api/v1/", "/api/v1/", 200),
        ("/api/v1/front-page/", "/api/v1/front-page/", 200),
        ("/api/v1/articles/", "/api/v1/articles/?limit=1", 200),
        ("/api/v1/articles/", "/api/v1/articles/?limit=0", 400),
        ("/api/v1/articles/", "/api/v1/articles/?cursor=0", 400),
        ("/api/v1/articles/", "/api/v1/articles/?section=999999", 404),
        ("/api/v1/articles/", "/api/v1/articles/?updated_since=2026-03-01T09:00:00Z", 200),
        ("/api/v1/most-read/", "/api/v1/most-read/?section=999999", 404),
        ("/api/v1/articles/{id}/", f"/api/v1/articles/{story.article.pk}/", 200),
        ("/api/v1/articles/{id}/", "/api/v1/articles/999999/", 404),
        ("/api/v1/most-read/", "/api/v1/most-read/", 200),
        ("/api/v1/sections/", "/api/v1/sections/", 200),
        ("/api/v1/sections/{id}/", f"/api/v1/sections/{story.tree.klimaat.pk}/", 200),
        ("/api/v1/sections/{id}/", f"/api/v1/sections/{story.tree.economie.pk}/", 200),
        ("/api/v1/dossiers/", "/api/v1/dossiers/", 200),
        ("/api/v1/dossiers/{id}/", f"/api/v1/dossiers/{story.tree.dossier.pk}/", 200),
        ("/api/v1/authors/", "/api/v1/authors/", 200),
        ("/api/v1/authors/{id}/", f"/api/v1/authors/{story.author.pk}/", 200),
        ("/api/v1/search/", "/api/v1/search/?q=dijk", 200),
        ("/api/v1/search/", "/api/v1/search/?q=-dijk", 400),
        ("/api/v1/articles/{id}/comments/", f"/api/v1/articles/{story.article.pk}/comments/", 200),
        ("/api/v1/articles/{id}/comments/", f"/api/v1/articles/{story.article.pk}/comments/?sort=x", 400),
        ("/api/v1/articles/{id}/comments/", "/api/v1/articles/999999/comments/", 404),
        ("/api/v1/comments/{id}/replies/", f"/api/v1/comments/{story.comment.pk}/replies/", 200),
        ("/api/v1/comments/{id}/replies/", "/api/v1/comments/999999/replies/", 404),
    ]
    for path, url, status in requests:
        response = api.get(url)
        assert response.status_code == status, url
        schema[path]["GET"].validate_response(as_received(response, url))
    withdrawn = story.other
    withdrawn.unpublish()
    response = api.get(f"/api/v1/articles/{withdrawn.pk}/")
    assert response.status_code == 410
    schema["/api/v1/articles/{id}/"]["GET"].validate_response(as_received(response, "/api/v1/articles/"))
