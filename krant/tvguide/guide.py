"""What the Tv-gids pages show, read in a constant number of queries whatever the number of channels.

Days are Amsterdam days: from local midnight to the next, 23 or 25 hours on the nights the clocks change.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from krant.tvguide.models.listings import Channel, ChannelGroup, Programme

NOW_WINDOW = timedelta(hours=12)  # 'next' is looked for this far ahead
DAYS_BACK, DAYS_AHEAD = 7, 14  # the day grids that exist; others are a 404 (no endless crawl)
MAX_PICKS = 6
OTHER_GROUP = "overige-zenders"


def amsterdam_day(moment: datetime) -> date:
    return timezone.localtime(moment).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Return the UTC moments where the Amsterdam `day` begins and ends."""
    zone = timezone.get_default_timezone()
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return start, end


def day_in_range(day: date, now: datetime) -> bool:
    today = amsterdam_day(now)
    return today - timedelta(days=DAYS_BACK) <= day <= today + timedelta(days=DAYS_AHEAD)


@dataclass
class Group:
    name: str
    slug: str
    channels: list = field(default_factory=list)


def groups() -> list[Group]:
    """Return the channel groups with their shown channels, 'Overige zenders' last when any are loose."""
    found = {group.pk: Group(group.name, group.slug) for group in ChannelGroup.objects.all()}
    other = Group(_("Overige zenders"), OTHER_GROUP)
    for channel in Channel.objects.filter(shown=True):
        found.get(channel.group_id, other).channels.append(channel)
    return [group for group in [*found.values(), other] if group.channels]


@dataclass
class NowNext:
    channel: Channel
    now: Programme | None = None
    next: Programme | None = None


def now_and_next(moment: datetime, channel_groups: list[Group]) -> tuple[dict[int, NowNext], datetime | None]:
    """Return per channel id what is on at `moment` and what follows, and when that first changes."""
    channels = {channel.pk: NowNext(channel) for group in channel_groups for channel in group.channels}
    programmes = (
        Programme.objects.filter(channel__in=list(channels), stop__gt=moment, start__lt=moment + NOW_WINDOW)
        .order_by("channel", "start")
        .only("pk", "channel_id", "start", "stop", "title", "editors_pick")
    )
    for programme in programmes:
        row = channels[programme.channel_id]
        if programme.start <= moment and row.now is None:
            row.now = programme
        elif row.next is None:
            row.next = programme
    changes = [row.now.stop for row in channels.values() if row.now]
    changes += [row.next.start for row in channels.values() if row.next]
    return channels, min(changes, default=None)


def picks(moment: datetime) -> list[Programme]:
    """Return the editors' tips that have not ended, soonest first."""
    return list(
        Programme.objects.shown()
        .filter(editors_pick=True, stop__gt=moment, start__lt=moment + timedelta(days=DAYS_AHEAD))
        .order_by("start", "pk")[:MAX_PICKS]
    )


def day_grid(day: date, group: Group) -> list[tuple[Channel, list[Programme]]]:
    """Return each channel of `group` with its programmes on the Amsterdam `day`."""
    start, end = day_bounds(day)
    by_channel = {channel.pk: [] for channel in group.channels}
    programmes = (
        Programme.objects.filter(channel__in=list(by_channel)).overlapping(start, end).order_by("start")
    )
    for programme in programmes.defer("description"):
        by_channel[programme.channel_id].append(programme)
    return [(channel, by_channel[channel.pk]) for channel in group.channels]
