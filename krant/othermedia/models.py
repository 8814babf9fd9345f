"""Uit andere media: other outlets' feeds, the items fetched from them, and the page that lists them.

Only a headline, a link, the time and a short plain-text summary are kept: readers follow the link to
the outlet's own site for the story. Fetching lives in `krant.othermedia.services`.
"""

import hashlib

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from krant.core.pagecache import add_keys
from krant.news.models import LISTING_PARENTS, paginate

PAGE_SIZE = 30
http_url = URLValidator(schemes=["http", "https"])


def item_key(guid: str) -> str:
    """Return the key an entry is known by within its feed: the sha256 of its id (or its link)."""
    return hashlib.sha256(guid.encode("utf-8", "replace")).hexdigest()


class OutletFeed(models.Model):
    """An RSS or Atom feed of another medium, registered by an editor and fetched by the scheduler."""

    name = models.CharField(
        _("medium"),
        max_length=100,
        help_text=_("Zoals lezers het kennen, bijvoorbeeld 'Dagblad De Kade'. Staat bij elk bericht."),
    )
    feed_url = models.URLField(
        _("adres van de feed"),
        max_length=500,
        unique=True,
        validators=[http_url],
        help_text=_("Het adres van de RSS- of Atom-feed, beginnend met http:// of https://."),
    )
    site_url = models.URLField(
        _("website"),
        max_length=500,
        blank=True,
        validators=[http_url],
        help_text=_("De voorpagina van het medium (optioneel)."),
    )
    active = models.BooleanField(
        _("ophalen"),
        default=True,
        help_text=_(
            "Uit: de feed wordt niet meer opgehaald. Berichten die er al staan blijven zichtbaar tot ze "
            "verlopen; verberg ze of verwijder de feed om ze meteen weg te halen."
        ),
    )

    # The fetch state below is written by services.fetch_due_feeds only, never by a form.
    etag = models.CharField(max_length=255, blank=True, editable=False)
    last_modified = models.CharField(max_length=64, blank=True, editable=False)
    last_fetched_at = models.DateTimeField(_("laatst opgehaald"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(_("laatst gelukt"), null=True, blank=True, editable=False)
    next_fetch_at = models.DateTimeField(
        _("volgende keer ophalen"), null=True, blank=True, editable=False, db_index=True
    )
    failures = models.PositiveIntegerField(_("mislukt op rij"), default=0, editable=False)
    last_error = models.TextField(_("laatste melding"), blank=True, editable=False)
    created_at = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)

    panels = [FieldPanel("name"), FieldPanel("feed_url"), FieldPanel("site_url"), FieldPanel("active")]

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("feed van een ander medium")
        verbose_name_plural = _("feeds van andere media")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # A new address, or switching fetching back on, starts afresh: no validators of the old
        # address, no backoff from old failures, fetched in the next scheduler round.
        stored_url, stored_active = getattr(self, "_stored", (self.feed_url, self.active))
        if self.pk and (self.feed_url != stored_url or (self.active and not stored_active)):
            self.etag = self.last_modified = ""
            self.failures = 0
            self.next_fetch_at = None
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {
                    *update_fields,
                    "etag",
                    "last_modified",
                    "failures",
                    "next_fetch_at",
                }
        super().save(*args, **kwargs)
        self._stored = (self.feed_url, self.active)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        if "feed_url" in field_names and "active" in field_names:
            instance._stored = (instance.feed_url, instance.active)
        return instance


class OutletItemQuerySet(models.QuerySet):
    def visible(self):
        """Return the items readers see, newest first, with their outlet's name at hand."""
        return self.filter(hidden=False).select_related("feed").order_by("-published_at", "-pk")


class OutletItem(models.Model):
    """One headline from another medium's feed: a title, an outbound link and a short summary."""

    feed = models.ForeignKey(
        OutletFeed, on_delete=models.CASCADE, related_name="items", verbose_name=_("medium")
    )
    # sha256 of the entry's id (or its link when it has none): stable and of fixed length.
    key = models.CharField(max_length=64, editable=False)
    title = models.CharField(_("kop"), max_length=300)
    link = models.URLField(_("link"), max_length=2000, validators=[http_url])
    summary = models.CharField(_("samenvatting"), max_length=400, blank=True)
    published_at = models.DateTimeField(_("gepubliceerd op"))
    fetched_at = models.DateTimeField(_("opgehaald op"))
    hidden = models.BooleanField(_("verborgen"), default=False)
    hidden_at = models.DateTimeField(_("verborgen op"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("verborgen door"),
    )

    objects = OutletItemQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("bericht uit een ander medium")
        verbose_name_plural = _("berichten uit andere media")
        constraints = [models.UniqueConstraint(fields=["feed", "key"], name="othermedia_outletitem_feed_key")]
        indexes = [
            models.Index(fields=["hidden", "-published_at"], name="othermedia_item_listing"),
            models.Index(fields=["published_at"], name="othermedia_item_published"),
        ]

    def __str__(self):
        return self.title


class OtherMediaPage(Page):
    """Uit andere media: the newest headlines of other outlets, each linking to the outlet's own site."""

    intro = models.TextField(_("intro"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = LISTING_PARENTS
    subpage_types = []
    max_count = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("uit andere media")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        add_keys(request, "othermedia")  # before paginate: its 404 ends when the list grows
        context["items"] = paginate(request, OutletItem.objects.visible(), per_page=PAGE_SIZE)
        return context
