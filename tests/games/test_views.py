"""'Controleer' and 'Toon oplossing' (with and without JavaScript), bad grids, and a member's progress."""

import json

import pytest
from django.test import Client

from krant.community.personal_data import export
from krant.games.models import Kind, Level, Progress
from tests.games.conftest import given_entries, solution_entries, store

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def easy(db, noon):
    """Today's easy sudoku, without a site: enough for what answers in JSON (tests of pages add one)."""
    return store(Kind.SUDOKU, Level.EASY)


def check_url(puzzle) -> str:
    return f"/spellen/controleer/{puzzle.address}"


def progress_url(puzzle) -> str:
    return f"/spellen/voortgang/{puzzle.address}"


def with_one_wrong(puzzle) -> tuple[dict, int]:
    """The givens plus two right cells and one wrong one; return the form and the wrong cell."""
    form = given_entries(puzzle)
    open_cells = [i for i, g in enumerate(puzzle.givens) if g == "."]
    for i in open_cells[:2]:
        form[f"c{i}"] = puzzle.solution[i]
    wrong = open_cells[2]
    form[f"c{wrong}"] = "1" if puzzle.solution[wrong] != "1" else "2"
    return form, wrong


def test_check_without_javascript_marks_wrong_cells(easy, games_page, client):
    """The page comes back with the reader's digits kept, the wrong cell marked, and how many are left."""
    form, wrong = with_one_wrong(easy)
    response = client.post(check_url(easy), {**form, "actie": "controleer"})
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="c{wrong}" name="c{wrong}" value="{form[f"c{wrong}"]}"' in html
    assert html.count('aria-invalid="true"') == 1
    assert "klopt niet" in html
    assert "1 ingevuld vakje klopt niet" in html
    assert "private" in response["Cache-Control"]
    assert easy.solution not in html


def test_check_solved(easy, games_page, client):
    """The whole right grid: solved, with JSON for the script too."""
    response = client.post(check_url(easy), {**solution_entries(easy), "actie": "controleer"})
    assert "Opgelost!" in response.content.decode()
    data = client.post(check_url(easy), solution_entries(easy), **JSON).json()
    assert data == {"wrong": [], "empty": 0, "solved": True, "message": "Opgelost! Alle vakjes kloppen."}


def test_check_json_names_the_wrong_cells(easy, client):
    """The script gets the wrong cells' numbers and the number of empty cells, not the solution."""
    form, wrong = with_one_wrong(easy)
    data = client.post(check_url(easy), form, **JSON).json()
    assert data["wrong"] == [wrong]
    assert data["empty"] == 81 - easy.given_count - 3
    assert data["solved"] is False
    assert "solution" not in data


def test_reveal_only_when_asked(easy, games_page, client):
    """'Toon oplossing' fills the grid with the solution, in the page and for the script."""
    response = client.post(check_url(easy), {**given_entries(easy), "actie": "oplossing"})
    html = response.content.decode()
    assert "Dit is de oplossing." in html
    assert all(f'name="c{i}" value="{digit}"' in html for i, digit in enumerate(easy.solution))
    data = client.post(check_url(easy), {"c0": "x", "actie": "oplossing"}, **JSON).json()
    assert data == {"solution": easy.solution}  # whatever the grid held


def first_open(puzzle) -> int:
    return puzzle.givens.index(".")


@pytest.mark.parametrize(
    ("value", "message"),
    [("x", "vul een cijfer van 1 tot en met 9 in"), ("12", "vul een cijfer"), ("0", "vul een cijfer")],
)
def test_bad_cells_are_400(easy, games_page, client, value, message):
    """A letter, two digits or a 0 in a sudoku cell: 400 and a message naming the cell."""
    cell = first_open(easy)
    form = {**given_entries(easy), f"c{cell}": value}
    response = client.post(check_url(easy), form)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f"Rij {cell // 9 + 1}, kolom {cell % 9 + 1}" in html
    data = client.post(check_url(easy), form, **JSON)
    assert data.status_code == 400
    assert message in data.json()["error"]["message"]


@pytest.mark.parametrize("size", [80, 82, 100])
def test_wrong_grid_size_is_400(easy, games_page, client, size):
    """A grid with a cell missing, one extra, or a binairo's hundred: 400, saying the puzzle has 81 cells."""
    form = {f"c{i}": "" for i in range(size)}
    response = client.post(check_url(easy), form)
    assert response.status_code == 400
    assert "die heeft 81 vakjes" in response.content.decode()


def test_tampered_given_is_400(easy, games_page, client):
    """A given changed in the posted grid is refused, naming its cell."""
    form = given_entries(easy)
    given = next(i for i, g in enumerate(easy.givens) if g != ".")
    form[f"c{given}"] = "9" if easy.givens[given] != "9" else "8"
    response = client.post(check_url(easy), form)
    assert response.status_code == 400
    assert f"Rij {given // 9 + 1}, kolom {given % 9 + 1} is gegeven" in response.content.decode()


def test_binairo_takes_only_zeros_and_ones(todays, client):
    """A 2 in a binairo cell is refused."""
    puzzle = todays[(Kind.BINAIRO, Level.STANDARD)]
    form = given_entries(puzzle)
    open_cell = next(i for i, g in enumerate(puzzle.givens) if g == ".")
    form[f"c{open_cell}"] = "2"
    response = client.post(check_url(puzzle), form)
    assert response.status_code == 400
    assert "vul een 0 of een 1 in" in response.content.decode()


def test_check_is_post_only(easy, client):
    """A GET of the check address is 405."""
    assert client.get(check_url(easy)).status_code == 405


def test_check_is_rate_limited(easy, client, still_clock):
    """The 31st check in a minute from one address is refused with 429 and Retry-After."""
    for _ in range(30):
        assert client.post(check_url(easy), given_entries(easy), **JSON).status_code == 200
    response = client.post(check_url(easy), given_entries(easy), **JSON)
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0


def test_anonymous_progress_is_not_kept(easy, client):
    """A reader who is not logged in keeps progress in the browser: the server says so and refuses a save."""
    assert client.get(progress_url(easy)).json() == {"member": False}
    response = client.post(
        progress_url(easy), json.dumps({"cells": easy.givens}), content_type="application/json"
    )
    assert response.status_code == 403
    assert not Progress.objects.exists()


def test_member_progress_is_kept_with_the_csrf_token(easy, member):
    """A member gets a token with their progress, saves with it, gets the grid back; solving marks it."""
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(member)
    first = browser.get(progress_url(easy)).json()
    assert first["member"] is True and first["progress"] is None
    body = json.dumps({"cells": easy.givens, "seconds": 42})
    refused = browser.post(progress_url(easy), body, content_type="application/json")
    assert refused.status_code == 403  # no token
    saved = browser.post(
        progress_url(easy), body, content_type="application/json", HTTP_X_CSRFTOKEN=first["csrf_token"]
    )
    assert saved.json() == {"saved": True, "solved": False}
    again = browser.get(progress_url(easy)).json()
    assert again["progress"] == {"cells": easy.givens, "seconds": 42, "solved": False}
    assert again["csrf_token"]
    solved = browser.post(
        progress_url(easy),
        json.dumps({"cells": easy.solution, "seconds": 300}),
        content_type="application/json",
        HTTP_X_CSRFTOKEN=first["csrf_token"],
    )
    assert solved.json() == {"saved": True, "solved": True}
    assert browser.get(progress_url(easy))["Cache-Control"].startswith(("max-age=0", "private", "no-cache"))
    assert export(member)["puzzles"][0]["seconds"] == 300


def test_solved_progress_keeps_its_time(easy, member, client):
    """After solving, a later save changes neither the grid nor the time it took."""
    client.force_login(member)
    client.post(
        progress_url(easy),
        json.dumps({"cells": easy.solution, "seconds": 300}),
        content_type="application/json",
    )
    client.post(
        progress_url(easy),
        json.dumps({"cells": easy.givens, "seconds": 900}),
        content_type="application/json",
    )
    progress = Progress.objects.get()
    assert (progress.cells, progress.seconds) == (easy.solution, 300)
    assert progress.solved_at is not None


@pytest.mark.parametrize(
    "body",
    [
        "niet json",
        json.dumps([1, 2]),
        json.dumps({"cells": "123"}),
        json.dumps({"cells": "x" * 81}),
        json.dumps({"cells": None}),
        json.dumps({"cells": "." * 81, "seconds": -1}),
        json.dumps({"cells": "." * 81, "seconds": "10"}),
    ],
)
def test_bad_progress_is_400(easy, member, client, body):
    """Not JSON, the wrong size, a non-digit, a negative or textual time: 400 with a message."""
    client.force_login(member)
    response = client.post(progress_url(easy), body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["message"]
    assert not Progress.objects.exists()


def test_tampered_given_in_progress_is_400(easy, member, client):
    """A member's saved grid must keep the givens too."""
    client.force_login(member)
    given = next(i for i, g in enumerate(easy.givens) if g != ".")
    cells = list(easy.givens)
    cells[given] = "."
    response = client.post(
        progress_url(easy), json.dumps({"cells": "".join(cells)}), content_type="application/json"
    )
    assert response.status_code == 400


def test_check_without_a_spellen_page_is_404(easy, client):
    """Without a live Spellen page the grid has no page to come back in: 404, not an error."""
    assert client.post(check_url(easy), given_entries(easy)).status_code == 404
    assert client.post(check_url(easy), given_entries(easy), **JSON).status_code == 200
