"""Listings read a page and one row more, never count the archive, and number at most MAX_PAGES pages."""

from datetime import timedelta

import pytest
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from krant.core.pagination import listing_page
from krant.news.models import PAGE_SIZE, published_articles
from tests.factories import make_article


def add_articles(tree, count):
    """Add `count` published articles, a minute apart, 'Bericht 0' the newest."""
    now = timezone.now()
    for number in range(count):
        make_article(
            tree.binnenland, f"Bericht {number}", slug=f"b-{number}", when=now - timedelta(minutes=number)
        )


@pytest.fixture
def five(tree):
    add_articles(tree, 5)
    return published_articles()


def titles(page) -> list[str]:
    return [article.title for article in page]


def test_pages_follow_each_other_and_the_last_has_no_next(five):
    """Two per page: pages 1 and 2 have a next page, page 3 holds the fifth article and has none."""
    first, second, third = (listing_page(five, number, per_page=2, max_pages=10) for number in (1, 2, 3))
    assert titles(first) == ["Bericht 0", "Bericht 1"] and first.has_next() and not first.has_previous()
    assert titles(second) == ["Bericht 2", "Bericht 3"] and second.has_next() and second.has_previous()
    assert titles(third) == ["Bericht 4"] and not third.has_next() and not third.has_older
    assert second.next_page_number() == 3 and second.previous_page_number() == 1


def test_past_the_end_and_junk_are_no_page(five):
    """A page after the last, page 0, a negative or non-numeric page: EmptyPage or PageNotAnInteger."""
    with pytest.raises(EmptyPage):
        listing_page(five, 4, per_page=2, max_pages=10)
    for number in ("0", "-1", 99999999999999999999999):
        with pytest.raises(EmptyPage):
            listing_page(five, number, per_page=2, max_pages=10)
    for number in ("1.5", "x", "\x00", None):
        with pytest.raises(PageNotAnInteger):
            listing_page(five, number, per_page=2, max_pages=10)


def test_an_empty_first_page_is_a_page(tree):
    """A listing without articles still has its first page, with nothing on it."""
    page = listing_page(published_articles(), 1, per_page=2, max_pages=10)
    assert list(page) == [] and not page.has_other_pages()


def test_only_max_pages_are_numbered_and_older_news_is_pointed_to(five):
    """With more rows than max_pages hold, the last numbered page has no next but says older news exists."""
    last = listing_page(five, 2, per_page=2, max_pages=2)
    assert titles(last) == ["Bericht 2", "Bericht 3"] and not last.has_next() and last.has_older
    with pytest.raises(EmptyPage):
        listing_page(five, 3, per_page=2, max_pages=2)
    request = RequestFactory().get("/net-binnen/", {"page": "2"})
    html = render_to_string("components/pagination.html", {"page_obj": last, "request": request})
    assert 'href="/zoeken/"' in html and 'rel="next"' not in html and "Pagina 2" in html


def test_a_page_is_one_query_without_a_count(five):
    """Reading a page costs one query, with a LIMIT and no COUNT: its cost does not grow with the archive."""
    with CaptureQueriesContext(connection) as captured:
        listing_page(five, 2, per_page=2, max_pages=10)
    assert len(captured) == 1
    assert "COUNT(" not in captured[0]["sql"].upper() and "LIMIT 3" in captured[0]["sql"].upper()


def test_net_binnen_numbers_pages_without_counting(tree, client):
    """Net binnen's page 2 answers without a COUNT query; a page past the end is a 404."""
    add_articles(tree, PAGE_SIZE + 1)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(tree.latest.url, {"page": "2"})
    assert response.status_code == 200 and "Bericht 20" in response.content.decode()
    assert not [query for query in captured if "COUNT(" in query["sql"].upper()]
    assert client.get(tree.latest.url, {"page": "3"}).status_code == 404
