"""ArticleQuerySet: the one set of rules for what readers may see of an article and may comment on."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from krant.authors.models import AuthorPage
from krant.core.roles import DESK
from krant.news.models import ArticleAuthor, ArticlePage, HomeTopStory, RelatedArticle
from krant.news.services import article_folder
from tests.factories import article_form, make_article, make_user


def ids(queryset) -> set:
    return set(queryset.values_list("pk", flat=True))


def test_published_is_live_public_past_go_live_and_before_expiry(tree):
    """Drafts, future go-live, passed expiry, withdrawn and restricted articles are not published."""
    now = timezone.now()
    shown = make_article(tree.binnenland, "Gewoon", expire_at=now + timedelta(hours=1))
    make_article(tree.binnenland, "Concept", published=False)
    early = make_article(tree.binnenland, "Te vroeg")
    ArticlePage.objects.filter(pk=early.pk).update(go_live_at=now + timedelta(hours=1))
    expired = make_article(tree.binnenland, "Verlopen")
    ArticlePage.objects.filter(pk=expired.pk).update(expire_at=now - timedelta(minutes=1))
    make_article(tree.binnenland, "Ingetrokken").unpublish()
    private = make_article(tree.binnenland, "Besloten")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert ids(ArticlePage.objects.published()) == {shown.pk}
    assert ids(ArticlePage.objects.visible()) == {shown.pk, private.pk}


def test_published_is_decided_at_the_time_asked(tree):
    """An article with an expiry is published before it and not after, without the scheduler running."""
    expire_at = timezone.now() + timedelta(hours=1)
    article = make_article(tree.binnenland, "Tijdelijk", expire_at=expire_at)
    assert ids(ArticlePage.objects.published(at=expire_at - timedelta(seconds=1))) == {article.pk}
    assert ids(ArticlePage.objects.published(at=expire_at)) == set()
    assert ids(ArticlePage.objects.expired(at=expire_at)) == {article.pk}


def test_withdrawn_is_once_readable_and_no_longer(tree):
    """Unpublished and expired articles were withdrawn; drafts and embargoed articles never were."""
    now = timezone.now()
    make_article(tree.binnenland, "Gewoon")
    make_article(tree.binnenland, "Concept", published=False)
    unpublished = make_article(tree.binnenland, "Ingetrokken")
    unpublished.unpublish()
    expired = make_article(tree.binnenland, "Verlopen")
    ArticlePage.objects.filter(pk=expired.pk).update(expire_at=now - timedelta(minutes=1))
    assert ids(ArticlePage.objects.withdrawn()) == {unpublished.pk, expired.pk}
    assert ids(ArticlePage.objects.expired()) == {expired.pk}


def test_open_for_comments_matches_comments_open(tree):
    """The queryset and the model method agree: disabled, closed after hours, never closing, still open."""
    now = timezone.now()
    articles = [
        make_article(tree.binnenland, "Dicht", comments_enabled=False),
        make_article(tree.binnenland, "Oud", when=now - timedelta(hours=80)),
        make_article(tree.binnenland, "Open", when=now - timedelta(days=30), comments_close_after_hours=0),
        make_article(tree.binnenland, "Vers", when=now - timedelta(hours=1)),
    ]
    expected = {article.pk for article in articles if article.comments_open(at=now)}
    assert ids(ArticlePage.objects.open_for_comments(at=now)) == expected
    assert expected == {articles[2].pk, articles[3].pk}


def test_comments_closing_time_is_publication_plus_hours(tree):
    """Comments close the set number of hours after first publication; never when that number is 0."""
    when = timezone.now() - timedelta(hours=2)
    article = make_article(tree.binnenland, "Vers", when=when, comments_close_after_hours=72)
    assert article.comments_closing_time() == when + timedelta(hours=72)
    article.comments_close_after_hours = 0
    assert article.comments_closing_time() is None


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
