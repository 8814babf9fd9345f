"""/weer/, the page per place and the warnings on every page: readable without JavaScript, cacheable,
purged when the data changes, and never failing when the provider is down."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from krant.weather import services
from krant.weather.adapters import WarningData
from krant.weather.models import COOKIE, Forecast
from tests.weather.conftest import recorded_forecast

FETCHED = datetime(2027, 3, 27, 12, 5, tzinfo=UTC)


def test_place_page_shows_now_48_hours_and_7_days_with_an_svg_chart(weather_page, client):
    """Current conditions, the chart as inline SVG with a title and description, and the tables."""
    services.store_forecast("utrecht", "open-meteo", recorded_forecast(), FETCHED)
    with time_machine.travel(FETCHED + timedelta(minutes=10)):
        response = client.get("/weer/utrecht/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Weer in Utrecht" in html and "9 °C" in html
    assert '<svg class="weather-chart"' in html and '<title id="grafiek-titel">' in html
    assert (
        '<desc id="grafiek-uitleg">' in html and "<script" not in html.split("<main")[1].split("</main>")[0]
    )
    assert html.count('<tr><th scope="row"><time') == 48
    assert "zondag 28 maart" in html
    assert "de weerdienst is nu niet bereikbaar" not in html


def test_old_data_is_shown_with_its_age_when_the_provider_is_down(weather_page, client):
    """Hours after the last good fetch the page still answers, saying how old the data is."""
    services.store_forecast("utrecht", "open-meteo", recorded_forecast(), FETCHED)
    with time_machine.travel(FETCHED + timedelta(hours=5)):
        response = client.get("/weer/utrecht/")
    assert response.status_code == 200
    assert "Deze gegevens zijn van 27 maart" in response.content.decode()


def test_a_place_without_data_answers_with_a_message(weather_page, client):
    response = client.get("/weer/assen/")
    assert response.status_code == 200
    assert "nog geen verwachting" in response.content.decode()


@pytest.mark.parametrize("path", ["/weer/atlantis/", "/weer/utrecht/extra/", "/weer/%3Cscript%3E/"])
def test_unknown_places_are_404(weather_page, client, path):
    assert client.get(path).status_code == 404


def test_search_finds_places_and_says_so_when_none(weather_page, client):
    """The search lists matching places, those starting with the words first; nothing found says so."""
    response = client.get("/weer/?plaats=den")
    html = response.content.decode()
    assert html.index("Den Haag") < html.index("Den Helder") < html.index("Leiden")
    empty = client.get("/weer/?plaats=Zzzstad").content.decode()
    assert "Geen plaats gevonden" in empty and "Zzzstad" in empty


def test_the_reader_s_choice_is_remembered_by_slug_only_and_applied_by_a_redirect(weather_page, client):
    """'Onthoud' sets a cookie with the slug alone; /weer/ then sends the reader there; 'vergeet' ends it."""
    response = client.get("/weer/?onthoud=zwolle")
    assert response.status_code == 302 and response["Location"] == "/weer/zwolle/"
    assert response.cookies[COOKIE].value == "zwolle"
    again = client.get("/weer/")
    assert again.status_code == 302 and again["Location"] == "/weer/zwolle/"
    assert "private" in again["Cache-Control"] or "no-cache" in again["Cache-Control"]
    forget = client.get("/weer/?vergeet=1")
    assert forget.status_code == 200 and forget.cookies[COOKIE].value == ""
    assert client.get("/weer/?onthoud=nergens").status_code == 200  # an unknown slug sets nothing


def test_place_pages_are_the_same_for_every_reader(weather_page, client):
    """A place page is public: the remembered place never changes its bytes."""
    services.store_forecast("utrecht", "open-meteo", recorded_forecast(), FETCHED)
    plain = client.get("/weer/utrecht/")
    client.cookies[COOKIE] = "zwolle"
    with_cookie = client.get("/weer/utrecht/")
    assert plain.content == with_cookie.content
    assert "public" in plain["Cache-Control"] and "weather:utrecht" in plain["xkey"]


def test_place_page_query_count_is_constant(weather_page, client):
    services.store_forecast("utrecht", "open-meteo", recorded_forecast(), FETCHED)
    client.get("/weer/utrecht/")
    with CaptureQueriesContext(connection) as first:
        client.get("/weer/utrecht/")
    services.store_warnings(
        [
            WarningData(
                "Utrecht",
                "geel",
                "Gladheid",
                timezone.now() - timedelta(hours=1),
                timezone.now() + timedelta(hours=3),
            )
        ]
    )
    client.get("/weer/utrecht/")
    with CaptureQueriesContext(connection) as second:
        client.get("/weer/utrecht/")
    assert len(second) == len(first) <= 8


def test_warnings_show_on_every_page_while_in_force(weather_page, tree, client):
    """A warning in force shows on every page; not before its start or after its end."""
    now = timezone.now()
    services.store_warnings(
        [
            WarningData(
                "Zeeland", "oranje", "Zware windstoten", now + timedelta(hours=1), now + timedelta(hours=4)
            )
        ]
    )
    assert "Code oranje in Zeeland" not in client.get("/").content.decode()
    with time_machine.travel(now + timedelta(hours=2)):
        assert "Code oranje in Zeeland" in client.get("/").content.decode()
        assert "Code oranje in Zeeland" in client.get("/weer/middelburg/").content.decode()
        assert "Zware windstoten" in client.get("/weer/middelburg/").content.decode()
    with time_machine.travel(now + timedelta(hours=5)):
        assert "Code oranje in Zeeland" not in client.get("/").content.decode()


def test_storing_the_same_warnings_again_changes_nothing(db):
    """Only a change of the set purges every page."""
    now = timezone.now()
    warnings = [WarningData("Limburg", "geel", "Onweer", now, now + timedelta(hours=2))]
    assert services.store_warnings(warnings) is True
    assert services.store_warnings(warnings) is False
    assert services.store_warnings([]) is True


def test_fetch_keeps_the_last_good_forecast_and_backs_off(db):
    """A failing provider leaves the stored forecast alone and is asked later each time."""

    class Down(services.OpenMeteo):
        def forecast(self, place):
            raise services.ProviderError("open-meteo: HTTP 503")

    services.store_forecast("utrecht", "open-meteo", recorded_forecast(), FETCHED)
    later = FETCHED + timedelta(hours=2)
    services.fetch_due_forecasts(Down(), later)
    utrecht = Forecast.objects.get(place="utrecht")
    assert utrecht.fetched_at == FETCHED and utrecht.data["current"]["temperature"] == 9.4
    assert utrecht.failures == 1 and utrecht.next_fetch_at == later + timedelta(minutes=10)
    assert "503" in utrecht.last_error


def test_demo_forecasts_are_never_fetched_over(db):
    """The demo's original weather stays: the job asks the provider for other places only."""
    asked = []

    class Recording(services.OpenMeteo):
        def forecast(self, place):
            asked.append(place.slug)
            return recorded_forecast()

    services.store_forecast("utrecht", services.DEMO, recorded_forecast(), FETCHED)
    services.fetch_due_forecasts(Recording(), FETCHED + timedelta(days=1))
    assert "utrecht" not in asked and len(asked) == services.PLACES_PER_ROUND


def test_front_page_widget_shows_large_towns_and_follows_a_new_forecast(
    weather_page, tree, client, django_capture_on_commit_callbacks
):
    """The widget shows now in the large towns and changes (purged on commit) with a new forecast."""
    assert "weer-widget-titel" not in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        services.store_forecast("amsterdam", "open-meteo", recorded_forecast(), FETCHED)
    html = client.get("/").content.decode()
    assert 'href="/weer/amsterdam/">Amsterdam</a> <span class="weather-widget__temp">9 °C' in html
    newer = recorded_forecast()
    newer["current"]["temperature"] = -3.0
    with django_capture_on_commit_callbacks(execute=True):
        services.store_forecast("amsterdam", "open-meteo", newer, FETCHED + timedelta(hours=1))
    assert "-3 °C" in client.get("/").content.decode()
