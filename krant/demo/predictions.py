"""Load the demo's Sportspellen from content/predictions.toml (format in its header).

The game pages take their competitions once the Scorebord's season is loaded (`link_games`); the demo's
members then get predictions of every played match and race, drawn from their hand with a seed of their
own (the same each load), and are scored as the Scorebord would have scored them (`ensure_demo_predictions`).
Loaded once: a member with predictions already is left alone.
"""

import random
import tomllib
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from krant.predictions import services
from krant.predictions.models import Group, GroupMembership, Prediction, PredictionGamePage
from krant.scores.models import Competition, Match, Status

CONTENT = Path(__file__).with_name("content") / "predictions.toml"


def read_content(path: Path = CONTENT) -> dict:
    with path.open("rb") as file:
        return tomllib.load(file)


def link_games(path: Path = CONTENT) -> int:
    """Give each game page without a competition the one the content file names; return how many."""
    linked = 0
    for game in read_content(path)["game"]:
        competition = Competition.objects.filter(slug=game["competition"]).first()
        if competition is None:
            continue
        linked += PredictionGamePage.objects.filter(title=game["title"], competition__isnull=True).update(
            competition=competition
        )
    return linked


def guess_score(rng: random.Random, hand: float, match: Match) -> tuple[int, int]:
    if rng.random() < hand / 2:
        return match.home_score, match.away_score
    if rng.random() < hand:
        # The right outcome, another score.
        diff = match.home_score - match.away_score
        base = rng.randint(0, 2)
        if diff == 0:
            return base, base
        return (base + diff + 1, base) if diff > 0 else (base, base - diff + 1)
    return rng.randint(0, 3), rng.randint(0, 2)


def guess_top_three(rng: random.Random, hand: float, finishers: list[int], drivers: list[int]) -> list[int]:
    if rng.random() < hand:
        top = finishers[:3]
        if rng.random() > hand:
            top = [top[1], top[0], top[2]]
        return top
    return rng.sample(drivers, 3)


@transaction.atomic
def ensure_demo_predictions(path: Path = CONTENT) -> int:
    """Create the players' predictions of the games' played matches and the groups; return how many."""
    data = read_content(path)
    users = get_user_model().objects.select_related("member")
    created = 0
    competitions = list(Competition.objects.filter(slug__in=[g["competition"] for g in data["game"]]))
    members = {}
    for player in data["player"]:
        user = users.filter(username=player["member"]).first()
        member = getattr(user, "member", None) if user else None
        if member is None:
            continue
        members[player["member"]] = member
        if Prediction.objects.filter(member=member).exists():
            continue
        rng = random.Random(f"krant-demo:{player['member']}")  # noqa: S311 - demo data, not secrets
        rows = []
        for competition in competitions:
            played = Match.objects.filter(competition=competition, status=Status.FINISHED).order_by(
                "starts_at", "pk"
            )
            if competition.is_race:
                drivers = sorted(
                    {pk for m in played for pk in m.placings.values_list("participant_id", flat=True)}
                )
            for match in played:
                row = Prediction(member=member, match=match, created_at=match.starts_at - timedelta(hours=20))
                if match.is_race:
                    finishers = list(
                        match.placings.order_by("position").values_list("participant_id", flat=True)
                    )
                    if len(finishers) < 3:
                        continue
                    row.first_id, row.second_id, row.third_id = guess_top_three(
                        rng, player["hand"], finishers, drivers
                    )
                else:
                    row.home_score, row.away_score = guess_score(rng, player["hand"], match)
                rows.append(row)
        Prediction.objects.bulk_create(rows)
        created += len(rows)
    for item in data["group"]:
        competition = Competition.objects.filter(slug=item["competition"]).first()
        people = [members[handle] for handle in item["members"] if handle in members]
        if competition is None or not people or Group.objects.filter(name=item["name"]).exists():
            continue
        group = Group.objects.create(competition=competition, name=item["name"], owner=people[0])
        GroupMembership.objects.bulk_create(GroupMembership(group=group, member=m) for m in people)
    if created:
        for match_id in Prediction.objects.values_list("match_id", flat=True).distinct():
            services.score_match(match_id)
    return created
