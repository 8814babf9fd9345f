"""The podcast pages are valid HTML; the episode page is accessible."""

import subprocess

import pytest

from krant.demo.podcasts import chime, encode_mp3
from tests.factories import make_site
from tests.podcasts.conftest import make_episode, make_series


def test_pages_are_valid_html(db, vnu, tmp_path, client):
    """The Nu Html Checker finds no errors on /podcast/, a series page and an episode page."""
    tree = make_site()
    series = make_series(tree)
    episode = make_episode(series, encode_mp3(chime(3, pitch=440)), title="Brug & dijk <open>")
    paths = []
    for name, url in [("index", series.get_parent().url), ("series", series.url), ("episode", episode.url)]:
        path = tmp_path / f"{name}.html"
        path.write_bytes(client.get(url).content)
        paths.append(str(path))
    result = subprocess.run([*vnu, *paths], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def episode_url(live_server) -> str:
    """Fill the page before the browser starts: Playwright's event loop forbids database calls."""
    series = make_series(make_site())
    return live_server.url + make_episode(series, encode_mp3(chime(3, pitch=440))).url


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_episode_page_is_accessible_and_chapters_stay_on_the_page(episode_url, browser, axe):
    """axe-core (WCAG 2.1 AA) finds no violations; a chapter link, used by keyboard, stays on the page."""
    page = browser.new_page()
    page.goto(episode_url)
    axe(page)
    page.get_by_role("link", name="0:02 De brug").focus()
    page.keyboard.press("Enter")  # the script's click handler runs before press() returns
    assert page.url == episode_url  # the script took the link to the player instead of opening the file
