"""The admin's Spellen: Eindredactie sees the coming days' puzzles; nobody adds or changes one by hand."""

from datetime import timedelta

from django.urls import reverse

from krant.core.roles import DESK, REPORTER, ensure_newsroom_roles
from krant.games.models import Kind, Level
from tests.factories import make_user
from tests.games.conftest import TODAY, store


def test_desk_sees_upcoming_puzzles_but_cannot_edit(db, client):
    """The list shows tomorrow's puzzle and its page shows the grid; add and edit are refused."""
    ensure_newsroom_roles()
    puzzle = store(Kind.SUDOKU, Level.HARD, TODAY + timedelta(days=1))
    client.force_login(make_user("eindredacteur", DESK))
    listing = client.get(reverse("games_puzzle:index"))
    assert listing.status_code == 200
    assert str(puzzle) in listing.content.decode()
    inspect = client.get(reverse("games_puzzle:inspect", args=[puzzle.pk]))
    assert puzzle.givens in inspect.content.decode()
    assert client.get(reverse("games_puzzle:add")).status_code in (302, 403)
    assert client.get(reverse("games_puzzle:edit", args=[puzzle.pk])).status_code in (302, 403)


def test_reporters_see_no_puzzles(db, client):
    ensure_newsroom_roles()
    client.force_login(make_user("verslaggever", REPORTER))
    assert client.get(reverse("games_puzzle:index")).status_code in (302, 403)
