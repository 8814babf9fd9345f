"""Error pages in the house style: 404 inside the site's frame, 500 standing alone (no database needed)."""

from django.test import RequestFactory
from django.views.defaults import server_error


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
