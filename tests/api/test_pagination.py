"""Cursors: opaque, versioned, and anything this code did not write is refused as a 400, never a 500."""

import base64
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
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
        raw([1, "title", "\ud800", 1]),  # a lone surrogate: JSON may spell it, UTF-8 cannot
        raw([1, "newest", "2026-03-01T09:30:00+00:00\udfff", 1]),
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


def test_a_cursor_holding_a_lone_surrogate_is_a_400(tree, api):
    """The database driver cannot encode half a UTF-16 pair: refused as a bad cursor, not a 500."""
    response = api.get("/api/v1/dossiers/", {"cursor": raw([1, "title", "\ud800", 1])})
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == ["cursor"]


# Any JSON value, lone surrogates and numbers beyond 64 bits included, in any position of a cursor.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3),
    max_leaves=6,
)
payloads = st.one_of(
    st.tuples(
        st.sampled_from([1, 2, 0, "1"]),
        st.sampled_from(["newest", "title", "tree", "offset", ""]),
        st.lists(st.one_of(json_values, st.datetimes().map(str), st.text(max_size=8)), max_size=3),
    ).map(lambda parts: [parts[0], parts[1], *parts[2]]),
    json_values,
)
cursors = st.one_of(
    payloads.map(raw),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40),
    st.binary(max_size=40).map(lambda data: base64.urlsafe_b64encode(data).decode().rstrip("=")),
)
LISTS = [
    "/api/v1/articles/",
    "/api/v1/sections/",
    "/api/v1/dossiers/",
    "/api/v1/authors/",
    "/api/v1/search/?q=dijk",
]


@pytest.fixture
def unthrottled(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1000000/minute"},
    }


@settings(
    max_examples=150,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(cursor=cursors, url=st.sampled_from(LISTS))
def test_no_cursor_gives_a_server_error(tree, api, unthrottled, cursor, url):
    """Whatever a client puts in `cursor`, every list answers a page or a 400 naming the cursor."""
    response = api.get(url, {"cursor": cursor, **({"q": "dijk"} if "search" in url else {})})
    assert response.status_code in (200, 400), (cursor, response.content)
    if response.status_code == 400:
        assert "cursor" in response.json()["error"]["fields"] or not cursor.strip()
