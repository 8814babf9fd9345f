"""Sportspellen: members' predictions of the Scorebord's matches and races, their points, and private groups.

A prediction is written only by `services.place_prediction` (which refuses it from the match's start on,
inside the transaction) and scored only by `services.score_match`, which notes the match version it scored:
scoring the same result again changes nothing, a corrected result (a new version) is scored afresh.
"""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from krant.community.models import Member
from krant.scores.models import Competition, Match, Participant, Status

# The published rules; the page shows them from here, the scorer counts with them.
EXACT_SCORE = 3
RIGHT_OUTCOME = 1
DRIVER_EXACT_PLACE = 10
DRIVER_IN_TOP_THREE = 5
LEADERBOARD_SIZE = 50
OPEN_STATUSES = {Status.SCHEDULED, Status.POSTPONED}  # a match in any other state has begun (or ended)


def game_key(competition_id: int) -> str:
    return f"predictions:competition:{competition_id}"


def is_locked(match: Match, now) -> bool:
    """Return whether predictions of `match` are refused at `now`: from its start on, or once the Scorebord
    shows it under way or over, whatever its planned time."""
    return now >= match.starts_at or match.status not in OPEN_STATUSES


def open_matches_of(competition: Competition, now):
    """The competition's matches still open for predictions (not started), soonest first."""
    return (
        Match.objects.for_listing()
        .filter(competition=competition, starts_at__gt=now)
        .order_by("starts_at", "pk")
    )


def rules(competition: Competition | None) -> list[str]:
    """The game's published rules, as the page shows them."""
    if competition is not None and competition.is_race:
        return [
            _("Voorspel de top drie van elke race: drie verschillende coureurs, vóór de start."),
            _("%(points)d punten per coureur op precies de goede plaats.") % {"points": DRIVER_EXACT_PLACE},
            _("%(points)d punten per coureur die wel in de top drie eindigt, maar op een andere plaats.")
            % {"points": DRIVER_IN_TOP_THREE},
        ]
    return [
        _("Voorspel de uitslag van elke wedstrijd, vóór de aftrap."),
        _("%(points)d punten voor precies de goede uitslag.") % {"points": EXACT_SCORE},
        _("%(points)d punt voor de goede winnaar of een gelijkspel, met een andere uitslag.")
        % {"points": RIGHT_OUTCOME},
    ]


class Prediction(models.Model):
    """One member's prediction of one match (the score) or race (the top three)."""

    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, related_name="predictions", verbose_name=_("lid")
    )
    match = models.ForeignKey(
        Match, on_delete=models.CASCADE, related_name="predictions", verbose_name=_("wedstrijd of race")
    )
    home_score = models.PositiveSmallIntegerField(_("score thuis"), null=True, blank=True)
    away_score = models.PositiveSmallIntegerField(_("score uit"), null=True, blank=True)
    first = models.ForeignKey(
        Participant,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("eerste"),
    )
    second = models.ForeignKey(
        Participant,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("tweede"),
    )
    third = models.ForeignKey(
        Participant,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("derde"),
    )
    # Written by the scorer only: the points, and the match version they were counted for.
    points = models.PositiveSmallIntegerField(_("punten"), null=True, blank=True, editable=False)
    exact = models.BooleanField(_("precies goed"), default=False, editable=False)
    scored_version = models.PositiveIntegerField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("voorspelling")
        verbose_name_plural = _("voorspellingen")
        constraints = [
            models.UniqueConstraint(fields=["member", "match"], name="predictions_one_per_member_match"),
            models.CheckConstraint(
                condition=models.Q(first__isnull=True)
                | (
                    ~models.Q(first=models.F("second"))
                    & ~models.Q(first=models.F("third"))
                    & ~models.Q(second=models.F("third"))
                ),
                name="predictions_three_distinct",
            ),
        ]
        indexes = [models.Index(fields=["match", "scored_version"], name="predictions_match_version")]

    def __str__(self):
        return f"{self.member} · {self.match}"


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Group(models.Model):
    """A mini-competition: members who compare their points among themselves; joined by invite link."""

    competition = models.ForeignKey(
        Competition, on_delete=models.CASCADE, related_name="prediction_groups", verbose_name=_("competitie")
    )
    name = models.CharField(_("naam"), max_length=60)
    owner = models.ForeignKey(
        Member,
        on_delete=models.CASCADE,
        related_name="owned_prediction_groups",
        verbose_name=_("gemaakt door"),
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    members = models.ManyToManyField(
        Member, through="GroupMembership", related_name="prediction_groups", verbose_name=_("leden")
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("groep")
        verbose_name_plural = _("groepen")
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name


class GroupMembership(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="prediction_memberships")
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "member"], name="predictions_group_member_once")
        ]

    def __str__(self):
        return f"{self.member} · {self.group}"
