"""Import XMLTV listings: from a file, an address (through krant.core.fetch) or the scheduler's sources.

`import_listing` is the one write: the whole file in one transaction, so a file that fails leaves the
guide as it was. A programme is its channel and start: a re-import updates it (an editor's tip stays),
and a programme that is gone from the file's window for its channel (starting between its first start
and its last stop) is removed. The pages' key `tvguide` is purged on commit.
"""

import io
import logging
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from krant.core.fetch import FetchError, Limits, backoff, open_url
from krant.core.purge import purge
from krant.tvguide.models import PURGE_KEY, Channel, Programme, XmltvSource
from krant.tvguide.xmltv import MAX_BYTES, Listing, ParsedProgramme, XmltvError, read

logger = logging.getLogger(__name__)

IMPORT_INTERVAL = timedelta(hours=6)  # between imports of a healthy source
RETRY_BASE = timedelta(minutes=15)  # after the n-th failure in a row: RETRY_BASE * 2**n, at most a day
MAX_BACKOFF = timedelta(days=1)
LAST_STOP = timedelta(hours=1)  # a channel's last programme without a stop (nothing follows it) lasts this
FETCH_LIMITS = Limits(connect_timeout=5, read_timeout=20, deadline=120, max_bytes=MAX_BYTES, max_redirects=3)


@dataclass
class Report:
    channels: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    channel_names: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.channels} channels; programmes: {self.created} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.removed} removed"
        )


class NoProgress:
    def step(self, label: str, total: int = 0) -> None: ...

    def count(self, n: int, total: int) -> None: ...


def with_stops(programmes: list[ParsedProgramme]) -> list[ParsedProgramme]:
    """Return one channel's programmes by start, each with a stop: the next one's start where XMLTV gave
    none. Two programmes at the same start: the last in the file counts."""
    by_start = {programme.start: programme for programme in programmes}
    ordered = [by_start[start] for start in sorted(by_start)]
    for programme, following in zip(ordered, [*ordered[1:], None], strict=True):
        if programme.stop is None:
            programme.stop = following.start if following else programme.start + LAST_STOP
    return ordered


FIELDS = ("stop", "title", "sub_title", "description", "categories", "episode", "rating")


@transaction.atomic
def import_listing(listing: Listing, progress=None) -> Report:
    """Store `listing` (see the module's docstring) and return what changed."""
    progress = progress or NoProgress()
    report = Report(channels=len(listing.channels))
    by_channel: dict[str, list[ParsedProgramme]] = {xmltv_id: [] for xmltv_id in listing.channels}
    for programme in listing.programmes:
        by_channel[programme.channel].append(programme)
    known = {channel.xmltv_id: channel for channel in Channel.objects.filter(xmltv_id__in=list(by_channel))}
    progress.step("Channels and programmes", total=len(by_channel))
    for done, (xmltv_id, parsed) in enumerate(by_channel.items(), start=1):
        channel = known.get(xmltv_id)
        if channel is None:
            channel = Channel.objects.create(xmltv_id=xmltv_id, name=listing.channels[xmltv_id])
        report.channel_names.append(channel.name)
        store_channel(channel, with_stops(parsed), report)
        progress.count(done, len(by_channel))
    purge({PURGE_KEY})
    return report


def store_channel(channel: Channel, parsed: list[ParsedProgramme], report: Report) -> None:
    if not parsed:
        return
    window_start, window_end = parsed[0].start, max(p.stop for p in parsed)
    # What starts within the file's span for this channel is what the file describes.
    in_window = Programme.objects.filter(channel=channel, start__gte=window_start, start__lt=window_end)
    stored = {p.start: p for p in in_window}
    new, changed = [], []
    for item in parsed:
        existing = stored.pop(item.start, None)
        if existing is None:
            new.append(
                Programme(channel=channel, start=item.start, **{name: getattr(item, name) for name in FIELDS})
            )
        elif any(getattr(existing, name) != getattr(item, name) for name in FIELDS):
            for name in FIELDS:
                setattr(existing, name, getattr(item, name))
            changed.append(existing)
        else:
            report.unchanged += 1
    # What starts in the window but is not in the file any more: cancelled or moved.
    if stored:
        Programme.objects.filter(pk__in=[p.pk for p in stored.values()]).delete()
    Programme.objects.bulk_create(new, batch_size=500)
    Programme.objects.bulk_update(changed, FIELDS, batch_size=500)
    report.created += len(new)
    report.updated += len(changed)
    report.removed += len(stored)


def import_file(path: Path, progress=None, max_bytes: int = MAX_BYTES) -> Report:
    """Import the XMLTV file at `path`; raise XmltvError (nothing stored) when it cannot be read."""
    try:
        with open(path, "rb") as stream:
            listing = read(stream, max_bytes=max_bytes)
    except FileNotFoundError:
        raise XmltvError("no such file") from None
    except IsADirectoryError:
        raise XmltvError("is a directory, not an XMLTV file") from None
    except PermissionError:
        raise XmltvError("cannot read: permission denied") from None
    return import_listing(listing, progress)


def download(url: str, fence: Limits | None = None) -> bytes:
    """Return the body at `url`, fetched within `fence`; raise XmltvError when the fetch fails."""
    fence = fence or FETCH_LIMITS
    try:
        with open_url(
            url, {"User-Agent": "krant/1 (Tv-gids)", "Accept": "application/xml, text/xml"}, fence
        ) as opened:
            if opened.status != 200:
                raise XmltvError(f"the server answered {opened.status}")
            return opened.read()
    except FetchError as error:
        raise XmltvError(f"fetch failed: {error.reason} {error.detail or ''}".strip()) from None


def import_url(url: str, progress=None, fence: Limits | None = None) -> Report:
    body = download(url, fence)
    fence = fence or FETCH_LIMITS
    return import_listing(read(io.BytesIO(body), max_bytes=fence.max_bytes), progress)


def import_due_sources(fence: Limits | None = None) -> None:
    """Scheduler job: import the one source most overdue; its outcome is its report for the editors."""
    now = timezone.now()
    source = (
        XmltvSource.objects.filter(active=True)
        .exclude(next_import_at__gt=now)
        .order_by("next_import_at", "pk")
        .first()
    )
    if source is None:
        return
    try:
        report = import_url(source.url, fence=fence)
    except XmltvError as error:
        source.failures += 1
        source.last_report = f"Mislukt: {error}"
        source.next_import_at = now + backoff(source.failures, RETRY_BASE, MAX_BACKOFF)
    except Exception as error:  # a stranger's file must not take the scheduler down
        logger.exception("Importing XMLTV source %s failed unexpectedly", source.pk)
        source.failures += 1
        source.last_report = f"Mislukt: onverwachte fout ({type(error).__name__})"
        source.next_import_at = now + backoff(source.failures, RETRY_BASE, MAX_BACKOFF)
    else:
        source.failures = 0
        source.last_imported_at = now
        source.last_report = str(report)
        source.next_import_at = now + IMPORT_INTERVAL
    source.save(update_fields=["failures", "last_report", "next_import_at", "last_imported_at"])
