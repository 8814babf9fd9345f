"""krant.css and the page shell in real headless Chromium: focus contrast, narrow screens, the consent
banner's size, and a Content-Security-Policy the pages keep to."""

import pytest

from krant.news.models import DossierIndexPage, DossierPage
from tests.browser.conftest import make_reader_site
from tests.factories import add_page, make_author

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PHONE_WIDTHS = [320, 375]
LONG_ROLE = "Hoofdredacteur-plaatsvervanger onderzoeksjournalistiek en datajournalistiekcoördinator"


@pytest.fixture
def site_urls(live_server):
    """Build the publication before the browser starts: Playwright's event loop forbids database calls."""
    tree = make_reader_site()
    index = add_page(tree.home, DossierIndexPage(title="Dossiers", slug="dossiers"))
    for title in ("Stikstofproblematiek", "Arbeidsmarktdiscriminatieonderzoeksrapportage", "Woningnood"):
        add_page(
            index,
            DossierPage(
                title=title,
                slug=title.lower()[:40],
                intro="Alle gevolgen voor de Nederlandse gemeenteraadsverkiezingen.",
            ),
        )
    make_author(tree, "Maria Gonzalez-van Oostveen", role=LONG_ROLE)
    return {
        "home": live_server.url + "/",
        "article": live_server.url + tree.article.url,
        "dossiers": live_server.url + index.url,
        "authors": live_server.url + tree.authors.url,
    }


def horizontal_overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_focused_quick_bar_links_have_enough_contrast(site_urls, browser, axe):
    """Every quick-bar link, focused from the keyboard, passes axe (its color-contrast rule among them)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_urls["home"])
    links = page.locator(".quickbar a")
    assert links.count() >= 3
    for number in range(links.count()):
        link = links.nth(number)
        page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
        link.focus()
        assert page.evaluate("document.activeElement.matches('.quickbar a:focus-visible')")
        axe(page, context=".quickbar a:focus-visible")


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_dossier_index_fits_a_phone(site_urls, browser, width):
    """/dossiers/ with long Dutch compound titles scrolls only vertically at 320 and 375 px."""
    page = browser.new_page(viewport={"width": width, "height": 700})
    page.goto(site_urls["dossiers"])
    assert page.locator(".dossier-list__item").count() == 3
    assert horizontal_overflow(page) <= 0


@pytest.mark.parametrize("width", PHONE_WIDTHS)
def test_author_card_shows_a_long_role_in_full(site_urls, browser, width):
    """On /redactie/ an author's long role wraps inside the card: nothing clipped, no sideways scroll."""
    page = browser.new_page(viewport={"width": width, "height": 700})
    page.goto(site_urls["authors"])
    role = page.locator(".author-card__role", has_text="Hoofdredacteur")
    assert role.inner_text() == LONG_ROLE
    fits = role.evaluate(
        """role => {
            const card = role.closest('.author-card').getBoundingClientRect();
            const box = role.getBoundingClientRect();
            return role.scrollWidth <= role.clientWidth && box.left >= card.left && box.right <= card.right;
        }"""
    )
    assert fits
    assert horizontal_overflow(page) <= 0


def test_consent_banner_is_compact_on_a_phone(site_urls, browser):
    """At 375 px the first-visit banner is at most 120 px tall, its buttons work without JavaScript."""
    context = browser.new_context(viewport={"width": 375, "height": 667}, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_urls["home"])
    banner = page.locator(".consent-banner")
    assert banner.bounding_box()["height"] <= 120
    page.get_by_role("button", name="Alleen noodzakelijk").click()
    page.wait_for_url(site_urls["home"])
    assert page.locator(".consent-banner").count() == 0
    context.close()


def test_reader_pages_keep_to_the_content_security_policy(site_urls, browser):
    """Chromium reports no CSP violation on the front page, an article and the listings."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    for url in site_urls.values():
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.evaluate("document.querySelector('link[rel=stylesheet]').sheet !== null")
    violations = [text for text in messages if "Content Security Policy" in text]
    assert violations == [], "\n".join(violations)


@pytest.fixture
def editor_urls(live_server, django_user_model):
    """An editor account and pages of the admin, made before the browser starts."""
    tree = make_reader_site()
    django_user_model.objects.create_superuser("hoofdredactie", "hr@krant.example", "een-lang-wachtwoord-123")
    return {
        "login": live_server.url + "/admin/login/",
        "pages": [
            live_server.url + "/admin/",
            live_server.url + f"/admin/pages/{tree.article.pk}/edit/",
            live_server.url + "/admin/images/",
            live_server.url + tree.article.url,  # a reader page with the editor's userbar
        ],
    }


def test_the_admin_works_under_its_policy(editor_urls, browser):
    """Logging in, the dashboard, the page editor and the image library log no CSP violation."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(editor_urls["login"])
    page.fill("input[name=username]", "hoofdredactie")
    page.fill("input[name=password]", "een-lang-wachtwoord-123")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")
    for url in editor_urls["pages"]:
        page.goto(url)
        page.wait_for_load_state("load")
    violations = [text for text in messages if "Content Security Policy" in text]
    assert violations == [], "\n".join(violations)
