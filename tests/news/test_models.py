"""The article form in the admin: Dutch labels, and scheduling as part of it, in Amsterdam time."""

import re
from datetime import UTC, datetime

import pytest
from django.utils import translation

from krant.authors.models import AuthorPage
from krant.core.roles import DESK
from krant.news.models import ArticleAuthor, ArticlePage, HomeTopStory, RelatedArticle
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


@pytest.mark.parametrize(
    ("model", "field", "dutch", "english"),
    [
        (ArticleAuthor, "author", "auteur", "author"),
        (RelatedArticle, "related", "gerelateerd artikel", "related article"),
        (HomeTopStory, "article", "artikel", "article"),
        (AuthorPage, "photo", "foto", "photo"),
    ],
)
def test_admin_labels_are_dutch_with_english_translation(model, field, dutch, english):
    """Editors read Dutch labels; those who chose English in the admin get the English ones."""
    label = model._meta.get_field(field).verbose_name
    with translation.override("nl"):
        assert str(label) == dutch
    with translation.override("en"):
        assert str(label) == english


@pytest.mark.parametrize(
    ("model", "dutch", "english"),
    [
        (ArticleAuthor, "auteur van een artikel", "article author"),
        (RelatedArticle, "gerelateerd artikel", "related article"),
        (HomeTopStory, "topverhaal", "top story"),
    ],
)
def test_admin_model_names_are_dutch_with_english_translation(model, dutch, english):
    """The names the admin gives these rows are Dutch too, English for editors who chose it."""
    with translation.override("nl"):
        assert str(model._meta.verbose_name) == dutch
    with translation.override("en"):
        assert str(model._meta.verbose_name) == english


def test_article_form_labels_are_dutch(tree, client):
    """The byline and related-article fields on the article form carry Dutch labels."""
    client.force_login(make_user("eindredacteur", DESK))
    html = client.get(f"/admin/pages/add/news/articlepage/{article_folder().pk}/").content.decode()
    labels = {text.strip() for text in re.findall(r"<label[^>]*>([^<]*)<", html)}
    assert {"Auteur", "Gerelateerd artikel"} <= labels
    assert not {"Author", "Related"} & labels


def test_schedule_labels_are_translated_for_english_editors():
    """An editor who chose English reads the scheduling labels and time-zone help in English."""
    with translation.override("en"):
        assert translation.gettext("Publiceren vanaf (embargo)") == "Publish from (embargo)"
        assert translation.gettext("Offline halen op") == "Take offline at"
        assert (
            translation.gettext(
                "Leeg: het artikel blijft online. Tijden zijn Amsterdamse tijd (Europe/Amsterdam)."
            )
            == "Empty: the article stays online. Times are Amsterdam time (Europe/Amsterdam)."
        )
