"""/overig/factcheck/: every fact check newest first, filtered by verdict through plain links, paginated;
a value that is no verdict is a clear 400, a page past the end a 404."""

import pytest
from django.test import TestCase

from krant.core.pagecache import key_version
from krant.factcheck.models import Verdict
from tests.factcheck.test_pages import badges
from tests.factories import make_article, make_fact_check, publish


def test_the_listing_shows_only_fact_checks_newest_first(tree, client, listing):
    make_article(tree.binnenland, title="Gewoon nieuws")
    older = make_fact_check(tree.binnenland, title="Factcheck: oud", verdict=Verdict.TRUE)
    newer = make_fact_check(tree.economie, title="Factcheck: nieuw", verdict=Verdict.UNPROVEN)
    assert listing.url == "/overig/factcheck/"
    response = client.get(listing.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Gewoon nieuws" not in html
    assert html.index(newer.title) < html.index(older.title)
    assert badges(html) == [("onbewezen", "Onbewezen"), ("klopt", "Klopt")]


def test_the_filter_shows_one_verdict_and_marks_the_chosen_link(tree, client, listing):
    make_fact_check(tree.binnenland, title="Factcheck: klopt", verdict=Verdict.TRUE)
    make_fact_check(tree.binnenland, title="Factcheck: klopt niet", verdict=Verdict.FALSE)
    html = client.get(f"{listing.url}?oordeel=klopt-niet").content.decode()
    assert badges(html) == [("klopt-niet", "Klopt niet")]
    assert '<a href="?oordeel=klopt-niet" aria-current="page">' in html
    assert f'<a href="{listing.url}">' in html  # 'Alle oordelen', not current
    empty = client.get(f"{listing.url}?oordeel=half-waar").content.decode()
    assert "Er zijn nog geen factchecks met dit oordeel." in empty


@pytest.mark.parametrize("value", ["waar", "KLOPT", "klopt niet", "<script>", "klopt-niet/", "x" * 500])
def test_a_value_that_is_no_verdict_is_a_clear_400(client, listing, value):
    response = client.get(listing.url, {"oordeel": value})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Dit oordeel kennen we niet." in html
    assert "<script>" not in html


def test_pages_keep_the_filter_and_a_page_past_the_end_is_a_404(tree, client, listing, settings):
    for number in range(21):
        make_fact_check(tree.binnenland, title=f"Factcheck {number}", slug=f"factcheck-{number}")
    make_fact_check(tree.binnenland, title="Factcheck: waar", slug="waar", verdict=Verdict.TRUE)
    first = client.get(f"{listing.url}?oordeel=klopt-niet").content.decode()
    assert 'href="?oordeel=klopt-niet&amp;page=2"' in first
    second = client.get(f"{listing.url}?oordeel=klopt-niet&page=2").content.decode()
    assert len(badges(second)) == 1
    assert f'href="{listing.url}?oordeel=klopt-niet"' in second  # back to the first page, filter kept
    assert client.get(f"{listing.url}?oordeel=klopt-niet&page=3").status_code == 404
    assert client.get(f"{listing.url}?page=abc").status_code == 404


def test_the_listing_and_its_feed_are_purged_by_a_fact_check_s_publish(tree, client, listing, check):
    """Cached pages name `factchecks` (xkey); a fact check's publish, unpublish or delete purges it."""
    assert "factchecks" in client.get(listing.url)["xkey"].split()
    before = key_version("factchecks")
    publish(check)
    assert key_version("factchecks") != before
    before = key_version("factchecks")
    with TestCase.captureOnCommitCallbacks(execute=True):
        check.unpublish()
    assert key_version("factchecks") != before
    before = key_version("factchecks")
    publish(make_article(tree.binnenland))  # a plain article is in no fact-check listing
    assert key_version("factchecks") == before
