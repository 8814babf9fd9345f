"""Standings computed from final results, by each competition's rules; nothing here reads the database.

Matches (two sides): a win, a draw and a loss earn the competition's points (3/1/0 unless it says
otherwise). Teams on equal points are ordered by its tie-break:

- `doelsaldo`: goal difference, then goals scored.
- `onderling` (as the KNVB's Eredivisie rules): goal difference, then goals scored, and then, among the
  teams still level, the matches they played against each other: points in those matches, then goal
  difference in them, then goals scored in them. Teams level after all that share a place (the KNVB would
  order them by a deciding match, which is a result like any other once played).

Only matches with status 'afgelopen' count; a match in play changes the table when it ends.

Races (no sides): each finisher earns the competition's points for the place (Formula 1: 25, 18, 15 ...);
level drivers are ordered by their number of wins, then second places, and so on (the FIA's count-back).
"""

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class Row:
    participant: object
    played: int = 0
    won: int = 0
    drawn: int = 0
    lost: int = 0
    goals_for: int = 0
    goals_against: int = 0
    points: int = 0
    rank: int = 0
    places: list = field(default_factory=list)  # races: the places reached, for the count-back

    @property
    def goal_difference(self) -> int:
        return self.goals_for - self.goals_against


@dataclass(frozen=True)
class Result:
    """A final result: the two sides' ids and their goals."""

    home: int
    away: int
    home_goals: int
    away_goals: int


def table(results, participants: dict, points=(3, 1, 0), head_to_head: bool = True) -> list[Row]:
    """Return the league table of `results` (Result) for `participants` ({id: participant}), best first.

    `points`: for a win, a draw and a loss. Every participant is in the table, also before a match.
    """
    rows = {pk: Row(participant) for pk, participant in participants.items()}
    for result in results:
        for pk in (result.home, result.away):
            rows.setdefault(pk, Row(participants.get(pk)))
        tally(rows, result, points)
    ordered = sorted(rows.values(), key=lambda r: (-r.points, -r.goal_difference, -r.goals_for))
    groups = group_by(ordered, lambda r: (r.points, r.goal_difference, r.goals_for))
    ranked = []
    for group in groups:
        if head_to_head and len(group) > 1:
            ranked.extend(mutual_order(group, results, points))
        else:
            ranked.append(group)
    return numbered(ranked, name=lambda row: str(row.participant))


def tally(rows: dict, result: Result, points) -> None:
    home, away = rows[result.home], rows[result.away]
    home.played += 1
    away.played += 1
    home.goals_for += result.home_goals
    home.goals_against += result.away_goals
    away.goals_for += result.away_goals
    away.goals_against += result.home_goals
    if result.home_goals > result.away_goals:
        home.won, away.lost = home.won + 1, away.lost + 1
        home.points, away.points = home.points + points[0], away.points + points[2]
    elif result.home_goals < result.away_goals:
        away.won, home.lost = away.won + 1, home.lost + 1
        away.points, home.points = away.points + points[0], home.points + points[2]
    else:
        home.drawn, away.drawn = home.drawn + 1, away.drawn + 1
        home.points, away.points = home.points + points[1], away.points + points[1]


def mutual_order(group: list[Row], results, points) -> list[list[Row]]:
    """Order teams level on points, goal difference and goals by their matches against each other.

    Returns groups of rows still level after it, best first.
    """
    ids = {row.participant.pk for row in group}
    among = [r for r in results if r.home in ids and r.away in ids]
    mini = {pk: Row(None) for pk in ids}
    for result in among:
        tally(mini, result, points)
    by_id = {row.participant.pk: row for row in group}
    ordered = sorted(ids, key=lambda pk: (-mini[pk].points, -mini[pk].goal_difference, -mini[pk].goals_for))
    return [
        [by_id[pk] for pk in same]
        for same in group_by(
            ordered, lambda pk: (mini[pk].points, mini[pk].goal_difference, mini[pk].goals_for)
        )
    ]


def championship(placings, participants: dict, race_points: list[int]) -> list[Row]:
    """Return the championship of `placings` ((race id, participant id, position)), best first."""
    rows = {pk: Row(participant) for pk, participant in participants.items()}
    races = defaultdict(int)
    for race, pk, position in placings:
        row = rows.setdefault(pk, Row(participants.get(pk)))
        row.played += 1
        races[race] += 1
        row.places.append(position)
        if 1 <= position <= len(race_points):
            row.points += race_points[position - 1]
        if position == 1:
            row.won += 1
    most = max((p for row in rows.values() for p in row.places), default=0)

    def count_back(row: Row) -> tuple:
        return tuple(-row.places.count(place) for place in range(1, most + 1))

    ordered = sorted(rows.values(), key=lambda r: (-r.points, count_back(r)))
    return numbered(
        group_by(ordered, lambda r: (r.points, count_back(r))), name=lambda row: str(row.participant)
    )


def group_by(items: list, key) -> list[list]:
    groups = []
    for item in items:
        if groups and key(groups[-1][0]) == key(item):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def numbered(groups: list[list[Row]], name) -> list[Row]:
    """Give each row its place; rows level share the place, listed by name."""
    rows = []
    for group in groups:
        rank = len(rows) + 1
        for row in sorted(group, key=name):
            row.rank = rank
            rows.append(row)
    return rows
