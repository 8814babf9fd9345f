"""Fact checks in the API: /api/v1/fact-checks/ (newest first, by verdict) and one fact check whole."""

import pytest

from krant.factcheck.models import Verdict
from tests.factories import make_article, make_fact_check


def test_the_list_has_the_claim_and_the_verdict(tree, api, check):
    make_article(tree.binnenland, title="Gewoon nieuws")
    response = api.get("/api/v1/fact-checks/")
    assert response.status_code == 200
    (item,) = response.json()["results"]
    assert item["id"] == check.pk
    assert item["label"] == {"code": "factcheck", "name": "Factcheck"}
    assert item["claim"] == {
        "text": "Er rijden nu twee keer zoveel bussen als vijf jaar geleden.",
        "claimant": "Wethouder Mirjam Oosterbeek",
        "claimant_type": "person",
        "medium": "in de gemeenteraad",
        "date": check.claim_date.isoformat(),
        "url": "https://raad.example/vergadering",
    }
    assert item["verdict"] == {"code": "klopt-niet", "name": "Klopt niet", "rating": 1}
    assert item["reasoning"] == "Er rijden 20 procent meer bussen, geen twee keer zoveel."
    assert item["api_url"].endswith(f"/api/v1/fact-checks/{check.pk}/")
    assert "factchecks" in response["xkey"].split()


def test_the_list_filters_by_verdict(tree, api):
    make_fact_check(tree.binnenland, title="Factcheck: een", verdict=Verdict.UNPROVEN)
    make_fact_check(tree.binnenland, title="Factcheck: twee", verdict=Verdict.TRUE)
    (item,) = api.get("/api/v1/fact-checks/", {"verdict": "onbewezen"}).json()["results"]
    assert item["verdict"] == {"code": "onbewezen", "name": "Onbewezen", "rating": None}
    assert api.get("/api/v1/fact-checks/", {"verdict": "half-waar"}).json()["results"] == []


@pytest.mark.parametrize("value", ["waar", "", "KLOPT"])
def test_a_value_that_is_no_verdict_is_a_400_naming_it(tree, api, value):
    response = api.get("/api/v1/fact-checks/", {"verdict": value})
    assert response.status_code == 400
    assert "verdict" in response.json()["error"]["fields"]


def test_the_detail_is_the_article_with_claim_verdict_and_sources(tree, api, check):
    response = api.get(f"/api/v1/fact-checks/{check.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == check.title
    assert data["body"] == []  # the article's own fields, as /articles/<id>/ has them
    assert data["verdict"]["code"] == "klopt-niet"
    assert data["claim"]["claimant"] == "Wethouder Mirjam Oosterbeek"
    assert data["sources"] == [
        {"title": "Dienstregeling", "url": "https://vervoerder.example/dienstregeling"}
    ]


def test_an_article_that_is_no_fact_check_is_a_404_and_a_withdrawn_one_a_410(tree, api, check):
    article = make_article(tree.binnenland)
    response = api.get(f"/api/v1/fact-checks/{article.pk}/")
    assert response.status_code == 404
    assert "factcheck" in response.json()["error"]["message"]
    assert api.get("/api/v1/fact-checks/99999999/").status_code == 404
    check.unpublish()
    assert api.get(f"/api/v1/fact-checks/{check.pk}/").status_code == 410


def test_the_index_names_the_fact_checks(api, tree):
    assert api.get("/api/v1/").json()["endpoints"]["fact_checks"].endswith("/api/v1/fact-checks/")
