"""Processing an upload: good clips become READY with poster and renditions; bad ones fail with a message."""

import os

import av
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from krant.video.models import Video, validate_captions_file, validate_video_file
from krant.video.processing import make_outputs, media_path, process
from tests.video.conftest import make_video

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def queued_tasks_wait(settings):
    """Uploads queue their processing on the database backend; the tests run `process` themselves."""


def test_a_clip_is_measured_postered_and_encoded(clip_bytes):
    video = make_video(clip_bytes)
    assert video.status == Video.Status.PENDING
    assert process(video.pk) == Video.Status.READY
    video.refresh_from_db()
    assert video.is_ready and video.error == ""
    assert video.duration == pytest.approx(1.0, abs=0.1)
    assert video.size == len(clip_bytes)
    assert (video.width, video.height) == (160, 120)
    assert os.path.getsize(media_path(video.poster)) > 0
    assert [r["name"] for r in video.renditions] == ["720p"]  # a 120-line source is not scaled up
    with av.open(media_path(video.renditions[0]["path"])) as encoded:
        stream = encoded.streams.video[0]
        assert stream.codec_context.name == "h264"
        assert (stream.codec_context.width, stream.codec_context.height) == (160, 120)
        assert [s.codec_context.name for s in encoded.streams.audio] == ["aac"]
    assert not [name for name in os.listdir(media_path(f"video/{video.pk}")) if name.endswith(".part")]


def test_the_picture_keeps_its_timing(clip_bytes):
    """The rendition's picture lasts as long as the clip, at its frame rate, in step with the sound."""
    video = make_video(clip_bytes)
    process(video.pk)
    video.refresh_from_db()
    with av.open(media_path(video.renditions[0]["path"])) as encoded:
        picture, sound = encoded.streams.video[0], encoded.streams.audio[0]
        assert picture.average_rate == 25
        assert float(picture.duration * picture.time_base) == pytest.approx(1.0, abs=0.05)
        assert float(sound.duration * sound.time_base) == pytest.approx(1.0, abs=0.1)


def test_two_sizes_for_a_large_source(tmp_path):
    from tests.video.conftest import make_clip

    video = make_video(
        make_clip(tmp_path / "big.mp4", seconds=0.4, width=1280, height=720, audio=False).read_bytes()
    )
    assert process(video.pk) == Video.Status.READY
    video.refresh_from_db()
    assert [(r["width"], r["height"]) for r in video.renditions] == [(1280, 720), (640, 360)]
    assert [s["height"] for s in video.sources] == [360, 720]


def test_not_a_video_fails_with_a_message():
    video = make_video(b"Dit is een tekstbestand, geen film.\n" * 50, name="nep.mp4")
    assert process(video.pk) == Video.Status.FAILED
    video.refresh_from_db()
    assert "geen leesbare video" in video.error
    assert video.renditions == [] and video.poster == ""
    assert not Video.objects.visible().exists()


def test_a_truncated_upload_fails_and_shows_nothing(clip_bytes):
    video = make_video(clip_bytes[: len(clip_bytes) // 2], live=True)
    assert process(video.pk) == Video.Status.FAILED
    video.refresh_from_db()
    assert video.error and video.renditions == []
    assert not Video.objects.visible().exists()


def test_a_clip_over_the_length_limit_fails(settings, clip_bytes):
    settings.VIDEO_MAX_SECONDS = 0.5
    video = make_video(clip_bytes)
    assert process(video.pk) == Video.Status.FAILED
    video.refresh_from_db()
    assert "duurt te lang" in video.error


def test_uploads_are_checked_for_type_and_size(settings):
    settings.VIDEO_MAX_UPLOAD_BYTES = 1000
    with pytest.raises(ValidationError, match="Alleen MP4, WebM of MOV"):
        validate_video_file(SimpleUploadedFile("film.avi", b"x"))
    with pytest.raises(ValidationError, match="te groot"):
        validate_video_file(SimpleUploadedFile("film.mp4", b"x" * 1001))
    validate_video_file(SimpleUploadedFile("film.MOV", b"x" * 1000))


def test_captions_must_be_webvtt():
    with pytest.raises(ValidationError, match="WebVTT-bestand"):
        validate_captions_file(
            SimpleUploadedFile("ondertitels.srt", b"1\n00:00:00,000 --> 00:00:01,000\nHoi\n")
        )
    with pytest.raises(ValidationError, match="WEBVTT"):
        validate_captions_file(
            SimpleUploadedFile("ondertitels.vtt", b"1\n00:00:00.000 --> 00:00:01.000\nHoi\n")
        )
    validate_captions_file(SimpleUploadedFile("ondertitels.vtt", b"\xef\xbb\xbfWEBVTT\n\n"))


def test_publishing_needs_captions_or_a_no_speech_mark(clip_bytes):
    video = make_video(clip_bytes, captions=None)
    video.live = True
    with pytest.raises(ValidationError) as error:
        video.full_clean()
    assert "captions" in error.value.message_dict
    video.no_speech = True
    video.full_clean()


def test_a_killed_task_leaves_the_clip_not_ready_and_a_retry_finishes_it(clip_bytes):
    """A worker killed midway leaves status PROCESSING and a half-written file: nothing is shown."""
    video = make_video(clip_bytes, live=True)
    make_outputs(video)  # the outputs of a run that died before it could record them...
    Video.objects.filter(pk=video.pk).update(status=Video.Status.PROCESSING)
    part = media_path(f"video/{video.pk}/720p.mp4.part")
    with open(part, "wb") as half:  # ...and of the next one, killed while encoding
        half.write(b"\x00" * 100)
    assert not Video.objects.visible().exists()
    call_command("process_videos", "--unfinished")
    video.refresh_from_db()
    assert video.is_ready
    assert Video.objects.visible().get() == video
    with av.open(media_path(video.renditions[0]["path"])) as encoded:
        assert encoded.streams.video[0].frames > 0


def test_replacing_the_file_processes_it_again(clip_bytes):
    video = make_video(clip_bytes)
    process(video.pk)
    video.refresh_from_db()
    video.title = "Nieuwe titel"
    video.save()
    assert Video.objects.get(pk=video.pk).status == Video.Status.READY  # an edit of the text keeps it
    video.original.save("tweede.mp4", SimpleUploadedFile("tweede.mp4", clip_bytes), save=True)
    assert Video.objects.get(pk=video.pk).status == Video.Status.PENDING
