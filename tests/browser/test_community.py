"""A reader becomes a member in headless Chromium: registers, opens the link from the mail that arrived
over real SMTP, logs in, sees their name in the header of a cached page, and logs out."""

import email
import re

import pytest

from tests.browser.conftest import make_reader_site
from tests.community.conftest import PASSWORD

# As the reader's journey: the live server commits, and the roots and locale are restored after it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def community_site(live_server, settings, smtp_inbox):
    make_reader_site()
    settings.BASE_URL = live_server.url
    settings.PAGE_CACHE = True  # the header's name must come to a cached page
    return live_server.url, smtp_inbox


def mail_link(inbox) -> str:
    [envelope] = inbox.messages
    message = email.message_from_bytes(envelope.content)
    body = next(part for part in message.walk() if part.get_content_type() == "text/plain")
    text = body.get_payload(decode=True).decode(body.get_content_charset() or "utf-8")
    return re.search(r"https?://\S+/community/bevestigen/\S+/", text).group()


def test_a_reader_registers_verifies_logs_in_and_out(community_site, browser, axe):
    site, inbox = community_site
    page = browser.new_page()
    page.goto(site + "/community/aanmelden/")
    axe(page)
    page.get_by_label("Naam in de community").fill("Lezer uit Duinwijk")
    page.locator("input[name=email]").fill("duinwijk@voorbeeld.nl")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.get_by_role("button", name="Account aanmaken").click()
    assert page.locator("h1").inner_text() == "Bevestig je e-mailadres"

    page.goto(mail_link(inbox))
    page.get_by_role("button", name="Ja, bevestigen").click()
    page.wait_for_url("**/community/inloggen/**")

    page.locator("input[name=login]").fill("duinwijk@voorbeeld.nl")
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(site + "/")
    header = page.locator("[data-account]")
    assert page.request.get(site + "/").headers["x-cache"] == "hit"  # the member's page is the cached one
    header.get_by_text("Ingelogd als Lezer uit Duinwijk").wait_for()
    axe(page)

    header.get_by_role("button", name="Uitloggen").click()
    page.wait_for_url(site + "/")
    assert header.get_by_role("link", name="Community").is_visible()
    assert "krant_account" not in {cookie["name"] for cookie in page.context.cookies()}
