"""The demo's video clips: drawn and encoded here, captioned, processed as an editor's upload is."""

import io
import os
import re
import shutil
from types import SimpleNamespace

import av
import pytest
from django.db import transaction
from django.test import TestCase, override_settings
from django.utils import timezone
from django.utils.text import slugify
from django_tasks_db.models import DBTaskResult

from krant.demo import podcasts, videos
from krant.demo.services import MENU_TREE
from krant.demo.stories import load_stories
from krant.video.models import Video, VideoIndexPage
from krant.video.processing import media_path
from tests import factories
from tests.factories import add_page

SPECS = videos.read_videos()
NARRATED = [spec for spec in SPECS if not spec.get("no_speech")]
# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")


def cue_times(captions: str) -> list[tuple[str, str]]:
    return re.findall(r"^(\d\d:\d\d:\d\d\.\d\d\d) --> (\d\d:\d\d:\d\d\.\d\d\d)$", captions, flags=re.M)


def streams(data: bytes) -> tuple[float, list[str]]:
    with av.open(io.BytesIO(data)) as container:
        return container.duration / av.time_base, [stream.type for stream in container.streams]


def test_every_clip_is_complete_and_in_a_demo_section():
    """Three or four clips, each with its texts, a known drawing, a section of the demo, and narration or
    the 'no speech' mark."""
    sections = {slugify(title) for title, kind, _ in MENU_TREE if kind == "section"}
    sections |= {
        slugify(title) for _, _, children in MENU_TREE for title, kind in children if kind == "section"
    }
    assert 3 <= len(SPECS) <= 4
    assert len({spec["key"] for spec in SPECS}) == len({spec["title"] for spec in SPECS}) == len(SPECS)
    for spec in SPECS:
        assert spec["title"] and spec["description"] and spec["credit"]
        assert spec["section"] in sections and spec["drawing"] in videos.DRAWINGS
        assert bool(videos.cue_lines(spec)) != bool(spec.get("no_speech"))


def test_stories_name_clips_that_exist():
    """One story leads with a clip and one shows a clip in its body; every key they name is a clip."""
    keys = {spec["key"] for spec in SPECS}
    stories = load_stories()
    assert [story.lead_video for story in stories if story.lead_video]
    assert [story.body_video for story in stories if story.body_video]
    assert {story.lead_video for story in stories} | {story.body_video for story in stories} <= keys | {""}


def test_webvtt_timestamps():
    """Cues are written as WebVTT wants them: hours, minutes, seconds and milliseconds."""
    text = videos.webvtt([(0.4, 2.25, "Eerste regel."), (3725.5, 3726.0, "Later.")])
    assert text == (
        "WEBVTT\n\n1\n00:00:00.400 --> 00:00:02.250\nEerste regel.\n\n"
        "2\n01:02:05.500 --> 01:02:06.000\nLater.\n"
    )


@needs_espeak
def test_captions_follow_the_spoken_lines():
    """Each line is spoken in turn; its cue starts when its words start and ends when they end."""
    lines = videos.cue_lines(NARRATED[0])
    track, cues = videos.narration(lines)
    assert [text for _, _, text in cues] == lines
    assert cues[0][0] == pytest.approx(videos.LEAD_IN, abs=0.01)
    for (_, end, _), (start, _, _) in zip(cues, cues[1:], strict=False):
        assert start == pytest.approx(end + videos.GAP, abs=0.01)
    assert len(track) / podcasts.RATE == pytest.approx(cues[-1][1] + videos.GAP + videos.TAIL, abs=0.01)


@needs_espeak
def test_a_narrated_clip_has_sound_as_long_as_its_captions():
    data, captions = videos.make_clip(NARRATED[0])
    seconds, kinds = streams(data)
    assert kinds == ["video", "audio"]
    assert captions.startswith("WEBVTT") and len(cue_times(captions)) == len(videos.cue_lines(NARRATED[0]))
    last_end = cue_times(captions)[-1][1]
    assert seconds > int(last_end[6:8]) + videos.TAIL - 0.5


def test_without_espeak_a_narrated_clip_is_silent_with_captions_at_reading_pace(monkeypatch):
    """A machine without espeak-ng still loads the demo: the clip has no sound, the captions stay."""
    monkeypatch.setattr(podcasts.shutil, "which", lambda name: None)
    data, captions = videos.make_clip(NARRATED[0])
    seconds, kinds = streams(data)
    assert kinds == ["video"]
    assert len(cue_times(captions)) == len(videos.cue_lines(NARRATED[0]))
    assert seconds > 1.5 * len(videos.cue_lines(NARRATED[0]))


def test_a_silent_clip_ticks_and_has_no_captions():
    spec = next(spec for spec in SPECS if spec.get("no_speech"))
    data, captions = videos.make_clip(spec)
    seconds, kinds = streams(data)
    assert captions == "" and kinds == ["video", "audio"]
    assert seconds == pytest.approx(spec["seconds"], abs=0.2)


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo's clips, loaded once into a test site as `krant demo` loads them, commit callbacks run;
    rolled back at the end. Their files go to a folder of the module's own."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), transaction.atomic(), override_settings(MEDIA_ROOT=media):
        tree = factories.make_site()
        add_page(tree.home, VideoIndexPage(title="Video", slug="video"))
        sections = {"binnenland": tree.binnenland, "economie": tree.economie}
        with TestCase.captureOnCommitCallbacks(execute=True):
            clips, added = videos.load_videos(sections, timezone.now())
        yield SimpleNamespace(clips=clips, added=added, tree=tree, media=media)
        transaction.set_rollback(True)


@pytest.fixture
def demo_clips(loaded, db, settings, media_in_tmp):
    settings.MEDIA_ROOT = loaded.media
    return loaded.clips


def test_the_clips_are_published_processed_and_captioned(demo_clips, loaded):
    """Every clip is live and READY with a poster and a rendition on disk; narrated clips have captions."""
    assert loaded.added == len(SPECS)
    assert Video.objects.visible().count() == len(SPECS)
    for spec in SPECS:
        video = demo_clips[spec["key"]]
        assert video.is_ready and video.live and video.title == spec["title"]
        assert os.path.getsize(media_path(video.poster)) > 0
        assert video.renditions and all(os.path.getsize(media_path(r["path"])) > 0 for r in video.renditions)
        assert (video.width, video.height) == (videos.WIDTH, videos.HEIGHT)
        if spec.get("no_speech"):
            assert video.no_speech and not video.captions
        else:
            assert video.captions.read().startswith(b"WEBVTT")


def test_the_clips_are_processed_once_not_queued_again(demo_clips):
    """The demo processes its clips itself; no task is left for the worker to encode them a second time."""
    assert not DBTaskResult.objects.exists()


def test_loading_again_adds_nothing_and_finishes_an_interrupted_clip(demo_clips, loaded):
    """A second load finds the clips by title; one a crash left unprocessed is processed now."""
    first = SPECS[0]["key"]
    Video.objects.filter(pk=demo_clips[first].pk).update(status=Video.Status.PENDING)
    clips, added = videos.load_videos({"binnenland": loaded.tree.binnenland}, timezone.now())
    assert added == 0 and Video.objects.count() == len(SPECS)
    assert clips[first].pk == demo_clips[first].pk and clips[first].is_ready


def test_video_lists_the_clips_and_each_plays(client, demo_clips):
    """/video/ lists every clip; its page has the player with poster and captions, and the rendition
    answers a player's Range request with 206."""
    listing = client.get("/video/").content.decode()
    for spec in SPECS:
        assert spec["title"] in listing
    video = demo_clips[NARRATED[0]["key"]]
    html = client.get(video.get_url()).content.decode()
    assert f'poster="/media/{video.poster}"' in html and 'kind="captions"' in html
    response = client.get(f"/media/{video.renditions[0]['path']}", HTTP_RANGE="bytes=0-999")
    assert response.status_code == 206
    assert len(b"".join(response.streaming_content) if response.streaming else response.content) == 1000
