"""Dutch by default at /..., English at /en/...; the browser's wishes never change a page's bytes."""

from html.parser import HTMLParser

from django.urls import translate_url
from django.utils import translation

from krant.core.i18n import translated
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


def head_links(html: str, rel: str) -> list[dict]:
    """Return the attributes of the <link rel=...> elements in `html`."""
    found = []

    class Links(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "link" and attrs.get("rel") == rel:
                found.append(attrs)

    Links().feed(html)
    return found


def test_english_interface_points_to_the_dutch_page_as_canonical(tree, client, settings):
    """/en/... shows the same Dutch article: its canonical link and og:url name the Dutch address."""
    settings.BASE_URL = "https://www.krant.example"
    article = make_article(tree.binnenland, "Brug open", slug="brug-open")
    html = client.get(f"/en{article.url}").content.decode()
    [canonical] = head_links(html, "canonical")
    assert canonical["href"] == f"https://www.krant.example{article.url}"
    assert f'<meta property="og:url" content="https://www.krant.example{article.url}">' in html


def test_hreflang_alternates_are_absolute_with_x_default(tree, client, settings):
    """Both language versions are named with absolute addresses, and x-default is the Dutch one."""
    settings.BASE_URL = "https://www.krant.example"
    article = make_article(tree.binnenland, "Brug open", slug="brug-open")
    for url in (article.url, f"/en{article.url}"):
        alternates = {
            link["hreflang"]: link["href"]
            for link in head_links(client.get(url).content.decode(), "alternate")
            if "hreflang" in link
        }
        assert alternates == {
            "nl": f"https://www.krant.example{article.url}",
            "en": f"https://www.krant.example/en{article.url}",
            "x-default": f"https://www.krant.example{article.url}",
        }


def test_hreflang_keeps_only_the_page_number(tree, client, settings):
    """A listing's alternates keep ?page=2 but drop tracking parameters."""
    settings.BASE_URL = "https://www.krant.example"
    html = client.get(f"{tree.binnenland.url}?page=2&utm_source=x").content.decode()
    alternates = {
        link["hreflang"]: link["href"] for link in head_links(html, "alternate") if "hreflang" in link
    }
    assert alternates["en"] == f"https://www.krant.example/en{tree.binnenland.url}?page=2"


def test_article_text_is_marked_dutch_under_the_english_interface(tree, client):
    """Under /en/ the page is English, but the headline, intro and body say lang="nl"."""
    article = make_article(tree.binnenland, "Brug open", slug="brug-open", intro="De brug is weer open.")
    html = client.get(f"/en{article.url}").content.decode()
    assert '<html lang="en">' in html
    assert '<h1 class="article__title" lang="nl">Brug open</h1>' in html
    assert '<p class="article__intro" lang="nl">De brug is weer open.</p>' in html
    assert '<div class="article__body prose" lang="nl">' in html


def test_kept_translations_follow_the_active_language(tree):
    """An address's translation is kept per process, but per active language: Django resolves the
    address in it, so the same address may translate differently (or not at all) in each."""
    path = tree.binnenland.url
    answers = set()
    for active in ("nl", "en", "nl", "en"):
        with translation.override(active):
            answers.add((active, translated(path, "en")))
            assert translated(path, "en") == translate_url(path, "en")
    assert len(answers) == 2
