"""Structured data and sharing: JSON-LD, Open Graph and Twitter cards, read back from the page's HTML."""

import json
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import timezone
from PIL import Image as PILImage

from krant.core.models import SiteSettings, StaticPage
from krant.feeds.structured_data import iso, x_handle
from krant.news.models import ArticlePage, DossierIndexPage, MostReadPage
from tests.factories import add_page, make_article, make_author, publish
from tests.feeds.conftest import BASE_URL, make_image, make_story


class Head(HTMLParser):
    """The parts of a page search engines and social networks read."""

    def __init__(self, html: str):
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.canonical: list[str] = []
        self.json_ld: list[dict] = []
        self.scripts: list[str] = []
        self.in_json = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta.setdefault(attrs.get("property") or attrs["name"], []).append(attrs["content"])
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        self.in_json = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self.in_json:
            self.scripts.append(data)
            self.json_ld.append(json.loads(data))

    def handle_endtag(self, tag):
        self.in_json = False

    def one(self, name: str) -> str:
        [value] = self.meta[name]
        return value

    def of_type(self, kind: str) -> dict:
        [data] = [item for item in self.json_ld if item["@type"] == kind]
        return data


def head(client, url: str) -> Head:
    response = client.get(url)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def media_file(url: str) -> Path:
    return Path(settings.MEDIA_ROOT) / urlsplit(url).path.removeprefix(settings.MEDIA_URL)


def test_article_is_a_news_article(newsroom, client):
    """An article carries a NewsArticle with every field Google's Top stories read."""
    story = ArticlePage.objects.get(pk=newsroom.story.pk)
    data = head(client, story.url).of_type("NewsArticle")
    url = f"{BASE_URL}/economie/klimaat/{story.pk}/dijk-zandmeer/"
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "Dijk bij Zandmeer versterkt"
    assert data["description"] == "Het waterschap heeft de dijk langs het meer verhoogd."
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert data["url"] == url
    assert data["datePublished"] == iso(story.first_published_at)
    assert data["dateModified"] == iso(story.last_published_at)
    assert data["articleSection"] == ["Klimaat"]
    assert data["inLanguage"] == "nl"
    assert data["author"] == [
        {"@type": "Person", "name": "Sanne de Wit", "url": f"{BASE_URL}/redactie/sanne-de-wit/"},
        {"@type": "Person", "name": "Joris Bakker", "url": f"{BASE_URL}/redactie/joris-bakker/"},
    ]
    for author in data["author"]:
        assert client.get(urlsplit(author["url"]).path).status_code == 200


def test_dates_are_iso_8601_in_amsterdam_time(newsroom, client):
    """Dates carry their offset: what a reader in Amsterdam saw on the clock."""
    data = head(client, newsroom.story.url).of_type("NewsArticle")
    published = timezone.localtime(newsroom.story.first_published_at).replace(microsecond=0)
    assert data["datePublished"] == published.isoformat()
    assert data["datePublished"][-6:] in ("+01:00", "+02:00")


def test_article_images_are_absolute_renditions_in_three_shapes(newsroom, client):
    """The article's image is given in 16:9, 4:3 and 1:1, as absolute addresses of real files."""
    images = head(client, newsroom.story.url).of_type("NewsArticle")["image"]
    assert len(images) == 3
    ratios = []
    for url in images:
        assert url.startswith(f"{BASE_URL}/media/")
        with PILImage.open(media_file(url)) as picture:
            ratios.append(round(picture.width / picture.height, 2))
    assert ratios == [1.78, 1.33, 1.0]


def test_publisher_is_the_newsroom_with_its_logo(newsroom, client, django_capture_on_commit_callbacks):
    """The publisher is a NewsMediaOrganization with the site logo, else the built-in mark."""
    publisher = head(client, newsroom.story.url).of_type("NewsArticle")["publisher"]
    assert publisher["@type"] == "NewsMediaOrganization" and publisher["name"] == "krant"
    assert publisher["url"] == f"{BASE_URL}/"
    assert publisher["logo"]["@type"] == "ImageObject"
    assert publisher["logo"]["url"].startswith(f"{BASE_URL}/static/krant/logo")
    setting = SiteSettings.for_site(newsroom.tree.site)
    setting.logo = make_image("Logo", size=(400, 120))
    setting.publication_name = "Het Dagblad"
    with django_capture_on_commit_callbacks(execute=True):  # the change reaches readers once it commits
        setting.save()
    publisher = head(client, newsroom.story.url).of_type("NewsArticle")["publisher"]
    assert publisher["name"] == "Het Dagblad"
    logo = publisher["logo"]
    assert logo["url"].startswith(f"{BASE_URL}/media/") and (logo["width"], logo["height"]) == (400, 120)
    assert media_file(logo["url"]).exists()


def test_article_without_byline_names_the_newsroom(tree, client):
    """'Door onze nieuwsredactie': the author is the publication itself."""
    article = make_story(tree.binnenland, "Kort bericht", slug="kort")
    data = head(client, article.url).of_type("NewsArticle")
    assert data["author"] == [{"@type": "NewsMediaOrganization", "name": "krant", "url": f"{BASE_URL}/"}]


def test_article_without_a_lead_image_gets_the_default_share_image(tree, client):
    """JSON-LD, og:image and twitter:image all point at the 1200x630 default card, never the logo."""
    setting = SiteSettings.for_site(tree.site)
    setting.logo = make_image("Logo", size=(600, 166))
    setting.save()
    article = make_story(tree.binnenland, "Zonder beeld", slug="zonder")
    page = head(client, article.url)
    [image] = page.of_type("NewsArticle")["image"]
    assert image == page.one("og:image")
    assert image.startswith(f"{BASE_URL}/static/krant/share") and image.endswith(".png")
    assert (page.one("og:image:width"), page.one("og:image:height")) == ("1200", "630")
    assert page.one("twitter:card") == "summary_large_image"
    [static_file] = (Path(settings.BASE_DIR) / "core/static/krant").glob("share.png")
    with PILImage.open(static_file) as picture:
        assert picture.size == (1200, 630)


def test_author_page_is_a_profile_page(tree, client):
    """An author's page is a schema.org ProfilePage whose mainEntity is the Person."""
    author = make_author(tree, "Sanne de Wit", role="verslaggever")
    data = head(client, author.url).of_type("ProfilePage")
    assert data["@context"] == "https://schema.org"
    assert data["url"] == f"{BASE_URL}{author.url}"
    person = data["mainEntity"]
    assert person["@type"] == "Person"
    assert (person["name"], person["jobTitle"], person["url"]) == (
        "Sanne de Wit",
        "verslaggever",
        data["url"],
    )
    assert person["worksFor"]["@type"] == "NewsMediaOrganization"


def test_breadcrumbs_on_articles_sections_and_dossiers(newsroom, client):
    """Front page > section(s) > page, with absolute addresses, on articles, sections and dossiers."""
    tree = newsroom.tree
    story_url = f"{BASE_URL}/economie/klimaat/{newsroom.story.pk}/dijk-zandmeer/"

    def trail(url):
        crumbs = head(client, url).of_type("BreadcrumbList")["itemListElement"]
        assert [crumb["position"] for crumb in crumbs] == list(range(1, len(crumbs) + 1))
        return [(crumb["name"], crumb["item"]) for crumb in crumbs]

    assert trail(newsroom.story.url) == [
        ("Voorpagina", f"{BASE_URL}/"),
        ("Economie", f"{BASE_URL}/economie/"),
        ("Klimaat", f"{BASE_URL}/economie/klimaat/"),
        ("Dijk bij Zandmeer versterkt", story_url),
    ]
    assert trail(tree.klimaat.url) == [
        ("Voorpagina", f"{BASE_URL}/"),
        ("Economie", f"{BASE_URL}/economie/"),
        ("Klimaat", f"{BASE_URL}/economie/klimaat/"),
    ]
    assert trail(tree.dossier.url) == [
        ("Voorpagina", f"{BASE_URL}/"),
        ("Verkiezingen", f"{BASE_URL}/verkiezingen/"),
    ]


def test_breadcrumbs_follow_a_renamed_section(newsroom, client, django_capture_on_commit_callbacks):
    """Breadcrumbs are kept between requests, but a published new section title shows once it commits."""
    head(client, newsroom.story.url)
    newsroom.tree.economie.title = "Geld"
    with django_capture_on_commit_callbacks(execute=True):
        publish(newsroom.tree.economie)
    crumbs = head(client, newsroom.story.url).of_type("BreadcrumbList")["itemListElement"]
    assert crumbs[1]["name"] == "Geld"


def test_a_headline_cannot_break_out_of_the_script(tree, client):
    """'</script>' or '<!--' in a headline stays inside the JSON: the page has exactly its own scripts."""
    title = 'Slot </script><script>alert("x")</script> <!-- en & meer'
    article = make_story(tree.binnenland, title, slug="slot", intro="Tekst </SCRIPT> en <b>meer</b>.")
    html = client.get(article.url).content.decode()
    page = Head(html)
    assert page.of_type("NewsArticle")["headline"] == title
    assert page.of_type("NewsArticle")["description"] == "Tekst </SCRIPT> en <b>meer</b>."
    assert all("<" not in script and ">" not in script for script in page.scripts)
    assert (
        html.lower().count("<script") == html.lower().count("</script>") == len(page.scripts) + 4
    )  # + krant.js, community/account.js, live/live.js and the thread's community/thread.js


def test_open_graph_and_twitter_card_of_an_article(newsroom, client):
    """An article is shared as og:type article with a large image, its times and its section."""
    story = ArticlePage.objects.get(pk=newsroom.story.pk)
    page = head(client, story.url)
    assert page.one("og:type") == "article"
    assert page.one("og:title") == "Dijk bij Zandmeer versterkt"
    assert page.one("og:description") == "Het waterschap heeft de dijk langs het meer verhoogd."
    assert page.one("og:url") == f"{BASE_URL}{story.url}"
    assert page.one("og:locale") == "nl_NL"
    assert page.one("og:site_name") == "krant"
    image = page.one("og:image")
    assert image.startswith(f"{BASE_URL}/media/")
    assert (page.one("og:image:width"), page.one("og:image:height")) == ("1200", "630")
    with PILImage.open(media_file(image)) as picture:
        assert picture.size == (1200, 630) and picture.format == "JPEG"
    assert page.one("og:image:type") == "image/jpeg"
    assert page.one("og:image:alt") == "De nieuwe dijk bij laagwater"
    assert page.one("article:published_time") == iso(story.first_published_at)
    assert page.one("article:modified_time") == iso(story.last_published_at)
    assert page.one("article:section") == "Klimaat"
    assert page.meta["article:author"] == [
        f"{BASE_URL}/redactie/sanne-de-wit/",
        f"{BASE_URL}/redactie/joris-bakker/",
    ]
    assert page.one("twitter:card") == "summary_large_image"


def test_modified_time_follows_a_marked_update(newsroom, client):
    """A marked update ('Bijgewerkt') newer than the last publish is the article's modified time."""
    updated = timezone.now() + timezone.timedelta(minutes=30)
    ArticlePage.objects.filter(pk=newsroom.story.pk).update(updated_at=updated)
    page = head(client, newsroom.story.url)
    assert page.one("article:modified_time") == iso(updated)
    assert page.of_type("NewsArticle")["dateModified"] == iso(updated)


def test_pages_without_an_image_get_the_default_card(tree, client):
    """Without a picture of its own a page is shared with the default card, also with a site logo."""
    setting = SiteSettings.for_site(tree.site)
    setting.logo = make_image("Logo", size=(400, 400))
    setting.save()
    page = head(client, tree.economie.url)
    assert page.one("twitter:card") == "summary_large_image" and page.one("og:type") == "website"
    assert page.one("og:image").startswith(f"{BASE_URL}/static/krant/share")


def test_dossier_is_shared_with_its_own_image(tree, client):
    """A dossier with a lead image is shared with that image as a large card."""
    tree.dossier.lead_image = make_image("Stembus")
    tree.dossier.intro = "Alles over de verkiezingen."
    publish(tree.dossier)
    page = head(client, tree.dossier.url)
    assert page.one("twitter:card") == "summary_large_image"
    assert page.one("og:description") == "Alles over de verkiezingen."


def test_one_canonical_address_also_for_og_and_json_ld(newsroom, client):
    """Each page has one canonical link, the same address as og:url and the JSON-LD's page."""
    page = head(client, newsroom.story.url)
    [canonical] = page.canonical
    assert canonical == page.one("og:url") == page.of_type("NewsArticle")["mainEntityOfPage"]["@id"]
    assert canonical.startswith(f"{BASE_URL}/")
    assert head(client, newsroom.tree.economie.url + "?page=1").canonical == [f"{BASE_URL}/economie/"]


def test_front_page_describes_the_publication(tree, client):
    """The front page names the WebSite and the NewsMediaOrganization with its social profiles."""
    setting = SiteSettings.for_site(tree.site)
    setting.x_url = "https://x.com/krant_demo"
    setting.instagram_url = "https://www.instagram.com/krant.demo"
    setting.save()
    page = head(client, "/")
    assert page.of_type("WebSite") == {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": "krant",
        "url": f"{BASE_URL}/",
        "inLanguage": "nl",
    }
    organization = page.of_type("NewsMediaOrganization")
    assert organization["sameAs"] == ["https://www.instagram.com/krant.demo", "https://x.com/krant_demo"]
    assert page.one("og:title") == "krant" and page.one("og:type") == "website"
    assert page.one("twitter:site") == "@krant_demo"
    assert "BreadcrumbList" not in [item["@type"] for item in page.json_ld]


@pytest.mark.parametrize(
    ("url", "handle"),
    [
        ("https://x.com/krant_demo", "@krant_demo"),
        ("https://twitter.com/Krant/", "@Krant"),
        ("https://x.com/", ""),
        ("https://x.com/krant-demo", ""),  # not a handle X allows
        ("https://x.com/krant/status/1", ""),
        ("https://example.com/krant", ""),
        ("", ""),
    ],
)
def test_x_handle_only_from_an_x_profile(url, handle):
    """twitter:site comes from the X profile address in the settings, only when it names a handle."""
    assert x_handle(url) == handle


def test_english_interface_keeps_the_dutch_content_language(newsroom, client):
    """On the English interface the article is still Dutch: inLanguage nl and og:locale nl_NL."""
    page = head(client, f"/en{newsroom.story.url}")
    assert page.of_type("NewsArticle")["inLanguage"] == "nl"
    assert page.one("og:locale") == "nl_NL"


def test_preview_of_a_draft_has_structured_data_without_dates(tree):
    """An editor's preview of a never-published article renders, with no publication date."""
    draft = make_article(tree.binnenland, "Nog geheim", slug="geheim", published=False)
    response = ArticlePage.objects.get(pk=draft.pk).make_preview_request()
    assert response.status_code == 200
    data = Head(response.content.decode()).of_type("NewsArticle")
    assert data["headline"] == "Nog geheim" and "datePublished" not in data


def test_error_pages_have_no_structured_data(tree, client):
    """A 404 page has no canonical link, no JSON-LD and no card of a page."""
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    page = Head(response.content.decode())
    assert page.canonical == [] and page.json_ld == [] and "og:url" not in page.meta


def test_every_listing_page_has_a_meta_description(tree, client):
    """Front page, sections, dossiers, Net binnen, Meest gelezen, authors, indexes and static pages all
    carry one <meta name="description">, written for the page type when editors gave no text."""
    most_read = add_page(tree.home, MostReadPage(title="Meest gelezen", slug="meest-gelezen"))
    dossiers = add_page(tree.home, DossierIndexPage(title="Dossiers", slug="dossiers"))
    static = add_page(
        tree.home, StaticPage(title="Colofon", slug="colofon", body="<p>Wie maakt <b>deze</b> krant?</p>")
    )
    author = make_author(tree)
    pages = [tree.home, tree.binnenland, tree.dossier, tree.latest, most_read, dossiers, tree.authors, author]
    for url in [page.url for page in pages] + [static.url, f"/en{tree.binnenland.url}"]:
        [text] = head(client, url).meta["description"]
        assert text.strip() and len(text) <= 200, url
    assert head(client, static.url).one("description") == "Wie maakt deze krant?"
    assert (
        head(client, tree.binnenland.url).one("description")
        == "Het nieuwste nieuws over Binnenland van krant."
    )
