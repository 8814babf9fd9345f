"""Template tags for base.html's head: feed links, Open Graph and Twitter cards, JSON-LD.

Each is kept per page as a fragment (`krant.core.fragments`), keyed by the page's last publish and the
content version: the names, addresses, images and restrictions they show change only with a publish,
move, restriction or settings change, so a render after the first reads them with no query.
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page

from krant.core.fragments import cached_fragment
from krant.core.versions import request_version
from krant.feeds import feeds, structured_data

register = template.Library()


def per_page(name: str, page, request, build):
    """Return `build()` kept per page until its next publish or the next content version."""
    if not isinstance(page, Page) or request is None:
        return build()
    # A liveblog changes with its updates and its close too, without a publish.
    parts = (page.pk, page.last_published_at, getattr(page, "state_version", None), request_version(request))
    return cached_fragment(name, parts, build, request)


@register.simple_tag(takes_context=True)
def feed_links(context, page=None) -> list[dict]:
    """Return the feeds the page names in <link rel="alternate"> (title, type, href); [] without a request.

    Usage: ``{% feed_links page as feed_list %}``.
    """
    request = context.get("request")
    if request is None:
        return []
    return per_page("feed-links", page, request, lambda: feeds.alternate_links(page, request))


@register.simple_tag(takes_context=True)
def sharing(context, page=None) -> dict:
    """Return the page's Open Graph and Twitter card values; {} on pages that are no Wagtail page.

    Usage: ``{% sharing page as share %}``.
    """
    # The Dutch page is the canonical one, also under the English interface (/en/...): the article
    # is the same Dutch text, so og:url and the canonical link name the Dutch address.
    request = context.get("request")

    def build() -> dict:
        with translation.override(settings.LANGUAGE_CODE):
            data = structured_data.sharing(page, request)
        if data:  # the description is for the reader: in the interface's language
            data["description"] = structured_data.description(page, request)
        return data

    return per_page("sharing", page, request, build)


@register.simple_tag(takes_context=True)
def json_ld(context, page=None) -> SafeString:
    """Render the page's JSON-LD <script> elements (escaped so no text can close them).

    Usage: ``{% json_ld page %}``.
    """
    request = context.get("request")

    def build() -> SafeString:
        with translation.override(settings.LANGUAGE_CODE):  # the canonical, Dutch addresses, as in sharing()
            blocks = structured_data.structured_data(page, request)
        return mark_safe("\n".join(structured_data.json_ld(block) for block in blocks))  # noqa: S308 - each escaped

    return per_page("json-ld", page, request, build)
