import json
from pathlib import Path

import pytest

from krant.weather.adapters import OpenMeteo
from krant.weather.models import WeatherPage
from tests.factories import add_page

DATA = Path(__file__).with_name("data")


def recorded_forecast() -> dict:
    """The recorded Open-Meteo answer, read by the adapter: the data a fetch stores."""
    return OpenMeteo().parse(json.loads((DATA / "open-meteo-forecast.json").read_bytes()))


@pytest.fixture
def weather_page(tree) -> WeatherPage:
    return add_page(tree.home, WeatherPage(title="Weer", slug="weer"))
