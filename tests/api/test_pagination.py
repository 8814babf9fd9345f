"""Cursors: opaque, versioned, and anything this code did not write is refused as a 400, never a 500."""

import base64
import json

import pytest
from rest_framework.exceptions import ValidationError

from krant.api.pagination import BY_TITLE, NEWEST_FIRST, decode, encode, offset_of
from krant.news.models import ArticlePage
from tests.factories import make_article


def raw(payload) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


def test_cursor_round_trip_is_opaque_url_safe_text():
    cursor = encode(["2026-03-01T09:30:00+00:00", 42])
    assert cursor.isascii() and "=" not in cursor and "/" not in cursor and "+" not in cursor
    assert decode(cursor) == ["2026-03-01T09:30:00+00:00", 42]


@pytest.mark.parametrize(
    "cursor",
    [
        "",
        "!!!",
        "x" * 2000,
        raw({"not": "a list"}),
        raw([]),
        raw([2, "newest", "2026-03-01T09:30:00+00:00", 42]),  # a future version this code cannot read
        raw([1, "title", "2026-03-01T09:30:00+00:00", 42]),  # from a list in another order
        raw([1, "2026-03-01T09:30:00+00:00", 42]),  # no order named
        raw([1, "newest", "2026-03-01T09:30:00+00:00"]),  # too few values
        raw([1, "newest", "2026-03-01T09:30:00", 42]),  # a time without offset
        raw([1, "newest", "maandag", 42]),
        raw([1, "newest", "0001-01-01T00:00:00+05:00", 42]),  # before the first moment UTC can name
        raw([1, "newest", "9999-12-31T23:59:00-05:00", 42]),  # after the last
        raw([1, "newest", 20260301, 42]),
        raw([1, "newest", "2026-03-01T09:30:00+00:00", "42"]),
        raw([1, "newest", "2026-03-01T09:30:00+00:00", True]),
        raw([1, "newest", "2026-03-01T09:30:00+00:00", 2**64]),
        raw([1, "newest", "2026-03-01T09:30:00+00:00", -1]),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
    ],
)
def test_tampered_keyset_cursors_are_refused(db, cursor):
    with pytest.raises(ValidationError) as raised:
        NEWEST_FIRST.after(ArticlePage.objects.all(), cursor)
    assert "cursor" in raised.value.detail


def test_text_keys_refuse_nul(db):
    """PostgreSQL cannot compare text holding NUL; such a cursor is a 400 before any query."""
    with pytest.raises(ValidationError):
        BY_TITLE.after(ArticlePage.objects.all(), encode(["title", "a\x00b", 1]))


def test_a_cursor_points_after_its_item(tree):
    """The next page starts strictly after the last item shown, the id breaking ties of time."""

    articles = [
        make_article(tree.binnenland, f"Bericht {n}", when=tree.home.first_published_at) for n in range(3)
    ]
    newest_first = sorted(articles, key=lambda article: -article.pk)
    cursor = encode(NEWEST_FIRST.values(newest_first[0]))
    after = NEWEST_FIRST.order(NEWEST_FIRST.after(ArticlePage.objects.all(), cursor))
    assert list(after) == newest_first[1:]


@pytest.mark.parametrize(
    "cursor",
    [
        raw([1, "offset", 0]),
        raw([1, "offset", -20]),
        raw([1, "offset", 10_001]),
        raw([1, "offset", "20"]),
        raw([1, 20]),
    ],
)
def test_offset_cursors_hold_a_reachable_offset_only(cursor):
    with pytest.raises(ValidationError):
        offset_of(cursor)


def test_offset_cursor_round_trip():
    assert offset_of(encode(["offset", 40])) == 40
    assert offset_of(None) == 0
