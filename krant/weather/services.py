"""Fetching the weather, at each provider's pace, and storing it for the pages.

`fetch_due_weather` is a scheduler job (krant.core.scheduler.JOBS). Each round it asks Open-Meteo for the few
places whose forecast is due (a place is due once per `OpenMeteo.interval_seconds`, later after failures) and,
when a KNMI key is configured and its pace allows, KNMI for the warnings. A failure keeps the last good data:
the pages show it with its time and say it is old; nothing a provider sends can break a page.
Switched off with the setting WEATHER_FETCH = False (tests); the demo's own forecasts are never replaced.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from krant.core.purge import purge
from krant.core.versions import new_version
from krant.live import events
from krant.weather import places
from krant.weather.adapters import Knmi, OpenMeteo, ProviderError, WarningData
from krant.weather.models import WARNINGS_KEY, WIDGET_KEY, WIDGET_PLACES, Forecast, WeatherWarning

logger = logging.getLogger(__name__)

PLACES_PER_ROUND = 6  # one round stays short; 72 places an hour need 12 of the 120 rounds of 30 s
MAX_BACKOFF = timedelta(hours=6)
KNMI_NEXT = "krant:weather:knmi-next"
DEMO = "demo"  # the provider name of the demo's original forecasts


def place_key(slug: str) -> str:
    return f"weather:{slug}"


def fetch_due_weather(now: datetime | None = None) -> None:
    """Fetch what is due from each provider (the scheduler, every round; one query when nothing is)."""
    if not getattr(settings, "WEATHER_FETCH", True):
        return
    now = now or timezone.now()
    fetch_due_forecasts(OpenMeteo(), now)
    api_key = getattr(settings, "WEATHER_KNMI_API_KEY", "")
    if api_key and (caches["default"].get(KNMI_NEXT) or 0) <= now.timestamp():
        provider = Knmi(api_key)
        caches["default"].set(KNMI_NEXT, now.timestamp() + provider.interval_seconds, None)
        try:
            store_warnings(provider.warnings())
        except ProviderError as error:
            logger.warning("Weather warnings not fetched: %s", error)


def fetch_due_forecasts(provider: OpenMeteo, now: datetime) -> None:
    known = {
        slug: (next_at, source)
        for slug, next_at, source in Forecast.objects.values_list("place", "next_fetch_at", "provider")
    }
    due = [
        place for slug, place in places.all_places().items() if slug not in known or is_due(*known[slug], now)
    ][:PLACES_PER_ROUND]
    for place in due:
        try:
            data = provider.forecast(place)
        except ProviderError as error:
            record_failure(place.slug, provider, str(error), now)
        else:
            store_forecast(place.slug, provider.name, data, now, provider.interval_seconds)


def is_due(next_fetch_at: datetime | None, provider: str, now: datetime) -> bool:
    # The demo's own weather is never replaced by a fetch: the demo works offline.
    return provider != DEMO and (next_fetch_at is None or next_fetch_at <= now)


@transaction.atomic
def store_forecast(
    slug: str, provider: str, data: dict, now: datetime, interval_seconds: int = 3600
) -> Forecast:
    """Keep `data` as the forecast of place `slug` and purge the pages showing it (on commit)."""
    forecast, _created = Forecast.objects.update_or_create(
        place=slug,
        defaults={
            "provider": provider,
            "data": data,
            "fetched_at": now,
            "next_fetch_at": now + timedelta(seconds=interval_seconds),
            "failures": 0,
            "last_error": "",
        },
    )
    purge({place_key(slug), WIDGET_KEY} if slug in WIDGET_PLACES else {place_key(slug)})
    return forecast


@transaction.atomic
def record_failure(slug: str, provider, message: str, now: datetime) -> None:
    """Keep the last good data; ask again later, each failure in a row doubling the wait."""
    forecast, _created = Forecast.objects.select_for_update().get_or_create(
        place=slug, defaults={"provider": provider.name}
    )
    forecast.failures += 1
    wait = min(timedelta(minutes=5) * 2 ** min(forecast.failures, 10), MAX_BACKOFF)
    forecast.next_fetch_at = now + wait
    forecast.last_error = message[:1000]
    forecast.save(update_fields=["failures", "next_fetch_at", "last_error"])
    logger.warning("Forecast for %s not fetched: %s", slug, message)


@transaction.atomic
def store_warnings(warnings: list[WarningData]) -> bool:
    """Make `warnings` the set in force; purge every page (the banner) only when the set changed."""
    now = timezone.now()
    wanted = {(w.province, w.level, w.headline, w.starts_at, w.ends_at) for w in warnings if w.ends_at > now}
    stored = set(
        WeatherWarning.objects.select_for_update().values_list(
            "province", "level", "headline", "starts_at", "ends_at"
        )
    )
    if wanted == stored:
        return False
    WeatherWarning.objects.all().delete()
    WeatherWarning.objects.bulk_create(
        WeatherWarning(province=p, level=lv, headline=h, starts_at=s, ends_at=e, started=s <= now)
        for p, lv, h, s, e in sorted(wanted)
    )
    warnings_changed()
    return True


def announce_due_warnings(now: datetime | None = None) -> None:
    """Tell every page when a warning starts or ends by the clock (the scheduler, every round; one query
    when nothing is due): the rows change, so the pages are purged and the open ones told, as on a fetch."""
    now = now or timezone.now()
    due = Q(ends_at__lte=now) | Q(started=False, starts_at__lte=now)
    if not WeatherWarning.objects.filter(due).exists():
        return
    with transaction.atomic():
        ended, _kinds = WeatherWarning.objects.filter(ends_at__lte=now).delete()
        started = WeatherWarning.objects.filter(started=False, starts_at__lte=now).update(started=True)
        if ended or started:
            warnings_changed()


def warnings_changed() -> None:
    """Purge every page (the banner), then tell the open ones (both on commit, in this order)."""
    purge({WARNINGS_KEY})
    # Only a version: the page loads the fragment at an address per version, so no cache can answer it with
    # the previous warnings, and the fragment carries the text (as krant.banner does).
    events.publish(events.SITE, type="weather-warnings", version=new_version())
