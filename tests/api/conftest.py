from io import BytesIO
from types import SimpleNamespace

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from rest_framework.test import APIClient
from wagtail.embeds.blocks import EmbedValue
from wagtail.rich_text import RichText

from krant.core.models import KrantImage
from krant.news.models import ArticleAuthor, ArticleCorrection, RelatedArticle
from tests.factories import make_article, make_author, publish


def make_image(title="Dijk bij laagwater", credit="ANP / Piet Bakker", size=(1600, 900)) -> KrantImage:
    buffer = BytesIO()
    PILImage.new("RGB", size, (40, 90, 160)).save(buffer, "JPEG")
    return KrantImage.objects.create(
        title=title, credit=credit, file=ImageFile(BytesIO(buffer.getvalue()), name="beeld.jpg")
    )


@pytest.fixture
def api():
    """A client as an app would be: no cookies, JSON back."""
    return APIClient()


@pytest.fixture
def story(tree):
    """A published article with everything an article can have: every body block, byline, links."""
    image = make_image()
    author = make_author(tree, "Sanne de Wit", role="verslaggever")
    other = make_article(tree.economie, "Fabriek sluit de poort", intro="De laatste ploeg is naar huis.")
    article = make_article(
        tree.binnenland,
        "Dijk bij Zandmeer versterkt",
        label="analyse",
        lead_image=image,
        lead_image_caption="De dijk bij laagwater",
        source_credit="ANP",
    )
    article.body = [
        (
            "paragraph",
            RichText(
                f'<p>Lees ook <a linktype="page" id="{other.pk}">het eerdere bericht</a> en '
                '<a href="https://waterschap.example/dijk">de plannen</a>.</p>'
            ),
        ),
        ("intertitle", "Twee meter hoger"),
        ("quote", {"text": "We zijn er klaar voor.\nHet water mag komen.", "attribution": "Dijkgraaf"}),
        ("image", {"image": image, "caption": "Graafmachines op de dijk", "credit": "Eigen foto"}),
        ("image", {"image": image, "caption": "", "credit": ""}),
        (
            "embed",
            {"embed": EmbedValue("https://www.youtube.com/watch?v=abc123"), "caption": "De dijk van boven"},
        ),
        ("info_box", {"title": "Zo werkt een dijk", "text": RichText("<ul><li>Klei</li><li>Zand</li></ul>")}),
    ]
    article.sections.add(tree.klimaat)
    article.dossiers.add(tree.dossier)
    article.author_links.add(ArticleAuthor(author=author))
    article.corrections.add(ArticleCorrection(note="In een eerdere versie stond een verkeerde hoogte."))
    article.related_links.add(RelatedArticle(related=other))
    publish(article)
    return SimpleNamespace(article=article, other=other, author=author, image=image, tree=tree)
