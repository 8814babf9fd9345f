"""Read the dates news pages print, in Dutch ('31 okt 2024 om 19:09', 'gisteren, 21.30 uur') or ISO 8601.

Every result is an aware datetime in Europe/Amsterdam (the newsroom's clock), with a flag that says
whether the page gave a time of day or only a date.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

MONTHS = {
    "januari": 1, "jan": 1,
    "februari": 2, "feb": 2, "febr": 2,
    "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+"
TIME = r"(?:\s*(?:,|om|-|–|\||·)?\s*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:\s*uur)?)?"
NAMED = re.compile(
    rf"(?:{WEEKDAYS})?(?P<day>\d{{1,2}})\s+(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{{4}}){TIME}", re.IGNORECASE
)
NUMERIC = re.compile(rf"(?P<day>\d{{1,2}})[-/.](?P<month>\d{{1,2}})[-/.](?P<year>\d{{4}}){TIME}")
RELATIVE = re.compile(rf"(?P<word>vandaag|gisteren|eergisteren){TIME}", re.IGNORECASE)
AGO = re.compile(r"(?P<count>\d{1,3})\s+(?P<unit>minuut|minuten|min\.?|uur)\s+geleden", re.IGNORECASE)
CLOCK = re.compile(r"(?:om\s+)?(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:\s*uur)?", re.IGNORECASE)
# Words a dateline may start with: 'Gepubliceerd: 3 maart 2025', 'Geplaatst op ...', 'Bijgewerkt ...'.
LEADING = re.compile(
    r"^(?:(?:gepubliceerd|geplaatst|verschenen|bijgewerkt|aangepast|laatste update|update|datum)"
    r"(?:\s+op)?\s*:?\s*)",
    re.IGNORECASE,
)
# A second date after the first, as in '3 maart 2025 om 09:12 | Bijgewerkt 3 maart 2025 om 11:00'.
TRAILING = re.compile(
    r"^\s*(?:[|,·(–-]\s*)?(?:bijgewerkt|aangepast|laatste update|update)\b.*$", re.IGNORECASE
)
DAYS_BACK = {"vandaag": 0, "gisteren": 1, "eergisteren": 2}


@dataclass(frozen=True)
class PageDate:
    """A moment a page gave: `value` is aware; `has_time` is False when the page printed only a date."""

    value: datetime
    has_time: bool


def parse_dutch(text: str, *, now: datetime | None = None, whole: bool = False) -> PageDate | None:
    """Return the first Dutch date (and time) in `text`, or None.

    `now` is the moment 'vandaag', 'gisteren' and '5 minuten geleden' count from (default: now).
    With `whole`, the text must be a dateline and nothing else (a leading 'Gepubliceerd:' and a trailing
    'Bijgewerkt ...' are allowed), so a sentence in the body that mentions a date is not one.
    """
    text = " ".join(text.replace("\xa0", " ").split())
    if whole:
        text = LEADING.sub("", text)
    now = (now or datetime.now(tz=AMSTERDAM)).astimezone(AMSTERDAM)
    for pattern, build in ((NAMED, _named), (NUMERIC, _numeric), (RELATIVE, _relative), (AGO, _ago)):
        match = _search(pattern, text, whole)
        if match is None:
            continue
        found = build(match, now)
        if found is not None:
            return found
    if whole:
        clock = CLOCK.fullmatch(text)
        if clock:  # a bare time is today's, as news sites print it for the newest articles
            return _at(now.date(), clock)
    return None


def parse_iso(text: str) -> PageDate | None:
    """Return the moment in an ISO 8601 value ('2025-03-14T07:45:00+01:00', '2025-03-14'), or None.

    A value without an offset is read as Amsterdam time.
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        return None
    has_time = len(text) > 10
    if value.tzinfo is None:
        value = value.replace(tzinfo=AMSTERDAM)
    return PageDate(value.astimezone(AMSTERDAM), has_time)


def _search(pattern: re.Pattern, text: str, whole: bool) -> re.Match | None:
    if not whole:
        return pattern.search(text)
    match = pattern.match(text)
    if match is None or not (match.end() == len(text) or TRAILING.match(text[match.end() :])):
        return None
    return match


def _at(day: date, match: re.Match) -> PageDate | None:
    hour, minute = match.group("hour"), match.group("minute")
    if hour is None:
        return PageDate(datetime.combine(day, time(0, 0), tzinfo=AMSTERDAM), False)
    return PageDate(datetime.combine(day, time(int(hour), int(minute)), tzinfo=AMSTERDAM), True)


def _named(match: re.Match, now: datetime) -> PageDate | None:
    month = MONTHS.get(match.group("month").lower())
    if month is None:
        return None
    return _dated(match, month)


def _numeric(match: re.Match, now: datetime) -> PageDate | None:
    return _dated(match, int(match.group("month")))


def _dated(match: re.Match, month: int) -> PageDate | None:
    try:
        day = date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:  # 31 februari and the like
        return None
    return _at(day, match)


def _relative(match: re.Match, now: datetime) -> PageDate | None:
    return _at(now.date() - timedelta(days=DAYS_BACK[match.group("word").lower()]), match)


def _ago(match: re.Match, now: datetime) -> PageDate | None:
    count = int(match.group("count"))
    delta = timedelta(hours=count) if match.group("unit").lower() == "uur" else timedelta(minutes=count)
    return PageDate((now - delta).replace(second=0, microsecond=0), True)
