"""Het Woord's days: one puzzle per calendar day in Amsterdam, numbered from the first."""

import datetime as dt
import math
from zoneinfo import ZoneInfo

from django.utils import timezone

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
FIRST_DAY = dt.date(2026, 12, 1)  # Het Woord 1


def today(now: dt.datetime | None = None) -> dt.date:
    """Return the puzzle's day: the date in Amsterdam, whatever the server's or the reader's zone."""
    return (now or timezone.now()).astimezone(AMSTERDAM).date()


def tomorrow(now: dt.datetime | None = None) -> dt.date:
    return today(now) + dt.timedelta(days=1)


def seconds_to_midnight(now: dt.datetime | None = None) -> int:
    """Return the seconds until the next day starts in Amsterdam (23 or 25 hours on a DST change)."""
    now = now or timezone.now()
    midnight = dt.datetime.combine(tomorrow(now), dt.time(), tzinfo=AMSTERDAM)
    return max(1, math.ceil((midnight - now).total_seconds()))


def number(day: dt.date) -> int:
    """Return the puzzle's number, as readers share it ('Het Woord 12')."""
    return (day - FIRST_DAY).days + 1


def day_of(puzzle: int) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=puzzle - 1)
