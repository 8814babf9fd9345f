"""Shared set-up for the checks that need outside tools: Chromium, axe-core and the Nu Html Checker.

Missing tools skip these tests with a visible reason; .ci/run installs them (Debian's chromium and
`npm ci` for axe-core and vnu-jar), so CI always runs them.
"""

import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from krant.core.models import FooterLink, PrivacyLink, QuickLink, SiteSettings, StaticPage
from krant.news.models import ArticleAuthor, MostReadPage
from tests.factories import add_page, make_article, make_author, make_site, publish

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
SCREENSHOTS = ROOT / "screenshots"
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


@pytest.fixture
def vnu():
    require(VNU.exists(), f"Nu Html Checker missing ({VNU}); run `npm ci`")
    java = shutil.which("java")
    require(java is not None, "java is missing; the Nu Html Checker needs it")
    return [java, "-jar", str(VNU), "--errors-only"]
