"""A new member joins the discussion under an article in headless Chromium, with JavaScript: registers,
opens the link from the mail that arrived, logs in, posts, replies, gives respect and deletes their own
comment; the article page stays the cached one and the thread loads from its own addresses."""

import pytest

from krant.community import comments
from tests.browser.conftest import make_reader_site
from tests.browser.test_community import mail_link
from tests.community.conftest import PASSWORD, make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def thread_site(live_server, settings, smtp_inbox):
    tree = make_reader_site()
    other = make_member("ander@voorbeeld.nl", "Fietser uit Delft")
    comments.post(other, tree.article, "Eindelijk een veilige oversteek voor de kinderen.")
    settings.BASE_URL = live_server.url
    settings.PAGE_CACHE = True
    return live_server.url, smtp_inbox, tree.article.url


def test_a_new_member_posts_replies_gives_respect_and_deletes(thread_site, browser, axe):
    site, inbox, article_url = thread_site
    page = browser.new_page()
    page.goto(site + "/community/aanmelden/")
    page.get_by_label("Naam in de community").fill("Lezer uit Duinwijk")
    page.locator("input[name=email]").fill("duinwijk@voorbeeld.nl")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.get_by_role("button", name="Account aanmaken").click()
    page.goto(mail_link(inbox))
    page.get_by_role("button", name="Ja, bevestigen").click()
    page.wait_for_url("**/community/inloggen/**")

    page.goto(site + article_url)  # a reader first: the block offers the login back to the thread
    block = page.locator("#reacties")
    block.get_by_role("link", name="Log in en lees reacties").first.click()
    page.locator("input[name=login]").fill("duinwijk@voorbeeld.nl")
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/reacties/")

    personal = []
    page.on("request", lambda request: personal.append(request.url) if request.url.endswith("/ik/") else None)
    page.goto(site + article_url)
    block = page.locator("#reacties")
    block.get_by_text("Eindelijk een veilige oversteek").wait_for()
    page.locator("[data-account]").get_by_text("Ingelogd als Lezer uit Duinwijk").wait_for()
    assert len(personal) == 1  # the header and the thread share one uncached request
    assert page.request.get(site + article_url).headers["x-cache"] == "hit"
    axe(page)

    block.get_by_label("Jouw reactie").fill("Ik fiets er morgen meteen overheen.")
    block.get_by_role("button", name="Plaatsen").first.click()
    mine = block.locator("li.comment", has_text="Ik fiets er morgen meteen overheen.")
    mine.wait_for()
    assert block.locator("[data-thread-count]").inner_text() == "2 reacties"

    theirs = block.locator("li.comment", has_text="Eindelijk een veilige oversteek").first
    theirs.get_by_role("button", name="Respect").click()
    block.locator("li.comment", has_text="Eindelijk een veilige oversteek").first.locator(
        'button[aria-pressed="true"]'
    ).wait_for()

    theirs = block.locator("li.comment", has_text="Eindelijk een veilige oversteek").first
    theirs.locator("summary", has_text="Reageer").first.click()
    theirs.get_by_label("Jouw antwoord aan Fietser uit Delft").fill("Helemaal mee eens.")
    theirs.get_by_role("button", name="Plaatsen").first.click()
    block.locator(".comment__body", has_text="Helemaal mee eens.").wait_for()
    axe(page)

    page.on("dialog", lambda dialog: dialog.accept())
    mine = block.locator("li.comment", has_text="Ik fiets er morgen meteen overheen.")
    mine.get_by_role("button", name="Verwijderen").click()
    mine.wait_for(state="detached")
    assert "Ik fiets er morgen meteen overheen." not in block.inner_text()
    assert block.locator("[data-thread-count]").inner_text() == "2 reacties"  # the reply and the other's
