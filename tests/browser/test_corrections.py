"""The corrections page is valid HTML."""

import subprocess

from django.utils import timezone

from krant.news.models import ArticleCorrection
from tests.factories import make_article


def test_the_corrections_page_is_valid_html(client, tree, vnu, tmp_path):
    """The Nu Html Checker finds no errors on a page of corrections whose notes hold markup characters."""
    article = make_article(tree.binnenland, "Kade & haven <vernieuwd>", slug="kade-en-haven")
    ArticleCorrection.objects.create(
        article=article, corrected_at=timezone.now(), note="Niet 3 < 4 maar 'vier'.\nEn meer."
    )
    path = tmp_path / "correcties.html"
    path.write_bytes(client.get("/correcties/").content)
    result = subprocess.run([*vnu, str(path)], capture_output=True, text=True, timeout=180)  # noqa: S603
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
