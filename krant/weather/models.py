"""Weer: the newest forecast per place, the official warnings per province, and the /weer/ page.

Both tables are written by krant.weather.services only (the scheduler's job, or the demo); pages only read.
"""

import math

from django.core.cache import caches
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from krant.core.cache import mark_private
from krant.core.pagecache import add_keys, lasting_version, limit_lifetime
from krant.news.models import LISTING_PARENTS
from krant.weather import places, presentation

COOKIE = "weer_plaats"
COOKIE_AGE = 365 * 24 * 3600
WARNINGS_KEY = "weather-warnings"  # on every reader page (apps.py), purged when the warnings change


class Level(models.TextChoices):
    YELLOW = "geel", _("code geel")
    ORANGE = "oranje", _("code oranje")
    RED = "rood", _("code rood")


LEVEL_ORDER = {Level.YELLOW: 1, Level.ORANGE: 2, Level.RED: 3}


class Forecast(models.Model):
    """The last good forecast of one place (current, 48 hours, 7 days), and when to ask again."""

    place = models.SlugField(_("plaats"), max_length=80, unique=True)
    provider = models.CharField(max_length=32)
    data = models.JSONField(default=dict)
    fetched_at = models.DateTimeField(_("laatst gelukt"), null=True, blank=True)
    next_fetch_at = models.DateTimeField(null=True, blank=True, db_index=True)
    failures = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("weersverwachting")
        verbose_name_plural = _("weersverwachtingen")

    def __str__(self):
        return self.place


class WeatherWarningQuerySet(models.QuerySet):
    def active(self, now):
        return self.filter(starts_at__lte=now, ends_at__gt=now)


class WeatherWarning(models.Model):
    """An official warning (KNMI) for one province for a while."""

    province = models.CharField(_("provincie"), max_length=40)
    level = models.CharField(_("code"), max_length=8, choices=Level.choices)
    headline = models.CharField(_("kop"), max_length=300, blank=True)
    starts_at = models.DateTimeField(_("vanaf"))
    ends_at = models.DateTimeField(_("tot"), db_index=True)
    # Whether open pages were told it is in force: a warning issued ahead is announced when it starts.
    started = models.BooleanField(default=False)

    objects = WeatherWarningQuerySet.as_manager()

    class Meta:
        ordering = ["-level", "province", "starts_at"]
        verbose_name = _("weerwaarschuwing")
        verbose_name_plural = _("weerwaarschuwingen")

    def __str__(self):
        return f"{self.province}: {self.get_level_display()}"


class WeatherPage(Page):
    """Weer: find a place; /weer/<place>/ shows its forecast (routed here, the places come from a file)."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("weer")

    def route(self, request, path_components):
        if len(path_components) == 1 and self.live:
            place = places.get(path_components[0])
            if place is None:
                raise Http404
            return RouteResult(self, kwargs={"place": place})
        return super().route(request, path_components)

    def serve(self, request, *args, place=None, **kwargs):
        if place is not None:
            return self.serve_place(request, place)
        return self.serve_index(request)

    def serve_index(self, request):
        """Search a place; remember the reader's choice; send a returning reader to their place.

        Never in a shared cache (its answer depends on the reader's cookie), and cheap: no query of its own.
        """
        mark_private(request)
        remember = places.get(request.GET.get("onthoud", ""))
        if remember is not None:
            response = redirect(self.place_url(remember), permanent=False)
            # Only the place's slug, chosen by the reader: no identifier, nothing sent anywhere else.
            response.set_cookie(
                COOKIE, remember.slug, max_age=COOKIE_AGE, samesite="Lax", secure=request.is_secure()
            )
            return response
        query = request.GET.get("plaats", "")
        if "plaats" not in request.GET and "vergeet" not in request.GET:
            remembered = places.get(request.COOKIES.get(COOKIE, ""))
            if remembered is not None:
                return redirect(self.place_url(remembered), permanent=False)
        context = self.get_context(request)
        context.update(
            query=query,
            results=places.search(query),
            searched="plaats" in request.GET,
            capitals=places.capitals(),
        )
        response = TemplateResponse(request, "weather/weather_page.html", context)
        if "vergeet" in request.GET:
            response.delete_cookie(COOKIE, samesite="Lax")
        return response

    def serve_place(self, request, place):
        add_keys(request, f"weather:{place.slug}", "weather-warnings")
        forecast = Forecast.objects.filter(place=place.slug).first()
        context = self.get_context(request)
        context.update(
            place=place,
            forecast=forecast,
            report=presentation.report(forecast),
            warnings=[row for row in current_warnings() if row["province"] == place.province],
        )
        limit_to_next_change(request)
        return TemplateResponse(request, "weather/place_page.html", context)

    def place_url(self, place) -> str:
        return f"{self.url}{place.slug}/"


WIDGET_KEY = "weather-widget"  # the front page's widget; purged when one of its places gets a forecast
WIDGET_PLACES = ("amsterdam", "rotterdam", "utrecht", "groningen", "eindhoven", "maastricht")


def widget_state() -> dict:
    """Return what the front page's widget shows: now in a few large towns, and the Weer page's address.

    Kept in this process per version of `weather-widget`, so the front page costs no query for it.
    """
    cache_key = f"krant:weather-widget:{lasting_version(WIDGET_KEY)}"
    local = caches["local"]
    state = local.get(cache_key)
    if state is None:
        found = {
            f.place: f for f in Forecast.objects.filter(place__in=WIDGET_PLACES, fetched_at__isnull=False)
        }
        page = WeatherPage.objects.live().first() if found else None
        rows = [
            {"place": places.get(slug), "current": found[slug].data.get("current", {})}
            for slug in WIDGET_PLACES
            if slug in found
        ]
        state = {"rows": rows, "url": page.url if page else ""}
        local.set(cache_key, state)
    return state


def warnings_state() -> tuple[list[dict], str]:
    """Return every warning not yet over (plain values) and the address of the Weer page.

    Kept in this process per version of the key `weather-warnings`: one shared-store read per render, the
    rows only after a change. Start and end are compared with the clock on every call.
    """
    cache_key = f"krant:weather-warnings:{lasting_version(WARNINGS_KEY)}"
    local = caches["local"]
    state = local.get(cache_key)
    if state is None:
        rows = list(
            WeatherWarning.objects.filter(ends_at__gt=timezone.now()).values(
                "province", "level", "headline", "starts_at", "ends_at"
            )
        )
        page = WeatherPage.objects.live().first() if rows else None
        state = (rows, page.url if page else "")
        local.set(cache_key, state)
    return state


def current_warnings() -> list[dict]:
    """Return the warnings in force now, highest code first."""
    now = timezone.now()
    active = [row for row in warnings_state()[0] if row["starts_at"] <= now < row["ends_at"]]
    return sorted(active, key=lambda row: (-LEVEL_ORDER[row["level"]], row["province"]))


def limit_to_next_change(request) -> None:
    """Keep no cached page past the moment a warning starts or ends."""
    if request is None:
        return
    now = timezone.now()
    moments = [t for row in warnings_state()[0] for t in (row["starts_at"], row["ends_at"]) if t > now]
    if moments:
        limit_lifetime(request, max(1, math.ceil((min(moments) - now).total_seconds())), exact=True)
