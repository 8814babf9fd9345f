"""A member's Sportspellen in 'download my data' (krant.community.personal_data).

Deleting the account deletes them with the member (the foreign keys cascade): predictions, memberships
and the groups they made (another member's group they only played in stays, without them).
"""

from krant.community import personal_data
from krant.predictions.models import Group, Prediction


def export(user) -> dict:
    predictions = Prediction.objects.filter(member__user=user).select_related(
        "match__home", "match__away", "first", "second", "third"
    )
    groups = Group.objects.filter(memberships__member__user=user).select_related("competition")
    return {
        "predictions": [
            {
                "match": str(p.match),
                "starts_at": personal_data.when(p.match.starts_at),
                "score": [p.home_score, p.away_score] if p.home_score is not None else None,
                "top_three": [str(d) for d in (p.first, p.second, p.third) if d] or None,
                "points": p.points,
                "made_at": personal_data.when(p.created_at),
            }
            for p in predictions
        ],
        "groups": [{"name": g.name, "competition": str(g.competition)} for g in groups],
    }


personal_data.register("predictions", export)
