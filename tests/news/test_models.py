"""ArticleQuerySet: the one set of rules for what readers may see of an article and may comment on."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import PageViewRestriction

from krant.news.models import ArticlePage
from tests.factories import make_article


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
