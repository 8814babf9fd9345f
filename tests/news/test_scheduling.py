"""Embargo: a scheduled article is visible nowhere before its time and appears on time."""

from datetime import timedelta

import time_machine
from django.core.management import call_command
from django.utils import timezone

from krant.core import navigation
from krant.core.scheduler import publish_due_pages
from krant.news.models import ArticlePage, SectionPage
from tests.factories import make_article


def schedule(page, at):
    page.go_live_at = at
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def visible_everywhere(client, tree, article) -> dict:
    home = client.get("/").content.decode()
    latest = client.get(tree.latest.url).content.decode()
    section = client.get(tree.binnenland.url).content.decode()
    return {
        "page": client.get(f"/binnenland/{article.pk}/{article.slug}/").status_code == 200,
        "home": article.title in home,
        "net binnen": article.title in latest,
        "section": article.title in section,
        "queryset": ArticlePage.objects.live().filter(pk=article.pk).exists(),
    }


def test_embargoed_article_hidden_then_published_on_time(tree, client):
    at = timezone.now() + timedelta(hours=2)
    article = schedule(make_article(tree.binnenland, "Kabinet presenteert plan", published=False), at)
    assert not article.live
    assert set(visible_everywhere(client, tree, article).values()) == {False}

    with time_machine.travel(at - timedelta(minutes=1)):
        publish_due_pages()
    assert set(visible_everywhere(client, tree, article).values()) == {False}

    with time_machine.travel(at + timedelta(seconds=30)):
        publish_due_pages()
        article.refresh_from_db()
        assert article.live
        assert set(visible_everywhere(client, tree, article).values()) == {True}


def test_expiry_unpublishes_on_time(tree, client):
    article = make_article(tree.binnenland, "Tijdelijke oproep")
    article.expire_at = timezone.now() + timedelta(hours=1)
    article.save_revision().publish()
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        call_command("run_scheduler", "--once")
    article.refresh_from_db()
    assert not article.live
    assert client.get(f"/binnenland/{article.pk}/{article.slug}/").status_code == 410


def test_scheduled_section_stays_out_of_the_menu(tree, client, django_capture_on_commit_callbacks):
    """A section scheduled for later does not appear in the menu until it goes live (and commits)."""
    at = timezone.now() + timedelta(hours=1)
    section = SectionPage(title="Verkiezingsuitslagen", slug="uitslagen")
    tree.home.add_child(instance=section)
    schedule(section, at)
    assert "Verkiezingsuitslagen" not in str(navigation.navigation(tree.site))
    with time_machine.travel(at + timedelta(minutes=1)), django_capture_on_commit_callbacks(execute=True):
        publish_due_pages()
    assert "Verkiezingsuitslagen" in str(navigation.navigation(tree.site))


def expire(article, minutes_ago=1):
    """Let `article` pass its expiry without the scheduler running, as when it is stopped or late."""
    expire_at = timezone.now() - timedelta(minutes=minutes_ago)
    ArticlePage.objects.filter(pk=article.pk).update(expire_at=expire_at)


def test_expired_article_page_is_gone_without_the_scheduler(tree, client):
    """Past its expiry an article answers 410, as once the scheduler unpublished it, though still live."""
    article = make_article(tree.binnenland, "Tijdelijke oproep")
    expire(article)
    assert ArticlePage.objects.live().filter(pk=article.pk).exists()
    assert client.get(f"/binnenland/{article.pk}/{article.slug}/").status_code == 410


def test_expired_article_leaves_front_page_section_and_latest(tree, client):
    """The front page (also from its cached blocks), sections and Net binnen drop an expired article."""
    article = make_article(tree.binnenland, "Tijdelijke oproep")
    make_article(tree.binnenland, "Blijvend bericht")
    assert "Tijdelijke oproep" in client.get("/").content.decode()  # fills the cached blocks
    expire(article)
    for url in ["/", tree.binnenland.url, tree.latest.url]:
        html = client.get(url).content.decode()
        assert "Tijdelijke oproep" not in html, url
        assert "Blijvend bericht" in html, url


def test_expired_article_leaves_search_api_and_feed(tree, client):
    """Search, the API (list 200 without it, detail 410) and the feeds leave an expired article out."""
    article = make_article(tree.binnenland, "Tijdelijke oproep")
    make_article(tree.binnenland, "Blijvende oproep")
    expire(article)
    search = client.get("/zoeken/", {"q": "oproep"}).content.decode()
    assert "Blijvende oproep" in search and "Tijdelijke oproep" not in search
    titles = [item["title"] for item in client.get("/api/v1/articles/").json()["results"]]
    assert "Tijdelijke oproep" not in titles and "Blijvende oproep" in titles
    assert client.get(f"/api/v1/articles/{article.pk}/").status_code == 410
    feed = client.get("/rss/").content.decode()
    assert "Blijvende oproep" in feed and "Tijdelijke oproep" not in feed
