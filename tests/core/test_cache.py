"""Reader pages are cacheable: the same bytes for every anonymous reader, Cache-Control, ETag and 304."""

from krant.core.models import FormField, FormPage
from krant.core.pagecache import BROWSER_MAX_AGE, STALE_IF_ERROR, STALE_WHILE_REVALIDATE
from tests.factories import make_article, publish


def test_anonymous_page_is_public_with_etag_and_304(tree, client):
    article = make_article(tree.binnenland, "Cachebaar")
    response = client.get(article.url)
    assert response["Cache-Control"].startswith(f"public, max-age={BROWSER_MAX_AGE}, s-maxage=")
    assert f"stale-while-revalidate={STALE_WHILE_REVALIDATE}" in response["Cache-Control"]
    assert f"stale-if-error={STALE_IF_ERROR}" in response["Cache-Control"]
    assert f"article:{article.pk}" in response["xkey"].split()
    assert response["ETag"]
    again = client.get(article.url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_same_bytes_for_every_anonymous_reader(tree, client, django_user_model):
    from django.test import Client

    make_article(tree.binnenland, "Voor iedereen")
    first = client.get("/", REMOTE_ADDR="10.0.0.1", HTTP_USER_AGENT="Telefoon").content
    second = Client().get("/", REMOTE_ADDR="10.0.0.2", HTTP_USER_AGENT="Laptop").content
    assert first == second
    assert b"csrfmiddlewaretoken" not in first


def test_page_with_a_form_is_private(tree, client):
    form = FormPage(title="Contact", slug="contact", to_address="desk@krant.invalid", live=False)
    tree.home.add_child(instance=form)
    FormField.objects.create(page=form, label="Bericht", field_type="multiline", required=True)
    publish(form)
    response = client.get(form.url)
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_editors_get_private_pages(tree, client, django_user_model):
    client.force_login(django_user_model.objects.create_user("redacteur", password="x" * 12))
    response = client.get("/")
    assert "private" in response["Cache-Control"]


def test_admin_is_never_public(tree, client):
    response = client.get("/admin/login/")
    assert "public" not in response.get("Cache-Control", "")
