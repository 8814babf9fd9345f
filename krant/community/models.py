"""Community members: the profile beside each account, and the record of accounts deleted."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TrustLevel(models.IntegerChoices):
    # Earned by a clean record; moderation (a later step) lets trusted members skip pre-moderation.
    NEW = 0, _("Nieuw")
    REGULAR = 1, _("Vaste deelnemer")
    TRUSTED = 2, _("Vertrouwd")


class Member(models.Model):
    """A reader's public face in the community: the name shown, since when, and a verified expertise."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member")
    display_name = models.CharField(_("naam"), max_length=40)
    # The name as a reader takes it (krant.community.names.skeleton): unique, so no look-alikes.
    name_key = models.CharField(max_length=80, unique=True, editable=False)
    joined_at = models.DateTimeField(_("lid sinds"), default=timezone.now)
    expert_label = models.CharField(
        _("deskundigheid"),
        max_length=40,
        blank=True,
        help_text=_(
            "Alleen invullen als de redactie het heeft nagegaan, bijvoorbeeld 'arts' of 'econoom'. "
            "Staat naast de naam."
        ),
    )
    trust_level = models.PositiveSmallIntegerField(
        _("vertrouwen"), choices=TrustLevel.choices, default=TrustLevel.NEW
    )
    suspended_until = models.DateTimeField(
        _("geschorst tot"), null=True, blank=True, help_text=_("Tot dan kan het lid niet reageren.")
    )
    banned = models.BooleanField(_("verbannen"), default=False)

    class Meta:
        verbose_name = _("lid")
        verbose_name_plural = _("leden")
        ordering = ["-joined_at", "-pk"]

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("community:profile", args=[self.pk])

    @property
    def cache_key(self) -> str:
        """The surrogate key of pages showing this member's name or labels (krant.core.pagecache)."""
        return f"member:{self.pk}"


class CommentChoice(models.TextChoices):
    """What a member leaving wants done with their comments; the comments' part honours it."""

    REMOVE = "remove", _("Verwijder mijn reacties")
    ANONYMISE = "anonymise", _("Laat mijn reacties staan, zonder mijn naam")


class AccountDeletion(models.Model):
    """An account deleted at its member's request: no personal data, only what was asked for its traces.

    Kept so that parts that erase later or in the background (comments) know the member's choice.
    """

    former_user_id = models.PositiveBigIntegerField(_("voormalig accountnummer"), unique=True)
    comments = models.CharField(_("reacties"), max_length=16, choices=CommentChoice.choices)
    deleted_at = models.DateTimeField(_("verwijderd op"), default=timezone.now)

    class Meta:
        verbose_name = _("verwijderd account")
        verbose_name_plural = _("verwijderde accounts")
        ordering = ["-deleted_at"]

    def __str__(self):
        return f"{self.former_user_id}: {self.comments}"
