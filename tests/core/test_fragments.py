"""Fragments are kept per name, parts and language, and never for a preview."""

import time_machine
from django.test import RequestFactory
from django.utils import translation

from krant.core.fragments import cached_fragment


def test_fragment_is_rendered_once_per_parts_and_language():
    """The same parts in the same language render once; other parts or another language render anew."""
    calls = []

    def render():
        calls.append(translation.get_language())
        return f"html {len(calls)}"

    with translation.override("nl"):
        assert cached_fragment("test", (1, "a"), render) == "html 1"
        assert cached_fragment("test", (1, "a"), render) == "html 1"
        assert cached_fragment("test", (2, "a"), render) == "html 2"
    with translation.override("en"):
        assert cached_fragment("test", (1, "a"), render) == "html 3"
    assert calls == ["nl", "nl", "en"]


def test_preview_is_neither_served_from_nor_kept_in_the_cache():
    """A preview shows a draft under the live page's key: it must not read or fill the cache."""
    request = RequestFactory().get("/")
    request.is_preview = True
    assert cached_fragment("test", (1,), lambda: "live") == "live"
    assert cached_fragment("test", (1,), lambda: "draft", request) == "draft"
    assert cached_fragment("test", (2,), lambda: "draft", request) == "draft"
    assert cached_fragment("test", (2,), lambda: "live") == "live"


def test_a_fragment_is_rendered_anew_each_day():
    """A teaser says '14:59' on its day and the date after: the day is part of every fragment's key."""
    rendered = []

    def render():
        rendered.append(1)
        return "html"

    with time_machine.travel("2026-12-06 12:00 +0000", tick=False):
        cached_fragment("dag-test", ("a",), render)
        cached_fragment("dag-test", ("a",), render)
    with time_machine.travel("2026-12-07 12:00 +0000", tick=False):
        cached_fragment("dag-test", ("a",), render)
    assert len(rendered) == 2
