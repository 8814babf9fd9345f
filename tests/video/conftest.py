"""Tiny clips made with PyAV for the tests: one second of moving colour with a tone, 160x120."""

import math
import struct
from fractions import Fraction
from pathlib import Path

import av
import pytest
from django.core.files.base import ContentFile

from krant.video.models import Video, VideoIndexPage
from tests.factories import add_page

CAPTIONS = b"WEBVTT\n\n00:00.000 --> 00:01.000\nEen korte test.\n"


def make_clip(
    path: Path, seconds: float = 1.0, width: int = 160, height: int = 120, audio: bool = True
) -> Path:
    rate = 25
    with av.open(str(path), "w", format="mp4") as out:
        video = out.add_stream("libx264", rate=rate)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        sound = out.add_stream("aac", rate=48000) if audio else None
        if sound is not None:
            sound.layout = "mono"
            resampler = av.AudioResampler(format="fltp", layout="mono", rate=48000)
        for index in range(int(seconds * rate)):
            red = (index * width) // int(seconds * rate) + 1
            row = bytes((200, 40, 40)) * red + bytes((20, 20, 90)) * (width - red)
            frame = av.VideoFrame(width, height, "rgb24")
            frame.planes[0].update(row * height)
            out.mux(video.encode(frame))
        out.mux(video.encode())
        if sound is not None:
            samples = 1024
            for block in range(int(seconds * 48000 / samples)):
                tone = [
                    int(6000 * math.sin(2 * math.pi * 440 * (n + block * samples) / 48000))
                    for n in range(samples)
                ]
                frame = av.AudioFrame(format="s16", layout="mono", samples=samples)
                frame.planes[0].update(struct.pack(f"<{samples}h", *tone))
                frame.sample_rate = 48000
                frame.time_base = Fraction(1, 48000)
                frame.pts = block * samples
                for chunk in resampler.resample(frame):
                    out.mux(sound.encode(chunk))
            out.mux(sound.encode())
    return path


@pytest.fixture(scope="session")
def clip_bytes(tmp_path_factory) -> bytes:
    return make_clip(tmp_path_factory.mktemp("clips") / "clip.mp4").read_bytes()


@pytest.fixture
def video_page(tree):
    return add_page(tree.home, VideoIndexPage(title="Video", slug="video"))


def make_video(content: bytes, name: str = "clip.mp4", captions: bytes | None = CAPTIONS, **fields) -> Video:
    """Store an upload as the admin form would; its processing is queued on commit."""
    video = Video(title=fields.pop("title", "Storm boven het Wad"), **fields)
    video.original.save(name, ContentFile(content), save=False)
    if captions is not None:
        video.captions.save("clip.vtt", ContentFile(captions), save=False)
    video.save()
    return video
