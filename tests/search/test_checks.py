"""`krant check` names a search server whose client is missing, with the pip command that installs it."""

from krant.search import checks


def test_missing_search_client_is_an_error_with_the_install_command(settings, monkeypatch):
    """A server backend whose client distribution is not installed gives krant.search.E001 and the extra."""
    monkeypatch.setitem(checks.SERVER_CLIENTS, "tests.search.server", ("krant-no-such-client", "opensearch"))
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "tests.search.server"}}
    [error] = checks.search_client_installed()
    assert error.id == "krant.search.E001"
    assert "krant-no-such-client" in error.msg
    assert error.hint == "Install it with: pip install 'krant[opensearch]'"


def test_installed_client_is_fine(settings):
    """With opensearch-py installed (the test extra has it), an OpenSearch backend passes the check."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.opensearch3"}}
    assert checks.search_client_installed() == []


def test_database_backends_need_no_client(settings):
    """The database's own search needs nothing more."""
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "krant.search.backends"}}
    assert checks.search_client_installed() == []
