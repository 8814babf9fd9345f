"""Read an XMLTV file (the open format of TV listings) into channels and programmes, safely.

Streaming with defusedxml: entity declarations and outside references are refused (XMLTV files often name
their DTD, `<!DOCTYPE tv SYSTEM "xmltv.dtd">`, which expat never loads, so a DOCTYPE alone is allowed),
each programme element is dropped once read, and the size and the number of programmes are capped. Any
problem raises XmltvError naming the line and the element, before anything is stored.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import BinaryIO
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

MAX_BYTES = 50 * 1024 * 1024
MAX_PROGRAMMES = 200_000
CHUNK = 64 * 1024
TITLE_LENGTH = 300
TEXT_LENGTH = 5000
# "20261025023000 +0200"; XMLTV lets the tail go (minutes, seconds) and the offset (then it is UTC).
TIME = re.compile(r"^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?\s*(?:([+-])(\d{2}):?(\d{2}))?$")
UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class XmltvError(Exception):
    """A file that is not imported at all; the message names where and why, in one line."""


@dataclass
class ParsedProgramme:
    channel: str
    start: datetime
    stop: datetime | None
    title: str
    sub_title: str = ""
    description: str = ""
    categories: list[str] = field(default_factory=list)
    episode: str = ""
    rating: str = ""


@dataclass
class Listing:
    channels: dict[str, str] = field(default_factory=dict)  # XMLTV id -> display name
    programmes: list[ParsedProgramme] = field(default_factory=list)


def parse_time(value: str) -> datetime:
    """Return the aware UTC moment of an XMLTV time, or raise ValueError."""
    match = TIME.match((value or "").strip())
    if not match:
        raise ValueError(value)
    year, month, day, hour, minute, second, sign, off_h, off_m = match.groups()
    offset = timedelta(0)
    if sign:
        offset = timedelta(hours=int(off_h), minutes=int(off_m))
        if offset > timedelta(hours=14):
            raise ValueError(value)
        offset = -offset if sign == "-" else offset
    local = datetime(
        int(year),
        int(month),
        int(day),
        int(hour or 0),
        int(minute or 0),
        int(second or 0),
        tzinfo=timezone(offset),
    )
    return local.astimezone(UTC)


def format_time(moment: datetime) -> str:
    """Return `moment` the way XMLTV writes it, with its own UTC offset ('20261025023000 +0200')."""
    return moment.strftime("%Y%m%d%H%M%S %z")


def text(element, tag: str, limit: int) -> str:
    """Return the first `tag` child's text as one clean line (Dutch first when languages are given)."""
    found = element.findall(tag)
    chosen = next((e for e in found if (e.get("lang") or "").startswith("nl")), found[0] if found else None)
    if chosen is None:
        return ""
    return " ".join(UNPRINTABLE.sub("", chosen.text or "").split())[:limit]


def episode_of(element) -> str:
    """Return the episode as readers know it: onscreen ('S02E05') or from xmltv_ns ('1.4.0/1' = S2E5)."""
    numbers = {e.get("system", "onscreen"): (e.text or "").strip() for e in element.findall("episode-num")}
    if numbers.get("onscreen"):
        return numbers["onscreen"][:100]
    ns = numbers.get("xmltv_ns", "")
    parts = [part.split("/")[0].strip() for part in ns.split(".")]
    if len(parts) >= 2 and all(p.isdigit() or p == "" for p in parts[:2]) and any(parts[:2]):
        season, episode = parts[0], parts[1]
        return " ".join(
            label
            for label in (f"S{int(season) + 1}" if season else "", f"A{int(episode) + 1}" if episode else "")
            if label
        )
    return ""


def rating_of(element) -> str:
    values = []
    for rating in element.findall("rating"):
        value = " ".join((rating.findtext("value") or "").split())
        if value:
            system = rating.get("system", "")
            values.append(f"{system} {value}".strip())
    return ", ".join(values)[:100]


def read(stream: BinaryIO, max_bytes: int = MAX_BYTES, max_programmes: int = MAX_PROGRAMMES) -> Listing:
    """Return the channels and programmes of the XMLTV document in `stream`; raise XmltvError."""
    parser = DefusedXMLParser(forbid_dtd=False, forbid_entities=True, forbid_external=True)
    expat = parser.parser
    listing = Listing()
    depth, size = 0, 0
    root = None
    events: list[tuple[str, object, int]] = []
    # Expat's own handlers, wrapped: the depth, the root, and the line where each top-level element ends.
    start_handler, end_handler = expat.StartElementHandler, expat.EndElementHandler

    def on_start(tag, attrs):
        nonlocal depth, root
        element = start_handler(tag, attrs)
        if depth == 0:
            root = element
            if element.tag != "tv":
                raise XmltvError(
                    f"line {expat.CurrentLineNumber}: the root element is <{element.tag}>, not <tv>: "
                    "not an XMLTV file"
                )
        depth += 1
        return element

    def on_end(tag):
        nonlocal depth
        element = end_handler(tag)
        depth -= 1
        if depth == 1:
            events.append((element.tag, element, expat.CurrentLineNumber))
        return element

    expat.StartElementHandler, expat.EndElementHandler = on_start, on_end
    try:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise XmltvError(f"the file is larger than {max_bytes // (1024 * 1024)} MB and was not read")
            parser.feed(chunk)
            for tag, element, line in events:
                take(listing, tag, element, line)
                if len(listing.programmes) > max_programmes:
                    raise XmltvError(f"more than {max_programmes} programmes in one file")
            events.clear()
            if root is not None:
                root.clear()  # what was read is in `listing` now
        if size == 0:
            raise XmltvError("empty file")
        parser.close()
    except EntitiesForbidden:
        raise XmltvError("refused: the file declares XML entities") from None
    except ExternalReferenceForbidden:
        raise XmltvError("refused: the file refers to outside resources") from None
    except DefusedXmlException as error:
        raise XmltvError(f"refused: {error}") from None
    except ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else "?"
        raise XmltvError(f"line {line}: not well-formed XML ({error})") from None
    for tag, element, line in events:
        take(listing, tag, element, line)
    return listing


def take(listing: Listing, tag: str, element, line: int) -> None:
    """Add one top-level element to `listing`; raise XmltvError naming it when it is unusable."""
    if tag == "channel":
        channel = (element.get("id") or "").strip()
        if not channel:
            raise XmltvError(f"line {line}: <channel> without an id")
        listing.channels[channel] = text(element, "display-name", 100) or channel
    elif tag == "programme":
        channel = (element.get("channel") or "").strip()
        where = f'line {line}: <programme channel="{channel}" start="{element.get("start", "")}">'
        if channel not in listing.channels:
            raise XmltvError(f'{where}: the channel is not declared before it (<channel id="{channel}">)')
        try:
            start = parse_time(element.get("start", ""))
            stop = parse_time(element.get("stop")) if element.get("stop") else None
        except ValueError as error:
            raise XmltvError(
                f"{where}: the time '{error}' is not an XMLTV time (20261025023000 +0200)"
            ) from None
        if stop is not None and stop <= start:
            raise XmltvError(f"{where}: it stops before it starts")
        title = text(element, "title", TITLE_LENGTH)
        if not title:
            raise XmltvError(f"{where}: no <title>")
        listing.programmes.append(
            ParsedProgramme(
                channel=channel,
                start=start,
                stop=stop,
                title=title,
                sub_title=text(element, "sub-title", TITLE_LENGTH),
                description=text(element, "desc", TEXT_LENGTH),
                categories=[
                    c
                    for c in (" ".join((e.text or "").split())[:60] for e in element.findall("category"))
                    if c
                ][:10],
                episode=episode_of(element),
                rating=rating_of(element),
            )
        )
