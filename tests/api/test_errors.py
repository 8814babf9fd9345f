"""Every API error is JSON with the right status: 400, 404, 405, 410, 500, never the site's HTML."""

import logging

import pytest
from django.urls import include, path

from krant.api.pagination import encode
from krant.api.views import ApiView
from tests.factories import make_article


class BrokenView(ApiView):
    """An endpoint with a bug, to see what a client gets when the code fails."""

    def get(self, request):
        raise RuntimeError("een fout in de code met geheime details")


urlpatterns = [
    path("api/v1/kapot/", BrokenView.as_view()),
    path("api/v1/", include("krant.api.urls")),
]


def error(response) -> dict:
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == response.status_code
    return body["error"]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("limit=0", "limit"),
        ("limit=51", "limit"),
        ("limit=tien", "limit"),
        ("cursor=bestaat-niet", "cursor"),
        ("cursor=WzEsIjIwMjYiXQ", "cursor"),  # base64 of [1,"2026"]: a cursor of the wrong shape
        ("cursor=0", "cursor"),  # no cursor is one character long: outside the schema's pattern
        ("section=-3", "section"),
        ("section=abc", "section"),
        ("label=nieuws", "label"),
        ("updated_since=2026-03-01", "updated_since"),
    ],
)
def test_bad_list_parameters_are_400_naming_the_parameter(tree, api, query, parameter):
    response = api.get(f"/api/v1/articles/?{query}")
    assert response.status_code == 400
    details = error(response)
    assert details["code"] == "invalid_parameter"
    assert list(details["fields"]) == [parameter]
    assert f"'{parameter}'" in details["message"]


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v1/articles/?section=999999", "section"),
        ("/api/v1/articles/?dossier=999999", "dossier"),
        ("/api/v1/articles/?author=999999", "author"),
        ("/api/v1/most-read/?section=999999", "section"),
        ("/api/v1/search/?q=dijk&dossier=999999", "dossier"),
    ],
)
def test_a_filter_naming_nothing_is_a_404_naming_the_parameter(tree, api, url, parameter):
    """section=999999 is a request as the schema describes it; the section does not exist: a 404."""
    response = api.get(url)
    assert response.status_code == 404
    details = error(response)
    assert details["code"] == "not_found"
    assert list(details["fields"]) == [parameter]


def test_unknown_section_message_says_which(tree, api):
    details = error(api.get("/api/v1/articles/?section=999999"))
    assert details["fields"] == {"section": ["Er is geen rubriek met id 999999."]}


def test_a_bad_value_beside_an_unknown_id_is_still_a_400(tree, api):
    """Only when nothing is wrong but what an id names is the answer a 404."""
    assert api.get("/api/v1/articles/?section=999999&limit=0").status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        "since=2026-13-01",
        "until=gisteren",
        "since=2026-03-05&until=2026-03-01",
        "order=populair",
        "q=" + "a" * 201,
    ],
)
def test_bad_search_parameters_are_400(tree, api, query):
    separator = "&" if query.startswith("q=") else "&q=dijk&"
    response = api.get(f"/api/v1/search/?{separator.lstrip('&')}{query}")
    assert response.status_code == 400
    assert error(response)["code"] == "invalid_parameter"


def test_a_list_cursor_is_no_search_cursor(tree, api):
    """Each kind of list reads only its own cursors; a cursor from another list is a 400, not a 500."""
    for n in range(3):
        make_article(tree.binnenland, f"Dijk {n}")
    cursor = api.get("/api/v1/articles/?limit=1").json()["next"].split("cursor=")[1]
    assert api.get(f"/api/v1/search/?q=dijk&cursor={cursor}").status_code == 400
    assert api.get(f"/api/v1/authors/?cursor={cursor}").status_code == 400


def test_nul_characters_are_refused_not_sent_to_the_database(tree, api):
    """PostgreSQL refuses NUL in text; a client sending one gets a 400."""
    assert api.get("/api/v1/search/?q=dijk%00").status_code == 400


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_writing_is_405_with_allow_header(tree, api, method):
    """The API is read-only: any other method than GET or HEAD gets a JSON 405 saying which are allowed."""
    response = getattr(api, method)("/api/v1/articles/", {"title": "Nep"}, format="json")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert error(response)["code"] == "method_not_allowed"


@pytest.mark.parametrize(
    "url", ["/api/v1/bestaat-niet/", "/api/v1/articles/abc/", "/api/", "/api/v2/articles/"]
)
def test_unknown_api_addresses_are_json_404(tree, api, url):
    """Anything under /api/ answers JSON, also where the site would show its HTML 404 page."""
    response = api.get(url)
    assert response.status_code == 404
    details = error(response)
    assert details["code"] == "not_found"
    assert "http://127.0.0.1:8000/api/v1/" in details["message"]


def test_address_without_slash_redirects_to_the_endpoint(tree, api):
    """As everywhere on the site, a missing trailing slash leads to the right address, query kept."""
    response = api.get("/api/v1/articles?limit=2")
    assert response.status_code == 301
    assert response["Location"] == "http://127.0.0.1:8000/api/v1/articles/?limit=2"


@pytest.mark.urls("tests.api.test_errors")
def test_server_error_is_json_without_details_and_logged(tree, api, caplog):
    """A bug answers a JSON 500 that reveals nothing; the traceback goes to the log."""
    with caplog.at_level(logging.ERROR, logger="krant.api.errors"):
        response = api.get("/api/v1/kapot/")
    assert response.status_code == 500
    details = error(response)
    assert details["code"] == "server_error"
    assert "geheime" not in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert "geheime details" in caplog.text
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("query", ["cursor=", "section=", "limit=%20", "label="])
def test_parameters_without_a_value_are_400(tree, api, query):
    """?section= is not a missing parameter but a missing value: the client meant something, say so."""
    response = api.get(f"/api/v1/articles/?{query}")
    assert response.status_code == 400
    assert error(response)["fields"] == {query.split("=")[0]: ["Geef een waarde, of laat de parameter weg."]}


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:00-05:00"])
def test_cursor_at_the_edge_of_the_calendar_is_400_not_500(tree, api, moment):
    """A forged cursor naming a time no database can compare is refused before the query runs."""
    response = api.get(f"/api/v1/articles/?cursor={encode(['newest', moment, 1])}")
    assert response.status_code == 400
    assert list(error(response)["fields"]) == ["cursor"]


def test_too_many_query_parameters_are_a_json_400_without_a_traceback(tree, api, caplog):
    """More parameters than Django reads (DATA_UPLOAD_MAX_NUMBER_FIELDS) is the client's error, not ours."""
    query = "&".join(f"p{n}=1" for n in range(1001))
    with caplog.at_level(logging.INFO):
        response = api.get(f"/api/v1/articles/?{query}")
    assert response.status_code == 400
    assert error(response)["code"] == "invalid_parameter"
    assert "1000" in error(response)["message"]
    assert "Traceback" not in caplog.text
    assert not [record for record in caplog.records if record.exc_info]
