"""Original weather for the demo's places: a calm December pattern drawn from each place's position.

Made up here, never fetched: the demo works offline. Stored with the provider 'demo', which the scheduler's job
never replaces (krant.weather.services).
"""

import math
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from krant.weather.adapters import DAYS, HOURS
from krant.weather.places import Place

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
CODES = (3, 2, 61, 3, 80, 1, 45)


def forecast(place: Place, now: datetime) -> dict:
    """Return a forecast for `place` in the shape the adapters give, starting at the hour of `now`."""
    start = now.astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    # Milder by the coast, colder inland and up north; a slow swing over the day.
    base = 7.5 - (place.latitude - 51.0) * 1.2 - (place.longitude - 3.5) * 0.5
    hours = []
    for i in range(HOURS):
        moment = start + timedelta(hours=i)
        local = moment.astimezone(AMSTERDAM)
        swing = 2.5 * math.sin((local.hour - 9) / 24 * 2 * math.pi)
        weather = CODES[(i // 6 + int(place.longitude * 10)) % len(CODES)]
        hours.append(
            {
                "time": moment.isoformat(),
                "temperature": round(base + swing - i * 0.03, 1),
                "precipitation_probability": 70.0 if weather in (61, 80) else 15.0,
                "precipitation": 0.6 if weather in (61, 80) else 0.0,
                "code": weather,
                "wind_speed": round(18 + (5.5 - place.longitude) * 4 + (i % 7), 1),
            }
        )
    today = start.astimezone(AMSTERDAM).date()
    days = [
        {
            "date": (today + timedelta(days=d)).isoformat(),
            "code": CODES[(d + int(place.latitude * 10)) % len(CODES)],
            "max": round(base + 2.5 - d * 0.4, 1),
            "min": round(base - 3 - d * 0.4, 1),
            "precipitation": 2.4 if CODES[(d + int(place.latitude * 10)) % len(CODES)] in (61, 80) else 0.2,
        }
        for d in range(DAYS)
    ]
    first = hours[0]
    return {
        "current": {
            "time": start.isoformat(),
            "temperature": first["temperature"],
            "code": first["code"],
            "wind_speed": first["wind_speed"],
            "wind_direction": 225.0,
            "precipitation": first["precipitation"],
        },
        "hourly": hours,
        "daily": days,
    }
