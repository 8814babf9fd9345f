"""/podcast/, a series page and an episode page: player, chapters that seek without JavaScript, transcript."""

import json
import re

from krant.podcasts.models import PodcastEpisodePage
from tests.podcasts.conftest import make_episode


def json_ld(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_index_lists_series_and_newest_episodes(client, podcast_index, series, episode, mp3_bytes):
    draft = make_episode(series, mp3_bytes, title="Nog niet uit", number=2, published=False)
    html = client.get(podcast_index.url).content.decode()
    assert "De Ochtendbrief" in html and series.url in html
    assert "Nieuwe brug open" in html and episode.url in html
    assert draft.title not in html
    assert "duur 0:03" in html


def test_episode_page_has_player_chapters_and_transcript(client, series, episode):
    response = client.get(episode.url)
    assert response.status_code == 200
    html = response.content.decode()
    audio_url = episode.audio.file.url
    assert re.search(
        rf'<audio id="podcast-audio" controls preload="metadata" src="{re.escape(audio_url)}"', html
    )
    # Without JavaScript a chapter opens the audio at its time (media fragment); the script seeks the player.
    chapter = f'<a href="{audio_url}#t=2" data-start="2"><span class="podcast-chapters__time">0:02</span>'
    assert chapter + " De brug</a>" in html
    assert "podcasts/episode" in html  # the seeking script
    assert "<p>De fietsbrug over de Vaart gaat vandaag open.</p>" in html
    assert "seizoen 1, aflevering 1" in html


def test_episode_without_transcript_says_why(client, series, mp3_bytes):
    episode = make_episode(series, mp3_bytes, transcript="", no_transcript_reason="Alleen muziek.")
    html = client.get(episode.url).content.decode()
    assert "Van deze aflevering is geen transcript: Alleen muziek." in html
    assert client.get(episode.transcript_url()).status_code == 404


def test_episode_json_ld_is_a_podcast_episode(client, series, episode):
    (data, *_rest) = json_ld(client.get(episode.url).content.decode())
    assert data["@type"] == "PodcastEpisode"
    assert data["name"] == "Nieuwe brug open"
    assert data["episodeNumber"] == 1
    assert data["partOfSeries"]["@type"] == "PodcastSeries"
    assert data["partOfSeries"]["name"] == "De Ochtendbrief"
    media = data["associatedMedia"]
    assert media["encodingFormat"] == "audio/mpeg"
    assert media["contentSize"] == str(episode.audio.size)
    assert media["contentUrl"].startswith("http") and media["contentUrl"].endswith(episode.audio.file.url)
    assert re.fullmatch(r"PT\d+S", data["timeRequired"])
    assert "fietsbrug" in data["transcript"]


def test_series_page_lists_episodes_links_feed_and_is_a_podcast_series(client, series, episode):
    html = client.get(series.url).content.decode()
    assert episode.url in html
    assert f'type="application/rss+xml" title="De Ochtendbrief" href="{series.feed_url()}"' in html
    (data, *_rest) = json_ld(html)
    assert data["@type"] == "PodcastSeries"
    assert data["webFeed"].endswith(series.feed_url())


def test_publishing_an_episode_purges_its_series_and_the_index(
    series, mp3_bytes, django_capture_on_commit_callbacks
):
    from krant.podcasts.signals import keys_for

    episode = make_episode(series, mp3_bytes, published=False)
    assert keys_for(PodcastEpisodePage.objects.get(pk=episode.pk)) == {"podcasts", f"podcast:{series.pk}"}


def test_transcript_is_found_by_search(client, series, episode, mp3_bytes):
    """A word only in the transcript finds the episode on /zoeken/; a draft episode is not found."""
    draft = "Vandaag een concept."
    make_episode(series, mp3_bytes, title="Concept", number=2, published=False, transcript=draft)
    response = client.get("/zoeken/", {"q": "vandaag"})
    assert response.status_code == 200
    assert [found.pk for found in response.context["episodes"]] == [episode.pk]
    assert episode.url in response.content.decode()


def test_query_count_does_not_grow_with_episodes(client, podcast_index, series, episode, mp3_bytes):
    """/podcast/ and a series page cost the same number of queries with one episode or four."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url):
        client.get(url)  # warm: renditions made, routing read
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = {url: count(url) for url in (podcast_index.url, series.url)}
    for number in range(2, 5):
        make_episode(series, mp3_bytes, title=f"Aflevering {number}", number=number)
    assert {url: count(url) for url in (podcast_index.url, series.url)} == before
