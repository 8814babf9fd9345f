"""The reader's consent: which categories of cookies and outside services they allow.

The one place for consent. The choice lives in one cookie, `krant_consent`, whose value is a short
canonical string ("v1:analytics.social"; "v1:" for "only what is necessary"), so a page varies by a
handful of cookie values a cache can key on, never by anything personal. The categories are joined
by a dot, not a comma: Django would send a comma quoted with an octal escape ("\\054"), and a cache
that matches on the raw Cookie header should see the same plain string the code writes.

Pages read the choice through `context_processor`; `VaryOnConsentMiddleware` then tells caches that
the page depends on it.
"""

from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from krant.core import navigation

COOKIE_NAME = "krant_consent"
COOKIE_MAX_AGE = 365 * 24 * 60 * 60
VERSION = "v1"
SEPARATOR = "."
FALLBACK_SETTINGS_URL = "/privacy-instellingen/"


class Category(models.TextChoices):
    FUNCTIONAL = "functional", _("Noodzakelijk")
    ANALYTICS = "analytics", _("Statistieken")
    SOCIAL = "social", _("Sociale media")
    ADVERTISING = "advertising", _("Advertenties")


REQUIRED = frozenset({Category.FUNCTIONAL.value})
OPTIONAL = frozenset(Category.values) - REQUIRED

DESCRIPTIONS = {
    Category.FUNCTIONAL: _(
        "Deze cookies zijn nodig om de site te laten werken. Ze onthouden bijvoorbeeld de keuze die je "
        "hier maakt. Ze volgen je niet en staan daarom altijd aan."
    ),
    Category.ANALYTICS: _(
        "Hiermee tellen we hoe vaak pagina's worden gelezen, zodat we de site en onze journalistiek "
        "kunnen verbeteren."
    ),
    Category.SOCIAL: _(
        "Hiermee tonen we video's en berichten van YouTube, X, Instagram en andere diensten in artikelen. "
        "Die diensten kunnen je dan volgen. Zonder toestemming zie je een link naar het origineel."
    ),
    Category.ADVERTISING: _(
        "Hiermee tonen adverteerders advertenties die beter bij je passen en meten ze of die werken."
    ),
}

# Names of the services readers know by name; any other embed is named by its host.
PROVIDERS = {
    "youtube.com": "YouTube",
    "youtu.be": "YouTube",
    "x.com": "X",
    "twitter.com": "X",
    "instagram.com": "Instagram",
    "facebook.com": "Facebook",
    "tiktok.com": "TikTok",
    "vimeo.com": "Vimeo",
}


class ConsentError(ValueError):
    """A consent form that cannot be honoured: unknown action or category. The message is for readers."""


@dataclass(frozen=True)
class CategoryChoice:
    """One category as the settings form shows it."""

    value: str
    label: str
    description: str
    required: bool
    checked: bool


def consent_cookie_value(choices) -> str:
    """Return the canonical cookie value for `choices`: "v1:" and the optional categories, sorted."""
    return f"{VERSION}:" + SEPARATOR.join(sorted(set(choices) & OPTIONAL))


def parse_consent(value: str | None) -> frozenset[str] | None:
    """Return the optional categories `value` allows, or None when it is not a canonical v1 value."""
    if not value:
        return None
    version, separator, rest = value.partition(":")
    if version != VERSION or not separator:
        return None
    choices = frozenset(rest.split(SEPARATOR)) if rest else frozenset()
    if not choices <= OPTIONAL or consent_cookie_value(choices) != value:
        return None  # unknown categories, duplicates or another order: not a value we wrote
    return choices


def read_consent(request) -> frozenset[str] | None:
    """Return the optional categories the reader allows, or None when they have not chosen yet."""
    return parse_consent(request.COOKIES.get(COOKIE_NAME))


def allows(consent: frozenset[str] | None, category: str) -> bool:
    """Return whether `consent` (as read_consent returns it) allows `category`."""
    return category in REQUIRED or category in (consent or ())


def set_consent(response, choices) -> None:
    """Store `choices` in the consent cookie on `response`."""
    response.set_cookie(
        COOKIE_NAME,
        consent_cookie_value(choices),
        max_age=COOKIE_MAX_AGE,
        secure=settings.HTTPS,
        httponly=True,  # no script needs to read it: every choice goes through the server-side form
        samesite="Lax",
    )


def choices_for(action: str | None, data, current: frozenset[str] | None) -> frozenset[str]:
    """Return the categories a submitted consent form chooses; raise ConsentError for bad input.

    `data` is the form (a QueryDict); `current` the reader's choice so far. Actions: "all",
    "necessary", "save" (exactly the checked `consent` boxes) and "grant" (add `category`).
    """
    if action == "all":
        return OPTIONAL
    if action == "necessary":
        return frozenset()
    if action == "save":
        # The required category is shown as a checked, disabled box; a client may still send it.
        return checked_categories(data.getlist("consent")) - REQUIRED
    if action == "grant":
        return (current or frozenset()) | (checked_categories([data.get("category", "")]) - REQUIRED)
    raise ConsentError(_("Deze keuze kennen we niet. Kies opnieuw op de pagina Privacy-instellingen."))


def checked_categories(values) -> frozenset[str]:
    unknown = set(values) - set(Category.values)
    if unknown:
        raise ConsentError(
            _("Deze categorie kennen we niet. Kies opnieuw op de pagina Privacy-instellingen.")
        )
    return frozenset(values)


def categories_for_form(consent: frozenset[str] | None) -> list[CategoryChoice]:
    """Return every category with its explanation and whether its box is checked for this reader."""
    return [
        CategoryChoice(
            value=category.value,
            label=category.label,
            description=DESCRIPTIONS[category],
            required=category.value in REQUIRED,
            checked=allows(consent, category.value),
        )
        for category in Category
    ]


def provider_name(url: str) -> str:
    """Return the name of the service behind an embed URL: 'YouTube' for youtube.com, else its host.

    Named from the address alone, so the placeholder needs no oEmbed lookup before the reader consents.
    """
    host = (urlsplit(url).hostname or "").removeprefix("www.").removeprefix("m.")
    for domain, name in PROVIDERS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host or url


def settings_url(request) -> str:
    """Return the URL of the site's privacy settings page; it is kept with the menus."""
    site = Site.find_for_request(request)
    if site is None:
        return FALLBACK_SETTINGS_URL
    return navigation.navigation(site, request)["consent_settings_url"] or FALLBACK_SETTINGS_URL


def context_processor(request) -> dict:
    """Put the reader's choice (`consent`, None before they choose) into every page's context.

    `consent_settings_url` is a callable, so the settings page is looked up only where a template
    shows the link.
    """
    request.consent_used = True
    return {
        "consent": read_consent(request),
        "consent_settings_url": partial(settings_url, request),
    }


class VaryOnConsentMiddleware:
    """Add 'Vary: Cookie' to responses whose rendering read the reader's consent."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "consent_used", False):
            patch_vary_headers(response, ["Cookie"])
        return response
