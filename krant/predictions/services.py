"""Every write of the Sportspellen, in one place: predictions, their scoring, and the groups.

A prediction is refused from the match's start on, checked inside the transaction against the match's row,
locked, so neither a form left open nor a request one second late gets in. Scoring follows the Scorebord:
`krant.scores.services` sends `result_changed` after each commit of a score, placings or an edited match,
and `score_match` counts the points of that match's predictions for its current version. It locks the match
row and skips predictions already scored for that version, so a second run (a retried hook, the scheduler's
`score_due_matches` after a worker died between the commit and the hook) changes nothing, and a corrected
result (a new version) is counted afresh.
"""

import logging
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from krant.community.comments import audit
from krant.community.models import AuditKind, Member
from krant.core.purge import purge
from krant.predictions.models import (
    DRIVER_EXACT_PLACE,
    DRIVER_IN_TOP_THREE,
    EXACT_SCORE,
    RIGHT_OUTCOME,
    Group,
    GroupMembership,
    Prediction,
    game_key,
    is_locked,
)
from krant.scores.models import Match, Participant, Status

logger = logging.getLogger(__name__)

MAX_GOALS = 30
GROUP_SIZE = 200
GROUPS_PER_MEMBER = 20


class PredictionError(ValueError):
    """A prediction, or a change of a group, that cannot be; the message is for the member."""


class Locked(PredictionError):
    """The match has started: its predictions are closed."""


@transaction.atomic
def place_prediction(
    member: Member,
    match_id: int,
    *,
    home_score: int | None = None,
    away_score: int | None = None,
    top_three: list[int] | None = None,
) -> Prediction:
    """Store `member`'s prediction of a match (the score) or a race (three driver ids, winner first)."""
    match = Match.objects.select_for_update().filter(pk=match_id).first()
    if match is None:
        raise PredictionError(_("Deze wedstrijd bestaat niet."))
    # The clock is read after the lock: a kick-off moved by an editor meanwhile counts.
    if is_locked(match, timezone.now()):
        raise Locked(_("Deze wedstrijd is al begonnen: voorspellen kan niet meer."))
    fields = {"home_score": None, "away_score": None, "first": None, "second": None, "third": None}
    if match.is_race:
        ids = list(top_three or [])
        if len(ids) != 3 or None in ids:
            raise PredictionError(_("Kies drie coureurs: de winnaar, de tweede en de derde."))
        if len(set(ids)) != 3:
            raise PredictionError(_("Kies drie verschillende coureurs."))
        drivers = race_drivers(match)
        if not set(ids) <= {d.pk for d in drivers}:
            raise PredictionError(_("Kies coureurs uit de lijst."))
        fields.update(first_id=ids[0], second_id=ids[1], third_id=ids[2])
        del fields["first"], fields["second"], fields["third"]
    else:
        for goals in (home_score, away_score):
            if goals is None or not 0 <= goals <= MAX_GOALS:
                raise PredictionError(
                    _("Geef voor beide teams een aantal doelpunten van 0 tot %(max)d.") % {"max": MAX_GOALS}
                )
        fields.update(home_score=home_score, away_score=away_score)
    prediction, _created = Prediction.objects.update_or_create(
        member=member,
        match=match,
        defaults={**fields, "points": None, "exact": False, "scored_version": None},
    )
    return prediction


def race_drivers(match: Match) -> list[Participant]:
    """The drivers a member may pick for a race: everyone who finished a race of its competition."""
    return list(
        Participant.objects.filter(placings__match__competition_id=match.competition_id)
        .distinct()
        .order_by("name")
    )


# Scoring -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a prediction is measured against: a score, or a race's top three (participant ids)."""

    score: tuple[int, int] | None = None
    top_three: tuple[int, ...] = ()


def points_for(prediction: Prediction, outcome: Outcome) -> tuple[int, bool]:
    """Return the points of `prediction` by the game's published rules, and whether it was exactly right."""
    if outcome.score is not None:
        if prediction.home_score is None:
            return 0, False
        guess = (prediction.home_score, prediction.away_score)
        if guess == outcome.score:
            return EXACT_SCORE, True
        if sign(guess) == sign(outcome.score):
            return RIGHT_OUTCOME, False
        return 0, False
    guess_ids = (prediction.first_id, prediction.second_id, prediction.third_id)
    points = 0
    for place, driver in enumerate(guess_ids):
        if place < len(outcome.top_three) and outcome.top_three[place] == driver:
            points += DRIVER_EXACT_PLACE
        elif driver in outcome.top_three:
            points += DRIVER_IN_TOP_THREE
    return points, points == 3 * DRIVER_EXACT_PLACE


def sign(score: tuple[int, int]) -> int:
    return (score[0] > score[1]) - (score[0] < score[1])


@transaction.atomic
def score_match(match_id: int) -> int:
    """Count the points of the match's predictions for its current result; return how many changed."""
    match = Match.objects.select_for_update().filter(pk=match_id).first()
    if match is None:
        return 0
    pending = Prediction.objects.filter(match=match).exclude(scored_version=match.version)
    outcome = outcome_of(match)
    if outcome is None:
        # Not final (or the result was taken back): no points until it is.
        changed = pending.filter(points__isnull=False).update(points=None, exact=False, scored_version=None)
    else:
        predictions = list(pending)
        for prediction in predictions:
            prediction.points, prediction.exact = points_for(prediction, outcome)
            prediction.scored_version = match.version
        Prediction.objects.bulk_update(predictions, ["points", "exact", "scored_version"], batch_size=500)
        changed = len(predictions)
    if changed:
        purge({game_key(match.competition_id)})
        logger.debug("Scored %d predictions of match %s (version %s)", changed, match.pk, match.version)
    return changed


def outcome_of(match: Match) -> Outcome | None:
    if match.status != Status.FINISHED:
        return None
    if match.is_race:
        top = tuple(match.placings.order_by("position").values_list("participant_id", flat=True)[:3])
        return Outcome(top_three=top) if top else None
    if match.home_score is None or match.away_score is None:
        return None
    return Outcome(score=(match.home_score, match.away_score))


def score_due_matches() -> None:
    """Scheduler job: score every match whose predictions lag behind its result (a hook that never ran).

    One query when all is scored.
    """
    due = (
        Prediction.objects.filter(
            (
                Q(match__status=Status.FINISHED)
                & (Q(scored_version__isnull=True) | ~Q(scored_version=F("match__version")))
            )
            | (~Q(match__status=Status.FINISHED) & Q(points__isnull=False))
        )
        .values_list("match_id", flat=True)
        .distinct()
    )
    for match_id in list(due[:500]):
        score_match(match_id)


# Groups ------------------------------------------------------------------------------------------------


def group_name(name: str) -> str:
    """Return `name` with its spaces tidied; a PredictionError when it is empty or too long."""
    name = " ".join(name.split())
    if not 1 <= len(name) <= 60:
        raise PredictionError(_("Geef de groep een naam van hoogstens 60 tekens."))
    return name


@transaction.atomic
def create_group(owner: Member, competition_id: int, name: str) -> Group:
    name = group_name(name)
    if owner.prediction_memberships.count() >= GROUPS_PER_MEMBER:
        raise PredictionError(
            _("Je zit al in %(count)d groepen; verlaat er eerst een.") % {"count": GROUPS_PER_MEMBER}
        )
    group = Group.objects.create(competition_id=competition_id, name=name, owner=owner)
    GroupMembership.objects.create(group=group, member=owner)
    return group


@transaction.atomic
def join_group(member: Member, group: Group) -> bool:
    """Add `member` to `group`; return False when they were in it already."""
    group = Group.objects.select_for_update().get(pk=group.pk)
    if group.memberships.filter(member=member).exists():
        return False
    if group.memberships.count() >= GROUP_SIZE:
        raise PredictionError(_("Deze groep is vol."))
    if member.prediction_memberships.count() >= GROUPS_PER_MEMBER:
        raise PredictionError(
            _("Je zit al in %(count)d groepen; verlaat er eerst een.") % {"count": GROUPS_PER_MEMBER}
        )
    GroupMembership.objects.create(group=group, member=member)
    return True


@transaction.atomic
def leave_group(member: Member, group: Group) -> None:
    """Take `member` out of `group`; a group its last member leaves is deleted, an owner's passes on."""
    group = Group.objects.select_for_update().get(pk=group.pk)
    group.memberships.filter(member=member).delete()
    successor = group.memberships.order_by("joined_at", "pk").first()
    if successor is None:
        group.delete()
    elif group.owner_id == member.pk:
        Group.objects.filter(pk=group.pk).update(owner_id=successor.member_id)


@transaction.atomic
def remove_member(owner: Member, group: Group, member_id: int) -> None:
    """The group's owner takes another member out."""
    group = Group.objects.select_for_update().get(pk=group.pk)
    if group.owner_id != owner.pk:
        raise PredictionError(_("Alleen wie de groep maakte, kan leden verwijderen."))
    if member_id == owner.pk:
        raise PredictionError(_("Verlaat de groep zelf als je eruit wilt."))
    if not group.memberships.filter(member_id=member_id).delete()[0]:
        raise PredictionError(_("Dit lid zit niet in de groep."))


# Moderation: a group's name breaks the house rules. Each step is noted on the owner's moderation record.


@transaction.atomic
def rename_group_by_moderator(moderator, group: Group, name: str) -> Group:
    """Give `group` another name (a neutral one) in place of an offensive one; the old name is noted."""
    group = Group.objects.select_for_update().select_related("owner").get(pk=group.pk)
    old, group.name = group.name, group_name(name)
    if group.name != old:
        Group.objects.filter(pk=group.pk).update(name=group.name)
        note = _("Naam van voorspelgroep %(id)d vervangen: '%(old)s' werd '%(new)s'.")
        audit(
            moderator,
            AuditKind.NOTE,
            member=group.owner,
            note=note % {"id": group.pk, "old": old, "new": group.name},
        )
    return group


@transaction.atomic
def dissolve_group(moderator, group: Group) -> None:
    """Delete `group` with its memberships (the members' predictions and points stay); noted."""
    group = Group.objects.select_for_update().select_related("owner").get(pk=group.pk)
    note = _("Voorspelgroep %(id)d '%(name)s' opgeheven, met %(count)d leden.") % {
        "id": group.pk,
        "name": group.name,
        "count": group.memberships.count(),
    }
    audit(moderator, AuditKind.NOTE, member=group.owner, note=note)
    group.delete()
