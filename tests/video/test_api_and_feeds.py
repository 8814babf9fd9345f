"""The clip in the API (its own list, and in an article's body) and in the video sitemap."""

import xml.etree.ElementTree as ET

import pytest
from django.core.files.base import ContentFile

from krant.video.models import Video
from krant.video.processing import process
from tests.factories import make_article
from tests.video.conftest import make_video

VIDEO_NS = "{http://www.google.com/schemas/sitemap-video/1.1}"


@pytest.fixture
def ready_video(video_page, clip_bytes, tree):
    video = make_video(clip_bytes, live=True, section=tree.binnenland, description="Wolken boven zee.")
    process(video.pk)
    return Video.objects.get(pk=video.pk)


def test_the_api_lists_clips_with_renditions_and_captions(client, ready_video, clip_bytes, settings):
    make_video(clip_bytes, live=True, title="Nog niet klaar")
    response = client.get("/api/v1/videos/")
    assert response.status_code == 200
    (item,) = response.json()["results"]
    base = settings.BASE_URL.rstrip("/")
    assert item["title"] == "Storm boven het Wad"
    assert item["url"] == base + ready_video.get_url()
    assert item["captions"] == base + ready_video.captions.url
    assert item["poster"] == base + "/media/" + ready_video.poster
    assert [r["type"] for r in item["renditions"]] == ["video/mp4"]
    assert item["renditions"][0]["url"] == base + "/media/" + ready_video.renditions[0]["path"]
    assert client.get(item["api_url"].removeprefix(base)).json()["id"] == ready_video.pk


def test_an_unknown_or_unready_clip_is_a_404_in_the_api(client, clip_bytes, db):
    pending = make_video(clip_bytes, live=True)
    assert client.get(f"/api/v1/videos/{pending.pk}/").status_code == 404
    assert client.get("/api/v1/videos/99999/").status_code == 404
    assert client.get("/api/v1/videos/?cursor=%%%").status_code == 400


def test_a_video_block_in_the_body_plays_on_the_site_and_in_the_api(client, ready_video, tree):
    article = make_article(
        tree.binnenland,
        body=[{"type": "video", "value": {"video": ready_video.pk, "caption": "Beelden van de kust"}}],
    )
    html = client.get(article.url).content.decode()
    assert f'<source src="/media/{ready_video.renditions[0]["path"]}"' in html
    assert "Beelden van de kust" in html
    (block,) = client.get(f"/api/v1/articles/{article.pk}/").json()["body"]
    assert block["type"] == "video" and block["caption"] == "Beelden van de kust"
    assert block["video"]["id"] == ready_video.pk


def test_a_lead_video_opens_the_article_once_it_is_ready(client, ready_video, clip_bytes, tree):
    article = make_article(tree.binnenland, lead_video=ready_video)
    assert "<video" in client.get(article.url).content.decode()
    pending = make_video(clip_bytes, live=True)
    other = make_article(tree.binnenland, title="Nog geen beeld", lead_video=pending)
    assert "<video" not in client.get(other.url).content.decode()


def test_the_video_sitemap(client, ready_video, settings):
    response = client.get("/sitemap-video.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    (url,) = root
    video = url.find(f"{VIDEO_NS}video")
    base = settings.BASE_URL.rstrip("/")
    assert url.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc") == base + ready_video.get_url()
    assert video.findtext(f"{VIDEO_NS}title") == "Storm boven het Wad"
    assert video.findtext(f"{VIDEO_NS}thumbnail_loc") == base + "/media/" + ready_video.poster
    assert video.findtext(f"{VIDEO_NS}content_loc").endswith(ready_video.renditions[0]["path"])
    assert video.findtext(f"{VIDEO_NS}duration") == "1"
    assert "sitemap-video.xml" in client.get("/sitemap.xml").content.decode()


def test_captions_are_served_as_webvtt(client, ready_video):
    ready_video.captions.save("nieuw.vtt", ContentFile(b"WEBVTT\n\n"), save=True)
    response = client.get(ready_video.captions.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vtt")
