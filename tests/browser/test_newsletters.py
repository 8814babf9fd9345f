"""The newsletter pages are valid HTML (Nu Html Checker), pass axe-core (WCAG 2.1 AA) in headless Chromium,
and a reader signs up, confirms and unsubscribes without JavaScript."""

import re
import subprocess
from datetime import date

import pytest
from django.core import mail

from krant.newsletters import links
from krant.newsletters.models import Edition, EditionStatus, SubscriptionStatus
from tests.factories import make_article
from tests.newsletters.conftest import make_lists, subscribe


@pytest.fixture
def lists(tree):
    return make_lists(tree)


def sent_edition(tree, newsletter):
    article = make_article(tree.binnenland, "Dijk bij Zandmeer versterkt")
    item = {"id": article.pk, "title": article.title, "intro": article.intro, "url": article.url,
            "section": "Binnenland", "label": "Analyse"}  # fmt: skip
    return Edition.objects.create(
        newsletter=newsletter, subject="Ochtendbrief: Dijk", issue_date=date(2026, 11, 30), items=[item],
        html="<p>x</p>", text="x", status=EditionStatus.SENT,
    )  # fmt: skip


def page_urls(tree, lists) -> dict[str, str]:
    [subscriber] = subscribe(lists["daily"], "lezer@example.org")
    subscribe(lists["alerts"], "lezer@example.org", status=SubscriptionStatus.PENDING)
    token = links.link_token(subscriber.pk, subscriber.key)
    edition = sent_edition(tree, lists["daily"])
    return {
        "signup": "/nieuwsbrieven/",
        "signup-en": "/en/nieuwsbrieven/",
        "done": "/nieuwsbrieven/aangemeld/",
        "confirm": f"/nieuwsbrieven/bevestigen/{links.confirm_token(subscriber)}/",
        "manage": f"/nieuwsbrieven/beheer/{token}/",
        "unsubscribe": f"/nieuwsbrieven/afmelden/{token}/ochtendbrief/",
        "archive": "/nieuwsbrieven/ochtendbrief/",
        "edition": edition.get_absolute_url(),
        "invalid": "/nieuwsbrieven/beheer/1.fout/",
    }


def test_newsletter_pages_are_valid_html(client, tree, lists, vnu, tmp_path):
    """The Nu Html Checker finds no errors on any newsletter page, the form with errors included."""
    files = []
    pages = {name: client.get(url) for name, url in page_urls(tree, lists).items()}
    pages["signup-errors"] = client.post("/nieuwsbrieven/", {"email": "fout"})
    for name, response in pages.items():
        assert response.status_code in (200, 400, 404), name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


@pytest.fixture
def reader_pages(live_server, tree, lists, settings):
    """The pages, made before the browser starts: Playwright's event loop forbids database calls."""
    settings.BASE_URL = live_server.url  # the links in the mail lead to this server
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return {name: live_server.url + url for name, url in page_urls(tree, lists).items()}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_reader_signs_up_confirms_and_unsubscribes_without_javascript(reader_pages, browser, axe):
    """With JavaScript off: the form, the link in the mail, the confirm button, the unsubscribe button;
    every page passes axe-core."""
    page = browser.new_context(java_script_enabled=False).new_page()
    page.goto(reader_pages["signup"])
    page.get_by_label("Nieuwsalerts").check()
    page.get_by_label("E-mailadres").fill("nieuw@example.org")
    page.get_by_role("button", name="Aanmelden").click()
    assert page.locator("h1").inner_text() == "Kijk in je mailbox"

    [message] = mail.outbox
    text = message.body
    page.goto(re.search(r"https?://\S+/nieuwsbrieven/bevestigen/\S+/", text).group())
    page.get_by_role("button", name="Ja, stuur mij deze nieuwsbrieven").click()
    assert page.locator("h1").inner_text() == "Aanmelding bevestigd"
    assert "Nieuwsalerts" in page.locator("main").inner_text()

    page.goto(reader_pages["unsubscribe"])
    page.get_by_role("button", name="Ja, afmelden").click()
    assert page.locator("h1").inner_text() == "Je bent afgemeld"

    for url in reader_pages.values():
        checked = browser.new_page()  # axe needs JavaScript; the page itself does not
        checked.goto(url)
        axe(checked)
        checked.close()
