from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def live_url() -> str:
    """Return where this page's scripts open the live channel's stream."""
    return settings.LIVE_URL
