"""Tv-gids: channels in groups, their programmes (imported from XMLTV), the sources imported on a schedule,
and the page readers see.

Times are stored in UTC and shown in Amsterdam time; a programme is known by its channel and start, so a
re-import updates it and the editors' 'tip van de redactie' stays. Importing lives in `krant.tvguide.xmltv`
and `krant.tvguide.services`; the page in `page.py`.
"""

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

http_url = URLValidator(schemes=["http", "https"])
PURGE_KEY = "tvguide"  # every page of the Tv-gids shows imported listings


class ChannelGroup(models.Model):
    """A set of channels shown together in the day grid ('Algemeen', 'Regionaal' ...)."""

    name = models.CharField(_("naam"), max_length=60)
    slug = models.SlugField(_("adres"), max_length=60, unique=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("zendergroep")
        verbose_name_plural = _("zendergroepen")

    def __str__(self):
        return self.name


class Channel(models.Model):
    """A channel as an XMLTV file names it; editors choose its group and place."""

    xmltv_id = models.CharField(_("XMLTV-id"), max_length=200, unique=True, editable=False)
    name = models.CharField(_("naam"), max_length=100)
    group = models.ForeignKey(
        ChannelGroup,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="channels",
        verbose_name=_("groep"),
        help_text=_("Zenders zonder groep staan onder 'Overige zenders'."),
    )
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    shown = models.BooleanField(
        _("tonen"), default=True, help_text=_("Uit: de zender staat niet in de gids.")
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("zender")
        verbose_name_plural = _("zenders")

    def __str__(self):
        return self.name


class ProgrammeQuerySet(models.QuerySet):
    def shown(self):
        return self.filter(channel__shown=True).select_related("channel")

    def overlapping(self, start, end):
        """Return the programmes that run at some moment in [start, end)."""
        return self.filter(start__lt=end, stop__gt=start)


class Programme(models.Model):
    """One broadcast: a channel, a start and a stop (UTC), and what XMLTV tells about it."""

    channel = models.ForeignKey(
        Channel, on_delete=models.CASCADE, related_name="programmes", verbose_name=_("zender")
    )
    start = models.DateTimeField(_("begint"))
    stop = models.DateTimeField(_("eindigt"))
    title = models.CharField(_("titel"), max_length=300)
    sub_title = models.CharField(_("aflevering"), max_length=300, blank=True)
    description = models.TextField(_("beschrijving"), blank=True)
    categories = models.JSONField(_("genres"), default=list, blank=True)
    episode = models.CharField(_("afleveringnummer"), max_length=100, blank=True)
    rating = models.CharField(_("leeftijd"), max_length=100, blank=True)
    editors_pick = models.BooleanField(
        _("tip van de redactie"), default=False, help_text=_("Staat bovenaan de tv-gids als tip.")
    )
    pick_note = models.CharField(
        _("waarom kijken"),
        max_length=300,
        blank=True,
        help_text=_("Een zin van de redactie bij de tip (optioneel)."),
    )

    objects = ProgrammeQuerySet.as_manager()

    class Meta:
        ordering = ["start", "channel__position", "pk"]
        verbose_name = _("programma")
        verbose_name_plural = _("programma's")
        constraints = [
            models.UniqueConstraint(fields=["channel", "start"], name="tvguide_programme_channel_start")
        ]
        indexes = [
            models.Index(fields=["stop"], name="tvguide_programme_stop"),
            models.Index(fields=["editors_pick", "start"], name="tvguide_programme_picks"),
        ]

    def __str__(self):
        return self.title


class XmltvSource(models.Model):
    """An XMLTV address imported by the scheduler (`services.import_due_sources`)."""

    name = models.CharField(_("naam"), max_length=100)
    url = models.URLField(
        _("adres"),
        max_length=500,
        unique=True,
        validators=[http_url],
        help_text=_("Het adres van het XMLTV-bestand, beginnend met http:// of https://."),
    )
    active = models.BooleanField(_("importeren"), default=True)
    # Written by the importer only.
    last_imported_at = models.DateTimeField(_("laatst geïmporteerd"), null=True, blank=True, editable=False)
    next_import_at = models.DateTimeField(
        _("volgende import"), null=True, blank=True, editable=False, db_index=True
    )
    failures = models.PositiveIntegerField(_("mislukt op rij"), default=0, editable=False)
    last_report = models.TextField(_("laatste verslag"), blank=True, editable=False)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("XMLTV-bron")
        verbose_name_plural = _("XMLTV-bronnen")

    def __str__(self):
        return self.name
