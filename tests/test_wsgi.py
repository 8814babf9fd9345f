"""A web worker loads what readers need, not the libraries of imports, feeds, exports or tests."""

from tests.processes import python_answer

# Each costs a worker memory for every request it serves; only the ingest commands, the outlet-feed
# fetcher, the exports, Redis (when configured) and the test suite use them.
NEVER_IN_A_WEB_WORKER = [
    *("trafilatura", "justext", "htmldate", "dateparser", "openpyxl", "feedparser", "inscriptis", "redis"),
    *("hypothesis", "pytest", "playwright"),
]

# What a worker runs before its first page: the settings and apps (krant.wsgi), every URL readers and
# editors can reach, and every app's wagtail_hooks (Wagtail searches them when it serves a page).
WORKER = """
import json, sys
import krant.wsgi
from django.urls import get_resolver
from wagtail import hooks
get_resolver().url_patterns
hooks.get_hooks("before_serve_page")
print(json.dumps(sorted(sys.modules)))
"""


def test_a_web_worker_does_not_import_heavy_libraries(tmp_path):
    """A fresh worker, with its URLs and hooks loaded, has none of the heavy libraries readers never need."""
    loaded = {name.partition(".")[0] for name in python_answer(WORKER, tmp_path)}
    assert "wagtail" in loaded  # the worker did load the site
    assert sorted(loaded & set(NEVER_IN_A_WEB_WORKER)) == []
