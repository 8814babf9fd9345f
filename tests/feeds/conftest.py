"""Shared set-up for feeds, sitemaps and structured data: articles the way the newsroom makes them."""

from datetime import timedelta
from io import BytesIO
from types import SimpleNamespace

import pytest
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.models import PageViewRestriction

from krant.core.models import KrantImage
from krant.news.models import ArticleAuthor
from tests.factories import make_article, make_author, publish

BASE_URL = "https://www.krant.example"


@pytest.fixture(autouse=True)
def public_address(settings):
    """Serve the tests' site at a public address other than the Wagtail site's 'localhost'."""
    settings.BASE_URL = BASE_URL
    settings.WAGTAILADMIN_BASE_URL = BASE_URL


def make_image(title="Dijk bij laagwater", size=(1600, 900), description="") -> KrantImage:
    buffer = BytesIO()
    PILImage.new("RGB", size, (40, 90, 160)).save(buffer, "JPEG")
    return KrantImage.objects.create(
        title=title,
        description=description,
        credit="Eigen foto",
        file=ImageFile(BytesIO(buffer.getvalue()), name="dijk.jpg"),
    )


def make_story(section, title, authors=(), dossiers=(), hours_ago=1, **fields):
    """Publish an article with its byline and dossiers, first published `hours_ago` hours back."""
    slug = fields.pop("slug", None) or title.lower().replace(" ", "-")[:50]
    when = timezone.now() - timedelta(hours=hours_ago)
    article = make_article(section, title, slug=slug, when=when, **fields)
    if authors or dossiers:
        article.author_links = [ArticleAuthor(author=author) for author in authors]
        article.dossiers = list(dossiers)
        publish(article)  # keeps the first publication at `when`
    return article


def restrict(page) -> PageViewRestriction:
    """Put the page behind a password, as the admin's privacy setting does."""
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )


@pytest.fixture
def newsroom(tree):
    """Return the test site with two authors, an image and a story in a subsection and a dossier."""
    news = SimpleNamespace(tree=tree)
    news.author = make_author(tree, "Sanne de Wit")
    news.second_author = make_author(tree, "Joris Bakker")
    news.image = make_image()
    news.story = make_story(
        tree.klimaat,
        "Dijk bij Zandmeer versterkt",
        slug="dijk-zandmeer",
        authors=[news.author, news.second_author],
        dossiers=[tree.dossier],
        lead_image=news.image,
        lead_image_caption="De nieuwe dijk bij laagwater",
        intro="Het waterschap heeft de dijk langs het meer verhoogd.",
    )
    return news
