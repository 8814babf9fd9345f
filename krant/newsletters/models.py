"""Newsletters: the lists editors define, their subscribers, the editions sent and every delivery."""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Addresses under /nieuwsbrieven/ that belong to the views, so no list may take them as its slug.
RESERVED_SLUGS = {"aangemeld", "bevestigen", "beheer", "afmelden"}


class Kind(models.TextChoices):
    DAILY = "daily", _("Dagelijks")
    BREAKING = "breaking", _("Nieuwsalert")
    WEEKLY = "weekly", _("Wekelijks")


class Weekday(models.IntegerChoices):
    # Python's numbering (datetime.weekday()), so a list's weekday compares with a date directly.
    MONDAY = 0, _("maandag")
    TUESDAY = 1, _("dinsdag")
    WEDNESDAY = 2, _("woensdag")
    THURSDAY = 3, _("donderdag")
    FRIDAY = 4, _("vrijdag")
    SATURDAY = 5, _("zaterdag")
    SUNDAY = 6, _("zondag")


class NewsletterList(models.Model):
    """A newsletter readers can sign up for: a daily letter, breaking-news alerts or a weekly per section."""

    name = models.CharField(_("naam"), max_length=80, help_text=_("Bijvoorbeeld 'Ochtendbrief'."))
    slug = models.SlugField(
        _("adres"),
        max_length=60,
        unique=True,
        help_text=_(
            "Het archief staat op /nieuwsbrieven/<adres>/. Verander het niet meer na de eerste editie."
        ),
    )
    description = models.CharField(
        _("omschrijving"),
        max_length=300,
        blank=True,
        help_text=_("Staat bij het aanmeldvakje: wat krijgt de lezer, en hoe vaak?"),
    )
    kind = models.CharField(_("soort"), max_length=16, choices=Kind.choices, default=Kind.DAILY)
    section = models.ForeignKey(
        "news.SectionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("rubriek"),
        help_text=_("Alleen voor een wekelijkse brief: het nieuws van deze rubriek."),
    )
    send_time = models.TimeField(
        _("verzendtijd"),
        null=True,
        blank=True,
        help_text=_("Nederlandse tijd. Niet voor nieuwsalerts: die verstuurt de eindredactie zelf."),
    )
    weekday = models.PositiveSmallIntegerField(
        _("dag van de week"),
        choices=Weekday.choices,
        null=True,
        blank=True,
        help_text=_("Alleen voor een wekelijkse brief."),
    )
    sender_name = models.CharField(
        _("naam afzender"),
        max_length=80,
        blank=True,
        help_text=_("Leeg: de naam van de publicatie."),
    )
    is_active = models.BooleanField(
        _("actief"),
        default=True,
        help_text=_("Uit: de brief staat niet meer op de aanmeldpagina en wordt niet meer verstuurd."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("volgorde"), default=0, help_text=_("Lager staat hoger op de aanmeldpagina.")
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("nieuwsbrief")
        verbose_name_plural = _("nieuwsbrieven")
        ordering = ["sort_order", "name"]
        permissions = [("send_alert", "Can send breaking-news alerts")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("newsletters:archive", args=[self.slug])

    def clean(self):
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("Dit adres is al in gebruik door de site; kies een ander.")
        if self.kind in (Kind.DAILY, Kind.WEEKLY) and self.send_time is None:
            errors["send_time"] = _("Een dagelijkse of wekelijkse brief heeft een verzendtijd nodig.")
        if self.kind == Kind.WEEKLY:
            if self.weekday is None:
                errors["weekday"] = _("Kies de dag waarop de wekelijkse brief verschijnt.")
            if self.section_id is None:
                errors["section"] = _("Kies de rubriek waarover de wekelijkse brief gaat.")
        if errors:
            raise ValidationError(errors)


def new_key() -> str:
    return secrets.token_hex(32)


class Subscriber(models.Model):
    """An e-mail address that asked for one or more newsletters; personal data, seen only by Beheer."""

    email = models.EmailField(_("e-mailadres"), max_length=254, unique=True)
    # The personal links are an HMAC of this random key (krant.newsletters.links): a new key makes
    # every link sent so far invalid, and the stored value alone is not a working link.
    key = models.CharField(max_length=64, default=new_key, editable=False)
    language = models.CharField(_("taal"), max_length=8, default="nl")
    created_at = models.DateTimeField(_("aangemeld op"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(_("bevestigingsmail verstuurd op"), null=True, blank=True)
    bounced_at = models.DateTimeField(
        _("onbestelbaar sinds"),
        null=True,
        blank=True,
        help_text=_("De mailserver weigerde dit adres; het krijgt geen nieuwsbrieven meer."),
    )
    bounce_reason = models.CharField(_("reden"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("abonnee")
        verbose_name_plural = _("abonnees")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.email


class SubscriptionStatus(models.TextChoices):
    PENDING = "pending", _("Wacht op bevestiging")
    CONFIRMED = "confirmed", _("Bevestigd")
    UNSUBSCRIBED = "unsubscribed", _("Afgemeld")


class Subscription(models.Model):
    """One subscriber on one list: asked for (double opt-in pending), confirmed, or unsubscribed."""

    # Both foreign keys are covered by the constraint and index below; no index of their own.
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions", db_index=False
    )
    newsletter = models.ForeignKey(
        NewsletterList,
        on_delete=models.CASCADE,
        related_name="subscriptions",
        verbose_name=_("nieuwsbrief"),
        db_index=False,
    )
    status = models.CharField(
        _("status"), max_length=16, choices=SubscriptionStatus.choices, default=SubscriptionStatus.PENDING
    )
    requested_at = models.DateTimeField(_("aangevraagd op"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("afgemeld op"), null=True, blank=True)

    class Meta:
        verbose_name = _("inschrijving")
        verbose_name_plural = _("inschrijvingen")
        constraints = [
            models.UniqueConstraint(fields=["subscriber", "newsletter"], name="newsletters_subscription_once")
        ]
        indexes = [models.Index(fields=["newsletter", "status"], name="newsletters_sub_list_status")]

    def __str__(self):
        return f"{self.subscriber_id} → {self.newsletter_id}: {self.status}"


class EditionStatus(models.TextChoices):
    DRAFT = "draft", _("Klaar om te versturen")
    SENDING = "sending", _("Wordt verstuurd")
    SENT = "sent", _("Verstuurd")


class Edition(models.Model):
    """One issue of a list, rendered once: the same mail for every subscriber but for the personal links."""

    newsletter = models.ForeignKey(
        NewsletterList, on_delete=models.PROTECT, related_name="editions", verbose_name=_("nieuwsbrief")
    )
    subject = models.CharField(_("onderwerp"), max_length=255)
    issue_date = models.DateField(_("datum"), help_text=_("De dag (Nederlandse tijd) waarvoor de editie is."))
    article = models.ForeignKey(
        "news.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("artikel"),
        help_text=_("Bij een nieuwsalert: het artikel."),
    )
    # What the edition showed, for the archive: [{"id", "title", "intro", "url", "section", "label"}].
    items = models.JSONField(_("inhoud"), default=list)
    html = models.TextField(_("HTML-deel"))
    text = models.TextField(_("tekstdeel"))
    status = models.CharField(
        _("status"), max_length=16, choices=EditionStatus.choices, default=EditionStatus.DRAFT
    )
    batch_size = models.PositiveIntegerField(_("adressen per batch"), default=500)
    created_at = models.DateTimeField(_("gemaakt op"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("door"),
    )
    started_at = models.DateTimeField(_("verzending begonnen"), null=True, blank=True)
    finished_at = models.DateTimeField(_("verzending klaar"), null=True, blank=True)
    # Delivery counts per status, stored when sending is done (counting 100,000 rows on every admin
    # page would not be); while sending the admin counts live.
    counts = models.JSONField(_("aantallen"), default=dict, blank=True)

    class Meta:
        verbose_name = _("editie")
        verbose_name_plural = _("edities")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # A daily or weekly edition is built once per day, however often the scheduler looks.
            models.UniqueConstraint(
                fields=["newsletter", "issue_date"],
                condition=Q(article__isnull=True),
                name="newsletters_edition_once_a_day",
            ),
            # A breaking alert goes out once per article and list.
            models.UniqueConstraint(
                fields=["newsletter", "article"],
                condition=Q(article__isnull=False),
                name="newsletters_edition_once_per_article",
            ),
        ]
        indexes = [models.Index(fields=["newsletter", "-created_at"], name="newsletters_edition_archive")]

    def __str__(self):
        return self.subject

    def get_absolute_url(self):
        return reverse("newsletters:edition", args=[self.newsletter.slug, self.pk])


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("In de wachtrij")
    SENDING = "sending", _("Wordt verstuurd")
    SENT = "sent", _("Verstuurd")
    BOUNCED = "bounced", _("Onbestelbaar")
    FAILED = "failed", _("Mislukt")
    UNCERTAIN = "uncertain", _("Onzeker")
    SKIPPED = "skipped", _("Overgeslagen")


class Batch(models.Model):
    """Deliveries one worker process claimed to send; it holds them until its lease runs out.

    A batch whose process is gone (or whose lease ran out) is taken back by
    `krant.newsletters.delivery.recover_abandoned_batches`.
    """

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="batches")
    holder = models.CharField(_("proces"), max_length=255, help_text=_("host:pid of the worker process"))
    claimed_at = models.DateTimeField(_("geclaimd op"), default=timezone.now)
    lease_until = models.DateTimeField(_("geclaimd tot"))
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    recovered = models.BooleanField(_("teruggenomen"), default=False)

    class Meta:
        verbose_name = _("batch")
        verbose_name_plural = _("batches")
        indexes = [
            models.Index(
                fields=["lease_until"], condition=Q(finished_at__isnull=True), name="newsletters_batch_open"
            )
        ]

    def __str__(self):
        return f"{self.edition_id}/{self.pk} ({self.holder})"


class Delivery(models.Model):
    """One edition to one subscriber: at most once, whatever happens to the worker sending it."""

    # The edition and batch keys are covered by the indexes below; no index of their own.
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="deliveries", db_index=False)
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(
        _("status"), max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    last_error = models.CharField(_("laatste fout"), max_length=255, blank=True)
    batch = models.ForeignKey(
        Batch, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_index=False
    )
    retry_after = models.DateTimeField(_("opnieuw na"), null=True, blank=True)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("verzending")
        verbose_name_plural = _("verzendingen")
        constraints = [
            models.UniqueConstraint(fields=["edition", "subscriber"], name="newsletters_delivery_once")
        ]
        indexes = [
            # Claiming takes the next pending rows of an edition in id order.
            models.Index(fields=["edition", "status", "id"], name="newsletters_delivery_claim"),
            models.Index(fields=["batch", "status"], name="newsletters_delivery_batch"),
        ]

    def __str__(self):
        return f"{self.edition_id} → {self.subscriber_id}: {self.status}"
