"""The article form in the admin: scheduling is part of it, in Dutch, in Amsterdam time."""

from datetime import UTC, datetime

from krant.core.roles import DESK
from krant.news.models import ArticlePage
from krant.news.services import article_folder
from tests.factories import article_form, make_user


def test_article_form_shows_go_live_and_expiry_in_dutch(tree, client):
    """Embargo and expiry are fields of the article form, labelled in Dutch, saying the time zone."""
    client.force_login(make_user("eindredacteur", DESK))
    response = client.get(f"/admin/pages/add/news/articlepage/{article_folder().pk}/")
    html = response.content.decode()
    assert "Publicatie plannen" in html
    assert "Publiceren vanaf (embargo)" in html
    assert "Offline halen op" in html
    assert "Europe/Amsterdam" in html
    # Once only: Wagtail's own scheduling dialog would add a second copy of each field.
    assert html.count('name="go_live_at"') == 1
    assert html.count('name="expire_at"') == 1


def test_go_live_time_is_amsterdam_time(tree, client):
    """A summer embargo of 09:00 is 07:00 UTC; the desk's publish schedules the article instead."""
    client.force_login(make_user("eindredacteur", DESK))
    response = client.post(
        f"/admin/pages/add/news/articlepage/{article_folder().pk}/",
        article_form(
            tree.binnenland,
            go_live_at="2030-06-01 09:00",
            expire_at="2030-06-08 18:00",
            **{"action-publish": "action-publish"},
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = ArticlePage.objects.get(slug="nieuwe-brug")
    assert not article.live
    revision = article.latest_revision
    assert revision.approved_go_live_at == datetime(2030, 6, 1, 7, 0, tzinfo=UTC)
    assert revision.as_object().expire_at == datetime(2030, 6, 8, 16, 0, tzinfo=UTC)
