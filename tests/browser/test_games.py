"""Spellen in headless Chromium: valid HTML, WCAG 2.1 AA, the grid by keyboard, a check with and without
JavaScript, and an anonymous reader's progress kept in the browser."""

import subprocess

import pytest

from krant.games import clock
from krant.games.models import DAILY, GamesPage, Kind, Level, Puzzle
from tests.factories import add_page, make_site
from tests.games.conftest import given_entries, store


def fill() -> dict:
    """Today's puzzles on a Spellen page; return them by (kind, level)."""
    tree = make_site()
    add_page(tree.home, GamesPage(title="Spellen", slug="spellen", intro="Elke dag nieuwe puzzels."))
    return {(kind, level): store(kind, level, clock.today()) for kind, level in DAILY}


def test_pages_are_valid_html(db, vnu, tmp_path, client):
    """The Nu Html Checker finds no errors on the index, a sudoku, a binairo and a checked grid."""
    puzzles = fill()
    sudoku = puzzles[(Kind.SUDOKU, Level.HARD)]
    bad = {**given_entries(sudoku), f"c{sudoku.givens.index('.')}": "x"}
    pages = {
        "index": client.get("/spellen/").content,
        "sudoku": client.get(f"/spellen/{sudoku.address}").content,
        "binairo": client.get(f"/spellen/{puzzles[(Kind.BINAIRO, Level.STANDARD)].address}").content,
        "checked": client.post(sudoku.check_url, bad).content,
    }
    files = []
    for name, content in pages.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(content)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)  # noqa: S603
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def sudoku(live_server) -> tuple[str, Puzzle]:
    puzzle = fill()[(Kind.SUDOKU, Level.EASY)]
    return live_server.url + f"/spellen/{puzzle.address}", puzzle


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_play_by_keyboard_with_and_without_javascript(sudoku, browser, axe):
    """Arrow keys move between cells, a digit fills one, 'Controleer' marks the wrong cell without a reload,
    the grid survives a reload (localStorage); without JavaScript the form posts and the page answers."""
    url, puzzle = sudoku
    first = puzzle.givens.index(".")
    wrong_digit = "1" if puzzle.solution[first] != "1" else "2"
    page = browser.new_page()
    page.goto(url)
    axe(page)
    page.locator(f"#c{first}").focus()
    page.keyboard.press(wrong_digit)
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") == f"c{first + 9}"
    page.keyboard.press("ArrowUp")
    page.keyboard.press("x")  # not a digit: ignored
    assert page.locator(f"#c{first}").input_value() == wrong_digit
    page.get_by_role("button", name="Controleer").click()
    page.locator("[data-puzzle-status]", has_text="klopt niet").wait_for()
    assert page.url == url
    assert page.locator(f"#c{first}").get_attribute("aria-invalid") == "true"
    assert page.locator("[data-puzzle-timer]").is_visible()
    axe(page)
    page.reload()
    assert page.locator(f"#c{first}").input_value() == wrong_digit
    page.close()

    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url)
    page.locator(f"#c{first}").fill(puzzle.solution[first])
    page.get_by_role("button", name="Controleer").click()
    assert "Alles wat je hebt ingevuld klopt." in page.locator("[data-puzzle-status]").inner_text()
    assert page.locator(f"#c{first}").input_value() == puzzle.solution[first]
    assert not page.locator("[data-puzzle-timer]").is_visible()
    context.close()
