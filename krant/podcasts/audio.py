"""Reading an uploaded audio file: only MP3 and AAC/M4A, with the duration and size from the file itself."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_BYTES = 300 * 1024 * 1024  # three hours at 192 kbit/s; a bigger file is a mistake, not an episode
# The name of mutagen's reader -> (the MIME type podcast apps expect in the enclosure, the file's extension)
KINDS = {"MP3": ("audio/mpeg", "mp3"), "MP4": ("audio/mp4", "m4a"), "AAC": ("audio/aac", "aac")}
NOT_AUDIO = _("Dit is geen MP3- of AAC/M4A-audiobestand. Lever de aflevering aan als .mp3 of .m4a.")
NO_AUDIO = _(
    "Dit bestand bevat geen geluid of is afgebroken: het heeft geen speelduur. Lever het opnieuw aan."
)
TRUNCATED_SHARE = 0.9  # headers and rounding aside, a whole file holds what its headers promise
TOO_LARGE = _("Dit bestand is te groot: hoogstens %(mb)s MB.")


@dataclass(frozen=True)
class AudioInfo:
    mime_type: str
    extension: str
    duration: float  # seconds
    size: int  # bytes


def read_audio(file) -> AudioInfo:
    """Return what podcast apps need to know of `file`, or raise ValidationError with a clear message."""
    # mutagen only here, where an episode is uploaded: every web worker loads this module with the podcast
    # models, and mutagen's readers held 1.6 MiB in each (docs/decisions/2026-12-05-memory.md).
    import mutagen
    from mutagen.aac import AAC
    from mutagen.mp3 import MP3
    from mutagen.mp4 import MP4

    size = file.size
    if size > MAX_BYTES:
        raise ValidationError(TOO_LARGE, code="too_large", params={"mb": MAX_BYTES // (1024 * 1024)})
    file.seek(0)
    try:
        audio = mutagen.File(file, options=[MP3, MP4, AAC])
    except (mutagen.MutagenError, ValueError, EOFError, IndexError) as error:
        raise ValidationError(NOT_AUDIO, code="not_audio") from error
    finally:
        file.seek(0)
    if audio is None:
        raise ValidationError(NOT_AUDIO, code="not_audio")
    mime_type, extension = KINDS[type(audio).__name__]
    if isinstance(audio, MP4) and not any(codec.startswith("mp4a") for codec in [audio.info.codec or ""]):
        raise ValidationError(NOT_AUDIO, code="not_audio")  # an MP4 video, or ALAC: not for podcast apps
    duration = float(audio.info.length or 0)
    if duration <= 0:
        raise ValidationError(NO_AUDIO, code="no_audio")
    # The headers promise duration x bitrate; a file cut off in transfer keeps its headers but not the sound.
    promised = duration * (audio.info.bitrate or 0) / 8
    if size < promised * TRUNCATED_SHARE:
        raise ValidationError(NO_AUDIO, code="truncated")
    return AudioInfo(mime_type=mime_type, extension=extension, duration=duration, size=size)


def clock(seconds: float) -> str:
    """Return `seconds` as H:MM:SS or M:SS, as players and the iTunes duration show it."""
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
