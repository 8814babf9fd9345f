"""Podcast episodes in the API: newest first with the audio's type and size, one with chapters."""

from krant.api.views import openapi_schema
from tests.podcasts.conftest import make_episode


def test_episodes_list_and_detail(client, series, episode, mp3_bytes):
    make_episode(series, mp3_bytes, title="Concept", number=2, published=False)
    data = client.get("/api/v1/podcasts/episodes/").json()
    (item,) = data["results"]
    assert item["id"] == episode.pk and item["title"] == "Nieuwe brug open"
    assert item["series"]["title"] == "De Ochtendbrief"
    assert item["audio_type"] == "audio/mpeg" and item["audio_size"] == len(mp3_bytes)
    assert item["audio_url"].startswith("http") and item["audio_url"].endswith(episode.audio.file.url)
    detail_path = f"/api/v1/podcasts/episodes/{episode.pk}/"
    assert item["api_url"].endswith(detail_path)
    detail = client.get(detail_path).json()
    assert detail["chapters"] == [{"start": 0, "title": "Opening"}, {"start": 2, "title": "De brug"}]
    assert "fietsbrug" in detail["transcript"]


def test_unknown_or_draft_episode_is_a_json_404(client, series, mp3_bytes):
    draft = make_episode(series, mp3_bytes, published=False)
    for pk in (draft.pk, 999999):
        response = client.get(f"/api/v1/podcasts/episodes/{pk}/")
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/json")


def test_episodes_are_in_the_openapi_schema(db):
    paths = openapi_schema()["paths"]
    assert "/api/v1/podcasts/episodes/" in paths
    assert "/api/v1/podcasts/episodes/{id}/" in paths
