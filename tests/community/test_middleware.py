"""The account cookie: set by every login's answer, the admin's and the community's, removed at logout."""

from django.test import Client

from krant.core.roles import DESK
from tests.community.conftest import PASSWORD
from tests.factories import make_user


def test_an_admin_login_marks_the_browser_as_staff_and_logout_unmarks_it(db):
    make_user("eindredacteur", DESK)
    client = Client()
    response = client.post(
        "/admin/login/", {"username": "eindredacteur", "password": "correct horse battery"}
    )
    assert response.cookies["krant_account"].value == "staff"
    assert not response.cookies["krant_account"]["httponly"]  # the page's script reads it
    response = client.post("/admin/logout/")
    assert response.cookies["krant_account"]["max-age"] == 0


def test_a_community_login_marks_the_browser_as_a_member(member):
    client = Client()
    response = client.post("/community/inloggen/", {"login": "lid@voorbeeld.nl", "password": PASSWORD})
    assert response.status_code == 302
    assert response.cookies["krant_account"].value == "member"
    response = client.post("/community/uitloggen/")
    assert response.cookies["krant_account"]["max-age"] == 0


def test_a_reader_without_an_account_gets_no_cookie(db, client):
    for url in ("/community/", "/community/ik/", "/community/inloggen/"):
        assert "krant_account" not in client.get(url).cookies


def test_a_stale_mark_is_removed(db):
    """A browser still marked as staff after its session ended is unmarked at its next request."""
    client = Client()
    client.cookies["krant_account"] = "staff"
    response = client.get("/community/")
    assert response.cookies["krant_account"]["max-age"] == 0
