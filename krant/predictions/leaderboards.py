"""Leaderboards: the points of the scored predictions, summed per member, for a season or a round, for
everybody or for a group. One query each, however many members play; never stored (like the standings)."""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Sum

from krant.predictions.models.game import LEADERBOARD_SIZE, Group, Prediction
from krant.scores.models import Competition, Round


@dataclass
class Row:
    place: int
    member_id: int
    name: str
    points: int
    exact: int
    predictions: int


def table(predictions: QuerySet, limit: int | None = LEADERBOARD_SIZE) -> list[Row]:
    """Rank members by points, then by exact predictions; members level on both share a place."""
    ranked = (
        predictions.filter(points__isnull=False, member__banned=False)
        .values("member_id", "member__display_name")
        .annotate(total=Sum("points"), exact_count=Count("pk", filter=Q(exact=True)), played=Count("pk"))
        .order_by("-total", "-exact_count", "member__display_name", "member_id")
    )
    if limit is not None:
        ranked = ranked[:limit]
    rows: list[Row] = []
    for index, item in enumerate(ranked, start=1):
        level = rows and (rows[-1].points, rows[-1].exact) == (item["total"], item["exact_count"])
        rows.append(
            Row(
                place=rows[-1].place if level else index,
                member_id=item["member_id"],
                name=item["member__display_name"],
                points=item["total"],
                exact=item["exact_count"],
                predictions=item["played"],
            )
        )
    return rows


def season(competition: Competition, group: Group | None = None) -> list[Row]:
    return table(in_group(Prediction.objects.filter(match__competition=competition), group))


def for_round(round_: Round, group: Group | None = None) -> list[Row]:
    return table(in_group(Prediction.objects.filter(match__round=round_), group))


def in_group(predictions: QuerySet, group: Group | None) -> QuerySet:
    if group is None:
        return predictions
    return predictions.filter(member__prediction_memberships__group=group)
