"""The puzzles' day: a new day starts at midnight in Amsterdam, for every reader wherever they are."""

import math
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def today(now: datetime | None = None) -> date:
    return (now or timezone.now()).astimezone(AMSTERDAM).date()


def seconds_to_midnight(now: datetime | None = None) -> int:
    """Seconds until the next day starts in Amsterdam (at least 1), the clock changes included."""
    now = now or timezone.now()
    tomorrow = today(now) + timedelta(days=1)
    midnight = datetime.combine(tomorrow, time(0), tzinfo=AMSTERDAM)
    return max(1, math.ceil((midnight - now).total_seconds()))
