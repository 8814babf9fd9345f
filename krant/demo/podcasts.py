"""The demo's podcast: one series with a few short episodes whose sound is made on this machine.

Each episode's narration is spoken by Debian's espeak-ng when it is installed; without it the episode is a
short chime, so a fresh machine still loads the demo. Either way PyAV (FFmpeg in its wheel) encodes it as MP3,
which every podcast app plays. Texts, chapters and transcripts are in content/podcasts.toml.
"""

import io
import math
import shutil
import subprocess
import tempfile
import tomllib
import wave
from array import array
from datetime import datetime, timedelta
from pathlib import Path

import av
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from krant.demo.stories import short_slug
from krant.podcasts.models import AudioFile, PodcastChapter, PodcastEpisodePage, PodcastSeriesPage

PODCASTS = Path(__file__).with_name("content") / "podcasts.toml"
RATE = 22050  # espeak-ng's own rate; plenty for speech
SPEAK_SECONDS = 60  # never wait longer on espeak-ng


def read_podcasts(path: Path = PODCASTS) -> list[dict]:
    with path.open("rb") as file:
        return tomllib.load(file)["series"]


def speech(text: str) -> array | None:
    """Return `text` spoken in Dutch as 16-bit mono samples at RATE, or None without espeak-ng."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        return None
    with tempfile.NamedTemporaryFile(suffix=".wav") as out:
        try:
            subprocess.run(  # noqa: S603 - a fixed program, our own text as one argument
                [espeak, "-v", "nl", "-s", "165", "-w", out.name, text],
                check=True,
                capture_output=True,
                timeout=SPEAK_SECONDS,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        with wave.open(out.name) as sound:
            if sound.getsampwidth() != 2 or sound.getnchannels() != 1 or sound.getframerate() != RATE:
                return None
            return array("h", sound.readframes(sound.getnframes()))


def chime(seconds: float, pitch: float) -> array:
    """Return a soft, fading two-tone chime of `seconds` as 16-bit mono samples at RATE."""
    samples = array("h")
    for n in range(int(seconds * RATE)):
        t = n / RATE
        fade = math.exp(-1.5 * (t % 2.0))
        value = (
            0.3 * fade * (math.sin(2 * math.pi * pitch * t) + 0.5 * math.sin(2 * math.pi * pitch * 1.5 * t))
        )
        samples.append(int(value * 32767 / 1.5))
    return samples


def encode_mp3(samples: array) -> bytes:
    """Return 16-bit mono `samples` at RATE as an MP3 file (64 kbit/s)."""
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="mp3") as container:
        stream = container.add_stream("libmp3lame", rate=RATE, layout="mono")
        stream.bit_rate = 64_000
        step = 1152 * 4
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


def episode_audio(spec: dict, number: int) -> bytes:
    samples = speech(spec["transcript"]) or chime(spec.get("seconds", 6), pitch=440 + 110 * number)
    return encode_mp3(samples)


def cover(title: str, colour: tuple[int, int, int]) -> bytes:
    """Return the series' square artwork (1400 px, Apple's minimum): rings like sound waves and a microphone."""
    size = 1400
    image = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    centre = size // 2
    for ring in range(6, 0, -1):
        radius = ring * 100
        shade = tuple(min(255, c + 18 * ring) for c in colour)
        draw.ellipse(
            [centre - radius, centre - radius, centre + radius, centre + radius], outline=shade, width=24
        )
    draw.rounded_rectangle(
        [centre - 90, centre - 260, centre + 90, centre + 80], radius=90, fill=(250, 250, 250)
    )
    draw.rectangle([centre - 12, centre + 80, centre + 12, centre + 220], fill=(250, 250, 250))
    draw.rectangle([centre - 120, centre + 210, centre + 120, centre + 240], fill=(250, 250, 250))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def load_podcasts(index, publish, image_model, now: datetime) -> int:
    """Add the series and episodes not loaded yet under `index` with `publish(parent, page, when, what)`."""
    added = 0
    for series_spec in read_podcasts():
        slug = short_slug(series_spec["title"])
        series = PodcastSeriesPage.objects.child_of(index).filter(slug=slug).first()
        if series is None:
            image = image_model(
                title=series_spec["title"],
                credit="Demo",
                file=ImageFile(
                    io.BytesIO(cover(series_spec["title"], tuple(series_spec["colour"]))), "podcast.png"
                ),
            )
            image._set_image_file_metadata()
            image.save()
            series = PodcastSeriesPage(
                title=series_spec["title"],
                slug=slug,
                intro=series_spec["intro"],
                host=series_spec["host"],
                category=series_spec["category"],
                image=image,
            )
            publish(index, series, now - timedelta(days=len(series_spec["episode"]) + 1), "podcast series")
        for number, spec in enumerate(series_spec["episode"], start=1):
            episode_slug = short_slug(spec["title"])
            if PodcastEpisodePage.objects.child_of(series).filter(slug=episode_slug).exists():
                continue
            audio = AudioFile(title=spec["title"])
            audio.file = ContentFile(episode_audio(spec, number), name=f"{episode_slug}.mp3")
            audio.save()  # reads type, duration and size from the file, as an upload
            episode = PodcastEpisodePage(
                title=spec["title"],
                slug=episode_slug,
                audio=audio,
                summary=spec["summary"],
                show_notes=spec.get("show_notes", ""),
                transcript=spec["transcript"],
                season_number=1,
                episode_number=number,
            )
            episode.chapters = [PodcastChapter(start=start, title=title) for start, title in spec["chapters"]]
            when = now - timedelta(days=len(series_spec["episode"]) - number, hours=2)
            publish(series, episode, when, "podcast episodes")
            added += 1
    return added
