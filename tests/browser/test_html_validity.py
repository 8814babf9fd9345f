"""The reader pages are valid HTML: the Nu Html Checker reports no errors."""

import subprocess


def reader_pages(tree) -> dict[str, str]:
    return {
        "voorpagina": "/",
        "rubriek": tree.economie.url,
        "dossier": tree.dossier.url,
        "artikel": tree.article.url,
        "net-binnen": tree.latest.url,
        "meest-gelezen": tree.most_read.url,
        "voetpagina": tree.colofon.url,
        "article-en": f"/en{tree.article.url}",
    }


def test_reader_pages_are_valid_html(reader_site, client, vnu, tmp_path):
    files = []
    for name, url in reader_pages(reader_site).items():
        response = client.get(url)
        assert response.status_code == 200, url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    result = subprocess.run([*vnu, *files], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
