"""Push alerts: who receives them (browsers and app devices, per topic), what was sent, and to whom.

A `Recipient` is one browser's Web Push subscription or one app's device token. A `Delivery` is one item
(an article, a liveblog update) sent to one topic: unique per item and topic, so a second click sends
nothing. A `Dispatch` is that delivery to one recipient, unique per pair: the row that makes "never
twice" hold (krant.push.delivery).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Platform(models.TextChoices):
    WEB = "web", _("Browser (Web Push)")
    ANDROID = "android", _("Android-app")
    IOS = "ios", _("iOS-app")


APP_PLATFORMS = [Platform.ANDROID, Platform.IOS]


class Recipient(models.Model):
    """A browser's push subscription or an app's device token; anonymous unless a member made it."""

    platform = models.CharField(_("platform"), max_length=8, choices=Platform.choices)
    # The push service's endpoint (web) or the device token (apps): a secret that identifies the device.
    address = models.CharField(_("adres"), max_length=1024)
    p256dh = models.CharField(_("publieke sleutel"), max_length=100, blank=True)
    auth = models.CharField(_("authenticatiegeheim"), max_length=32, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="push_recipients",
        verbose_name=_("lid"),
    )
    language = models.CharField(_("taal"), max_length=8, default="nl")
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    updated_at = models.DateTimeField(_("gewijzigd op"), default=timezone.now)

    class Meta:
        verbose_name = _("ontvanger")
        verbose_name_plural = _("ontvangers")
        constraints = [models.UniqueConstraint(fields=["platform", "address"], name="push_recipient_unique")]

    def __str__(self):
        return f"{self.get_platform_display()} #{self.pk}"

    @property
    def subscription_info(self) -> dict:
        """The subscription as the browser gave it, in the shape pywebpush takes."""
        return {"endpoint": self.address, "keys": {"p256dh": self.p256dh, "auth": self.auth}}


class RecipientTopic(models.Model):
    recipient = models.ForeignKey(Recipient, on_delete=models.CASCADE, related_name="topics")
    topic = models.CharField(_("onderwerp"), max_length=80)

    class Meta:
        verbose_name = _("onderwerp")
        verbose_name_plural = _("onderwerpen")
        constraints = [models.UniqueConstraint(fields=["recipient", "topic"], name="push_topic_unique")]
        indexes = [models.Index(fields=["topic"], name="push_topic_topic")]

    def __str__(self):
        return self.topic


class DeliveryStatus(models.TextChoices):
    SENDING = "sending", _("Wordt verstuurd")
    SENT = "sent", _("Verstuurd")


class Delivery(models.Model):
    """One item sent as a push alert to one topic, once."""

    item_key = models.CharField(_("item"), max_length=80, help_text=_("Bijvoorbeeld article:12"))
    topic = models.CharField(_("onderwerp"), max_length=80)
    title = models.CharField(_("titel"), max_length=120)
    body = models.CharField(_("tekst"), max_length=240, blank=True)
    url = models.CharField(_("adres"), max_length=500)
    status = models.CharField(
        _("status"), max_length=8, choices=DeliveryStatus.choices, default=DeliveryStatus.SENDING
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("verstuurd door"),
    )
    created_at = models.DateTimeField(_("aangemaakt op"), default=timezone.now)
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    # App devices that follow the topic but got nothing, because no app adapter is configured.
    apps_not_sent = models.PositiveIntegerField(_("apps zonder koppeling"), default=0)
    counts = models.JSONField(_("aantallen"), default=dict, blank=True)

    class Meta:
        verbose_name = _("pushbericht")
        verbose_name_plural = _("pushberichten")
        permissions = [("send_push", "Can send push alerts")]
        constraints = [models.UniqueConstraint(fields=["item_key", "topic"], name="push_delivery_once")]

    def __str__(self):
        return f"{self.title} ({self.topic})"


class DispatchStatus(models.TextChoices):
    PENDING = "pending", _("Wacht")
    CLAIMED = "claimed", _("In een batch")
    HANDED = "handed", _("Onderweg")
    SENT = "sent", _("Verstuurd")
    EXPIRED = "expired", _("Verlopen (verwijderd)")
    FAILED = "failed", _("Mislukt")
    UNCERTAIN = "uncertain", _("Onzeker")


class Batch(models.Model):
    """Dispatches one worker process claimed; taken back when its process is gone or its lease ran out."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="batches")
    holder = models.CharField(_("proces"), max_length=255)
    claimed_at = models.DateTimeField(_("geclaimd op"), default=timezone.now)
    lease_until = models.DateTimeField(_("geclaimd tot"))
    finished_at = models.DateTimeField(_("klaar op"), null=True, blank=True)
    recovered = models.BooleanField(_("teruggenomen"), default=False)

    class Meta:
        verbose_name = _("batch")
        verbose_name_plural = _("batches")
        indexes = [
            models.Index(
                fields=["lease_until"], condition=Q(finished_at__isnull=True), name="push_batch_open"
            )
        ]

    def __str__(self):
        return f"{self.delivery_id}/{self.pk} ({self.holder})"


class Dispatch(models.Model):
    """One delivery to one recipient. The recipient may be deleted since (an expired subscription)."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="dispatches")
    recipient = models.ForeignKey(Recipient, null=True, on_delete=models.SET_NULL, related_name="dispatches")
    platform = models.CharField(_("platform"), max_length=8, choices=Platform.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=DispatchStatus.choices, default=DispatchStatus.PENDING
    )
    batch = models.ForeignKey(Batch, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    retry_after = models.DateTimeField(_("opnieuw na"), null=True, blank=True)
    last_error = models.CharField(_("laatste fout"), max_length=255, blank=True)
    sent_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("verzending")
        verbose_name_plural = _("verzendingen")
        constraints = [models.UniqueConstraint(fields=["delivery", "recipient"], name="push_dispatch_once")]
        indexes = [models.Index(fields=["delivery", "status"], name="push_dispatch_status")]

    def __str__(self):
        return f"{self.delivery_id} → {self.recipient_id}"
