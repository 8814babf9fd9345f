"""The scale generator: copies of the articles, stored as Wagtail stores them, in a sound page tree."""

from datetime import UTC, datetime

import pytest

from bench import scale
from krant.news.models import ArticleAuthor, ArticlePage, ArticleYearPage
from tests import factories

pytestmark = pytest.mark.django_db


def test_fill_adds_copies_in_the_year_folders_of_their_dates(client):
    """Copies are live articles dated backwards, in their year's folder, in a tree treebeard finds sound."""
    tree = factories.make_site()
    author = factories.make_author(tree)
    original = factories.make_article(tree.economie, when=datetime(2026, 1, 1, 10, 0, tzinfo=UTC))
    ArticleAuthor.objects.create(article=original, author=author)

    scale.fill(300)  # 299 copies, five minutes apart: back into 2025

    assert ArticlePage.objects.live().count() == 300
    oldest = ArticlePage.objects.order_by("first_published_at").first()
    assert oldest.first_published_at.year == 2025
    assert oldest.get_parent().specific_class is ArticleYearPage
    assert oldest.get_parent().slug == "2025"
    assert {folder.slug: folder.numchild for folder in ArticleYearPage.objects.all()} == {
        "2026": ArticlePage.objects.filter(first_published_at__year=2026).count(),
        "2025": ArticlePage.objects.filter(first_published_at__year=2025).count(),
    }
    assert list(oldest.author_links.values_list("author", flat=True)) == [author.pk]
    scale.check_tree()  # exits on any problem treebeard finds

    response = client.get(oldest.url)
    assert response.status_code == 200
    assert original.intro in response.content.decode()


def test_fill_tops_up_to_the_total_and_numbers_on(client):
    """A second fill adds only what is missing, numbered after each folder's last child; a full one none."""
    tree = factories.make_site()
    factories.make_article(tree.economie, when=datetime(2026, 6, 1, 10, 0, tzinfo=UTC))

    scale.fill(20)
    scale.fill(50)
    scale.fill(50)

    assert ArticlePage.objects.count() == 50
    assert ArticlePage.objects.values("path").distinct().count() == 50
    scale.check_tree()
    assert client.get(ArticlePage.objects.order_by("first_published_at").first().url).status_code == 200
