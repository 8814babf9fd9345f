"""Het Woord in headless Chromium: played without JavaScript and with the on-screen keyboard, accessible
(axe-core, WCAG 2.1 AA) and valid HTML on the empty, the going and the finished board."""

import subprocess

import pytest

from krant.woord import clock
from krant.woord.models import DailyWord, WoordPage
from tests.factories import add_page, make_site
from tests.woord.conftest import ANSWER, post


def fill() -> WoordPage:
    tree = make_site()
    page = add_page(
        tree.home, WoordPage(title="Het Woord", slug="het-woord", intro="Raad het woord van de dag.")
    )
    DailyWord.objects.create(day=clock.today(), word=ANSWER)
    return page


def test_pages_are_valid_html(db, vnu, tmp_path, client):
    page = fill()
    files = []
    responses = [client.get(page.url), post(client, page, "tafel"), post(client, page, ANSWER)]
    for index, response in enumerate(responses):
        path = tmp_path / f"woord-{index}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)  # noqa: S603
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def page_url(live_server) -> str:
    return live_server.url + fill().url


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_played_without_and_with_javascript(page_url, browser, axe, tmp_path):
    """Without JavaScript the form posts and the board comes back; with it the keyboard types, the board
    fills in place, the result is announced and the letters' states show on the keys."""
    # axe runs in the page's JavaScript: it checks the same boards below, where scripts run.
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(page_url)
    page.fill("#woord-gok", "tafel")
    page.click(".woord-form button[type=submit]")
    assert page.locator(".woord-board__row .tile--elders").count() == 1
    assert "Poging 1 van 6" in page.locator("[data-woord-status]").inner_text()
    context.close()

    page = browser.new_page()
    page.goto(page_url)
    page.wait_for_selector(".woord-keyboard button[data-key=q]")
    for letter in "tafel":
        page.click(f".woord-keyboard button[data-key={letter}]")
    page.click(".woord-keyboard button[data-key=enter]")
    page.wait_for_selector(".woord-board__row .tile--elders")
    assert page.locator(".woord-keyboard button[data-key=a]").get_attribute("aria-label") == (
        "A, komt voor, op een andere plek"
    )
    assert page.url == page_url  # no reload
    axe(page)
    page.keyboard.type(ANSWER)
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-woord-end]:not([hidden])")
    assert "Geraden in 2 pogingen!" in page.locator("[data-woord-result]").inner_text()
    assert "🟩🟩🟩🟩🟩" in page.locator("[data-woord-share]").input_value()
    page.screenshot(path=str(tmp_path / "woord.png"), full_page=True)
    axe(page)
