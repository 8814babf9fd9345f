"""'Ook in rubrieken' and 'Dossiers' in the article form: Wagtail's page chooser for several pages."""

import pytest
from django.urls import reverse

from krant.core.roles import DESK
from krant.news.models import ArticlePage
from tests.factories import article_form, make_article, make_user


@pytest.fixture
def desk(tree):
    return make_user("eindredacteur", DESK)


def test_the_form_shows_the_chosen_pages_with_a_chooser_not_a_select_box(tree, desk, client):
    article = make_article(tree.binnenland)
    article.sections.add(tree.klimaat)
    article.save_revision()
    client.force_login(desk)
    text = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).text
    assert 'data-krant-multi-chooser data-name="sections"' in text
    assert 'data-model="news.dossierpage"' in text
    assert f'<input type="hidden" name="sections" value="{tree.klimaat.pk}"><span>Klimaat</span>' in text
    assert '<select name="sections"' not in text and '<select name="dossiers"' not in text
    assert "news/admin/page_multiple_chooser.js" in text


def test_chosen_pages_are_saved_and_none_chosen_clears_them(tree, desk, client):
    article = make_article(tree.binnenland)
    client.force_login(desk)
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    empty = article_form(tree.binnenland, title=article.title, slug=article.slug)
    # Lists after article_form: nested_form_data would number them as a formset's fields.
    chosen = {**empty, "sections": [tree.economie.pk, tree.klimaat.pk], "dossiers": [tree.dossier.pk]}
    assert client.post(url, chosen).status_code == 302
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert {page.pk for page in draft.sections.all()} == {tree.economie.pk, tree.klimaat.pk}
    assert [page.pk for page in draft.dossiers.all()] == [tree.dossier.pk]
    assert client.post(url, empty).status_code == 302
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert list(draft.sections.all()) == []


def test_a_page_of_another_type_is_refused_with_a_message(tree, desk, client):
    article = make_article(tree.binnenland)
    client.force_login(desk)
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    data = article_form(tree.binnenland, title=article.title, slug=article.slug)
    response = client.post(url, {**data, "sections": [tree.dossier.pk]})
    assert response.status_code == 200
    assert "error-message" in response.text
