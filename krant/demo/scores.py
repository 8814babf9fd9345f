"""Load the demo's Scorebord from content/scores.toml (format in its header): an invented season.

Dates are counted from the moment the demo is loaded, so there is always a round being played today, a
race last week and one to come. Loaded once: a competition already there (by its address) is left alone.
"""

import tomllib
from datetime import datetime, time, timedelta
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from krant.scores.models import Competition, Match, Participant, Placing, Round, Sport, Status

CONTENT = Path(__file__).with_name("content") / "scores.toml"
KICK_OFFS = (time(14, 30), time(16, 45), time(20, 0))


def read_content(path: Path = CONTENT) -> dict:
    with path.open("rb") as file:
        return tomllib.load(file)


def at(now: datetime, days: int, clock: time) -> datetime:
    day = timezone.localdate(now) + timedelta(days=days)
    return datetime.combine(day, clock, tzinfo=timezone.get_current_timezone())


def participant(name: str, affiliation: str = "") -> Participant:
    found, _created = Participant.objects.get_or_create(
        name=name,
        defaults={"short_name": name.split(" ")[-1] if affiliation else "", "affiliation": affiliation},
    )
    return found


def fixtures(teams: list[str]) -> list[list[tuple[str, str]]]:
    """Return a double round-robin (circle method): each round a list of (home, away)."""
    order = list(teams)
    first_half = []
    for number in range(len(order) - 1):
        pairs = [(order[i], order[-1 - i]) for i in range(len(order) // 2)]
        if number % 2:
            pairs[0] = pairs[0][::-1]
        first_half.append(pairs)
        order = [order[0], order[-1], *order[1:-1]]
    return first_half + [[(away, home) for home, away in pairs] for pairs in first_half]


def score(text: str) -> tuple[int, int]:
    home, away = text.split("-")
    return int(home), int(away)


@transaction.atomic
def load_scores(now: datetime | None = None, path: Path = CONTENT) -> int:
    """Create the competitions of the content file not yet there; return how many were created."""
    now = now or timezone.now()
    created = 0
    for position, item in enumerate(read_content(path)["competition"]):
        if Competition.objects.filter(slug=item["slug"]).exists():
            continue
        competition = Competition.objects.create(
            name=item["name"],
            slug=item["slug"],
            sport=item["sport"],
            season=item.get("season", ""),
            position=position,
            race_points=item.get("race_points", []),
            standings_shown=item["sport"] != Sport.TENNIS,
        )
        if "teams" in item:
            load_league(competition, item, now)
        elif "race" in item:
            load_races(competition, item["race"], now)
        else:
            load_tournament(competition, item["round"], now)
        created += 1
    return created


def load_league(competition: Competition, item: dict, now: datetime) -> None:
    teams = {name: participant(name) for name in item["teams"]}
    venues = dict(zip(item["teams"], item["venues"], strict=True))
    played = [line.split() for line in item["results"]]
    current = len(played)
    for index, pairs in enumerate(fixtures(item["teams"])):
        round_ = Round.objects.create(
            competition=competition, number=index + 1, name=f"Speelronde {index + 1}"
        )
        for slot, (home, away) in enumerate(pairs):
            match = Match(
                competition=competition,
                round=round_,
                home=teams[home],
                away=teams[away],
                venue=venues[home],
                starts_at=at(now, (index - current) * 7, KICK_OFFS[slot]),
            )
            if index < current:
                match.home_score, match.away_score = score(played[index][slot])
                match.status = Status.FINISHED
            elif index == current:
                state = item["live"][slot].split()
                if state[-1] == Status.SCHEDULED:
                    match.starts_at = now + timedelta(hours=2)
                else:
                    match.home_score, match.away_score = score(state[0])
                    match.status = state[1]
                    match.starts_at = now - timedelta(minutes=30 if state[1] == Status.LIVE else 50)
            match.save()


def load_tournament(competition: Competition, rounds: list[dict], now: datetime) -> None:
    for number, item in enumerate(rounds, start=1):
        round_ = Round.objects.create(competition=competition, number=number, name=item["name"])
        for slot, line in enumerate(item["matches"]):
            home, away, result = (part.strip() for part in line.split("|"))
            match = Match(
                competition=competition,
                round=round_,
                home=participant(home),
                away=participant(away),
                venue="Centre Court",
                starts_at=at(now, item["days"], KICK_OFFS[slot % len(KICK_OFFS)]),
            )
            if result != Status.SCHEDULED:
                match.home_score, match.away_score = score(result)
                match.status = Status.FINISHED
            match.save()


def load_races(competition: Competition, races: list[dict], now: datetime) -> None:
    for number, item in enumerate(races, start=1):
        round_ = Round.objects.create(competition=competition, number=number, name=item["name"])
        match = Match.objects.create(
            competition=competition,
            round=round_,
            name=item["name"],
            venue=item["venue"],
            starts_at=at(now, item["days"], time(15, 0)),
            status=Status.FINISHED if item["finishers"] else Status.SCHEDULED,
        )
        for position, line in enumerate(item["finishers"], start=1):
            name, team, note = (part.strip() for part in line.split("|"))
            Placing.objects.create(
                match=match, participant=participant(name, team), position=position, note=note
            )
