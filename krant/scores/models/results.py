"""Scorebord: competitions, their rounds, teams or drivers, matches or races and their results.

Standings are never stored: `krant.scores.standings` computes them from the final results on each render
(one query for a competition's matches). Writes of scores go through `krant.scores.services`; the editors'
forms for the rest (a competition's rules, teams, the fixture list) purge through `signals.py`.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

ALL_KEY = "scores"  # every Scorebord page; purged when an editor changes anything in the admin's forms
OVERVIEW_KEY = "scores:overview"  # the overview; purged with the competition's key on a change of score
F1_POINTS = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1]  # the FIA's points for places 1 to 10 since 2010


def competition_key(competition_id: int) -> str:
    return f"scores:competition:{competition_id}"


class Sport(models.TextChoices):
    FOOTBALL = "voetbal", _("voetbal")
    TENNIS = "tennis", _("tennis")
    FORMULA_ONE = "formule-1", _("Formule 1")
    CYCLING = "wielrennen", _("wielrennen")


RACE_SPORTS = {Sport.FORMULA_ONE, Sport.CYCLING}  # a race has a finishing order, not two sides


class TieBreak(models.TextChoices):
    GOALS = "doelsaldo", _("punten, doelsaldo, doelpunten voor")
    GOALS_THEN_HEAD_TO_HEAD = (
        "onderling",
        _("punten, doelsaldo, doelpunten voor, dan onderling resultaat (Eredivisie)"),
    )


class Competition(models.Model):
    """A league, a championship, a tournament or a stage race in one season, with its own rules."""

    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(_("adres"), max_length=100, unique=True)
    sport = models.CharField(_("sport"), max_length=16, choices=Sport.choices, default=Sport.FOOTBALL)
    season = models.CharField(_("seizoen"), max_length=20, blank=True, help_text=_("Bijvoorbeeld 2026-2027."))
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    points_win = models.PositiveSmallIntegerField(_("punten voor winst"), default=3)
    points_draw = models.PositiveSmallIntegerField(_("punten voor gelijkspel"), default=1)
    points_loss = models.PositiveSmallIntegerField(_("punten voor verlies"), default=0)
    tie_break = models.CharField(
        _("bij gelijke punten"),
        max_length=16,
        choices=TieBreak.choices,
        default=TieBreak.GOALS_THEN_HEAD_TO_HEAD,
    )
    race_points = models.JSONField(
        _("punten per plaats"),
        default=list,
        blank=True,
        help_text=_("Races: de punten voor plaats 1, 2, 3 ... als lijst, bijvoorbeeld [25, 18, 15]."),
    )
    standings_shown = models.BooleanField(
        _("stand tonen"), default=True, help_text=_("Uit voor een toernooi met een schema (tennis).")
    )
    external_id = models.CharField(
        _("id bij de leverancier"),
        max_length=40,
        blank=True,
        help_text=_("Bijvoorbeeld de code bij football-data.org (DED voor de Eredivisie)."),
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("competitie")
        verbose_name_plural = _("competities")

    def __str__(self):
        return f"{self.name} {self.season}".strip()

    def clean(self):
        points = self.race_points
        if not isinstance(points, list) or not all(
            isinstance(p, int) and not isinstance(p, bool) and 0 <= p <= 1000 for p in points
        ):
            raise ValidationError({"race_points": _("Geef een lijst van hele getallen, zoals [25, 18, 15].")})

    @property
    def is_race(self) -> bool:
        return self.sport in RACE_SPORTS

    @property
    def cache_key(self) -> str:
        return competition_key(self.pk)


class Participant(models.Model):
    """A team, a player or a driver; one row, whatever competitions they take part in."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    short_name = models.CharField(_("korte naam"), max_length=30, blank=True)
    affiliation = models.CharField(
        _("team"), max_length=100, blank=True, help_text=_("Coureurs en renners: hun team.")
    )
    external_id = models.CharField(_("id bij de leverancier"), max_length=40, blank=True, db_index=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("team of deelnemer")
        verbose_name_plural = _("teams en deelnemers")

    def __str__(self):
        return self.name

    @property
    def label(self) -> str:
        return self.short_name or self.name


class Round(models.Model):
    """A matchday, a round of a tournament, a Grand Prix weekend or a stage."""

    competition = models.ForeignKey(
        Competition, on_delete=models.CASCADE, related_name="rounds", verbose_name=_("competitie")
    )
    number = models.PositiveSmallIntegerField(_("nummer"))
    name = models.CharField(
        _("naam"), max_length=100, help_text=_("Bijvoorbeeld 'Speelronde 4' of 'Halve finale'.")
    )

    class Meta:
        ordering = ["competition", "number"]
        verbose_name = _("ronde")
        verbose_name_plural = _("rondes")
        constraints = [
            models.UniqueConstraint(fields=["competition", "number"], name="scores_round_competition_number")
        ]

    def __str__(self):
        return f"{self.competition.name}: {self.name}"


class Status(models.TextChoices):
    SCHEDULED = "gepland", _("gepland")
    LIVE = "bezig", _("bezig")
    HALF_TIME = "rust", _("rust")
    FINISHED = "afgelopen", _("afgelopen")
    POSTPONED = "uitgesteld", _("uitgesteld")


PLAYING = {Status.LIVE, Status.HALF_TIME}


class MatchQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related("home", "away", "round", "competition")

    def finished(self):
        return self.filter(status=Status.FINISHED)


class Match(ClusterableModel):
    """A match between two sides (home and away), or a race (no sides: its placings are the result)."""

    competition = models.ForeignKey(
        Competition, on_delete=models.CASCADE, related_name="matches", verbose_name=_("competitie")
    )
    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="matches", verbose_name=_("ronde")
    )
    name = models.CharField(
        _("naam"), max_length=150, blank=True, help_text=_("Races: bijvoorbeeld 'Grote Prijs van Zandvoort'.")
    )
    home = models.ForeignKey(
        Participant,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="home_matches",
        verbose_name=_("thuis"),
    )
    away = models.ForeignKey(
        Participant,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="away_matches",
        verbose_name=_("uit"),
    )
    starts_at = models.DateTimeField(_("aanvang"), db_index=True)
    venue = models.CharField(_("plaats"), max_length=150, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED)
    home_score = models.PositiveSmallIntegerField(_("score thuis"), null=True, blank=True)
    away_score = models.PositiveSmallIntegerField(_("score uit"), null=True, blank=True)
    # Bumped by every change of score or status (services.py): live events and fragment addresses carry it.
    version = models.PositiveIntegerField(default=0, editable=False)
    external_id = models.CharField(_("id bij de leverancier"), max_length=40, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MatchQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("wedstrijd of race")
        verbose_name_plural = _("wedstrijden en races")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(home__isnull=True) | ~models.Q(home=models.F("away")),
                name="scores_match_two_sides",
            ),
        ]

    def __str__(self):
        if self.home_id and self.away_id:
            return f"{self.home} - {self.away}"
        return self.name or str(self.round)

    def clean(self):
        if self.round_id and self.competition_id and self.round.competition_id != self.competition_id:
            raise ValidationError({"round": _("Deze ronde hoort bij een andere competitie.")})
        if (self.home_id is None) != (self.away_id is None):
            raise ValidationError(_("Geef beide teams, of geen van beide voor een race."))
        if self.home_id and self.home_id == self.away_id:
            raise ValidationError({"away": _("Een team kan niet tegen zichzelf spelen.")})

    def save(self, *args, **kwargs):
        # To the second: an HTML datetime takes at most three digits of a fraction, and no sport needs one.
        if self.starts_at is not None:
            self.starts_at = self.starts_at.replace(microsecond=0)
        super().save(*args, **kwargs)

    @property
    def is_race(self) -> bool:
        return self.home_id is None

    @property
    def is_playing(self) -> bool:
        return self.status in PLAYING

    @property
    def has_score(self) -> bool:
        return self.home_score is not None and self.away_score is not None

    @property
    def title(self) -> str:
        return str(self)


class Placing(models.Model):
    """One finisher of a race: the position and, optionally, a time or gap as the sport writes it."""

    match = ParentalKey(Match, on_delete=models.CASCADE, related_name="placings", verbose_name=_("race"))
    participant = models.ForeignKey(
        Participant, on_delete=models.PROTECT, related_name="placings", verbose_name=_("deelnemer")
    )
    position = models.PositiveSmallIntegerField(_("plaats"))
    note = models.CharField(_("tijd of achterstand"), max_length=40, blank=True)

    class Meta:
        ordering = ["match", "position"]
        verbose_name = _("uitslag")
        verbose_name_plural = _("uitslagen")
        constraints = [
            models.UniqueConstraint(fields=["match", "position"], name="scores_placing_position"),
            models.UniqueConstraint(fields=["match", "participant"], name="scores_placing_participant"),
        ]

    def __str__(self):
        return f"{self.position}. {self.participant}"


class ScoreFeed(models.Model):
    """A competition fed by a provider's API (football-data.org v4), fetched by the scheduler."""

    competition = models.OneToOneField(
        Competition, on_delete=models.CASCADE, related_name="feed", verbose_name=_("competitie")
    )
    url = models.URLField(
        _("adres"),
        max_length=500,
        help_text=_(
            "Het adres van de wedstrijden, bijvoorbeeld "
            "https://api.football-data.org/v4/competitions/DED/matches?matchday=4."
        ),
    )
    active = models.BooleanField(_("ophalen"), default=True)
    # Written by the job only.
    last_fetched_at = models.DateTimeField(_("laatst opgehaald"), null=True, blank=True, editable=False)
    next_fetch_at = models.DateTimeField(
        _("volgende keer"), null=True, blank=True, editable=False, db_index=True
    )
    failures = models.PositiveIntegerField(_("mislukt op rij"), default=0, editable=False)
    last_report = models.TextField(_("laatste verslag"), blank=True, editable=False)

    class Meta:
        verbose_name = _("uitslagenbron")
        verbose_name_plural = _("uitslagenbronnen")

    def __str__(self):
        return str(self.competition)
