"""The banner the desk sets: a short plain text, a link, an optional end and a style."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import PreviewableMixin

MAX_TEXT = 120  # one line on a phone, two at most: a banner is a headline, not a story
HTTPS_ONLY = _("Geef een volledig adres dat begint met https://.")


class Banner(PreviewableMixin, models.Model):
    """One banner; the one switched on last is shown (saving one switches the others off, services.py)."""

    BREAKING = "breaking"
    UPDATE = "update"
    # With a context: other catalogues (Wagtail's) translate a bare 'Update' as a verb.
    STYLES = [(BREAKING, pgettext_lazy("banner", "Breaking")), (UPDATE, pgettext_lazy("banner", "Update"))]

    text = models.CharField(
        _("tekst"),
        max_length=MAX_TEXT,
        help_text=_("Kort en zonder opmaak, hoogstens %(count)s tekens.") % {"count": MAX_TEXT},
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het artikel of de pagina waar de banner naar linkt."),
    )
    # A CharField: a form's URLField would answer javascript: or http: with a vaguer message first.
    link_url = models.CharField(
        _("of een adres"),
        max_length=500,
        blank=True,
        validators=[URLValidator(schemes=["https"], message=HTTPS_ONLY)],
        help_text=_(
            "Een adres buiten de site, beginnend met https://; alleen als er geen pagina is gekozen."
        ),
    )
    style = models.CharField(_("soort"), max_length=10, choices=STYLES, default=BREAKING)
    ends_at = models.DateTimeField(
        _("tonen tot"),
        null=True,
        blank=True,
        help_text=_("Leeg: tot je de banner uitzet of verwijdert."),
    )
    active = models.BooleanField(
        _("tonen"),
        default=True,
        help_text=_("Er staat steeds één banner op de site: aanzetten zet de vorige uit."),
    )
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    panels = [
        FieldPanel("text"),
        PageChooserPanel("link_page"),
        FieldPanel("link_url"),
        FieldPanel("style"),
        FieldPanel("ends_at"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("breaking-banner")
        verbose_name_plural = _("breaking-banners")
        ordering = ["-active", "-updated_at"]

    def __str__(self):
        return self.text

    def clean(self):
        errors = {}
        self.text = " ".join(self.text.split())  # plain: one line, no stray whitespace (empty: clean_fields)
        if self.link_page_id and self.link_url:
            errors["link_url"] = _("Kies een pagina of geef een adres, niet allebei.")
        elif not self.link_page_id and not self.link_url:
            errors["link_page"] = _("Kies een pagina of geef een adres waar de banner naar linkt.")
        elif self.link_page_id and not self.link_page.live:
            errors["link_page"] = _("Deze pagina is niet gepubliceerd.")
        if self.ends_at is not None and self.ends_at <= timezone.now() and self.active:
            errors["ends_at"] = _("Deze eindtijd is al voorbij.")
        if errors:
            raise ValidationError(errors)

    def link(self) -> str:
        if self.link_page_id:
            return self.link_page.specific.url or ""  # an article's address is its own (get_url_parts)
        return self.link_url

    def is_shown(self, now=None) -> bool:
        return self.active and (self.ends_at is None or self.ends_at > (now or timezone.now()))

    # The admin's preview: the banner on a sample of a reader page.
    def get_preview_template(self, request, mode_name):
        return "banner/preview.html"

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "banner": self.shown()}

    def shown(self) -> dict:
        """Return what the template shows: plain values, so a process can keep them."""
        return {
            "id": self.pk,
            "text": self.text,
            "link": self.link(),
            "style": self.style,
            "ends_at": self.ends_at,
        }
