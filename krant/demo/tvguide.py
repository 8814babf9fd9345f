"""Load the demo's Tv-gids from content/tvguide.toml (format in its header) through the real importer.

The template has one day per channel; it becomes an XMLTV document for today and tomorrow (Amsterdam),
each time with its own UTC offset, so the listings are current whenever the demo is loaded and a day across
a change of the clocks has its 23 or 25 hours.
"""

import io
import tomllib
from datetime import date, datetime, time, timedelta
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from django.utils import timezone

from krant.tvguide.models import Channel, ChannelGroup, Programme
from krant.tvguide.services import Report, import_listing
from krant.tvguide.xmltv import format_time, read

TEMPLATE = Path(__file__).with_name("content") / "tvguide.toml"
DAYS = 2


def read_template(path: Path = TEMPLATE) -> dict:
    with path.open("rb") as file:
        return tomllib.load(file)


def at(day: date, clock: str) -> datetime:
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=timezone.get_default_timezone())


def xmltv(template: dict, first_day: date, days: int = DAYS) -> str:
    """Return the XMLTV document of the template's channels for `days` days from `first_day`."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<tv generator-info-name="krant demo">']
    for channel in template["channel"]:
        lines.append(
            f'  <channel id={quoteattr(channel["id"])}><display-name lang="nl">{escape(channel["name"])}'
            "</display-name></channel>"
        )
    for channel in template["channel"]:
        for offset in range(days):
            day = first_day + timedelta(days=offset)
            programmes = channel["programme"]
            for index, item in enumerate(programmes):
                start = at(day, item["time"])
                following = programmes[index + 1]["time"] if index + 1 < len(programmes) else None
                stop = at(day, following) if following else at(day + timedelta(days=1), "00:00")
                lines.append(programme_xml(channel["id"], start, stop, item))
    lines.append("</tv>")
    return "\n".join(lines)


def programme_xml(channel: str, start: datetime, stop: datetime, item: dict) -> str:
    parts = [
        f"  <programme start={quoteattr(format_time(start))} stop={quoteattr(format_time(stop))} "
        f"channel={quoteattr(channel)}>",
        f'<title lang="nl">{escape(item["title"])}</title>',
    ]
    if item.get("sub_title"):
        parts.append(f'<sub-title lang="nl">{escape(item["sub_title"])}</sub-title>')
    if item.get("desc"):
        parts.append(f'<desc lang="nl">{escape(item["desc"])}</desc>')
    parts += [f'<category lang="nl">{escape(category)}</category>' for category in item.get("categories", [])]
    if item.get("episode"):
        parts.append(f'<episode-num system="xmltv_ns">{escape(item["episode"])}</episode-num>')
    if item.get("rating"):
        parts.append(f'<rating system="Kijkwijzer"><value>{escape(item["rating"])}</value></rating>')
    parts.append("</programme>")
    return "".join(parts)


def load_tv_guide(now: datetime, progress=None) -> Report:
    """Import today's and tomorrow's listings, group the channels and mark the editors' tips."""
    template = read_template()
    today = timezone.localtime(now).date()
    report = import_listing(read(io.BytesIO(xmltv(template, today).encode())), progress)
    channels = {channel.xmltv_id: channel for channel in Channel.objects.all()}
    for position, spec in enumerate(template["group"]):
        group, _ = ChannelGroup.objects.get_or_create(
            slug=spec["slug"], defaults={"name": spec["name"], "position": position}
        )
        for place, xmltv_id in enumerate(spec["channels"]):
            channel = channels[xmltv_id]
            if channel.group_id is None:  # an editor's choice stays
                channel.group, channel.position = group, place
                channel.save(update_fields=["group", "position"])
    for spec in template["channel"]:
        for item in spec["programme"]:
            if item.get("tip"):
                starts = [at(today + timedelta(days=offset), item["time"]) for offset in range(DAYS)]
                Programme.objects.filter(channel=channels[spec["id"]], start__in=starts).update(
                    editors_pick=True, pick_note=item["tip"]
                )
    return report
