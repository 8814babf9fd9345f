from django import template

from krant.core.pagecache import add_keys
from krant.weather.models import (
    WIDGET_KEY,
    current_warnings,
    limit_to_next_change,
    warnings_state,
    widget_state,
)
from krant.weather.presentation import describe

register = template.Library()


@register.inclusion_tag("weather/slot.html", takes_context=True)
def weather_warnings(context):
    """Official warnings in force, on every reader page below the breaking-news banner."""
    request = context.get("request")
    if getattr(request, "is_preview", False):
        return {"warnings": []}
    limit_to_next_change(request)
    return {"warnings": current_warnings(), "weather_url": warnings_state()[1]}


@register.inclusion_tag("weather/widget.html", takes_context=True)
def weather_widget(context):
    """The front page's compact weather: now in a few large towns (no query after the first render)."""
    add_keys(context.get("request"), WIDGET_KEY)
    state = widget_state()
    rows = [{**row, "words": describe(row["current"].get("code"))} for row in state["rows"]]
    return {"rows": rows if state["url"] else [], "url": state["url"]}
