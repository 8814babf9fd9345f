"""krant/settings.py: only what krant uses; the admin without autosave or avatars; quiet logs."""

import logging

from django.apps import apps

from krant.core.roles import DESK
from krant.news.services import article_folder
from tests.factories import make_user


def test_routable_page_is_not_installed():
    """No page type routes sub-URLs with RoutablePageMixin (articles route by id in SectionPage.route)."""
    assert not apps.is_installed("wagtail.contrib.routable_page")


def test_search_promotions_are_installed():
    """Editors' picks ('Aanbevolen') are shown above the results of /zoeken/."""
    assert apps.is_installed("wagtail.contrib.search_promotions")


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


def test_not_found_is_not_logged(tree, client, caplog):
    """A 404 is answered without a 'Not Found' warning in the log."""
    caplog.set_level(logging.INFO)
    assert client.get("/bestaat-niet/").status_code == 404
    assert [r.getMessage() for r in caplog.records if r.name == "django.request"] == []


def test_server_errors_are_still_logged(db, caplog):
    """The 404 filter lets everything else through, such as a 500."""
    caplog.set_level(logging.INFO)
    logging.getLogger("django.request").error("Internal Server Error: /", extra={"status_code": 500})
    assert [r.getMessage() for r in caplog.records if r.name == "django.request"] == [
        "Internal Server Error: /"
    ]


def test_bad_host_header_logs_one_line(db, client, caplog):
    """A request for another host gets 400 and one log line, without a traceback."""
    caplog.set_level(logging.INFO)
    assert client.get("/", HTTP_HOST="kwaadaardig.example").status_code == 400
    records = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert len(records) == 1
    line = logging.Formatter().format(records[0])
    assert "kwaadaardig.example" in line
    assert "\n" not in line
    assert "Traceback" not in line
