"""Images: responsive WebP renditions with caption and credit; previews of unpublished work."""

from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage

from krant.core.models import KrantImage
from krant.news.models import ArticlePage
from tests.factories import make_article, publish


def make_image(title="Dijk", credit="ANP / Piet Bakker", caption=""):
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), (40, 90, 160)).save(buffer, "JPEG")
    return KrantImage.objects.create(
        title=title,
        credit=credit,
        caption=caption,
        file=ImageFile(BytesIO(buffer.getvalue()), name="dijk.jpg"),
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


def test_the_images_own_caption_shows_unless_the_article_gives_one(tree, client):
    """An image uploaded with a caption carries it into every article, which may write its own instead."""
    image = make_image(caption="De dijk bij hoogwater, vanaf de kade gezien")
    plain = make_article(tree.binnenland, "Dijk houdt stand", slug="dijk-houdt", lead_image=image)
    plain.body = [("image", {"image": image, "caption": "", "credit": ""})]
    publish(plain)
    own = make_article(tree.binnenland, "Dijk verhoogd", slug="dijk-verhoogd", lead_image=image)
    own.lead_image_caption = "Werkers op de dijk"
    publish(own)
    assert client.get(plain.url).content.decode().count("De dijk bij hoogwater, vanaf de kade gezien") == 2
    html = client.get(own.url).content.decode()
    assert "Werkers op de dijk" in html
    assert "De dijk bij hoogwater" not in html


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
