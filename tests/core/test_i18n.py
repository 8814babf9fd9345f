"""Dutch by default at /..., English at /en/...; the browser's wishes never change a page's bytes."""

from tests.factories import make_article


def test_dutch_by_default_whatever_the_browser_asks(tree, client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Language"] == "nl"
    assert '<html lang="nl">' in response.content.decode()
    assert "Accept-Language" not in response.get("Vary", "")


def test_english_under_en_with_english_interface_and_links(tree, client):
    article = make_article(tree.binnenland, "Kabinet valt", slug="kabinet-valt")
    response = client.get(f"/en{article.url}")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert '<html lang="en">' in html
    assert "Skip to content" in html
    assert f'href="/en{tree.binnenland.url}"' in html  # links stay in English


def test_language_switch_links_to_the_same_page(tree, client):
    article = make_article(tree.binnenland, "Brug open", slug="brug-open")
    html = client.get(article.url).content.decode()
    assert f'<a href="/en{article.url}" hreflang="en" lang="en">English</a>' in html
    english = client.get(f"/en{article.url}").content.decode()
    assert f'<a href="{article.url}" hreflang="nl" lang="nl">Nederlands</a>' in english


def test_english_dates(tree, client):
    from datetime import UTC, datetime

    article = make_article(tree.binnenland, "Tijd", when=datetime(2024, 10, 31, 18, 9, tzinfo=UTC))
    html = client.get(f"/en{article.url}").content.decode()
    assert "31 Oct 2024 at 19:09" in html


def test_unknown_language_prefix_is_404(tree, client):
    assert client.get("/de/binnenland/").status_code == 404
