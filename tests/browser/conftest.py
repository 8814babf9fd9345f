"""Shared set-up for the checks that need outside tools: Chromium, axe-core and the Nu Html Checker.

axe-core comes with the test install (axe-playwright-python bundles it). The Nu Html Checker is the npm
package vnu-jar: the first test that needs it runs `npm ci` when npm is there. What is truly missing (no
Chromium, no Java, no npm) skips these tests with a visible reason; in CI (.ci/run installs them) it fails.
"""

import fcntl
import os
import shutil
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from krant.core.models import FooterLink, PrivacyLink, QuickLink, SiteSettings, StaticPage
from krant.news.models import ArticleAuthor, MostReadPage
from tests.conftest import database_url, free_port
from tests.factories import add_page, make_article, make_author, make_site, publish
from tests.processes import fetch, krant_environment, wait_until

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SCREENSHOTS = ROOT / "screenshots"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# How long a live change may take to reach an open page (well under a second in production) on a test machine
# whose two cores also run the other worker's servers and browsers.
LIVE_WAIT_MS = 30_000
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def require(condition: bool, reason: str) -> None:
    """Skip with a visible notice when a tool is missing; in CI, where .ci/run installs them, fail."""
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI must run the browser checks)")
        pytest.skip(f"NOTICE: {reason}")


def make_reader_site():
    """Return a small but complete publication: menus, footer, authors, articles, footer pages."""
    tree = make_site()
    settings = SiteSettings.for_site(tree.site)
    settings.publication_name = "krant"
    settings.facebook_url = "https://www.facebook.com/krant-demo"
    settings.kvk_number, settings.vat_number = "00000000", "NL000000000B01"
    settings.company_name = "Krant Media B.V."
    settings.save()
    tree.most_read = add_page(tree.home, MostReadPage(title="Meest gelezen", slug="meest-gelezen"))
    tree.colofon = add_page(
        tree.home,
        StaticPage(title="Colofon", slug="colofon", show_in_menus=False, intro="Wie maakt deze krant."),
    )
    tree.privacy = add_page(
        tree.home, StaticPage(title="Privacy-instellingen", slug="privacy-instellingen", show_in_menus=False)
    )
    for order, page in enumerate([tree.home, tree.latest, tree.binnenland, tree.economie]):
        QuickLink.objects.create(setting=settings, link_page=page, sort_order=order)
    FooterLink.objects.create(setting=settings, link_page=tree.colofon, sort_order=0)
    PrivacyLink.objects.create(setting=settings, link_page=tree.privacy, sort_order=0)
    author = make_author(tree, "Lotte Verbeek")
    tree.article = None
    for number in range(12):
        section = tree.binnenland if number % 2 else tree.klimaat
        article = make_article(
            section,
            f"Gemeente Duinwijk opent fietsbrug nummer {number}",
            slug=f"fietsbrug-{number}",
            when=timezone.now() - timedelta(hours=number + 1),
            intro="Na twee jaar bouwen kunnen fietsers de Vaart over.",
            body=[
                ("paragraph", "<p>De brug is veertig meter lang en verbindt twee wijken.</p>"),
                ("intertitle", "Wethouder blij"),
                ("quote", {"text": "Een mooie dag voor de stad.", "attribution": "de wethouder"}),
            ],
        )
        article.author_links = [ArticleAuthor(author=author)]
        article.dossiers.add(tree.dossier)
        publish(article)
        tree.article = tree.article or article
    return tree


@pytest.fixture
def reader_site(db):
    return make_reader_site()


def install_node_tools() -> None:
    """Run `npm ci` once for the Nu Html Checker when it is missing; a lock keeps parallel runs apart."""
    if VNU.exists() or shutil.which("npm") is None:
        return
    with open(ROOT / ".npm-install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not VNU.exists():
            subprocess.run(
                ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=ROOT,
                check=False,
                timeout=600,
            )


@pytest.fixture(scope="session")
def vnu():
    """Return the command that runs the Nu Html Checker on files, errors only."""
    install_node_tools()
    require(VNU.exists(), f"Nu Html Checker missing ({VNU}): npm is not installed or `npm ci` failed")
    java = shutil.which("java")
    require(java is not None, "java is missing; the Nu Html Checker needs it")
    return [java, "-jar", str(VNU), "--errors-only"]


@pytest.fixture
def browser():
    """Yield headless Debian Chromium, driven by Playwright.

    Build the test's data before this fixture runs: Playwright's event loop forbids database calls."""
    require(CHROMIUM.exists(), f"{CHROMIUM} is missing: browser tests skipped (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe():
    """Return a check that the page in its current state has no WCAG 2.1 AA violations, by axe-core."""
    from axe_playwright_python.sync_playwright import Axe

    checker = Axe()

    def check(page, context=None) -> None:
        # Injected through the DevTools protocol, so the page's Content-Security-Policy does not block it.
        results = checker.run(page, context=context, options={"runOnly": {"type": "tag", "values": WCAG}})
        problems = [
            (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
            for v in results.response["violations"]
        ]
        assert problems == [], f"{page.url}: {problems}"

    return check


@pytest.fixture
def live_process(live_server, settings, tmp_path):
    """The live channel's own process on this test's database, the pages pointed at it, and the page
    cache on, as `krant serve` runs them; yields the site's address."""
    settings.BASE_URL = live_server.url
    settings.PAGE_CACHE = True
    port = free_port()
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    live = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "krant", "serve_live", "--port", str(port)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    settings.LIVE_URL = f"http://127.0.0.1:{port}/live/"
    try:
        wait_until(lambda: fetch(f"http://127.0.0.1:{port}/live/?kanaal=x")[0] == 400, "the live process", 60)
        yield live_server.url
    finally:
        live.terminate()
        print(live.communicate(timeout=30)[0])


def outside_the_browser(work) -> None:
    """Run database work in a thread of its own: Playwright's event loop forbids it in this one."""

    def run():
        try:
            work()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
