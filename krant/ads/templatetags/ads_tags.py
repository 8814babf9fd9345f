"""The ad slots in reader templates: `{% ad_slot "leaderboard" %}` and the ad server's script.

Every tag shows nothing on a page that may not carry ads: marked sensitive, no reader page at all, or a page
about the reader's privacy (the privacy settings, the pages the footer's privacy links name), where a reader
deciding about advertising should not be shown any.
"""

import re
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from krant.ads import services
from krant.ads.slots import SLOTS

register = template.Library()


def allowed(context) -> bool:
    """Whether this page may carry ads: its own say (services.ads_allowed), and not a privacy page."""
    if not services.ads_allowed(context.get("page")):
        return False
    request = context.get("request")
    privacy = (context.get("nav") or {}).get("privacy", ())
    return request is None or request.path not in {item.url for item in privacy}


@register.simple_tag(takes_context=True)
def ad_slot(context, name: str, position: int = 0) -> SafeString:
    """Render the slot `name`: the ad server's empty box with the reader's consent, else a house ad, else
    nothing. Usable as ``{% ad_slot "in_article" as html %}`` to put it in a cached fragment's key."""
    if not allowed(context):
        return mark_safe("")  # noqa: S308 - empty
    request = context.get("request")
    slot = SLOTS[name]
    if services.uses_ad_server(context.get("consent")):
        ad, server = None, True
    else:
        ad, server = services.house_ad(request, name, position), False
        if ad is None:
            return mark_safe("")  # noqa: S308 - empty
    return render_to_string("ads/slot.html", {"slot": slot, "ad": ad, "server": server, "position": position})


@register.simple_tag(takes_context=True)
def ad_server_script(context) -> SafeString:
    """The ad server's script, only for a reader who allows advertising on a page that may carry ads."""
    if not allowed(context) or not services.uses_ad_server(context.get("consent")):
        return mark_safe("")  # noqa: S308 - empty
    return render_to_string("ads/server_script.html", {"url": services.ad_server_url()})


@register.simple_tag(takes_context=True)
def ad_placement(context):
    """Return the ad settings' placement (in_article_after, listing_after) for this site."""
    return services.placement(context.get("request"))


@register.simple_tag
def in_article_position(body, after: int) -> int:
    """Return the number of the body block after which the in-article ad goes: the `after`-th paragraph,
    or 0 (no ad) when the article has fewer paragraphs."""
    paragraphs = 0
    for number, block in enumerate(body, start=1):
        if block.block_type == "paragraph":
            paragraphs += 1
            if paragraphs == after:
                return number
    return 0


LINK = re.compile(r"<a\b([^>]*)>", re.IGNORECASE)
HREF = re.compile(r"""\bhref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
REL = re.compile(r"""\srel\s*=\s*(["']).*?\1""", re.IGNORECASE | re.DOTALL)


@register.filter(is_safe=True)
def sponsored_links(html: str) -> str:
    """Mark every link to another site in `html` rel="sponsored": paid content passes no search ranking.

    Rich text's links are Wagtail's own markup (an href and nothing else that matters), so a pattern over
    the start tags is enough; a link on the site itself stays as it is.
    """
    own_host = urlsplit(settings.BASE_URL).hostname

    def mark(match: re.Match) -> str:
        attributes = match.group(1)
        href = HREF.search(attributes)
        host = urlsplit(href.group(2)).hostname if href else None
        if host is None or host == own_host:
            return match.group(0)
        return f'<a{REL.sub("", attributes)} rel="sponsored noopener">'

    return mark_safe(LINK.sub(mark, str(html)))  # noqa: S308 - only adds an attribute to safe HTML
