"""Standings from results: the competition's points, goal difference, goals, head-to-head; race points."""

from krant.scores.standings import Result, championship, table


class Team:
    def __init__(self, pk, name):
        self.pk, self.name = pk, name

    def __str__(self):
        return self.name


def squad(*names) -> dict:
    return {pk: Team(pk, name) for pk, name in enumerate(names, start=1)}


def order(rows) -> list[tuple[int, str, int]]:
    return [(row.rank, str(row.participant), row.points) for row in rows]


def test_points_are_the_competitions_own():
    """A win earns what the competition says (here 2, as once), a draw 1; every team is listed, also
    one that has not played."""
    participants = squad("A", "B", "C")
    rows = table([Result(1, 2, 1, 0), Result(2, 1, 2, 2)], participants, points=(2, 1, 0))
    assert order(rows) == [(1, "A", 3), (2, "B", 1), (3, "C", 0)]
    assert (rows[0].played, rows[0].won, rows[0].drawn, rows[0].lost) == (2, 1, 1, 0)


def test_goal_difference_then_goals_for():
    """Level on points: the better goal difference first; level on that too: more goals scored first."""
    participants = squad("A", "B", "C", "D")
    results = [
        Result(1, 4, 3, 0),  # A +3, 3 goals
        Result(2, 4, 4, 1),  # B +3, 4 goals
        Result(3, 4, 1, 0),  # C +1
    ]
    rows = table(results, participants, head_to_head=False)
    assert order(rows)[:3] == [(1, "B", 3), (2, "A", 3), (3, "C", 3)]


def test_teams_level_after_their_mutual_matches_share_the_place():
    """A beat B, B beat C, C beat A, all 1-0: level on everything, also among themselves, so they share
    first place, listed by name (the KNVB would play a deciding match)."""
    participants = squad("C", "B", "A")
    tied = [Result(3, 2, 1, 0), Result(2, 1, 1, 0), Result(1, 3, 1, 0)]
    assert order(table(tied, participants)) == [(1, "A", 3), (1, "B", 3), (1, "C", 3)]


def test_head_to_head_orders_two_teams_exactly_level():
    """A and B both have 6 points, goal difference +2 and 5 goals scored; B won their match: B first.
    Under the 'doelsaldo' rules (no head-to-head) the two share first place, listed by name."""
    participants = squad("A", "B", "C", "D")
    results = [
        Result(2, 1, 2, 1),  # B beats A 2-1
        Result(1, 3, 3, 1),  # A beats C 3-1   -> A: 3 pts, 4-3
        Result(1, 4, 1, 0),  # A beats D 1-0   -> A: 6 pts, 5-3 (+2)
        Result(2, 3, 0, 1),  # B loses to C    -> B: 3 pts, 2-2
        Result(2, 4, 3, 1),  # B beats D 3-1   -> B: 6 pts, 5-3 (+2)
    ]
    rows = table(results, participants)
    assert order(rows)[:2] == [(1, "B", 6), (2, "A", 6)]
    rows = table(results, participants, head_to_head=False)
    assert order(rows)[:2] == [(1, "A", 6), (1, "B", 6)]


def test_championship_points_per_place_and_count_back():
    """Race points per place (25, 18, 15 by default in the competition); equal points: more wins first."""
    drivers = squad("Daan", "Ruben", "Thijs")
    placings = [
        ("r1", 1, 1),
        ("r1", 2, 2),
        ("r1", 3, 3),
        ("r2", 2, 1),
        ("r2", 1, 2),
        ("r2", 3, 3),
        ("r3", 3, 1),
        ("r3", 1, 4),
        ("r3", 2, 5),
    ]
    rows = championship(placings, drivers, [25, 18, 15, 12, 10])
    # Daan 25+18+12 = 55, Ruben 18+25+10 = 53, Thijs 15+15+25 = 55: Daan and Thijs level, one win each,
    # Daan has a second place: Daan first.
    assert order(rows) == [(1, "Daan", 55), (2, "Thijs", 55), (3, "Ruben", 53)]
    assert rows[0].won == 1
