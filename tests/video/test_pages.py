"""/video/ and a clip's own page: what readers see, and what they must not."""

import json
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from krant.video.models import Video
from krant.video.processing import process
from tests.video.conftest import make_video


@pytest.fixture
def ready_video(video_page, clip_bytes, tree):
    video = make_video(
        clip_bytes, live=True, section=tree.binnenland, description="Wolken pakken zich samen."
    )
    process(video.pk)
    return Video.objects.get(pk=video.pk)


def json_ld(html: str) -> list[dict]:
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]


def test_the_video_page_plays_with_captions_and_poster(client, ready_video, video_page):
    url = ready_video.get_url()
    assert url == f"/video/{ready_video.pk}/storm-boven-het-wad/"
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    player = re.search(r"<video[^>]*>", html).group(0)
    assert "controls" in player and 'preload="none"' in player and "autoplay" not in player
    assert f'poster="/media/{ready_video.poster}"' in player
    assert f'<source src="/media/{ready_video.renditions[0]["path"]}" type="video/mp4">' in html
    track = re.search(r"<track[^>]*>", html).group(0)
    assert 'kind="captions"' in track and 'srclang="nl"' in track and "default" not in track  # on by choice
    assert "Wolken pakken zich samen." in html


def test_video_object_json_ld(client, ready_video):
    html = client.get(ready_video.get_url()).content.decode()
    (data,) = [item for item in json_ld(html) if item.get("@type") == "VideoObject"]
    assert data["name"] == "Storm boven het Wad"
    assert data["description"] == "Wolken pakken zich samen."
    assert data["thumbnailUrl"] == [f"http://testserver/media/{ready_video.poster}"]
    assert data["contentUrl"] == f"http://testserver/media/{ready_video.renditions[0]['path']}"
    assert data["duration"] == "PT0M1S"
    assert data["uploadDate"].startswith(str(ready_video.created_at.year))


def test_a_wrong_slug_redirects_and_unknown_or_unready_clips_are_404(client, ready_video, clip_bytes):
    response = client.get(f"/video/{ready_video.pk}/oude-titel/")
    assert response.status_code == 301 and response["Location"] == ready_video.get_url()
    assert client.get("/video/999999/iets/").status_code == 404
    pending = make_video(clip_bytes, live=True, title="Nog bezig")
    assert client.get(pending.get_url()).status_code == 404
    draft = make_video(clip_bytes, title="Concept")
    process(draft.pk)
    assert client.get(draft.get_url()).status_code == 404


def test_the_index_lists_ready_published_clips_per_section(client, ready_video, video_page, clip_bytes, tree):
    make_video(clip_bytes, live=True, title="Nog niet verwerkt")
    other = make_video(clip_bytes, live=True, title="Beurs sluit hoger", section=tree.economie)
    process(other.pk)
    html = client.get("/video/").content.decode()
    assert "Storm boven het Wad" in html and "Beurs sluit hoger" in html
    assert "Nog niet verwerkt" not in html
    assert html.index("Beurs sluit hoger") < html.index("Storm boven het Wad")  # newest first
    assert ">Binnenland</h2>" in html and ">Economie</h2>" in html
    assert f'href="{ready_video.get_url()}"' in html


def test_the_index_says_when_there_is_nothing(client, video_page):
    assert "Er staan nog geen video" in client.get("/video/").content.decode()


def query_count(url: str) -> int:
    client = Client()
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_clips(ready_video, clip_bytes, tree):
    before = query_count("/video/")
    for number in range(5):
        process(make_video(clip_bytes, live=True, title=f"Clip {number}", section=tree.economie).pk)
    assert query_count("/video/") == before
    assert query_count(ready_video.get_url()) <= before + 2


def test_a_change_purges_the_clip_and_the_index(ready_video, django_capture_on_commit_callbacks):
    from krant.core import pagecache

    keys = [f"video:{ready_video.pk}", "videos"]
    before = pagecache.versions(keys)
    with django_capture_on_commit_callbacks(execute=True):
        ready_video.title = "Andere titel"
        ready_video.save()
    after = pagecache.versions(keys)
    assert all(after[key] != before[key] for key in keys)


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_rendition_seeks_by_range(client, ready_video):
    """The player's seek: /media/ answers 206 with exactly the bytes asked for, and 416 past the end."""
    path = ready_video.renditions[0]["path"]
    whole = body(client.get(f"/media/{path}"))
    assert whole and len(whole) == ready_video.renditions[0]["size"]
    response = client.get(f"/media/{path}", HTTP_RANGE="bytes=100-1099")
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 100-1099/{len(whole)}"
    assert response["Content-Type"] == "video/mp4"
    assert body(response) == whole[100:1100]
    tail = client.get(f"/media/{path}", HTTP_RANGE="bytes=-500")
    assert body(tail) == whole[-500:]
    assert client.get(f"/media/{path}", HTTP_RANGE=f"bytes={len(whole)}-").status_code == 416
