"""Turn an uploaded clip into what readers get: duration and size, a poster frame, H.264 MP4 renditions.

PyAV (FFmpeg in its wheels, libx264 included) reads and encodes. Every output is written under a temporary
name and moved into place; the clip becomes READY only in the one transaction that records all outputs, so a
task killed midway leaves it not ready, and running `process` again finishes it.
"""

import logging
import os
from fractions import Fraction

import av
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from krant.core.purge import purge
from krant.video.models import Video

logger = logging.getLogger(__name__)

# (name, maximum height): two web sizes; a smaller source is not scaled up.
RENDITION_SIZES = [("720p", 720), ("360p", 360)]
POSTER_AT = 1.0  # seconds into the clip, or the first frame of a shorter one


class VideoError(Exception):
    """A clip that cannot be processed, with a message for the editor."""


def output_dir(video: Video) -> str:
    return f"video/{video.pk}"


def process(video_id: int) -> str:
    """Process one clip; return its status. Safe to run again after a crash."""
    with transaction.atomic():
        video = Video.objects.select_for_update().filter(pk=video_id).first()
        if video is None:
            return "gone"
        video.status = Video.Status.PROCESSING
        video.error = ""
        video.save(update_fields=["status", "error"])
        purge(video.purge_keys())
    try:
        result = make_outputs(video)
    except VideoError as error:
        fail(video, str(error))
        return Video.Status.FAILED
    except (av.FFmpegError, ValueError, OSError) as error:
        logger.warning("Video %s could not be processed: %s", video_id, error)
        fail(video, _("Dit bestand is geen leesbare video of is beschadigd (afgebroken upload?)."))
        return Video.Status.FAILED
    with transaction.atomic():
        Video.objects.filter(pk=video_id).update(
            status=Video.Status.READY, error="", processed_at=timezone.now(), **result
        )
        purge(video.purge_keys())
    return Video.Status.READY


def fail(video: Video, message: str) -> None:
    Video.objects.filter(pk=video.pk).update(status=Video.Status.FAILED, error=message)
    purge(video.purge_keys())


def media_path(relative: str) -> str:
    return os.path.join(settings.MEDIA_ROOT, relative)


def move_into_place(temporary: str, relative: str) -> None:
    os.replace(temporary, media_path(relative))


def make_outputs(video: Video) -> dict:
    source = video.original.path
    size = os.path.getsize(source)
    if size > settings.VIDEO_MAX_UPLOAD_BYTES:
        raise VideoError(_("Dit bestand is te groot om te verwerken."))
    with av.open(source) as container:
        if not container.streams.video:
            raise VideoError(_("Dit bestand bevat geen beeld."))
        stream = container.streams.video[0]
        width, height = stream.codec_context.width, stream.codec_context.height
        if not width or not height:
            raise VideoError(_("Dit bestand bevat geen leesbaar beeld."))
        duration = container.duration / av.time_base if container.duration else None
    if duration and duration > settings.VIDEO_MAX_SECONDS:
        raise VideoError(
            _("Deze clip duurt te lang (%(seconds)s s); het maximum is %(limit)s s.")
            % {"seconds": round(duration), "limit": settings.VIDEO_MAX_SECONDS}
        )
    folder = output_dir(video)
    os.makedirs(media_path(folder), exist_ok=True)
    renditions = []
    poster_path = f"{folder}/poster.jpg"
    sizes = []
    for name, max_height in RENDITION_SIZES:
        target_height = min(max_height, height) // 2 * 2
        if target_height in [s[1] for s in sizes]:
            continue
        sizes.append((name, target_height))
    for index, (name, target_height) in enumerate(sizes):
        target_width = round(width * target_height / height) // 2 * 2
        relative = f"{folder}/{name}.mp4"
        temporary = media_path(relative) + ".part"
        frames, poster = encode(source, temporary, target_width, target_height, want_poster=index == 0)
        if not frames:
            raise VideoError(_("Dit bestand bevat geen leesbaar beeld."))
        if poster is not None:
            poster.save(media_path(poster_path) + ".part", format="JPEG", quality=85)
            move_into_place(media_path(poster_path) + ".part", poster_path)
        move_into_place(temporary, relative)
        renditions.append(
            {
                "name": name,
                "path": relative,
                "width": target_width,
                "height": target_height,
                "size": os.path.getsize(media_path(relative)),
                "type": "video/mp4",
            }
        )
        duration = duration or frames.duration
    return {
        "duration": duration,
        "size": size,
        "width": width,
        "height": height,
        "poster": poster_path,
        "renditions": renditions,
    }


class Encoded:
    def __init__(self):
        self.count = 0
        self.duration = 0.0

    def __bool__(self):
        return self.count > 0


def encode(source: str, target: str, width: int, height: int, want_poster: bool):
    """Encode `source` to H.264/AAC MP4 at `target`; return the frames written and a poster image."""
    encoded = Encoded()
    poster = None
    with av.open(source) as inp, av.open(target, "w", format="mp4") as out:
        in_video = inp.streams.video[0]
        rate = in_video.average_rate or Fraction(25)
        out_video = out.add_stream("libx264", rate=rate)
        out_video.width, out_video.height, out_video.pix_fmt = width, height, "yuv420p"
        out_video.options = {"preset": "veryfast", "crf": "23", "movflags": "+faststart"}
        in_audio = inp.streams.audio[0] if inp.streams.audio else None
        out_audio = resampler = None
        if in_audio is not None:
            out_audio = out.add_stream("aac", rate=48000)
            out_audio.layout = "stereo"
            resampler = av.AudioResampler(format="fltp", layout="stereo", rate=48000)
        streams = [in_video] + ([in_audio] if in_audio is not None else [])
        next_pts = 0
        for packet in inp.demux(*streams):
            for frame in packet.decode():
                if packet.stream is in_video:
                    if want_poster and (poster is None or (frame.time or 0) <= POSTER_AT):
                        poster = frame.to_image()
                    scaled = frame.reformat(width=width, height=height, format="yuv420p")
                    # Frames keep their place in time, counted in the output's frames (1/rate); without a
                    # pts the encoder stacks them all at the start and the picture runs ahead of the sound.
                    at = round(float(frame.time or 0) * rate) if frame.time is not None else next_pts
                    scaled.pts = next_pts = max(at, next_pts)
                    scaled.time_base = 1 / rate
                    next_pts += 1
                    out.mux(out_video.encode(scaled))
                    encoded.count += 1
                    encoded.duration = float(frame.time or 0)
                else:
                    for chunk in resampler.resample(frame):
                        chunk.pts = None
                        out.mux(out_audio.encode(chunk))
        out.mux(out_video.encode())
        if out_audio is not None:
            out.mux(out_audio.encode())
    return encoded, poster
