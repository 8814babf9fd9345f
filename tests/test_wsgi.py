"""A web worker loads what readers need, not the libraries of imports, feeds, exports or tests."""

from tests.processes import python_answer

# Each costs a worker memory for every request it serves; only the ingest commands, the outlet-feed
# fetcher, the exports, Redis (when configured), the push sender (and the first reader to ask for the push
# key, see tests/push/test_keys.py), an episode's upload (mutagen) and the test suite use them.
NEVER_IN_A_WEB_WORKER = [
    *("trafilatura", "justext", "htmldate", "dateparser", "openpyxl", "feedparser", "inscriptis", "redis"),
    *("requests_hardened", "pywebpush", "cryptography", "py_vapid", "mutagen"),
    *("hypothesis", "pytest", "playwright"),
]

# The PostgreSQL driver, in a worker on SQLite (as this one is): kept out before Django sets up
# (krant.config.keep_postgresql_driver_out, called by krant.wsgi and the CLI).
NOT_ON_SQLITE = ["psycopg", "psycopg_binary", "psycopg_c", "django.contrib.postgres.fields"]

# Wagtail's admin URLconf, its views and API: loaded by a worker's first request under /admin, not before
# (krant.core.urlconf).
NOT_BEFORE_AN_ADMIN_REQUEST = [
    *("krant.urls", "wagtail.admin.urls", "wagtail.admin.api.views", "wagtail.admin.views.pages.edit"),
    *("wagtail.admin.views.home", "wagtail.admin.views.reports.audit_logging"),
]

# What a worker runs before its first page: the settings and apps (krant.wsgi), every URL readers can
# reach with its names reversed, and every app's wagtail_hooks (Wagtail searches them when it serves a
# page).
WORKER = """
import json, sys
import krant.wsgi
from django.urls import get_resolver, reverse
from wagtail import hooks
from krant.core.urlconf import READER_URLCONF
get_resolver(READER_URLCONF).url_patterns
reverse("consent_choice", urlconf=READER_URLCONF)
hooks.get_hooks("before_serve_page")
print(json.dumps(sorted(name for name, module in sys.modules.items() if module is not None)))
"""


def test_a_web_worker_does_not_import_heavy_libraries(tmp_path):
    """A fresh worker, with its URLs and hooks loaded, has none of the heavy libraries readers never need."""
    modules = set(python_answer(WORKER, tmp_path))
    loaded = {name.partition(".")[0] for name in modules}
    assert "wagtail" in loaded  # the worker did load the site
    assert sorted(loaded & set(NEVER_IN_A_WEB_WORKER)) == []
    assert sorted(modules & set(NOT_ON_SQLITE)) == []
    assert sorted(modules & set(NOT_BEFORE_AN_ADMIN_REQUEST)) == []
