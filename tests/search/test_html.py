"""The search pages are valid HTML (Nu Html Checker), also with errors and without results."""

import subprocess

from tests.browser.conftest import VNU, require
from tests.factories import make_article

PAGES = {
    "formulier": "/zoeken/",
    "resultaten": "/zoeken/?q=haven&sorteer=datum",
    "geen-resultaten": "/zoeken/?q=onvindbaar&rubriek={economie}",
    "fouten": "/zoeken/?q=!!!&van=gisteren&tot=31-12-2026&rubriek=onbekend",
    "engels": "/en/zoeken/?q=haven",
}


def test_search_pages_are_valid_html(tree, client, tmp_path):
    require(VNU.exists(), f"Nu Html Checker missing ({VNU}); run `npm ci`")
    java = subprocess.run(["which", "java"], capture_output=True, text=True).stdout.strip()
    require(bool(java), "java is missing; the Nu Html Checker needs it")
    make_article(tree.binnenland, "Haven <groeit> & bloeit", slug="haven-groeit", intro="De haven groeit.")
    files = []
    for name, url in PAGES.items():
        response = client.get(url.format(economie=tree.economie.pk))
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run(
        [java, "-jar", str(VNU), "--errors-only", *files], capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
