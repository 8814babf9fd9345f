"""Cached fragments (teasers, blocks, article bodies) never show what readers should no longer see.

Each test renders a page once to fill the fragments, changes the content the way an editor does, and
reads the page again from the same process, where the fragments are still cached.
"""

from io import BytesIO

from django.core.cache import caches
from django.core.files.images import ImageFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.embeds.blocks import EmbedValue
from wagtail.models import PageViewRestriction

from krant.core.models import KrantImage, KrantRendition
from tests.factories import make_article, publish


def test_edited_title_shows_on_every_listing_after_publish(tree):
    """A new headline shows on the front page, its section and Net binnen once published."""
    article = make_article(tree.binnenland, title="Oude kop over de dijk")
    client = Client()
    listings = ["/", tree.binnenland.url, tree.latest.url]
    for url in listings:
        assert "Oude kop over de dijk" in client.get(url).text
    article.title = "Nieuwe kop over de dijk"
    publish(article)
    for url in listings:
        page = client.get(url).text
        assert "Nieuwe kop over de dijk" in page, url
        assert "Oude kop over de dijk" not in page, url


def test_a_draft_edit_does_not_show_before_publish(tree):
    """Saving a draft changes nothing readers see, cached or not."""
    article = make_article(tree.binnenland, title="Gepubliceerde kop")
    client = Client()
    assert "Gepubliceerde kop" in client.get("/").text
    article.title = "Conceptkop"
    article.save_revision()
    assert "Conceptkop" not in client.get("/").text
    assert "Conceptkop" not in client.get(article.url).text


def test_restricted_article_never_appears(tree, django_capture_on_commit_callbacks):
    """An article put behind a login leaves every listing at once, also with warm fragments."""
    article = make_article(tree.klimaat, title="Besloten klimaatbericht")
    client = Client()
    assert "Besloten klimaatbericht" in client.get("/").text
    with django_capture_on_commit_callbacks(execute=True):  # committed, as in the admin
        PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    for url in ["/", tree.latest.url, tree.klimaat.url]:
        assert "Besloten klimaatbericht" not in client.get(url).text, url


def test_embed_follows_each_readers_consent(tree):
    """The same cached article shows the placeholder without consent and the embed with it, in any order."""
    article = make_article(
        tree.binnenland,
        body=[("embed", {"embed": EmbedValue("https://www.youtube.com/watch?v=abc"), "caption": ""})],
    )
    placeholder = "wordt pas geladen als je toestemming geeft"
    without = Client()
    allowed = Client()
    allowed.cookies["krant_consent"] = "v1:social"
    refused = Client()
    refused.cookies["krant_consent"] = "v1:"
    for _ in range(2):
        assert placeholder in without.get(article.url).text
        assert placeholder not in allowed.get(article.url).text
        assert placeholder in refused.get(article.url).text


def test_dutch_and_english_fragments_never_mix(tree):
    """The English front page after the Dutch one (and back) has its own menus and labels."""
    make_article(tree.binnenland)
    client = Client()
    dutch = client.get("/").text
    english = client.get("/en/").text
    assert "Ga naar de inhoud" in dutch and "Zoeken in het nieuws" in dutch
    assert 'lang="en"' in english
    assert "Ga naar de inhoud" not in english and "Zoeken in het nieuws" not in english
    assert "Alle rechten voorbehouden" not in english
    assert client.get("/").text == dutch


def test_cold_listings_reuse_the_renditions_images_have(tree):
    """Teasers read their images' renditions prefetched with the articles, and the front page's lead story
    still finds its own sizes: a render from empty caches makes no rendition file anew."""
    buffer = BytesIO()
    PILImage.new("RGB", (1600, 900), (30, 90, 160)).save(buffer, "JPEG")
    image = KrantImage.objects.create(title="Beeld", file=ImageFile(buffer, name="dijk.jpg"))
    make_article(tree.binnenland, lead_image=image)
    client = Client()
    for url in ["/", tree.binnenland.url, tree.latest.url]:
        assert client.get(url).status_code == 200  # makes the renditions
    files = set(KrantRendition.objects.values_list("file", flat=True))
    for url in ["/", tree.binnenland.url, tree.latest.url]:
        for alias in caches:
            caches[alias].clear()
        assert client.get(url).status_code == 200
    assert set(KrantRendition.objects.values_list("file", flat=True)) == files
