"""The demo's Weer: the real page in the menu, original forecasts for every place, never fetched."""

import pytest
from django.db import transaction

from krant.demo.services import load_demo
from krant.news.models import Feature, FeaturePage
from krant.weather import places, services
from krant.weather.models import Forecast, WeatherPage

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


def test_demo_has_the_weather_page_with_every_place(demo, db, client):
    """'Weer' is the real page in its menu place, every place has a forecast, the front page its widget."""
    page = WeatherPage.objects.live().get()
    assert page.url == "/weer/"
    assert not FeaturePage.objects.filter(feature=Feature.WEATHER).exists()
    assert Forecast.objects.count() == len(places.all_places())
    html = client.get("/weer/maastricht/").content.decode()
    assert "Weer in Maastricht" in html and "<svg" in html and "De komende 7 dagen" in html
    assert 'href="/weer/amsterdam/">Amsterdam</a>' in client.get("/").content.decode()


def test_demo_forecasts_are_never_fetched(demo, db):
    """Every demo forecast is the provider 'demo', which the scheduler's job never replaces."""
    assert set(Forecast.objects.values_list("provider", flat=True)) == {services.DEMO}
