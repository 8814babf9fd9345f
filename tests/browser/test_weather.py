"""Weer is valid HTML and accessible in headless Chromium, without JavaScript, warning banner included."""

import subprocess
from datetime import timedelta

import pytest
from django.utils import timezone

from krant.weather import services
from krant.weather.adapters import WarningData
from krant.weather.models import WeatherPage
from tests.factories import add_page, make_site
from tests.weather.conftest import recorded_forecast


def fill() -> None:
    tree = make_site()
    add_page(tree.home, WeatherPage(title="Weer", slug="weer", intro="Het weer in jouw plaats."))
    services.store_forecast("utrecht", "open-meteo", recorded_forecast(), timezone.now())
    now = timezone.now()
    services.store_warnings(
        [
            WarningData(
                "Utrecht", "oranje", "Gladheid door ijzel", now - timedelta(hours=1), now + timedelta(hours=2)
            )
        ]
    )


def test_pages_are_valid_html(db, vnu, tmp_path, client):
    """The Nu Html Checker finds no errors on the place page, the search and the front page's widget."""
    fill()
    files = []
    for name, url in [("plaats", "/weer/utrecht/"), ("zoeken", "/weer/?plaats=u"), ("leeg", "/weer/assen/")]:
        path = tmp_path / f"{name}.html"
        path.write_bytes(client.get(url).content)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)  # noqa: S603
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def place_url(live_server) -> str:
    fill()
    return live_server.url + "/weer/utrecht/"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_place_page_is_accessible_without_javascript(place_url, browser, axe, tmp_path):
    """axe-core (WCAG 2.1 AA) finds no violations; the chart and tables are there with JavaScript off."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(place_url)
    page.screenshot(path=str(tmp_path / "weer.png"), full_page=True)
    assert page.locator("svg.weather-chart title").text_content() == "Temperatuur per uur, in graden Celsius"
    assert "Code oranje in Utrecht" in page.locator(".banner--weather").inner_text()
    context.close()
    page = browser.new_page()
    page.goto(place_url)
    axe(page)


MEASURE_LABELS = """svg => {
    const view = svg.viewBox.baseVal;
    return [...svg.querySelectorAll("text")].map(text => {
        const box = text.getBBox();
        return {text: text.textContent, left: box.x, top: box.y, right: box.x + box.width,
                bottom: box.y + box.height, px: text.getBoundingClientRect().height,
                width: view.width, height: view.height};
    });
}"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("width", [1280, 390])
def test_chart_labels_are_readable_inside_the_chart_and_apart(place_url, browser, width, tmp_path):
    """Measured by Chromium: each label inside the viewBox, none overlapping, at least 11 px high on the
    screen; on a phone the chart scrolls in its own frame and the page itself does not scroll sideways."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(place_url)
    page.locator("svg.weather-chart").screenshot(path=str(tmp_path / f"grafiek-{width}.png"))
    labels = page.locator("svg.weather-chart").evaluate(MEASURE_LABELS)
    assert len(labels) >= 8
    for label in labels:
        assert label["left"] >= 0 and label["top"] >= 0, label
        assert label["right"] <= label["width"] and label["bottom"] <= label["height"], label
        assert label["px"] >= 11, label
    for i, one in enumerate(labels):
        for other in labels[i + 1 :]:
            assert (
                one["right"] <= other["left"]
                or other["right"] <= one["left"]
                or one["bottom"] <= other["top"]
                or other["bottom"] <= one["top"]
            ), (one, other)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
