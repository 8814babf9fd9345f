"""Images: responsive WebP renditions with caption and credit; previews of unpublished work."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage

from krant.core.models import KrantImage
from krant.news.models import ArticlePage
from tests.factories import make_article, publish


def make_image(title="Dijk", credit="ANP / Piet Bakker"):
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), (40, 90, 160)).save(buffer, "JPEG")
    return KrantImage.objects.create(
        title=title, credit=credit, file=ImageFile(BytesIO(buffer.getvalue()), name="dijk.jpg")
    )


def test_lead_image_has_webp_srcset_caption_and_credit(tree, client):
    article = make_article(tree.binnenland, "Met beeld", lead_image=make_image())
    article.lead_image_caption = "De dijk bij laagwater"
    publish(article)
    html = client.get(article.url).content.decode()
    assert "srcset=" in html
    assert html.count(".webp") >= 3
    assert "De dijk bij laagwater" in html
    assert "ANP / Piet Bakker" in html


def test_body_image_block_uses_its_own_credit_or_the_images(tree, client):
    image = make_image()
    article = make_article(tree.binnenland, "Beeld in tekst")
    article.body = [
        ("image", {"image": image, "caption": "Eerste", "credit": "Eigen foto"}),
        ("image", {"image": image, "caption": "Tweede", "credit": ""}),
    ]
    publish(article)
    html = client.get(article.url).content.decode()
    assert "Eigen foto" in html
    assert "ANP / Piet Bakker" in html


def test_preview_of_unpublished_article(tree):
    """An editor previews a draft at its future address, without a redirect."""
    article = make_article(tree.binnenland, "Nog geheim", published=False)
    draft = ArticlePage.objects.get(pk=article.pk)
    draft.title = "Nog geheim, herzien"
    response = draft.make_preview_request()
    assert response.status_code == 200
    assert "Nog geheim, herzien" in response.content.decode()
