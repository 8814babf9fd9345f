"""Readers' requests resolve without Wagtail's admin, which still works in every worker (core.urlconf)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import clear_url_caches, reverse

from krant.core.urlconf import READER_URLCONF
from tests.conftest import database_url
from tests.factories import make_article, make_site
from tests.processes import fetch, krant_environment, serving


def test_a_reader_request_resolves_against_the_readers_urls(client, tree):
    """A reader's page and a 404 are answered from krant.reader_urls, which has no admin address."""
    article = make_article(tree.binnenland)
    response = client.get(article.url)
    assert response.status_code == 200
    assert response.wsgi_request.urlconf == READER_URLCONF
    assert client.get("/bestaat-niet/").status_code == 404
    assert reverse("wagtailadmin_home", urlconf="krant.urls") == "/admin/"
    with pytest.raises(Exception, match="wagtailadmin_home"):
        reverse("wagtailadmin_home", urlconf=READER_URLCONF)


def test_the_admin_works_on_a_fresh_resolver(client, tree):
    """With the URL caches cleared (a new worker's state): /admin redirects to /admin/, the login page,
    the page editor and a menu item an app's hook adds ("Nieuw artikel") all answer."""
    clear_url_caches()
    assert client.get("/admin")["Location"] == "/admin/"
    assert client.get("/admin/login/").status_code == 200
    article = make_article(tree.binnenland)
    client.force_login(get_user_model().objects.create_superuser("redacteur", "r@krant.example", "x" * 20))
    home = client.get("/admin/")
    assert home.status_code == 200
    assert reverse("krant_new_article") in home.content.decode()
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert editor.status_code == 200
    assert article.title in editor.content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_whose_first_request_is_a_readers_serves_the_admin_after(tmp_path):
    """A real worker, first asked for a reader's page, then for the admin's login page: both answer."""
    make_site()
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    arguments = ("serve", "--workers", "1", "--no-scheduler")
    with serving(*arguments, environment=environment, ready="/") as base:
        status, _, body = fetch(f"{base}/admin/login/")
        assert status == 200
        assert b'name="password"' in body
