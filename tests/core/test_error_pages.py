"""Error pages in the house style: 404 inside the site's frame, 500 standing alone (no database needed)."""

from django.test import RequestFactory
from django.views.defaults import server_error

from tests.factories import make_article


def test_404_in_house_style(tree, client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet (meer)" in html
    assert 'class="site-header"' in html and "Ga naar de inhoud" in html


def test_500_in_house_style_without_the_database(db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert 'class="site-header"' in html


def test_404_and_410_share_one_error_template(tree, client):
    """Not found and gone are two versions of one page: the same frame, code, heading and ways back."""
    article = make_article(tree.binnenland, "Teruggetrokken")
    article.unpublish()
    gone = client.get(f"/binnenland/{article.pk}/{article.slug}/")
    missing = client.get("/bestaat-niet/")
    assert (gone.status_code, missing.status_code) == (410, 404)
    for response in (gone, missing):
        assert "error_page.html" in [template.name for template in response.templates]
        assert "Naar de voorpagina" in response.content.decode()
    assert '<p class="error-page__code">410</p>' in gone.content.decode()
    assert '<meta name="robots" content="noindex">' in gone.content.decode()
