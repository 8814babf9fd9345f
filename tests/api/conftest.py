from io import BytesIO
from types import SimpleNamespace

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from rest_framework.test import APIClient
from wagtail.embeds.blocks import EmbedValue
from wagtail.rich_text import RichText

from krant.community import comments
from krant.community.models import TrustLevel
from krant.core.models import KrantImage
from krant.news.models import ArticleAuthor, ArticleCorrection, RelatedArticle
from tests.community.conftest import make_member
from tests.factories import make_article, make_author, make_user, publish


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


def with_comments(article):
    """Give `article` a thread open to everyone: a featured comment with respect, a reply, a tombstone."""
    rules = comments.site_settings()
    rules.open_reading = True
    rules.save()
    reader = make_member()
    reader.member.expert_label = "arts"
    reader.member.trust_level = TrustLevel.REGULAR  # a new member's link would wait for a moderator
    reader.member.save()
    other = make_member("ander@voorbeeld.nl", "Fietser uit Delft")
    top = comments.post(reader, article, "Een goed stuk.\n\nZie https://voorbeeld.nl/stuk")
    comments.post(other, article, "Eens", parent=top)
    gone = comments.post(other, article, "Weg")
    comments.post(reader, article, "Antwoord op wat weg is", parent=gone)
    comments.delete(other, gone.pk)
    comments.give_respect(other, top)
    comments.feature(make_user("moderator"), top.pk)
    return top
