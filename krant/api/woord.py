"""Het Woord in the API: the public facts of its days, the number and the date, never a word.

The site keeps the day's word on the server until a reader's game is over, and shows no word of an earlier
day either, so neither does the API: an app plays on the site's page. Future days are a 404 (their number
would say nothing, but a day that has not begun is no puzzle yet). Kept until the next midnight in
Amsterdam, when a new day begins.
"""

import datetime as dt

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions, serializers
from rest_framework.response import Response

from krant.api import links
from krant.api.views import ApiView, documented
from krant.core.pagecache import add_keys, limit_lifetime
from krant.woord import clock, words
from krant.woord.models import WoordPage
from krant.woord.services import MAX_GUESSES

CACHE_KEY = "woord"  # nothing purges it: a day's facts never change, and the lifetime ends at midnight


class WoordDaySerializer(serializers.Serializer):
    number = serializers.IntegerField(help_text="The puzzle's number, as readers share it ('Het Woord 12').")
    date = serializers.DateField(help_text="Its day, in Amsterdam.")
    today = serializers.BooleanField(help_text="Whether it can be played now.")
    letters = serializers.IntegerField(help_text="Letters in the word.")
    max_guesses = serializers.IntegerField()
    url = serializers.URLField(allow_null=True, help_text="Het Woord on the site, where today's is played.")
    api_url = serializers.URLField()


def day_data(day: dt.date, today: dt.date) -> dict:
    page = WoordPage.objects.live().public().first()
    number = clock.number(day)
    return {
        "number": number,
        "date": day,
        "today": day == today,
        "letters": words.LENGTH,
        "max_guesses": MAX_GUESSES,
        "url": links.absolute(page.url) if page and page.url else None,
        "api_url": links.api_url("woord-day", number),
    }


class WoordView(ApiView):
    def declare(self, request) -> dt.date:
        add_keys(request, CACHE_KEY)
        limit_lifetime(request, clock.seconds_to_midnight(), exact=True)
        return clock.today()


class WoordTodayView(WoordView):
    """Today's puzzle: its number and date."""

    @documented("get_woord_today", WoordDaySerializer, summary="Het Woord of today: its number and date.")
    def get(self, request):
        today = self.declare(request)
        return Response(WoordDaySerializer(day_data(today, today)).data)


class WoordDayView(WoordView):
    """A day of Het Woord by its number: from 1 to today's."""

    @documented(
        "get_woord_day",
        WoordDaySerializer,
        404,
        parameters=[
            OpenApiParameter(
                "id",
                {"type": "integer", "format": "int64", "minimum": 1},
                OpenApiParameter.PATH,
                description="The day's number: 1 is the first day, today's is the highest.",
            )
        ],
        summary="A day of Het Woord by its number; a day that has not begun is a 404.",
    )
    def get(self, request, pk: int):
        number = pk
        today = self.declare(request)
        if not 1 <= number <= clock.number(today):
            raise exceptions.NotFound(_("Er is geen Het Woord met nummer %(number)s.") % {"number": number})
        return Response(WoordDaySerializer(day_data(clock.day_of(number), today)).data)
