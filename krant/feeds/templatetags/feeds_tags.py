"""Template tags for base.html's head: feed links, Open Graph and Twitter cards, JSON-LD."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from krant.feeds import feeds, structured_data

register = template.Library()


@register.simple_tag(takes_context=True)
def feed_links(context, page=None) -> list[dict]:
    """Return the feeds the page names in <link rel="alternate"> (title, type, href); [] without a request.

    Usage: ``{% feed_links page as feed_list %}``.
    """
    request = context.get("request")
    return feeds.alternate_links(page, request) if request is not None else []


@register.simple_tag(takes_context=True)
def sharing(context, page=None) -> dict:
    """Return the page's Open Graph and Twitter card values; {} on pages that are no Wagtail page.

    Usage: ``{% sharing page as share %}``.
    """
    # The Dutch page is the canonical one, also under the English interface (/en/...): the article
    # is the same Dutch text, so og:url and the canonical link name the Dutch address.
    request = context.get("request")
    with translation.override(settings.LANGUAGE_CODE):
        data = structured_data.sharing(page, request)
    if data:  # the description is for the reader: in the interface's language
        data["description"] = structured_data.description(page, request)
    return data


@register.simple_tag(takes_context=True)
def json_ld(context, page=None) -> SafeString:
    """Render the page's JSON-LD <script> elements (escaped so no text can close them).

    Usage: ``{% json_ld page %}``.
    """
    with translation.override(settings.LANGUAGE_CODE):  # the canonical, Dutch addresses, as in sharing()
        blocks = structured_data.structured_data(page, context.get("request"))
    return mark_safe("\n".join(structured_data.json_ld(block) for block in blocks))  # noqa: S308 - each escaped
