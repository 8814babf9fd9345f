"""Imports in the admin: the original's address beside the page, and a read-only list of imports."""

import pytest
from django.contrib.auth import get_user_model

from krant.ingest.models import ImportRecord
from krant.ingest.services import import_page
from tests.factories import make_user

SOURCE = "https://www.zandmeerdagblad.example/regio/veerpont-zandmeer-vaart-weer-48213"


@pytest.fixture
def admin(client, db):
    client.force_login(get_user_model().objects.create_superuser("beheer", "beheer@example.org", "x" * 20))
    return client


def test_editing_an_imported_article_links_to_the_original(tree, saved, admin):
    """The page's header menu links to the address the article was imported from."""
    outcome = import_page(saved("jsonld.html"), tree.binnenland)
    response = admin.get(f"/admin/pages/{outcome.page_id}/edit/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Oorspronkelijke bron" in page
    assert f'href="{SOURCE}"' in page


def test_article_without_known_address_has_no_such_link(tree, saved, admin):
    outcome = import_page(saved("tekstpagina.txt"), tree.binnenland)
    assert "Oorspronkelijke bron" not in admin.get(f"/admin/pages/{outcome.page_id}/edit/").content.decode()


def test_imports_are_listed_and_can_be_inspected(tree, saved, admin):
    """Reports > Imports lists each import with its page and original address; a record shows its notes."""
    outcome = import_page(saved("article_only.html"), tree.binnenland)
    import_page(saved("jsonld.html"), tree.binnenland)
    listing = admin.get("/admin/imports/").content.decode()
    assert "Bibliotheek Oostvaart krijgt leeszaal voor scholieren" in listing
    assert SOURCE in listing
    record = ImportRecord.objects.get(page_id=outcome.page_id)
    inspected = admin.get(f"/admin/imports/inspect/{record.pk}/").content.decode()
    assert "no author page for Jan de Boer, Fatima El Amrani" in inspected


def test_imports_cannot_be_added_edited_or_deleted_in_the_admin(tree, saved, admin):
    """Only the import commands write records; even an administrator only looks."""
    outcome = import_page(saved("jsonld.html"), tree.binnenland)
    record = ImportRecord.objects.get(page_id=outcome.page_id)
    for url in (
        "/admin/imports/new/",
        f"/admin/imports/edit/{record.pk}/",
        f"/admin/imports/delete/{record.pk}/",
    ):
        response = admin.post(url, {"notes": "weg"})
        assert response.status_code in {302, 403}
        assert response.get("Location", "/admin/") == "/admin/"
    assert ImportRecord.objects.get(pk=record.pk).notes == record.notes


def test_staff_without_the_permission_do_not_see_imports(tree, client):
    """Reporters have no business in the import records."""
    client.force_login(make_user("verslaggever", "Verslaggever"))
    response = client.get("/admin/imports/")
    assert response.status_code in {302, 403}
    assert "/admin/imports/" not in client.get("/admin/").content.decode()


def test_the_desk_sees_the_imports_and_a_reporter_does_not(tree, saved, client):
    """Eindredactie may read Reports > Imports; a Verslaggever may not."""
    import_page(saved("jsonld.html"), tree.binnenland)
    client.force_login(make_user("desk", "Eindredactie"))
    assert client.get("/admin/imports/").status_code == 200
    client.force_login(make_user("reporter", "Verslaggever"))
    assert client.get("/admin/imports/").status_code in (302, 403)
