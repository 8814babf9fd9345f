"""The demo's video clips: short animations drawn and encoded on this machine, processed as uploads are.

Each clip is drawn frame by frame with Pillow (a rain band sweeping over a map, a bar chart growing, a clock
turned back) and encoded by PyAV as a small MP4, the file an editor would upload. Narrated clips are spoken
by Debian's espeak-ng, one caption cue at a time, so the WebVTT captions follow the voice exactly; without
espeak-ng the clip is silent and its captions keep a reading pace. The upload then goes through the video
app's own processing (`krant.video.processing.process`: poster frame, renditions), here and now instead of
on the worker's queue. Texts are in content/videos.toml.
"""

import functools
import io
import math
import tomllib
from array import array
from datetime import datetime, timedelta
from pathlib import Path

import av
from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from krant.demo.podcasts import RATE, speech
from krant.video.models import Video
from krant.video.processing import process

VIDEOS = Path(__file__).with_name("content") / "videos.toml"
WIDTH, HEIGHT = 480, 270  # tiny: a few hundred kB per clip, encoded in a blink
FPS = 12
LEAD_IN, GAP, TAIL = 0.4, 0.35, 0.8  # seconds of silence before, between and after the spoken cues
WORDS_PER_SECOND = 2.5  # the reading pace of the captions when nothing is spoken

INK = (30, 36, 48)
PAPER = (246, 244, 238)


def read_videos(path: Path = VIDEOS) -> list[dict]:
    with path.open("rb") as file:
        return tomllib.load(file)["clip"]


# --- Sound and captions -------------------------------------------------------------------------------


def cue_lines(spec: dict) -> list[str]:
    return [line.strip() for line in spec.get("narration", "").splitlines() if line.strip()]


def narration(lines: list[str]) -> tuple[array | None, list[tuple[float, float, str]]]:
    """Return the spoken `lines` as one track of samples at RATE (None without espeak-ng) and their cues.

    Each line is spoken on its own and laid after the previous one with a short pause, so every cue's
    (start, end) in seconds is where its words are heard.
    """
    spoken = []
    for line in lines:
        samples = speech(line)
        if samples is None:
            break
        spoken.append(samples)
    if len(spoken) < len(lines):  # no espeak-ng: silent, captions at a reading pace
        cues, at = [], LEAD_IN
        for line in lines:
            seconds = max(1.5, len(line.split()) / WORDS_PER_SECOND)
            cues.append((at, at + seconds, line))
            at += seconds + GAP
        return None, cues
    track, cues = array("h", bytes(2 * round(LEAD_IN * RATE))), []
    for line, samples in zip(lines, spoken, strict=True):
        start = len(track) / RATE
        track.extend(samples)
        cues.append((start, len(track) / RATE, line))
        track.extend(array("h", bytes(2 * round(GAP * RATE))))
    track.extend(array("h", bytes(2 * round(TAIL * RATE))))
    return track, cues


def ticks(seconds: float) -> array:
    """Return a clock's tick every second (a short, fast-fading click), as 16-bit samples at RATE."""
    track = array("h", bytes(2 * round(seconds * RATE)))
    click = [int(9000 * math.exp(-n / 60) * math.sin(2 * math.pi * 2400 * n / RATE)) for n in range(400)]
    for second in range(int(seconds)):
        start = round((second + 0.2) * RATE)
        for n, value in enumerate(click):
            if start + n < len(track):
                track[start + n] = value
    return track


def timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    return (
        f"{millis // 3_600_000:02d}:{millis // 60_000 % 60:02d}:{millis // 1000 % 60:02d}.{millis % 1000:03d}"
    )


def webvtt(cues: list[tuple[float, float, str]]) -> str:
    """Return the captions as a WebVTT file."""
    blocks = [
        f"{n}\n{timestamp(start)} --> {timestamp(end)}\n{text}"
        for n, (start, end, text) in enumerate(cues, 1)
    ]
    return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"


# --- Pictures -----------------------------------------------------------------------------------------


@functools.cache
def font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def ease(t: float) -> float:
    t = min(max(t, 0.0), 1.0)
    return t * t * (3 - 2 * t)


LAND = [(0.16, 0.05), (0.36, 0.02), (0.62, 0.06), (0.9, 0.04), (0.97, 0.3), (0.93, 0.62), (0.98, 0.95),
        (0.55, 0.98), (0.3, 0.93), (0.24, 0.72), (0.12, 0.6), (0.18, 0.4), (0.1, 0.22)]  # fmt: skip
CITIES = [("Zilverdam", 0.62, 0.48), ("Oosterhaven", 0.72, 0.24), ("Zandmeer", 0.3, 0.76)]


@functools.cache
def country() -> Image.Image:
    image = Image.new("RGBA", (WIDTH, HEIGHT), (168, 200, 226, 255))
    draw = ImageDraw.Draw(image)
    draw.polygon([(x * WIDTH, y * HEIGHT) for x, y in LAND], fill=(206, 222, 180), outline=(140, 160, 120))
    return image


@functools.cache
def rain_band() -> Image.Image:
    """The band of rain, drawn once: soft-edged showers, heavier in the middle."""
    band = Image.new("RGBA", (240, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(band)
    for n in range(9):
        x, y = 120 + 26 * math.sin(n * 1.7), HEIGHT * (n + 0.5) / 9
        draw.ellipse([x - 80, y - 30, x + 80, y + 30], fill=(60, 120, 200, 140))
    for n in range(9):
        x, y = 120 + 26 * math.sin(n * 1.7), HEIGHT * (n + 0.5) / 9
        draw.ellipse([x - 34, y - 14, x + 34, y + 14], fill=(40, 160, 90, 170))
    return band.filter(ImageFilter.GaussianBlur(8))


def rain_sweep(t: float, spec: dict) -> Image.Image:
    """A map of an invented country with a band of rain crossing it from west to east, noon to six."""
    image = country().copy()
    band = rain_band()
    start = -0.4 * band.width  # on the coast from the first frame, which may become the poster
    image.alpha_composite(band, (round(start + t * (WIDTH - start)), 0))
    image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    for name, x, y in CITIES:
        draw.ellipse([x * WIDTH - 4, y * HEIGHT - 4, x * WIDTH + 4, y * HEIGHT + 4], fill=INK)
        draw.text((x * WIDTH + 8, y * HEIGHT - 8), name, fill=INK, font=font(13))
    minutes = round(t * 6 * 60)
    draw.rounded_rectangle([10, 10, 84, 38], radius=6, fill=PAPER)
    draw.text((18, 14), f"{12 + minutes // 60:02d}:{minutes % 60 // 15 * 15:02d}", fill=INK, font=font(18))
    return image


def bar_chart(t: float, spec: dict) -> Image.Image:
    """Bars growing one after the other to their value, the value written above each once it stands."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    bars = spec["bars"]
    top = max(value for _, value in bars)
    base, room, left = HEIGHT - 42, HEIGHT - 90, 40
    slot = (WIDTH - 2 * left) / len(bars)
    draw.line([left - 10, base, WIDTH - left + 10, base], fill=INK, width=2)
    draw.text((WIDTH / 2, 14), spec["chart_title"], fill=INK, font=font(18), anchor="ma")
    for n, (label, value) in enumerate(bars):
        grown = ease(t * (len(bars) + 1) - n)
        x0 = left + n * slot + slot * 0.18
        x1 = left + (n + 1) * slot - slot * 0.18
        height = room * value / top * grown
        colour = (196, 64, 44) if value == top else (52, 96, 150)
        if height >= 1:
            draw.rectangle([x0, base - height, x1, base], fill=colour)
        draw.text(((x0 + x1) / 2, base + 8), label, fill=INK, font=font(14), anchor="ma")
        if grown >= 1:
            draw.text(((x0 + x1) / 2, base - height - 6), f"+{value:.1f}%".replace(".", ","), fill=INK,
                      font=font(16), anchor="md")  # fmt: skip
    return image


def clock(t: float, spec: dict) -> Image.Image:
    """A clock at three at night whose hands turn back to two: the minute hand once round, anticlockwise."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (24, 30, 56))
    draw = ImageDraw.Draw(image)
    cx, cy, r = WIDTH / 2, HEIGHT / 2, HEIGHT * 0.4
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=PAPER, outline=(200, 170, 60), width=6)
    for mark in range(12):
        angle = mark * math.pi / 6
        inner = r * (0.78 if mark % 3 == 0 else 0.86)
        draw.line(
            [cx + inner * math.sin(angle), cy - inner * math.cos(angle),
             cx + r * 0.93 * math.sin(angle), cy - r * 0.93 * math.cos(angle)],
            fill=INK, width=4 if mark % 3 == 0 else 2,
        )  # fmt: skip
    hours = 3 - ease(t)  # from three o'clock back to two
    for length, width, angle in ((0.5, 7, hours / 12), (0.78, 4, hours % 1)):
        a = angle * 2 * math.pi
        draw.line(
            [cx, cy, cx + r * length * math.sin(a), cy - r * length * math.cos(a)], fill=INK, width=width
        )
    draw.ellipse([cx - 6, cy - 6, cx + 6, cy + 6], fill=(196, 64, 44))
    minutes = round(hours * 60)
    draw.text((16, 14), f"{minutes // 60:02d}:{minutes % 60:02d}", fill=PAPER, font=font(22))
    return image


DRAWINGS = {"rain_sweep": rain_sweep, "bar_chart": bar_chart, "clock": clock}


# --- The clip -----------------------------------------------------------------------------------------


def encode_clip(draw, seconds: float, sound: array | None) -> bytes:
    """Return `seconds` of `draw(t)` frames (t from 0 to 1) with `sound` (mono at RATE) as an H.264/AAC MP4."""
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="mp4") as container:
        video = container.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        video.options = {"preset": "ultrafast", "crf": "26"}
        audio = container.add_stream("aac", rate=RATE, layout="mono") if sound is not None else None
        frames = max(1, round(seconds * FPS))
        for index in range(frames):
            frame = av.VideoFrame.from_image(draw(index / max(1, frames - 1)))
            container.mux(video.encode(frame))
        container.mux(video.encode())
        if audio is not None:
            step = 1024
            for start in range(0, len(sound), step):
                chunk = sound[start : start + step]
                frame = av.AudioFrame(format="s16", layout="mono", samples=len(chunk))
                frame.planes[0].update(chunk.tobytes())
                frame.sample_rate = RATE
                container.mux(audio.encode(frame))
            container.mux(audio.encode())
    return buffer.getvalue()


def make_clip(spec: dict) -> tuple[bytes, str]:
    """Return the clip's MP4 and its WebVTT captions ('' for a clip without speech)."""
    drawing = DRAWINGS[spec["drawing"]]
    lines = cue_lines(spec)
    if lines:
        sound, cues = narration(lines)
        seconds = len(sound) / RATE if sound is not None else cues[-1][1] + TAIL
        captions = webvtt(cues)
    else:
        seconds = spec["seconds"]
        sound, captions = ticks(seconds), ""
    return encode_clip(lambda t: drawing(t, spec), seconds, sound), captions


def load_videos(sections: dict, now: datetime, progress=None) -> tuple[dict[str, Video], int]:
    """Make, upload and process the clips not loaded yet; return every demo clip by key and how many were added.

    A clip is found again by its title. One left unprocessed by an interrupted load is processed again.
    """
    specs = read_videos()
    clips, added = {}, 0
    for n, spec in enumerate(specs, start=1):
        video = Video.objects.filter(title=spec["title"]).first()
        if video is None:
            data, captions = make_clip(spec)
            video = Video(
                title=spec["title"],
                description=spec["description"],
                credit=spec["credit"],
                section=sections.get(spec["section"]),
                no_speech=spec.get("no_speech", False),
                live=True,
            )
            video.original.save(f"{spec['key']}.mp4", ContentFile(data), save=False)
            if captions:
                video.captions.save(f"{spec['key']}.vtt", ContentFile(captions.encode()), save=False)
            video.full_clean()  # the admin form's checks: file type and size, captions or 'no speech'
            # Created without the model's signals: they would queue the clip for the worker, which would then
            # encode it a second time; the demo processes it here and now.
            (video,) = Video.objects.bulk_create([video])
            Video.objects.filter(pk=video.pk).update(created_at=now - timedelta(hours=spec["hours_ago"]))
            added += 1
        if not video.is_ready:
            process(video.pk)
            video.refresh_from_db()
        clips[spec["key"]] = video
        if progress is not None:
            progress.count(n, len(specs))
    return clips, added
