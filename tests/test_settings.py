"""The admin's settings as editors meet them: no autosave, no third-party avatars."""

from krant.core.roles import DESK
from krant.news.services import article_folder
from tests.factories import make_user


def test_new_article_form_does_not_autosave(tree, client):
    """An article opened and left alone never becomes a draft: the form has no autosave."""
    client.force_login(make_user("eindredacteur", DESK))
    response = client.get(f"/admin/pages/add/news/articlepage/{article_folder().pk}/")
    assert response.status_code == 200
    assert response.context["autosave_enabled"] is False
    assert "data-w-autosave-interval-value" not in response.content.decode()


def test_admin_loads_no_avatars_from_gravatar(tree, client):
    """Editors' avatars are not fetched from Gravatar, which would learn who uses the admin."""
    client.force_login(make_user("eindredacteur", DESK, email="eindredactie@krant.invalid"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "gravatar" not in response.content.decode()
