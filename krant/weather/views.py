from django.http import HttpResponse
from django.template.loader import render_to_string

from krant.core.pagecache import add_keys
from krant.weather.models import WARNINGS_KEY, current_warnings, limit_to_next_change, warnings_state


def warnings_fragment(request):
    """The warnings banner alone (empty when none is in force), for pages already open: cached and purged
    as pages are, and kept no longer than the next start or end of a warning.

    Rendered without the request's context: nothing in it depends on the reader's consent or session.
    """
    add_keys(request, WARNINGS_KEY)
    limit_to_next_change(request)
    context = {"warnings": current_warnings(), "weather_url": warnings_state()[1]}
    return HttpResponse(render_to_string("weather/warnings.html", context))
