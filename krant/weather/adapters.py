"""Weather providers behind one interface: each turns its documented response into krant's own shapes.

- `OpenMeteo`: the forecast API's JSON (https://open-meteo.com/en/docs): current conditions, 48 hours and
  7 days for one place; free, no key. Asked with `timeformat=unixtime`, so every hour is an instant and a
  change to or from summer time can neither repeat nor skip an hour; days come as the instants of local
  midnight in Europe/Amsterdam.
- `Knmi`: KNMI's Open Data API (https://developer.dataplatform.knmi.nl/open-data-api): the newest file of the
  warnings dataset, a CAP 1.2 alert whose awareness level (geel, oranje, rood) is given per province.

Every download goes through krant.core.fetch; a provider only builds addresses and reads bodies. Whatever is
wrong with a body raises ProviderError, never anything else, so the job can keep the last good data.
"""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from krant.core.fetch import FetchError, Limits, open_url
from krant.weather.places import PROVINCES, Place

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
HOURS = 48
DAYS = 7
LIMITS = Limits(connect_timeout=5, read_timeout=10, deadline=20, max_bytes=2 * 1024 * 1024, max_redirects=2)


class ProviderError(Exception):
    """The provider could not be reached or answered something we cannot read."""


@dataclass(frozen=True)
class WarningData:
    province: str
    level: str  # "geel", "oranje" or "rood"
    headline: str
    starts_at: datetime
    ends_at: datetime


class Provider:
    """One weather provider: how often it may be asked, and how to download from it."""

    name = ""
    interval_seconds = 3600  # the provider's pace: its data changes no faster than this
    base_url = ""

    def __init__(self, base_url: str = "", limits: Limits = LIMITS):
        self.base_url = base_url or self.base_url
        self.limits = limits  # tests lift the address fence to reach their local server

    def get(self, url: str, headers: dict | None = None) -> bytes:
        try:
            with open_url(url, headers=headers, limits=self.limits) as opened:
                if opened.status != 200:
                    raise ProviderError(f"{self.name}: HTTP {opened.status}")
                return opened.read()
        except FetchError as error:
            raise ProviderError(f"{self.name}: {error.reason} {error.detail}".strip()) from error

    def get_json(self, url: str, headers: dict | None = None):
        try:
            return json.loads(self.get(url, headers))
        except (ValueError, UnicodeError) as error:
            raise ProviderError(f"{self.name}: no JSON") from error


class OpenMeteo(Provider):
    name = "open-meteo"
    interval_seconds = 3600  # Open-Meteo's models update hourly at most
    base_url = "https://api.open-meteo.com/v1/forecast"
    hourly = (
        "temperature_2m",
        "precipitation_probability",
        "precipitation",
        "weather_code",
        "wind_speed_10m",
    )
    daily = ("weather_code", "temperature_2m_max", "temperature_2m_min", "precipitation_sum")
    current = ("temperature_2m", "weather_code", "wind_speed_10m", "wind_direction_10m", "precipitation")

    def url(self, place: Place) -> str:
        query = {
            "latitude": f"{place.latitude:.2f}",
            "longitude": f"{place.longitude:.2f}",
            "current": ",".join(self.current),
            "hourly": ",".join(self.hourly),
            "daily": ",".join(self.daily),
            "timezone": "Europe/Amsterdam",
            "timeformat": "unixtime",
            "forecast_days": DAYS,
            "wind_speed_unit": "kmh",
        }
        return f"{self.base_url}?{urlencode(query)}"

    def forecast(self, place: Place) -> dict:
        return self.parse(self.get_json(self.url(place)))

    def parse(self, data) -> dict:
        """Return the forecast in krant's shape: plain JSON values, instants as ISO strings in UTC."""
        try:
            current, hourly, daily = data["current"], data["hourly"], data["daily"]
            now = instant(current["time"])
            hours = [
                {
                    "time": instant(stamp).isoformat(),
                    "temperature": number(hourly["temperature_2m"][i]),
                    "precipitation_probability": number(hourly["precipitation_probability"][i]),
                    "precipitation": number(hourly["precipitation"][i]),
                    "code": code(hourly["weather_code"][i]),
                    "wind_speed": number(hourly["wind_speed_10m"][i]),
                }
                for i, stamp in enumerate(hourly["time"])
                if instant(stamp) >= now.replace(minute=0, second=0)
            ][:HOURS]
            days = [
                {
                    "date": instant(stamp).astimezone(AMSTERDAM).date().isoformat(),
                    "code": code(daily["weather_code"][i]),
                    "max": number(daily["temperature_2m_max"][i]),
                    "min": number(daily["temperature_2m_min"][i]),
                    "precipitation": number(daily["precipitation_sum"][i]),
                }
                for i, stamp in enumerate(daily["time"])
            ][:DAYS]
            return {
                "current": {
                    "time": now.isoformat(),
                    "temperature": number(current["temperature_2m"]),
                    "code": code(current["weather_code"]),
                    "wind_speed": number(current["wind_speed_10m"]),
                    "wind_direction": number(current["wind_direction_10m"]),
                    "precipitation": number(current["precipitation"]),
                },
                "hourly": hours,
                "daily": days,
            }
        except (KeyError, IndexError, TypeError, ValueError, OverflowError) as error:
            raise ProviderError(f"{self.name}: unexpected shape ({type(error).__name__}: {error})") from error


class Knmi(Provider):
    name = "knmi"
    interval_seconds = 600  # KNMI renews its warnings file about every ten minutes
    base_url = (
        "https://api.dataplatform.knmi.nl/open-data/v1/datasets/waarschuwingen_nederland_48h/versions/1.0"
    )
    levels = {"2": "geel", "3": "oranje", "4": "rood"}  # CAP awareness levels; 1 (green) is no warning

    def __init__(self, api_key: str, base_url: str = "", limits: Limits = LIMITS):
        super().__init__(base_url, limits)
        self.api_key = api_key

    def warnings(self) -> list[WarningData]:
        headers = {"Authorization": self.api_key}
        listing = self.get_json(f"{self.base_url}/files?orderBy=created&sorting=desc&maxKeys=1", headers)
        try:
            filename = listing["files"][0]["filename"]
        except (KeyError, IndexError, TypeError) as error:
            raise ProviderError(f"{self.name}: no file listed") from error
        link = self.get_json(f"{self.base_url}/files/{quote(filename, safe='')}/url", headers)
        if not isinstance(link, dict) or not isinstance(link.get("temporaryDownloadUrl"), str):
            raise ProviderError(f"{self.name}: no download address")
        # The temporary address is signed: it carries no key of ours.
        return self.parse(self.get(link["temporaryDownloadUrl"]))

    def parse(self, body: bytes) -> list[WarningData]:
        """Return the warnings of level geel and up per province from a CAP 1.2 alert."""
        ns = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}
        try:
            root = ElementTree.fromstring(body, forbid_dtd=True)
        except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
            raise ProviderError(f"{self.name}: unreadable CAP ({type(error).__name__})") from error
        found = []
        try:
            for info in root.iterfind("cap:info", ns):
                if not (info.findtext("cap:language", "nl-NL", ns) or "").startswith("nl"):
                    continue
                level = ""
                for parameter in info.iterfind("cap:parameter", ns):
                    if parameter.findtext("cap:valueName", "", ns) == "awareness_level":
                        level = self.levels.get(
                            parameter.findtext("cap:value", "", ns).split(";")[0].strip(), ""
                        )
                if not level:
                    continue
                starts = datetime.fromisoformat(info.findtext("cap:onset", "", ns))
                ends = datetime.fromisoformat(info.findtext("cap:expires", "", ns))
                if starts.tzinfo is None or ends.tzinfo is None:
                    raise ValueError("time without offset")
                headline = " ".join((info.findtext("cap:headline", "", ns) or "").split())[:300]
                for area in info.iterfind("cap:area", ns):
                    province = (area.findtext("cap:areaDesc", "", ns) or "").strip()
                    if province in PROVINCES:
                        found.append(
                            WarningData(
                                province, level, headline, starts.astimezone(UTC), ends.astimezone(UTC)
                            )
                        )
        except ValueError as error:
            raise ProviderError(f"{self.name}: bad value in CAP ({error})") from error
        return found


def instant(value) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("time is not a unix time")
    return datetime.fromtimestamp(value, UTC)


def number(value) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"not a number: {value!r}")
    return round(float(value), 1)


def code(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"not a weather code: {value!r}")
    return int(value)
