"""Both providers against recorded responses shaped as their documentation shows, served by a real local
HTTP server (the only outside thing, replaced); and against broken ones, which raise ProviderError only."""

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from krant.weather import places
from krant.weather.adapters import LIMITS, Knmi, OpenMeteo, ProviderError
from tests.httpserver import LocalServer

DATA = Path(__file__).with_name("data")
LOCAL = replace(LIMITS, allow_private=True)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def recorded(name: str) -> bytes:
    return (DATA / name).read_bytes()


@pytest.fixture
def server():
    with LocalServer(content_type="application/json") as server:
        yield server


def test_open_meteo_forecast_through_the_fetcher(server):
    """The forecast is asked for the place's coordinates and read into current, 48 hours and 7 days."""
    server.serve("/v1/forecast", recorded("open-meteo-forecast.json"))
    provider = OpenMeteo(base_url=server.url("/v1/forecast"), limits=LOCAL)
    server.replies[provider.url(places.get("utrecht"))[len(server.base) :]] = server.replies["/v1/forecast"]
    forecast = provider.forecast(places.get("utrecht"))
    assert forecast["current"]["temperature"] == 9.4
    assert len(forecast["hourly"]) == 48
    assert len(forecast["daily"]) == 7
    assert "latitude=52.09" in server.requests[0] and "timeformat=unixtime" in server.requests[0]


def test_open_meteo_hours_across_the_change_to_summer_time_neither_repeat_nor_skip():
    """48 forecast hours are 48 distinct instants an hour apart; the local clock jumps from 02:00 to 03:00."""
    forecast = OpenMeteo().parse(json.loads(recorded("open-meteo-forecast.json")))
    instants = [datetime.fromisoformat(hour["time"]) for hour in forecast["hourly"]]
    assert all((b - a).total_seconds() == 3600 for a, b in zip(instants, instants[1:], strict=False))
    local = [moment.astimezone(AMSTERDAM) for moment in instants]
    night = [moment.strftime("%d %H:%M") for moment in local if moment.day == 28 and moment.hour < 4]
    assert night == ["28 00:00", "28 01:00", "28 03:00"]
    assert instants[0] == datetime(2027, 3, 27, 12, tzinfo=UTC)


def test_open_meteo_days_are_the_local_dates_across_the_change():
    """Days come as local midnights (23:00 UTC in winter, 22:00 in summer): seven consecutive dates."""
    forecast = OpenMeteo().parse(json.loads(recorded("open-meteo-forecast.json")))
    assert [day["date"] for day in forecast["daily"]] == [
        "2027-03-27",
        "2027-03-28",
        "2027-03-29",
        "2027-03-30",
        "2027-03-31",
        "2027-04-01",
        "2027-04-02",
    ]


def broken(change) -> dict:
    data = json.loads(recorded("open-meteo-forecast.json"))
    change(data)
    return data


@pytest.mark.parametrize(
    "data",
    [
        broken(lambda d: d.pop("hourly")),
        broken(lambda d: d["current"].update(time="2027-03-27T12:00")),  # ISO instead of unixtime
        broken(lambda d: d["hourly"]["temperature_2m"].__setitem__(30, "warm")),
        broken(lambda d: d["daily"]["temperature_2m_max"].clear()),
        broken(lambda d: d["current"].update(temperature_2m=True)),
        {"error": True, "reason": "Cannot initialize WeatherVariable from invalid String value"},
        [],
        None,
    ],
)
def test_open_meteo_broken_shapes_raise_provider_error(data):
    """Whatever shape comes back, the adapter either reads it or raises ProviderError."""
    with pytest.raises(ProviderError):
        OpenMeteo().parse(data)


@pytest.mark.parametrize(
    ("body", "status"),
    [(b"<html>onderhoud</html>", 200), (b'{"error": true}', 400), (b"", 503)],
)
def test_open_meteo_bad_answers_raise_provider_error(server, body, status):
    """Not JSON, an error status or an empty answer: ProviderError, never anything else."""
    url = server.serve("/v1/forecast", body, status=status)
    provider = OpenMeteo(base_url=url, limits=LOCAL)
    server.replies[provider.url(places.get("assen"))[len(server.base) :]] = server.replies["/v1/forecast"]
    with pytest.raises(ProviderError):
        provider.forecast(places.get("assen"))


def test_open_meteo_refuses_a_private_address_through_the_fetcher():
    """The fence of krant.core.fetch holds for the weather too."""
    with pytest.raises(ProviderError):
        OpenMeteo(base_url="http://127.0.0.1:9/v1/forecast").forecast(places.get("assen"))


def knmi_server(server, cap: bytes = b"") -> Knmi:
    base = "/open-data/v1/datasets/waarschuwingen_nederland_48h/versions/1.0"
    server.serve(f"{base}/files?orderBy=created&sorting=desc&maxKeys=1", recorded("knmi-files.json"))
    download = server.serve(
        "/download/knmi.xml", cap or recorded("knmi-warnings.xml"), content_type="text/xml"
    )
    server.serve(
        f"{base}/files/knmi_waarschuwingen_202703271200.xml/url",
        json.dumps(
            {
                "contentType": "text/xml",
                "lastModified": "2027-03-27T12:00:31+00:00",
                "temporaryDownloadUrl": download,
            }
        ),
    )
    return Knmi("sleutel", base_url=server.url(base), limits=LOCAL)


def test_knmi_warnings_per_province_from_the_newest_file(server):
    """Dutch warnings of code geel and up, one per province; green and other languages are left out."""
    warnings = knmi_server(server).warnings()
    assert sorted((w.province, w.level) for w in warnings) == [
        ("Friesland", "oranje"),
        ("Noord-Holland", "geel"),
        ("Zeeland", "geel"),
    ]
    zeeland = next(w for w in warnings if w.province == "Zeeland")
    assert zeeland.starts_at == datetime(2027, 3, 27, 14, tzinfo=UTC)
    assert zeeland.ends_at == datetime(2027, 3, 28, 1, tzinfo=UTC)  # 03:00 summer time
    assert zeeland.headline == "Zware windstoten langs de kust"
    assert server.requests_for(server.requests[0])[0]["Authorization"] == "sleutel"
    assert "Authorization" not in server.requests_for("/download/knmi.xml")[0]


@pytest.mark.parametrize(
    "cap",
    [
        b"<alert><info>",  # cut off
        b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><alert>&x;</alert>',  # entities
        recorded("knmi-warnings.xml").replace(b"2027-03-27T15:00:00+01:00", b"morgen"),
        recorded("knmi-warnings.xml").replace(b"2027-03-27T18:00:00+01:00", b"2027-03-27T18:00:00"),
    ],
)
def test_knmi_broken_files_raise_provider_error(server, cap):
    """A broken, hostile or half-dated file is refused as a whole: old warnings stay until a good one."""
    with pytest.raises(ProviderError):
        knmi_server(server, cap).warnings()


def test_knmi_without_a_listed_file_raises_provider_error(server):
    """An empty listing (nothing published yet) is a ProviderError too."""
    provider = knmi_server(server)
    base = "/open-data/v1/datasets/waarschuwingen_nederland_48h/versions/1.0"
    server.serve(f"{base}/files?orderBy=created&sorting=desc&maxKeys=1", b'{"files": []}')
    with pytest.raises(ProviderError):
        provider.warnings()
