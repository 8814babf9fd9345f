"""Routing from memory (sites, pages on the way, view restrictions) follows every change readers must see.

Each test reads a page once, so the process keeps what routing found, changes the site the way an
editor or administrator does, and reads again from the same process.
"""

from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction, Site

from krant.news.models import HomePage, SectionPage
from tests.factories import add_page, make_article, publish


def test_view_restriction_added_after_a_read_guards_the_article(tree, django_capture_on_commit_callbacks):
    """An article put behind a login asks for it on the next request, though it was just read freely."""
    article = make_article(tree.binnenland)
    client = Client()
    assert client.get(article.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):  # committed, as in the admin
        PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))  # the community's login, for readers


def test_view_restriction_removed_opens_the_page_again(tree, django_capture_on_commit_callbacks):
    """A section whose restriction is lifted is readable at once."""
    restriction = PageViewRestriction.objects.create(page=tree.economie, restriction_type="login")
    client = Client()
    assert client.get(tree.economie.url).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):  # committed, as in the admin
        restriction.delete()
    assert client.get(tree.economie.url).status_code == 200


def test_renamed_section_answers_at_its_new_address_after_publish(tree):
    """A section's new slug routes once published; the old one no longer finds the section."""
    client = Client()
    old_url = tree.economie.url
    assert client.get(old_url).status_code == 200
    tree.economie.slug = "geld"
    publish(tree.economie)
    assert client.get("/geld/").status_code == 200
    response = client.get(old_url)
    assert response.status_code != 200 or "Economie" not in response.text


def test_new_site_for_a_host_takes_over_from_the_default(tree, settings, django_capture_on_commit_callbacks):
    """A site added for a host serves that host from its own root, though the default site served it."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "nieuws.example"]
    client = Client(HTTP_HOST="nieuws.example")
    assert client.get("/").status_code == 200
    root = add_page(tree.home.get_parent(), HomePage(title="Ander blad", slug="ander-blad"))
    add_page(root, SectionPage(title="Alleen hier", slug="alleen-hier"))
    with django_capture_on_commit_callbacks(execute=True):  # committed, as in the admin
        Site.objects.create(hostname="nieuws.example", root_page=root)
    assert client.get("/alleen-hier/").status_code == 200
    assert client.get(tree.economie.url).status_code == 404


def test_article_head_follows_its_publish(tree):
    """The sharing tags and JSON-LD of an article show its new headline after the publish."""
    article = make_article(tree.binnenland, title="Oude kop over de sluis")
    client = Client()
    assert '<meta property="og:title" content="Oude kop over de sluis">' in client.get(article.url).text
    article.title = "Nieuwe kop over de sluis"
    publish(article)
    page = client.get(article.url, follow=True).text
    assert '<meta property="og:title" content="Nieuwe kop over de sluis">' in page
    assert '"headline":"Nieuwe kop over de sluis"' in page
    assert "Oude kop over de sluis" not in page


def test_article_head_follows_its_sections_rename(tree):
    """A renamed section shows in the breadcrumbs of its articles' JSON-LD once the section is published."""
    article = make_article(tree.binnenland)
    client = Client()
    assert '"name":"Binnenland"' in client.get(article.url).text
    tree.binnenland.title = "Eigen land"
    publish(tree.binnenland)
    page = client.get(article.url).text
    assert '"name":"Eigen land"' in page
    assert '"name":"Binnenland"' not in page
