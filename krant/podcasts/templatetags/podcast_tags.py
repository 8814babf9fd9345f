from email.utils import format_datetime

from django import template
from django.utils.html import format_html
from wagtail.rich_text import expand_db_html

from krant.feeds import links

register = template.Library()


@register.filter
def rfc822(moment) -> str:
    return format_datetime(moment, usegmt=True) if moment else ""


@register.filter
def absolute(url: str) -> str:
    return links.absolute_url(url)


@register.filter
def richtext_absolute(value: str) -> str:
    """Show notes as HTML for podcast apps (escaped into the XML by autoescaping)."""
    return expand_db_html(value)


@register.simple_tag
def itunes_category(value: str):
    """'News > Daily News' as Apple's nested itunes:category elements."""
    main, _, sub = value.partition(" > ")
    if sub:
        return format_html(
            '<itunes:category text="{}"><itunes:category text="{}"/></itunes:category>', main, sub
        )
    return format_html('<itunes:category text="{}"/>', main)
