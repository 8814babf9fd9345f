"""Audio made in the test (PyAV), a series with its square artwork and episodes under /podcast/."""

import io

import av
import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model

from krant.demo.podcasts import RATE, chime, encode_mp3
from krant.podcasts.models import (
    AudioFile,
    PodcastChapter,
    PodcastEpisodePage,
    PodcastIndexPage,
    PodcastSeriesPage,
)
from tests.factories import add_page


@pytest.fixture(scope="session")
def mp3_bytes() -> bytes:
    return encode_mp3(chime(3, pitch=440))


@pytest.fixture(scope="session")
def m4a_bytes() -> bytes:
    """Three seconds of AAC in an M4A (MP4) container."""
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="ipod") as container:
        stream = container.add_stream("aac", rate=RATE, layout="mono")
        samples = chime(3, pitch=330)
        step = 1024
        for start in range(0, len(samples), step):
            chunk = samples[start : start + step]
            frame = av.AudioFrame(format="s16", layout="mono", samples=len(chunk))
            frame.planes[0].update(chunk.tobytes())
            frame.sample_rate = RATE
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 60, 110)).save(out, "PNG")
    return out.getvalue()


def make_image(width=1400, height=1400):
    image = get_image_model()(title="Hoes", file=ImageFile(io.BytesIO(png(width, height)), name="hoes.png"))
    image._set_image_file_metadata()
    image.save()
    return image


def make_audio(data: bytes, name="aflevering.mp3") -> AudioFile:
    audio = AudioFile(title=name, file=ContentFile(data, name=name))
    audio.save()
    return audio


@pytest.fixture
def podcast_index(tree) -> PodcastIndexPage:
    return add_page(tree.home, PodcastIndexPage(title="Podcast", slug="podcast"))


def make_series(tree) -> PodcastSeriesPage:
    index = add_page(tree.home, PodcastIndexPage(title="Podcast", slug="podcast"))
    return add_series(index)


@pytest.fixture
def series(podcast_index) -> PodcastSeriesPage:
    return add_series(podcast_index)


def add_series(podcast_index) -> PodcastSeriesPage:
    return add_page(
        podcast_index,
        PodcastSeriesPage(
            title="De Ochtendbrief",
            slug="de-ochtendbrief",
            intro="Elke ochtend het nieuws.",
            host="De redactie",
            category="News > Daily News",
            image=make_image(),
        ),
    )


def make_episode(
    series, mp3, title="Nieuwe brug open", number=1, published=True, **fields
) -> PodcastEpisodePage:
    fields.setdefault("transcript", "Goedemorgen.\n\nDe fietsbrug over de Vaart gaat vandaag open.")
    episode = PodcastEpisodePage(
        title=title,
        slug=f"aflevering-{number}",
        audio=make_audio(mp3),
        summary="De fietsbrug is klaar.",
        season_number=1,
        episode_number=number,
        **fields,
    )
    episode.chapters = [PodcastChapter(start=0, title="Opening"), PodcastChapter(start=2, title="De brug")]
    return add_page(series, episode, published=published)


@pytest.fixture
def episode(series, mp3_bytes) -> PodcastEpisodePage:
    return make_episode(series, mp3_bytes)
