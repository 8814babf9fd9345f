"""The temperature chart as the server draws it: every label a plain position inside the viewBox, no two
labels overlapping, the unit on the axis, for any range of temperatures and across a change of clock.

Read from the rendered page's SVG; a label's box is estimated from its length (presentation.text_width,
generous for the fonts we use); tests/browser/test_weather.py measures the real boxes in Chromium.
"""

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from krant.weather import presentation, services
from tests.weather.conftest import recorded_forecast

FETCHED = datetime(2027, 3, 27, 12, 5, tzinfo=UTC)
FIRST_HOUR = datetime(2027, 3, 27, 12, tzinfo=UTC)
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def forecast_from(start: datetime, temperatures: list[float | None]) -> dict:
    data = recorded_forecast()
    hour = data["hourly"][0]
    data["hourly"] = [
        {**hour, "time": (start + timedelta(hours=i)).isoformat(), "temperature": t}
        for i, t in enumerate(temperatures)
    ]
    return data


CASES = {
    "recorded": recorded_forecast(),
    "frost and heat": forecast_from(FIRST_HOUR, [(-14 + i * 0.97) for i in range(48)]),
    "flat": forecast_from(FIRST_HOUR, [7.0] * 48),
    "a gap, then a zigzag": forecast_from(FIRST_HOUR, [None, None, *[(i % 9) - 3.5 for i in range(46)]]),
    # The night the clocks go back (27 to 28 October 2027 in Amsterdam: 02:00 twice).
    "end of summer time": forecast_from(
        datetime(2027, 10, 30, 12, tzinfo=UTC), [10 + i / 10 for i in range(48)]
    ),
}


def chart_svg(client) -> ET.Element:
    html = client.get("/weer/utrecht/").content.decode()
    return ET.fromstring(re.search(r'<svg class="weather-chart".*?</svg>', html, re.S).group(0))


def label_boxes(svg: ET.Element) -> list[tuple[str, float, float, float, float]]:
    """Return each label's text and estimated box (left, top, right, bottom), failing on a bad position."""
    font = float(svg.get("font-size"))
    boxes = []
    for text in svg.iter("text"):
        x, y = text.get("x"), text.get("y")
        # One number each: SVG reads "28,0" as a position per glyph, which scattered the labels.
        assert NUMBER.fullmatch(x) and NUMBER.fullmatch(y), (text.text, x, y)
        width = presentation.text_width(text.text)
        left = {"start": 0, "middle": width / 2, "end": width}[text.get("text-anchor", "start")]
        boxes.append(
            (text.text, float(x) - left, float(y) - font, float(x) - left + width, float(y) + font / 4)
        )
    return boxes


@pytest.mark.parametrize("case", CASES)
def test_labels_are_inside_the_chart_and_apart(weather_page, client, case):
    """Every label fits the viewBox and overlaps no other; every line's coordinates are plain numbers."""
    services.store_forecast("utrecht", "open-meteo", CASES[case], FETCHED)
    with time_machine.travel(FETCHED + timedelta(minutes=10)):
        svg = chart_svg(client)
    _x, _y, width, height = (float(n) for n in svg.get("viewBox").split())
    boxes = label_boxes(svg)
    assert len(boxes) >= 5  # a few temperatures and hours at least
    for name, left, top, right, bottom in boxes:
        assert 0 <= left and right <= width and 0 <= top and bottom <= height, (
            name,
            left,
            top,
            right,
            bottom,
        )
    for i, one in enumerate(boxes):
        for other in boxes[i + 1 :]:
            apart = one[3] <= other[1] or other[3] <= one[1] or one[4] <= other[2] or other[4] <= one[2]
            assert apart, (one, other)
    for line in svg.iter("line"):
        assert all(0 <= float(line.get(a)) <= max(width, height) for a in ("x1", "x2", "y1", "y2"))
    for point in svg.find("polyline").get("points").split():
        px, py = (float(n) for n in point.split(","))
        assert 0 <= px <= width and 0 <= py <= height


def test_the_axis_says_degrees_celsius_and_the_hours_are_local(weather_page, client):
    """Temperatures carry their unit (a real minus below zero); hours are Amsterdam time, midnight a day."""
    services.store_forecast("utrecht", "open-meteo", CASES["frost and heat"], FETCHED)
    with time_machine.travel(FETCHED + timedelta(minutes=10)):
        labels = [box[0] for box in label_boxes(chart_svg(client))]
    assert labels[:6] == [
        "\u221220\u2009°C",
        "\u221210\u2009°C",
        "0\u2009°C",
        "10\u2009°C",
        "20\u2009°C",
        "30\u2009°C",
    ]
    # 12:00 UTC is 13:00 in Amsterdam (winter time until the 28th): the first tick is 18:00, then Sunday.
    assert labels[7:9] == ["18:00", "zo 28"]
