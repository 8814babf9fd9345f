"""A forecast as the pages show it: local times, words for the weather codes, and the temperature chart
drawn as inline SVG on the server (no JavaScript), with the same numbers in a table beside it."""

import math
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import dateformat, timezone
from django.utils.translation import gettext as _

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STALE_AFTER = timedelta(hours=3)  # older than this, the page says the data is old
CHART_WIDTH, CHART_HEIGHT = 640, 220  # the viewBox; shown at least 36rem wide (krant.css), scrolled on phones
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 64, 24, 12, 36  # room for "−10 °C" left, the hours below
FONT_SIZE = 13  # in the viewBox's units: 11.7 px or more on screen at the chart's smallest width
CHAR_WIDTH = 0.62  # of FONT_SIZE: a digit of DejaVu Sans or Arial, rounded up
LABEL_GAP = 8  # at least this between two hour labels


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
    """Return the temperature chart for the SVG template: the line, the grid and every label, placed.

    Every number is a string with a decimal point: a template would localise a float ("28,0"), and SVG reads
    a comma in `x` or `y` as a list of positions, one per glyph, which scattered the labels.
    """
    values = [(i, hour["temperature"]) for i, hour in enumerate(hours) if hour["temperature"] is not None]
    if len(values) < 2:
        return None
    low = min(t for _i, t in values)
    high = max(t for _i, t in values)
    step = grid_step(high - low)
    bottom = math.floor(low / step) * step
    top = max(math.ceil(high / step) * step, bottom + step)
    left, right = PAD_LEFT, CHART_WIDTH - PAD_RIGHT
    plot_top, plot_bottom = PAD_TOP, CHART_HEIGHT - PAD_BOTTOM
    x_step = (right - left) / max(len(hours) - 1, 1)

    def x(i: int) -> float:
        return left + i * x_step

    def y(temperature: float) -> float:
        return plot_bottom - (temperature - bottom) / (top - bottom) * (plot_bottom - plot_top)

    grid = []
    for n in range(round((top - bottom) / step) + 1):
        value = bottom + n * step
        grid.append(
            {
                "y": num(y(value)),
                "label": label(temperature_label(value), left - 8, y(value) + FONT_SIZE * 0.35, "end"),
            }
        )
    ticks, last_end = [], -math.inf
    for i, hour in enumerate(hours):
        local = hour["local"]
        if local.hour % 6 or local.minute:
            continue
        # Midnight carries the day: a 48-hour line crosses two or three of them.
        text = dateformat.format(local, "D j") if local.hour == 0 else local.strftime("%H:%M")
        width = text_width(text)
        centre = min(max(x(i), width / 2), CHART_WIDTH - width / 2)
        if centre - width / 2 < last_end + LABEL_GAP:
            continue  # would touch the one before (a short first interval): leave it out
        last_end = centre + width / 2
        ticks.append({"x": num(x(i)), "label": label(text, centre, plot_bottom + 8 + FONT_SIZE, "middle")})
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "font_size": FONT_SIZE,
        "left": num(left),
        "right": num(right),
        "plot_top": num(plot_top),
        "plot_bottom": num(plot_bottom),
        "points": " ".join(f"{num(x(i))},{num(y(t))}" for i, t in values),
        "low": low,
        "high": high,
        "grid": grid,
        "ticks": ticks,
    }


def grid_step(span: float) -> int:
    """Return the distance in degrees between the chart's grid lines: three to six lines for any range."""
    for step in (1, 2, 5, 10):
        if span / step <= 5:
            return step
    return 20


def temperature_label(value: float) -> str:
    return f"{round(value)}\u2009°C".replace("-", "\u2212")  # a real minus sign; a thin space before the unit


def text_width(text: str) -> float:
    """Return a generous estimate of the width of `text` in the chart's font (no font metrics here)."""
    return len(text) * FONT_SIZE * CHAR_WIDTH


def label(text: str, x: float, y: float, anchor: str) -> dict:
    return {"text": text, "x": num(x), "y": num(y), "anchor": anchor}


def num(value: float) -> str:
    return f"{value:.1f}"
