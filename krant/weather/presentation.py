"""A forecast as the pages show it: local times, words for the weather codes, and the temperature chart
drawn as inline SVG on the server (no JavaScript), with the same numbers in a table beside it."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STALE_AFTER = timedelta(hours=3)  # older than this, the page says the data is old
CHART_WIDTH, CHART_HEIGHT, PAD = 640, 200, 28


def describe(code: int | None) -> str:
    """Return the WMO weather code in words."""
    if code is None:
        return ""
    if code == 0:
        return _("onbewolkt")
    if code in (1, 2):
        return _("half bewolkt")
    if code == 3:
        return _("bewolkt")
    if code in (45, 48):
        return _("mist")
    if 51 <= code <= 57:
        return _("motregen")
    if 61 <= code <= 67 or 80 <= code <= 82:
        return _("regen")
    if 71 <= code <= 77 or code in (85, 86):
        return _("sneeuw")
    if code >= 95:
        return _("onweer")
    return _("wisselvallig")


def report(forecast) -> dict | None:
    """Return what a place page shows of `forecast` (a Forecast or None), times in Dutch local time."""
    if forecast is None or not forecast.data or forecast.fetched_at is None:
        return None
    data = forecast.data
    hours = [
        {
            **hour,
            "local": datetime.fromisoformat(hour["time"]).astimezone(AMSTERDAM),
            "words": describe(hour["code"]),
        }
        for hour in data.get("hourly", [])
    ]
    days = [
        {**day, "day": date.fromisoformat(day["date"]), "words": describe(day["code"])}
        for day in data.get("daily", [])
    ]
    current = dict(data.get("current", {}))
    current["words"] = describe(current.get("code"))
    return {
        "current": current,
        "hours": hours,
        "days": days,
        "fetched_at": forecast.fetched_at,
        "stale": timezone.now() - forecast.fetched_at > STALE_AFTER,
        "chart": chart(hours),
    }


def chart(hours: list[dict]) -> dict | None:
    """Return the points of the temperature line and its axis labels for the SVG template."""
    values = [(i, hour["temperature"]) for i, hour in enumerate(hours) if hour["temperature"] is not None]
    if len(values) < 2:
        return None
    low = min(t for _i, t in values)
    high = max(t for _i, t in values)
    span = max(high - low, 1.0)
    step = (CHART_WIDTH - 2 * PAD) / max(len(hours) - 1, 1)

    def y(temperature: float) -> float:
        return round(CHART_HEIGHT - PAD - (temperature - low) / span * (CHART_HEIGHT - 2 * PAD), 1)

    points = " ".join(f"{round(PAD + i * step, 1)},{y(t)}" for i, t in values)
    ticks = [
        {"x": round(PAD + i * step, 1), "label": hour["local"].strftime("%H:%M")}
        for i, hour in enumerate(hours)
        if i % 12 == 0
    ]
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "points": points,
        "low": low,
        "high": high,
        "low_y": y(low),
        "high_y": y(high),
        "ticks": ticks,
        "baseline": CHART_HEIGHT - PAD + 14,
    }
