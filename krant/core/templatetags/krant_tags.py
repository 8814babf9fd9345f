"""Template tags and filters for the reader site: menus, dates, counts, accessible form fields."""

from datetime import datetime

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Site

from krant.core import fragments, i18n, versions
from krant.core import navigation as site_navigation

register = template.Library()

# Django's own DATETIME_FORMAT is "j F Y H:i" for Dutch; the newsroom writes "31 okt 2024 om 19:09".
# Like Django's conf/locale/*/formats.py these are locale data, picked by the active language;
# "b" is the lower-case month abbreviation Dutch uses, "M" the capitalised one English uses.
DATETIME_FORMATS = {
    "nl": r"j b Y \o\m H:i",
    "en": r"j M Y \a\t H:i",
}
DEFAULT_DATETIME_FORMAT = DATETIME_FORMATS["nl"]

COMPACT_UNITS = [(1_000, "K"), (1_000_000, "M"), (1_000_000_000, "B")]

EMPTY_NAVIGATION = {
    "urls": frozenset(),
    "latest_url": "",
    "most_read_url": "",
    "consent_settings_url": "",
    "main": [],
    "quick": [],
    "footer": [],
    "privacy": [],
}


@register.simple_tag(takes_context=True)
def navigation(context) -> dict:
    """Return the site's menus (main, quick, footer, privacy); empty lists when there is no site.

    Usage: ``{% navigation as nav %}``; each menu is a list of MenuItem(title, url, children).
    """
    request = context.get("request")
    if request is None:
        return EMPTY_NAVIGATION
    site = Site.find_for_request(request)
    if site is None:
        return EMPTY_NAVIGATION
    return site_navigation.navigation(site, request)


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist, self.name, self.parts = nodelist, name, parts

    def render(self, context):
        parts = tuple(part.resolve(context) for part in self.parts)
        return fragments.cached_fragment(
            self.name.resolve(context), parts, lambda: self.nodelist.render(context), context.get("request")
        )


@register.tag
def fragment(parser, token):
    """Cache what is inside, keyed by a name and values that change whenever its output would.

    Usage: ``{% fragment "teaser" article.pk article.last_published_at %}...{% endfragment %}``; the
    language and the release are added to the key (`krant.core.fragments`).
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    parts = [parser.compile_filter(bit) for bit in bits[2:]]
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), parts)


@register.simple_tag(takes_context=True)
def site_settings(context):
    """Return the site's settings (name, logo, links), cached per content version; None without a site.

    Usage: ``{% site_settings as site_settings %}``.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return site_navigation.site_settings(site, request) if site is not None else None


@register.simple_tag(takes_context=True)
def content_version(context) -> int:
    """Return the shared content version, for the key of a fragment that shows the page tree.

    Usage: ``{% content_version as version %}``.
    """
    return versions.request_version(context.get("request"))


@register.simple_tag(takes_context=True)
def menu_state(context, nav) -> tuple:
    """Return what the header and footer depend on: the content version and the current menu address.

    Usage: ``{% menu_state nav as state %}``, then ``{% fragment "header" state %}``.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return (None, None, "")
    current = request.path if request.path in nav.get("urls", ()) else ""
    return (site.pk, versions.request_version(request), current)


@register.simple_tag(takes_context=True)
def latest_url(context) -> str:
    """Return the URL of Net binnen (from the cached menus), or "" when the site has none.

    Usage: ``{% latest_url as url %}``.
    """
    return navigation(context).get("latest_url", "")


@register.simple_tag(takes_context=True)
def most_read_url(context) -> str:
    """Return the URL of Meest gelezen (from the cached menus), or "" when the site has none.

    Usage: ``{% most_read_url as url %}``.
    """
    return navigation(context).get("most_read_url", "")


@register.filter
def nl_datetime(value: datetime | None) -> str:
    """Return `value` as '31 okt 2024 om 19:09' in the site's time zone and the active language."""
    if not isinstance(value, datetime):
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    language = (get_language() or "nl").split("-")[0]
    return date_format(value, DATETIME_FORMATS.get(language, DEFAULT_DATETIME_FORMAT))


@register.simple_tag
def nl_time(value, css_class: str = "") -> str:
    """Render `value` as <time datetime="ISO 8601">31 okt 2024 om 19:09</time>; "" when empty."""
    if not isinstance(value, datetime):
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    iso = local.replace(microsecond=0).isoformat()
    if css_class:
        return format_html('<time class="{}" datetime="{}">{}</time>', css_class, iso, nl_datetime(value))
    return format_html('<time datetime="{}">{}</time>', iso, nl_datetime(value))


@register.simple_tag
def teaser_time(value) -> str:
    """Render `value` for a teaser, as news sites do: today <time>14:59</time>, this year '5 dec',
    before that '5 dec 2025'; the full moment in the datetime attribute and the title.

    Fragments are keyed by the day (krant.core.fragments), so a teaser says '14:59' only on its day.
    """
    if not isinstance(value, datetime):
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    today = timezone.localdate()
    if local.date() == today:
        shown = date_format(local, "H:i")
    elif local.year == today.year:
        shown = date_format(local, "j b")
    else:
        shown = date_format(local, "j b Y")
    iso = local.replace(microsecond=0).isoformat()
    return format_html('<time datetime="{}" title="{}">{}</time>', iso, nl_datetime(value), shown)


@register.filter
def compact_count(value) -> str:
    """Shorten a count the way news sites do: 950 -> '950', 1300 -> '1.3K', 2500000 -> '2.5M'."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return ""
    if abs(number) < 1_000:
        return str(number)
    # The smallest unit that keeps the rounded value under 1000: 999_950 is "1M", not "1000K".
    divisor, unit = next(
        ((d, u) for d, u in COMPACT_UNITS if abs(round(number / d, 1)) < 1_000), COMPACT_UNITS[-1]
    )
    scaled = round(number / divisor, 1)
    return f"{scaled:.1f}".rstrip("0").rstrip(".") + unit


@register.filter
def described_field(bound_field) -> str:
    """Render a form field's widget with aria-describedby naming its help text and its errors.

    Pairs with ids "<auto_id>_helptext" and "<auto_id>_error" in the template; Django 5.2 links
    only the help text by itself, so a screen reader would not hear the error beside the field.
    """
    auto_id = bound_field.auto_id
    if not auto_id:
        return bound_field.as_widget()
    described_by = []
    if bound_field.help_text:
        described_by.append(f"{auto_id}_helptext")
    if bound_field.errors:
        described_by.append(f"{auto_id}_error")
    attrs = {"aria-describedby": " ".join(described_by)} if described_by else {}
    return bound_field.as_widget(attrs=attrs)


@register.simple_tag(takes_context=True)
def language_versions(context) -> list[dict]:
    """Return this page's address in every language (code, name, url); [] without a request.

    Usage: ``{% language_versions as versions %}``.
    """
    request = context.get("request")
    return i18n.language_versions(request) if request is not None else []


@register.simple_tag(takes_context=True)
def hreflang_alternates(context) -> list[dict]:
    """Return this page's hreflang alternates (code, absolute url), x-default last; [] without a request.

    Usage: ``{% hreflang_alternates as alternates %}``.
    """
    request = context.get("request")
    return i18n.alternates(request) if request is not None else []
