"""What the Scorebord's pages show, read in a fixed number of queries whatever the size of a season."""

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from krant.scores import standings
from krant.scores.models.results import Competition, Match, Placing, Round, Status, TieBreak

WEEK_BACK = 2  # the overview: the matches of the last two days and of the next five
WEEK_AHEAD = 5


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=timezone.get_current_timezone())


def week_matches(today: date) -> list[tuple[Competition, list[Match]]]:
    """Return every competition with its matches from two days back to five ahead (two queries)."""
    start, end = (
        day_start(today - timedelta(days=WEEK_BACK)),
        day_start(today + timedelta(days=WEEK_AHEAD + 1)),
    )
    matches = defaultdict(list)
    for match in Match.objects.for_listing().filter(starts_at__gte=start, starts_at__lt=end):
        matches[match.competition_id].append(match)
    return [(competition, matches[competition.pk]) for competition in Competition.objects.all()]


def competition_state(competition: Competition) -> dict:
    """Return the standings, the rounds and the current round's matches of `competition` (three queries)."""
    rounds = list(competition.rounds.all())
    matches = list(competition.matches.for_listing())
    current = current_round(rounds, matches)
    if competition.is_race:
        table = race_table(competition)
    else:
        table = league_table(competition, matches)
    by_round = [m for m in matches if current is not None and m.round_id == current.pk]
    return {
        "table": table if competition.standings_shown else [],
        "rounds": rounds,
        "current_round": current,
        "round_matches": by_round,
    }


def round_state(round_: Round) -> dict:
    """Return the round's matches and, for races, their finishers (two queries)."""
    matches = list(round_.matches.for_listing())
    placings = defaultdict(list)
    if round_.competition.is_race:
        for placing in Placing.objects.filter(match__round=round_).select_related("participant"):
            placings[placing.match_id].append(placing)
    for match in matches:
        match.finishers = placings[match.pk]
    siblings = Round.objects.filter(competition_id=round_.competition_id)
    return {
        "matches": matches,
        "previous_round": siblings.filter(number__lt=round_.number).order_by("-number").first(),
        "next_round": siblings.filter(number__gt=round_.number).order_by("number").first(),
    }


def current_round(rounds: list[Round], matches: list[Match]) -> Round | None:
    """Return the first round with a match not yet final, or the last round once all are."""
    open_rounds = {m.round_id for m in matches if m.status != Status.FINISHED}
    return next((r for r in rounds if r.pk in open_rounds), rounds[-1] if rounds else None)


def league_table(competition: Competition, matches: list[Match]) -> list[standings.Row]:
    participants = {}
    results = []
    for match in matches:
        if match.is_race:
            continue
        participants[match.home_id], participants[match.away_id] = match.home, match.away
        if match.status == Status.FINISHED and match.has_score:
            results.append(standings.Result(match.home_id, match.away_id, match.home_score, match.away_score))
    return standings.table(
        results,
        participants,
        points=(competition.points_win, competition.points_draw, competition.points_loss),
        head_to_head=competition.tie_break == TieBreak.GOALS_THEN_HEAD_TO_HEAD,
    )


def race_table(competition: Competition) -> list[standings.Row]:
    placings = Placing.objects.filter(
        match__competition=competition, match__status=Status.FINISHED
    ).select_related("participant")
    participants = {}
    rows = []
    for placing in placings:
        participants[placing.participant_id] = placing.participant
        rows.append((placing.match_id, placing.participant_id, placing.position))
    return standings.championship(rows, participants, competition.race_points)
