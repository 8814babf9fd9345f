"""A moderator works through the pending queue in headless Chromium with the keyboard: 'a' approves, 'r'
then a house rule and Enter rejects; the rest goes in one bulk action. The queue passes axe-core and the
Nu Html Checker."""

import subprocess

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from krant.community import comments
from krant.community.models import Member
from krant.core.roles import MODERATOR
from tests import factories
from tests.browser.conftest import SCREENSHOTS
from tests.community.conftest import make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PASSWORD = "correct horse battery"  # tests.factories.make_user
QUEUE = "/admin/community/moderatie/wachtrij/te-beoordelen/"


def fill_queue():
    """Return the moderator: three comments wait for approval, one was reported, one asks the newsroom."""
    tree = factories.make_site()
    article = factories.make_article(
        tree.binnenland, "Gemeente opent nieuwe fietsbrug over de Vaart", comments_questions=True
    )
    moderator = factories.make_user("moderator", MODERATOR, first_name="Mira", last_name="de Moderator")
    lezer = make_member("lezer@voorbeeld.nl", "Lezer uit Duinwijk")
    fietser = make_member("fietser@voorbeeld.nl", "Fietser uit Delft")
    reported = comments.post(lezer, article, "Die brug had veel eerder gebouwd moeten worden.")
    comments.report(fietser, reported.pk, "off_topic", "Gaat over iets anders")
    comments.post(fietser, article, "@redactie hoe lang is de brug precies?")
    comments.post(lezer, article, "Kijk ook eens op www.fietsersbond.nl voor de plannen.")  # held: a link
    rules = comments.site_settings(article)
    rules.moderation = "pre"
    rules.save()
    comments.post(lezer, article, "Eindelijk kunnen de kinderen veilig naar school fietsen.")
    comments.post(fietser, article, "Zonde van het geld, die oude pont werkte prima.")
    comments.post(lezer, article, "Fijn voor wie naar het station moet.\n\nEen tweede alinea.")
    return moderator


@pytest.fixture
def moderation_site(live_server):
    fill_queue()
    return live_server.url


def tab_count(page, label: str) -> str:
    return page.locator(".moderation-tabs a", has_text=label).locator(".moderation-tabs__count").inner_text()


def test_a_moderator_approves_and_rejects_by_keyboard(moderation_site, browser, axe):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(f"{moderation_site}/admin/login/")
    page.fill("input[name=username]", "moderator")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{moderation_site}/admin/")

    page.goto(moderation_site + QUEUE)
    assert page.get_by_role("heading", name="Sneltoetsen").is_visible()
    assert tab_count(page, "Te beoordelen") == "3"
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "moderation-queue.png"), full_page=True)
    axe(page)
    first = page.locator(".moderation-row").first
    assert "is-current" in first.get_attribute("class")
    assert "Eindelijk kunnen de kinderen" in first.inner_text()

    with page.expect_navigation():
        page.keyboard.press("a")
    page.get_by_text("1 reactie goedgekeurd.").wait_for()
    assert tab_count(page, "Te beoordelen") == "2"
    assert tab_count(page, "Goedgekeurd") == "1"

    current = page.locator(".moderation-row.is-current")
    assert "Zonde van het geld" in current.inner_text()
    page.keyboard.press("j")
    assert "naar het station" in page.locator(".moderation-row.is-current").inner_text()
    page.keyboard.press("k")
    page.keyboard.press("r")
    assert page.evaluate("document.activeElement.name") == "reason"
    page.keyboard.press("ArrowDown")  # the first house rule: 'Beledigend of kwetsend'
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.get_by_text("1 reactie afgewezen; de schrijver krijgt een mail.").wait_for()
    assert tab_count(page, "Te beoordelen") == "1"
    assert tab_count(page, "Afgewezen") == "1"
    assert "naar het station" in page.locator(".moderation-row.is-current").inner_text()

    page.get_by_label("Alles op deze pagina").check()
    with page.expect_navigation():
        page.locator(".moderation-bulk button[value=approve]").click()
    page.get_by_text("Geen reacties die op goedkeuring wachten.").wait_for()
    assert tab_count(page, "Goedgekeurd") == "2"

    page.goto(moderation_site + "/admin/community/moderatie/wachtrij/afgewezen/")
    rejected = page.locator(".moderation-row").first.inner_text()
    assert "Zonde van het geld" in rejected and "Beledigend of kwetsend" in rejected

    page.locator(".moderation-row").first.get_by_role("link", name="Fietser uit Delft").click()
    page.get_by_role("heading", name="Notities, waarschuwingen en besluiten").wait_for()
    axe(page)


def test_the_queues_are_valid_html(db, vnu, tmp_path):
    """The queues, a member's record and the moderation model's page pass the Nu Html Checker (Wagtail's
    own frame included)."""
    client = Client()
    client.force_login(fill_queue())
    files = []
    member = Member.objects.get(display_name="Lezer uit Duinwijk")
    comments.act_on_member(
        get_user_model().objects.get(username="moderator"), member, "note", note="Scherp maar netjes"
    )
    pages = {
        **{
            slug: f"/admin/community/moderatie/wachtrij/{slug}/"
            for slug in ("te-beoordelen", "gemeld", "vragen")
        },
        "lid": f"/admin/community/moderatie/lid/{member.pk}/",
        "model": "/admin/community/automatische-moderatie/",
    }  # not the log: Wagtail's own listing (its filter button, its <time>) has errors of its own
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
