"""The Scorebord in headless Chromium: valid HTML, accessible, complete without JavaScript; a goal entered
with '+1' in the admin's 'Live scores' appears on a reader's open page without a reload, and the final
whistle offers the new standings on the competition's open page."""

import re
import subprocess
from datetime import timedelta

import pytest
from django.utils import timezone

from krant.core.roles import DESK
from krant.demo.scores import load_scores
from krant.scores.models import Match, ScoreboardPage, Status
from tests.browser.conftest import LIVE_WAIT_MS, make_reader_site
from tests.factories import add_page, make_site, make_user

PASSWORD = "correct horse battery"  # tests.factories.make_user's


def scoreboard_addresses(tree) -> list[str]:
    """Load the demo's season; return the overview, a league, a race series' round and a match page."""
    page = add_page(tree.home, ScoreboardPage(title="Scorebord", slug="scorebord"))
    load_scores(timezone.now())
    match = Match.objects.filter(competition__slug="polderdivisie", status=Status.LIVE).first()
    return [
        page.url,
        f"{page.url}polderdivisie/",
        f"{page.url}formule-1/ronde/1/",
        f"{page.url}wedstrijd/{match.pk}/",
    ]


def test_pages_are_valid_html(db, vnu, tmp_path, client):
    """The Nu Html Checker finds no errors on the overview, a competition, a round and a match."""
    paths = []
    for number, address in enumerate(scoreboard_addresses(make_site())):
        response = client.get(address)
        assert response.status_code == 200, address
        path = tmp_path / f"scores-{number}.html"
        path.write_bytes(response.content)
        paths.append(str(path))
    result = subprocess.run([*vnu, *paths], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def scores_site(live_process):
    tree = make_reader_site()
    urls = scoreboard_addresses(tree)
    match = Match.objects.filter(competition__slug="polderdivisie", status=Status.LIVE).first()
    Match.objects.filter(pk=match.pk).update(starts_at=timezone.now() - timedelta(minutes=5))
    make_user("eindredacteur", DESK)
    yield live_process, urls, match.pk  # no database calls under Playwright


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_accessible_and_a_goal_appears_live(scores_site, browser, axe):
    """axe finds no violations; without JavaScript the standings are there; '+1' in the admin changes the
    score on the reader's open match page, with no reload."""
    site, urls, match_id = scores_site
    page = browser.new_page()
    for url in urls:
        page.goto(site + url)
        axe(page)
    plain = browser.new_context(java_script_enabled=False).new_page()
    plain.goto(site + urls[1])
    assert plain.locator(".scores__table tbody tr").count() == 6

    reader = browser.new_context().new_page()
    reader.goto(site + urls[3])
    score = reader.locator(f'.scores__big [data-match="{match_id}"] .score__goals')
    before = score.inner_text()
    reader.wait_for_selector("html[data-live=open]", state="attached")
    loads = []
    reader.on("framenavigated", lambda frame: loads.append(frame.url) if frame == reader.main_frame else None)

    editor = browser.new_context().new_page()
    editor.goto(f"{site}/admin/login/")
    editor.fill("input[name=username]", "eindredacteur")
    editor.fill("input[name=password]", PASSWORD)
    editor.get_by_role("button", name="Inloggen").click()
    editor.wait_for_load_state()
    editor.goto(f"{site}/admin/scorebord/live/")
    editor.locator(f"#wedstrijd-{match_id} button[value=home]").click()
    editor.get_by_text("opgeslagen").wait_for()

    home = int(re.findall(r"\d+", before)[0])
    reader.locator(f'.scores__big [data-match="{match_id}"]', has_text=f"{home + 1}").wait_for(
        timeout=LIVE_WAIT_MS
    )
    assert loads == []

    # The final whistle: the competition's open page offers the new standings.
    table_reader = browser.new_context().new_page()
    table_reader.goto(site + urls[1])
    table_reader.wait_for_selector("html[data-live=open]", state="attached")
    editor.select_option(f"#status-{match_id}", "afgelopen")
    editor.locator(f"#wedstrijd-{match_id} button", has_text="Opslaan").click()
    editor.wait_for_load_state()
    table_reader.get_by_role("link", name="Er is een uitslag bij: laad de nieuwe stand").wait_for(
        timeout=LIVE_WAIT_MS
    )
