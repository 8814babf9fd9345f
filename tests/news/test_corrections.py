"""The public corrections page and 'Nu bijgewerkt' in the article form."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from krant.core.roles import DESK
from krant.news.models import ArticleCorrection, ArticlePage
from tests.factories import article_form, make_article, make_user, publish

URL = "/correcties/"


def correct(article, note, hours_ago):
    ArticleCorrection.objects.create(
        article=article, note=note, corrected_at=timezone.now() - timedelta(hours=hours_ago)
    )


def test_every_correction_newest_first_with_a_link_to_its_article(tree, client):
    first = make_article(tree.binnenland, "Dijk bij Zandmeer versterkt")
    second = make_article(tree.economie, "Rente blijft gelijk")
    correct(first, "De dijk is twee meter hoger, niet drie.", hours_ago=5)
    correct(second, "De naam van de bankdirecteur was verkeerd gespeld.", hours_ago=1)
    response = client.get(URL)
    assert response.status_code == 200
    text = response.text
    assert text.index("verkeerd gespeld") < text.index("twee meter hoger")
    assert f'href="{second.url}"' in text and f'href="{first.url}"' in text


def test_a_withdrawn_articles_correction_leaves_the_page(tree, client):
    article = make_article(tree.binnenland, "Teruggetrokken bericht")
    correct(article, "Een verkeerd cijfer.", hours_ago=1)
    article.unpublish()
    assert "Een verkeerd cijfer." not in client.get(URL).text


def test_the_page_is_in_the_footer_and_declares_latest(tree, client):
    """`latest`: every article's publish purges it, and a correction comes with one."""
    response = client.get(URL)
    assert "latest" in response.headers["xkey"].split()
    home = client.get(tree.home.url).text
    assert 'href="/correcties/"' in home


@pytest.mark.parametrize("page", ["2", "x", "99999"])
def test_a_page_past_the_list_is_a_404(tree, client, page):
    assert client.get(URL, {"page": page}).status_code == 404


def test_the_page_costs_the_same_with_more_corrections(tree, client, django_assert_max_num_queries):
    article = make_article(tree.binnenland)
    correct(article, "Eerste correctie.", hours_ago=1)
    client.get(URL)
    with django_assert_max_num_queries(30) as few:
        client.get(URL)
    baseline = len(few)
    for number in range(5):
        other = make_article(tree.economie, f"Bericht {number}")
        correct(other, f"Correctie {number}.", hours_ago=2)
    client.get(URL)  # the publishes made a new content version: warm its caches again
    with django_assert_max_num_queries(baseline):
        client.get(URL)


@pytest.fixture
def desk(tree):
    return make_user("eindredacteur", DESK)


def edit(client, user, article, **extra):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    data = article_form(article.home_section, title=article.title, slug=article.slug, **extra)
    return client.post(url, data)


def test_nu_bijgewerkt_sets_the_update_time_in_one_click(tree, desk, client):
    article = make_article(tree.binnenland)
    before = timezone.now()
    response = edit(client, desk, article, mark_updated="on", update_note="Met de reactie van de gemeente.")
    assert response.status_code == 302
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    assert draft.updated_at >= before
    assert draft.update_note == "Met de reactie van de gemeente."


def test_nu_bijgewerkt_without_a_note_is_refused_with_a_message(tree, desk, client):
    article = make_article(tree.binnenland)
    revisions = article.revisions.count()
    response = edit(client, desk, article, mark_updated="on")
    assert response.status_code == 200
    assert "Schrijf bij &#x27;Nu bijgewerkt&#x27; wat er is bijgewerkt." in response.text
    assert article.revisions.count() == revisions


def test_a_published_update_shows_on_the_article(tree, client):
    article = make_article(tree.binnenland)
    article.updated_at = timezone.now()
    article.update_note = "Met de reactie van de gemeente."
    publish(article)
    assert "Met de reactie van de gemeente." in client.get(article.url).text
