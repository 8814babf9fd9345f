"""Het Woord's data: the editors' vetoes, each day's word once it is played, members' games.

Games and days are written by krant.woord.services only; the page and the admin only read.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from krant.woord import clock, words


def tomorrow():
    return clock.tomorrow()


class WordVeto(models.Model):
    """An editor's 'not this word': from `starts_on` on it is skipped; days before keep their word."""

    word = models.CharField(_("woord"), max_length=words.LENGTH, unique=True)
    starts_on = models.DateField(
        _("vanaf"),
        default=tomorrow,
        help_text=_(
            "Vanaf deze dag (Amsterdamse tijd) wordt het woord overgeslagen; eerdere dagen houden hun woord. "
            "Vandaag of eerder kan niet: wie vandaag speelt, heeft het woord al."
        ),
    )
    reason = models.CharField(_("reden"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    panels = [FieldPanel("word"), FieldPanel("starts_on"), FieldPanel("reason")]

    class Meta:
        ordering = ["starts_on", "word"]
        verbose_name = _("afgekeurd woord")
        verbose_name_plural = _("afgekeurde woorden")

    def __str__(self):
        return self.word

    def clean(self):
        self.word = words.normalise(self.word)
        if self.word not in words.answers():
            raise ValidationError(
                {
                    "word": _(
                        "Dit woord staat niet in de lijst van antwoorden; het wordt nooit woord van de dag."
                    )
                }
            )
        first_allowed = clock.tomorrow()
        if self.pk is None or self._state.adding:
            changed = True
        else:
            before = type(self).objects.filter(pk=self.pk).values_list("starts_on", flat=True).first()
            changed = before != self.starts_on
            if changed and before is not None and before < first_allowed:
                message = _("Deze afkeuring geldt al: de dagen sinds %(day)s houden hun woord.")
                raise ValidationError({"starts_on": message % {"day": before.isoformat()}})
        if changed and self.starts_on < first_allowed:
            raise ValidationError({"starts_on": _("Kies morgen of later: eerdere dagen houden hun woord.")})


class DailyWord(models.Model):
    """The word of a day, stored when it is first played: a later list, key or veto never changes it."""

    day = models.DateField(_("dag"), unique=True)
    word = models.CharField(_("woord"), max_length=words.LENGTH)

    class Meta:
        ordering = ["-day"]
        verbose_name = _("woord van de dag")
        verbose_name_plural = _("woorden van de dag")

    def __str__(self):
        return f"{self.day}: {self.word}"


class Game(models.Model):
    """A member's game of one day: their guesses in order, and how it ended."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="woord_games")
    day = models.DateField(_("dag"))
    guesses = models.JSONField(_("gokken"), default=list)
    won = models.BooleanField(_("geraden"), default=False)
    finished_at = models.DateTimeField(_("afgelopen"), null=True, blank=True)

    class Meta:
        ordering = ["day"]
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="woord_game_one_per_day")]
        verbose_name = _("spel")
        verbose_name_plural = _("spellen")

    def __str__(self):
        return f"{self.user_id} {self.day}"
