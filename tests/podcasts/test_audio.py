"""Uploaded audio: MP3 and AAC/M4A are measured from the file; anything else is refused, clearly."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from krant.podcasts import audio as audio_module
from krant.podcasts.audio import read_audio
from krant.podcasts.models import AudioFile
from tests.podcasts.conftest import make_episode, png


def test_mp3_type_duration_and_exact_size(db, mp3_bytes):
    """An MP3 is audio/mpeg; its duration comes from the file and its size is the exact byte count."""
    stored = AudioFile(title="Brug", file=ContentFile(mp3_bytes, name="Brug open!.mp3"))
    stored.full_clean()
    stored.save()
    stored.refresh_from_db()
    assert stored.mime_type == "audio/mpeg"
    assert stored.size == len(mp3_bytes) == stored.file.size
    assert 2.9 <= stored.duration <= 3.2
    assert stored.file.name.endswith(".mp3")
    assert stored.clock == "0:03"


def test_m4a_is_audio_mp4(db, m4a_bytes):
    stored = AudioFile(title="Dijk", file=ContentFile(m4a_bytes, name="dijk.m4a"))
    stored.save()
    assert stored.mime_type == "audio/mp4"
    assert stored.file.name.endswith(".m4a")
    assert 2.9 <= stored.duration <= 3.2


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"Dit is gewoon tekst, geen geluid.\n" * 20, id="text"),
        pytest.param(png(20, 20), id="image"),
        pytest.param(b"", id="empty"),
    ],
)
def test_not_audio_is_refused_with_a_clear_message(db, data):
    """A file that is not MP3/AAC/M4A is refused on the form's field, and nothing is stored."""
    stored = AudioFile(title="Fout", file=ContentFile(data, name="aflevering.mp3"))
    with pytest.raises(ValidationError) as refused:
        stored.full_clean()
    assert "geen MP3- of AAC/M4A-audiobestand" in str(refused.value.message_dict["file"])
    with pytest.raises(ValidationError):
        stored.save()
    assert not AudioFile.objects.exists()


def test_truncated_file_is_refused(db, mp3_bytes):
    """A file cut off after its first bytes has no playable length: refused, not stored."""
    with pytest.raises(ValidationError) as refused:
        read_audio(ContentFile(mp3_bytes[:200], name="kort.mp3"))
    assert refused.value.code in {"not_audio", "no_audio", "truncated"}
    with pytest.raises(ValidationError):
        read_audio(ContentFile(mp3_bytes[: len(mp3_bytes) // 2], name="half.mp3"))


def test_too_large_file_is_refused_before_reading(db, mp3_bytes, monkeypatch):
    monkeypatch.setattr(audio_module, "MAX_BYTES", len(mp3_bytes) - 1)
    with pytest.raises(ValidationError) as refused:
        read_audio(ContentFile(mp3_bytes, name="groot.mp3"))
    assert refused.value.code == "too_large"


def test_episode_needs_a_transcript_or_a_reason(series, mp3_bytes):
    """Without a transcript an episode says why; with neither it does not validate."""
    episode = make_episode(series, mp3_bytes, transcript="", published=False)
    with pytest.raises(ValidationError) as refused:
        episode.full_clean()
    assert "transcript" in refused.value.message_dict
    episode.no_transcript_reason = "Een muziekaflevering zonder tekst."
    episode.full_clean()


def test_series_image_must_be_square_and_large(podcast_index):
    from tests.podcasts.conftest import make_image

    series = podcast_index.add_child(instance=_series(make_image()))
    series.full_clean()
    for width, height in [(1400, 1000), (1000, 1000)]:
        series.image = make_image(width, height)
        with pytest.raises(ValidationError) as refused:
            series.full_clean()
        assert "image" in refused.value.message_dict


def _series(image):
    from krant.podcasts.models import PodcastSeriesPage

    return PodcastSeriesPage(title="Serie", slug="serie", intro="Over alles.", image=image)


def test_upload_in_the_admin_refuses_a_non_audio_file(client, tree, mp3_bytes):
    """An editor uploading a picture as an episode gets the message on the form; a real MP3 is stored."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories import make_user

    client.force_login(make_user("redacteur", "Eindredactie"))
    url = "/admin/snippets/podcasts/audiofile/add/"
    bad = SimpleUploadedFile("aflevering.mp3", png(20, 20), content_type="audio/mpeg")
    response = client.post(url, {"title": "Fout", "file": bad})
    assert response.status_code == 200
    assert "geen MP3- of AAC/M4A-audiobestand" in response.content.decode()
    assert not AudioFile.objects.exists()
    good = SimpleUploadedFile("brug.mp3", mp3_bytes, content_type="audio/mpeg")
    assert client.post(url, {"title": "Brug", "file": good}).status_code == 302
    assert AudioFile.objects.get().size == len(mp3_bytes)
