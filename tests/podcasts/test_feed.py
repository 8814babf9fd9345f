"""Each series' RSS feed as podcast apps read it (feedparser), with Apple's and Podcasting 2.0's rules;
the chapters file, the transcript, conditional requests, and byte ranges on an episode's audio."""

import json
import uuid
from xml.etree import ElementTree

import feedparser
from PIL import Image

from tests.podcasts.conftest import make_episode

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"


def get_feed(client, series):
    response = client.get(series.feed_url())
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return response


def test_feed_parses_with_enclosure_and_itunes_tags(client, series, episode, mp3_bytes):
    draft = make_episode(series, mp3_bytes, title="Concept", number=2, published=False)
    body = get_feed(client, series).content
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.feed.title == "De Ochtendbrief"
    assert parsed.feed.language == "nl"
    assert [entry.title for entry in parsed.entries] == ["Nieuwe brug open"]  # no draft
    assert draft.title not in body.decode()
    (entry,) = parsed.entries
    (enclosure,) = entry.enclosures
    assert int(enclosure.length) == len(mp3_bytes) == episode.audio.size  # exact length
    assert enclosure.type == "audio/mpeg"
    assert enclosure.href.startswith("http") and enclosure.href.endswith(episode.audio.file.url)
    assert entry.itunes_episode == "1" and entry.itunes_season == "1"
    assert entry.itunes_duration == "3"
    assert entry.id == str(episode.episode_guid)
    assert entry.published_parsed is not None


def test_feed_meets_apple_and_podcasting_2_rules(client, series, episode):
    root = ElementTree.fromstring(get_feed(client, series).content)
    channel = root.find("channel")
    # Apple: artwork of at least 1400 px, square; a category from its list; explicit as true/false.
    image_url = channel.find(f"{ITUNES}image").get("href")
    path = image_url.split("://", 1)[1].split("/", 1)[1]
    image = client.get("/" + path)
    assert image.status_code == 200
    with Image.open(
        __import__("io").BytesIO(b"".join(image.streaming_content if image.streaming else [image.content]))
    ) as artwork:
        assert artwork.width == artwork.height >= 1400
    category = channel.find(f"{ITUNES}category")
    assert category.get("text") == "News"
    assert category.find(f"{ITUNES}category").get("text") == "Daily News"
    assert channel.find(f"{ITUNES}explicit").text in {"true", "false"}
    assert uuid.UUID(channel.find(f"{PODCAST}guid").text)
    (item,) = channel.findall("item")
    assert item.find(f"{ITUNES}explicit").text == "false"
    transcript = item.find(f"{PODCAST}transcript")
    assert transcript.get("type") == "text/plain" and transcript.get("url").endswith(episode.transcript_url())
    chapters = item.find(f"{PODCAST}chapters")
    assert chapters.get("type") == "application/json+chapters"
    assert chapters.get("url").endswith(episode.chapters_url())


def test_chapters_file_and_transcript(client, episode):
    response = client.get(episode.chapters_url())
    assert response["Content-Type"].startswith("application/json+chapters")
    data = json.loads(response.content)
    assert data["version"] == "1.2.0"
    assert data["chapters"] == [{"startTime": 0, "title": "Opening"}, {"startTime": 2, "title": "De brug"}]
    text = client.get(episode.transcript_url())
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert "De fietsbrug over de Vaart" in text.content.decode()


def test_draft_episode_chapters_and_unknown_feed_are_404(client, series, mp3_bytes):
    draft = make_episode(series, mp3_bytes, published=False)
    assert client.get(draft.chapters_url()).status_code == 404
    assert client.get(draft.transcript_url()).status_code == 404
    assert client.get("/podcasts/999999/feed.xml").status_code == 404


def test_feed_answers_conditional_requests(client, series, episode):
    first = get_feed(client, series)
    etag = first["ETag"]
    assert client.get(series.feed_url(), HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_episode_audio_answers_byte_ranges(client, episode, mp3_bytes):
    """Podcast apps resume and players seek: a range of the audio is a 206 with exactly those bytes."""
    url = episode.audio.file.url
    response = client.get(url, HTTP_RANGE="bytes=100-199")
    assert response.status_code == 206
    assert (
        b"".join(response.streaming_content if response.streaming else [response.content])
        == mp3_bytes[100:200]
    )
    assert response["Content-Range"] == f"bytes 100-199/{len(mp3_bytes)}"
    past_end = client.get(url, HTTP_RANGE=f"bytes={len(mp3_bytes) + 10}-")
    assert past_end.status_code == 416
