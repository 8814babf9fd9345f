"""A fact check's page names a ClaimReview as Google's fact-check documentation describes it."""

import json
import re

import pytest

from krant.factcheck.models import Verdict
from tests.factories import make_fact_check

# Google's structured data for fact checks: ClaimReview's required properties, and Rating's.
REQUIRED = {"claimReviewed", "reviewRating", "url"}
REQUIRED_RATING = {"alternateName"}
RECOMMENDED = {"author", "itemReviewed", "datePublished"}
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, url) -> list[dict]:
    html = client.get(url).content.decode()
    return [json.loads(block) for block in SCRIPT.findall(html)]


def claim_review(client, url) -> dict:
    (review,) = [block for block in json_ld(client, url) if block.get("@type") == "ClaimReview"]
    return review


def test_the_claim_review_has_google_s_required_and_recommended_fields(check, client):
    review = claim_review(client, check.url)
    assert review["@context"] == "https://schema.org"
    assert REQUIRED | RECOMMENDED <= set(review)
    assert review["url"].startswith("http") and review["url"].endswith(check.url)
    assert review["claimReviewed"] == "Er rijden nu twee keer zoveel bussen als vijf jaar geleden."
    rating = review["reviewRating"]
    assert REQUIRED_RATING <= set(rating)
    assert rating == {
        "@type": "Rating",
        "alternateName": "Klopt niet",
        "name": "Klopt niet",
        "ratingValue": 1,
        "bestRating": 4,
        "worstRating": 1,
        "ratingExplanation": "Er rijden 20 procent meer bussen, geen twee keer zoveel.",
    }
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@type": "Person", "name": "Wethouder Mirjam Oosterbeek"}
    assert claim["appearance"] == {"@type": "CreativeWork", "url": "https://raad.example/vergadering"}
    assert claim["datePublished"] == check.claim_date.isoformat()
    assert review["author"]["@type"] == "Organization"
    assert review["author"]["name"]
    assert review["datePublished"].startswith(f"{check.first_published_at.astimezone().date():%Y-%m-%d}")


def test_the_page_is_also_a_news_article(check, client):
    """Beside the ClaimReview the article's own NewsArticle and breadcrumbs, as on every article."""
    types = [block["@type"] for block in json_ld(client, check.url)]
    assert types == ["NewsArticle", "ClaimReview", "BreadcrumbList"]


@pytest.mark.parametrize(
    ("verdict", "value"),
    [(Verdict.TRUE, 4), (Verdict.MOSTLY_TRUE, 3), (Verdict.HALF_TRUE, 2), (Verdict.FALSE, 1)],
)
def test_the_rating_runs_from_worst_to_best_rating(tree, client, verdict, value):
    """The closer to bestRating the truer, as Google reads it; the verdict's words are the name."""
    check = make_fact_check(tree.binnenland, verdict=verdict)
    rating = claim_review(client, check.url)["reviewRating"]
    assert rating["worstRating"] <= rating["ratingValue"] == value <= rating["bestRating"]
    assert rating["alternateName"] == str(verdict.label)


def test_unproven_has_words_but_no_number(tree, client):
    """'Onbewezen' is on no scale of truth: alternateName only, no ratingValue to misread."""
    check = make_fact_check(tree.binnenland, verdict=Verdict.UNPROVEN, claimant_kind="organization")
    review = claim_review(client, check.url)
    assert review["reviewRating"]["alternateName"] == "Onbewezen"
    assert not {"ratingValue", "bestRating", "worstRating"} & set(review["reviewRating"])
    assert review["itemReviewed"]["author"]["@type"] == "Organization"


def test_a_claim_without_a_link_appears_by_its_medium(tree, client):
    check = make_fact_check(tree.binnenland, claim_url="", claim_medium="op de lokale radio")
    claim = claim_review(client, check.url)["itemReviewed"]
    assert claim["appearance"] == {"@type": "CreativeWork", "name": "op de lokale radio"}
