"""RSS 2.0 and Atom feeds: all news and per section, dossier and author, valid and cheap to serve.

No offline W3C feed validator is installed (none is in the environment), so besides feedparser's
strict-mode check (bozo == 0) the feeds are checked structurally against the RSS 2.0 specification
and RFC 4287 (Atom): required elements, date formats, absolute links and unique ids.
"""

import email.utils
import html
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
import time_machine
from defusedxml import ElementTree
from django.conf import settings
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date, parse_http_date

from krant.core.models import StaticPage
from krant.feeds.feeds import FEED_SIZE, article_guid
from krant.news.models import ArticlePage, DossierPage, FeaturePage
from tests.factories import add_page, make_article, make_user, publish
from tests.feeds.conftest import BASE_URL, make_story, restrict

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
MEDIA = "{http://search.yahoo.com/mrss/}"
RFC_822 = re.compile(
    r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}"
)
RFC_3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})"
)


def is_absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def check_rss(content: bytes) -> list:
    """Assert the RSS 2.0 rules a validator checks; return the <item> elements."""
    root = ElementTree.fromstring(content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for name in ("title", "link", "description"):
        assert (channel.findtext(name) or "").strip(), f"channel needs <{name}>"
    assert is_absolute(channel.findtext("link"))
    assert channel.findtext("language") == "nl"
    assert RFC_822.fullmatch(channel.findtext("lastBuildDate"))
    self_link = channel.find(f"{ATOM}link")
    assert self_link is not None and self_link.get("rel") == "self" and is_absolute(self_link.get("href"))
    items = channel.findall("item")
    guids = [item.findtext("guid") for item in items]
    assert len(set(guids)) == len(guids), "guids must be unique"
    for item in items:
        assert item.findtext("title") or item.findtext("description"), "an item needs a title or description"
        assert is_absolute(item.findtext("link"))
        assert RFC_822.fullmatch(item.findtext("pubDate")), item.findtext("pubDate")
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate")).tzinfo is not None
        guid = item.find("guid")
        assert guid.get("isPermaLink") == "false" and guid.text.startswith("tag:")
        enclosures = item.findall("enclosure")
        assert len(enclosures) <= 1, "RSS allows one enclosure per item"
        for enclosure in enclosures:
            assert is_absolute(enclosure.get("url"))
            assert enclosure.get("length").isdigit() and int(enclosure.get("length")) > 0
            assert re.fullmatch(r"[a-z]+/[a-z0-9.+-]+", enclosure.get("type"))
    return items


def check_atom(content: bytes) -> list:
    """Assert the rules of RFC 4287 a validator checks; return the <entry> elements."""
    root = ElementTree.fromstring(content)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert (root.findtext(f"{ATOM}{name}") or "").strip(), f"feed needs <{name}>"
    assert RFC_3339.fullmatch(root.findtext(f"{ATOM}updated"))
    assert urlsplit(root.findtext(f"{ATOM}id")).scheme, "an id is an IRI"
    rels = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert is_absolute(rels["self"]) and is_absolute(rels["alternate"])
    feed_author = root.find(f"{ATOM}author")
    entries = root.findall(f"{ATOM}entry")
    ids = [entry.findtext(f"{ATOM}id") for entry in entries]
    assert len(set(ids)) == len(ids), "entry ids must be unique"
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert (entry.findtext(f"{ATOM}{name}") or "").strip(), f"entry needs <{name}>"
        assert RFC_3339.fullmatch(entry.findtext(f"{ATOM}updated"))
        assert RFC_3339.fullmatch(entry.findtext(f"{ATOM}published"))
        assert urlsplit(entry.findtext(f"{ATOM}id")).scheme
        alternates = [link for link in entry.findall(f"{ATOM}link") if link.get("rel") == "alternate"]
        assert len(alternates) == 1 and is_absolute(alternates[0].get("href"))
        assert feed_author is not None or entry.find(f"{ATOM}author") is not None, (
            "every entry needs an author"
        )
        for author in entry.findall(f"{ATOM}author"):
            assert author.findtext(f"{ATOM}name")
    return entries


def parsed(response):
    result = feedparser.parse(response.content)
    assert result.bozo == 0, result.get("bozo_exception")
    return result


def rendition_file(url: str) -> Path:
    path = urlsplit(url).path.removeprefix(settings.MEDIA_URL)
    return Path(settings.MEDIA_ROOT) / path


def test_rss_feed_parses_and_has_every_item_field(newsroom, client):
    """The RSS feed of all news parses without errors and carries every field of an article."""
    response = client.get("/rss/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    feed = parsed(response)
    assert feed.version == "rss20"
    assert feed.feed.title == "krant - Alle nieuws"
    assert feed.feed.link == f"{BASE_URL}/"
    assert feed.feed.language == "nl"
    [entry] = feed.entries
    story = newsroom.story
    assert entry.title == "Dijk bij Zandmeer versterkt"
    assert entry.link == f"{BASE_URL}/economie/klimaat/{story.pk}/dijk-zandmeer/"
    assert entry.id == article_guid(story) and entry.guidislink is False
    assert entry.summary == "Het waterschap heeft de dijk langs het meer verhoogd."
    assert entry.published_parsed[:6] == story.first_published_at.utctimetuple()[:6]
    assert [tag.term for tag in entry.tags] == ["Klimaat", "Verkiezingen"]
    assert [enclosure.type for enclosure in entry.enclosures] == ["image/jpeg"]
    items = check_rss(response.content)
    assert [creator.text for creator in items[0].findall(f"{DC}creator")] == ["Sanne de Wit", "Joris Bakker"]


def test_atom_feed_parses_and_has_every_entry_field(newsroom, client):
    """The Atom feed parses without errors: one author per byline name, with the author's page."""
    response = client.get("/atom/")
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = parsed(response)
    assert feed.version == "atom10"
    assert feed.feed.id == f"{BASE_URL}/atom/"
    [entry] = feed.entries
    story = newsroom.story
    assert entry.id == article_guid(story)
    assert entry.link == f"{BASE_URL}/economie/klimaat/{story.pk}/dijk-zandmeer/"
    assert [(author.name, author.href) for author in entry.authors] == [
        ("Sanne de Wit", f"{BASE_URL}/redactie/sanne-de-wit/"),
        ("Joris Bakker", f"{BASE_URL}/redactie/joris-bakker/"),
    ]
    assert entry.updated_parsed and entry.published_parsed
    assert [link.type for link in entry.links if link.rel == "enclosure"] == ["image/jpeg"]
    check_atom(response.content)


def test_enclosure_is_the_rendition_with_its_real_size(newsroom, client):
    """The enclosure names the 1200x675 JPEG rendition and its length is that file's size in bytes."""
    item = check_rss(client.get("/rss/").content)[0]
    enclosure = item.find("enclosure")
    url = enclosure.get("url")
    assert url.startswith(f"{BASE_URL}/media/") and "fill-1200x675" in url
    assert int(enclosure.get("length")) == rendition_file(url).stat().st_size
    atom_entry = check_atom(client.get("/atom/").content)[0]
    [link] = [link for link in atom_entry.findall(f"{ATOM}link") if link.get("rel") == "enclosure"]
    assert link.get("href") == url and link.get("length") == enclosure.get("length")


def test_rss_names_the_lead_image_as_media_content(newsroom, client):
    """Media RSS media:content gives the rendition's address, type, size in pixels and bytes and caption."""
    item = check_rss(client.get("/rss/").content)[0]
    media = item.find(f"{MEDIA}content")
    assert media is not None
    assert media.get("url") == item.find("enclosure").get("url")
    assert (media.get("medium"), media.get("type")) == ("image", "image/jpeg")
    assert (media.get("width"), media.get("height")) == ("1200", "675")
    assert int(media.get("fileSize")) == rendition_file(media.get("url")).stat().st_size
    assert media.findtext(f"{MEDIA}description") == "De nieuwe dijk bij laagwater"
    assert parsed(client.get("/rss/")).entries[0].media_content[0]["url"] == media.get("url")


@time_machine.travel("2026-07-01 10:00:00+00:00", tick=False)
def test_feed_dates_are_in_amsterdam_time(tree, client):
    """pubDate, lastBuildDate and Atom's updated carry Amsterdam's offset, as the pages do."""
    make_story(tree.binnenland, "Zomerbericht", slug="zomer", hours_ago=1)
    rss = ElementTree.fromstring(client.get("/rss/").content)
    assert rss.find("channel/item/pubDate").text.endswith("11:00:00 +0200")
    assert rss.findtext("channel/lastBuildDate").endswith(" +0200")
    [entry] = check_atom(client.get("/atom/").content)
    assert entry.findtext(f"{ATOM}published").endswith("T11:00:00+02:00")
    assert entry.findtext(f"{ATOM}updated").endswith("+02:00")


def test_missing_image_file_leaves_out_only_the_enclosure(newsroom, client):
    """An image whose file is gone from the media storage costs the item its enclosure, not a 500."""
    Path(newsroom.image.file.path).unlink()
    response = client.get("/rss/")
    assert response.status_code == 200
    [item] = check_rss(response.content)
    assert item.find("enclosure") is None
    assert item.findtext("title") == "Dijk bij Zandmeer versterkt"


def test_article_without_byline_or_image(tree, client):
    """Without authors an item has no dc:creator (Atom: the publication is the author) and no enclosure."""
    make_story(tree.binnenland, "Kort nieuws zonder naam", slug="kort")
    [item] = check_rss(client.get("/rss/").content)
    assert item.find(f"{DC}creator") is None and item.find("enclosure") is None
    assert item.find(f"{MEDIA}content") is None
    response = client.get("/atom/")
    [entry] = check_atom(response.content)
    assert entry.find(f"{ATOM}author") is None
    assert parsed(response).feed.author == "krant"


def test_text_is_escaped_not_markup(tree, client):
    """Headline and intro are text: '<' and '&' in them reach the reader as text, never as markup."""
    title, intro = "Inflatie < 2 procent & lonen > prijzen", "Na <script>alert(1)</script> debat."
    make_story(tree.binnenland, title, slug="inflatie", intro=intro)
    for url in ("/rss/", "/atom/"):
        [entry] = parsed(client.get(url)).entries
        assert entry.title == title and entry.title_detail.type == "text/plain"
        assert entry.summary_detail.type == "text/html" and "<script" not in entry.summary
        assert html.unescape(entry.summary) == intro


def test_newest_thirty_articles_newest_first(tree, client):
    """A feed holds the 30 newest articles, newest first."""
    for number in range(FEED_SIZE + 2):
        make_story(tree.binnenland, f"Bericht {number}", slug=f"bericht-{number}", hours_ago=number + 1)
    entries = parsed(client.get("/rss/")).entries
    assert [entry.title for entry in entries] == [f"Bericht {number}" for number in range(FEED_SIZE)]


def test_unpublished_embargoed_expired_withdrawn_and_private_articles_left_out(newsroom, client):
    """Only live, public articles within their expiry appear; every other kind is left out."""
    tree = newsroom.tree
    make_article(tree.binnenland, "Concept", slug="concept", published=False)
    embargoed = make_article(tree.binnenland, "Embargo", slug="embargo", published=False)
    embargoed.go_live_at = timezone.now() + timedelta(hours=2)
    embargoed.save_revision().publish()
    expiring = make_story(tree.binnenland, "Verlopen", slug="verlopen")
    ArticlePage.objects.filter(pk=expiring.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    make_story(tree.binnenland, "Ingetrokken", slug="ingetrokken").unpublish()
    restrict(make_story(tree.binnenland, "Besloten", slug="besloten"))
    story = {"Dijk bij Zandmeer versterkt"}
    expected = {"/rss/": story, "/atom/": story, "/rss/binnenland/": set(), "/atom/binnenland/": set()}
    assert {url: {entry.title for entry in parsed(client.get(url)).entries} for url in expected} == expected


def test_section_feed_has_subsections_and_extra_sections(newsroom, client):
    """A section's feed holds its own articles, its subsections' and those placed in it as extra section."""
    tree = newsroom.tree
    extra = make_story(tree.binnenland, "Ook in economie", slug="ook")
    extra.sections = [tree.economie]
    publish(extra)
    make_story(tree.binnenland, "Alleen binnenland", slug="alleen")
    feed = parsed(client.get("/rss/economie/"))
    assert feed.feed.title == "krant - Economie"
    assert feed.feed.link == f"{BASE_URL}/economie/"
    assert {entry.title for entry in feed.entries} == {"Dijk bij Zandmeer versterkt", "Ook in economie"}
    assert {entry.title for entry in parsed(client.get("/atom/economie/klimaat/")).entries} == {
        "Dijk bij Zandmeer versterkt"
    }


def test_dossier_and_author_feeds(newsroom, client):
    """A dossier's feed holds the dossier's articles, an author's feed that author's."""
    tree = newsroom.tree
    make_story(tree.binnenland, "Buiten het dossier", slug="buiten", authors=[newsroom.second_author])
    dossier = parsed(client.get("/rss/verkiezingen/"))
    assert dossier.feed.title == "krant - Dossier Verkiezingen"
    assert [entry.title for entry in dossier.entries] == ["Dijk bij Zandmeer versterkt"]
    author = parsed(client.get("/atom/redactie/joris-bakker/"))
    assert author.feed.title == "krant - Joris Bakker"
    assert {entry.title for entry in author.entries} == {"Dijk bij Zandmeer versterkt", "Buiten het dossier"}
    assert [entry.title for entry in parsed(client.get("/rss/redactie/sanne-de-wit/")).entries] == [
        "Dijk bij Zandmeer versterkt"
    ]


def test_dossier_under_the_dossier_index_is_found_by_its_path(tree, client):
    """Dossiers may sit under the dossier overview: their feed follows their own path."""
    from krant.news.models import DossierIndexPage

    index = add_page(tree.home, DossierIndexPage(title="Dossiers", slug="dossiers"))
    dossier = add_page(index, DossierPage(title="Stikstof", slug="stikstof"))
    make_story(tree.binnenland, "Boeren protesteren", slug="boeren", dossiers=[dossier])
    feed = parsed(client.get("/rss/dossiers/stikstof/"))
    assert [entry.title for entry in feed.entries] == ["Boeren protesteren"]


@pytest.mark.parametrize(
    "path",
    [
        "/rss/bestaat-niet/",
        "/atom/economie/bestaat-niet/",
        "/rss/redactie/niemand/",
        "/rss/net-binnen/",  # a page, but not one with a feed
        "/rss/redactie/",
        "/rss/artikelen/",  # the hidden archive
        "/rss/artikelen/2026/",
        "/rss/..%2F..%2Fetc/",
        "/rss/%00/",
        "/atom/" + "x/" * 300,
    ],
)
def test_unknown_or_feedless_pages_are_404(newsroom, client, path):
    """An address that is no section, dossier or author answers 404, never a 500."""
    assert client.get(path).status_code == 404


def test_unpublished_and_private_pages_have_no_feed(newsroom, client):
    """A section that is not live or has a view restriction answers 404: feeds are public."""
    tree = newsroom.tree
    tree.binnenland.unpublish()
    restrict(tree.dossier)
    assert client.get("/rss/binnenland/").status_code == 404
    assert client.get("/atom/verkiezingen/").status_code == 404


def test_static_and_feature_pages_have_no_feed(tree, client):
    """Static and feature pages have no feed of their own."""
    add_page(tree.home, StaticPage(title="Colofon", slug="colofon"))
    add_page(tree.home, FeaturePage(title="Weer", slug="weer", feature="weer"))
    assert client.get("/rss/colofon/").status_code == 404
    assert client.get("/rss/weer/").status_code == 404


def test_guid_survives_new_headline_slug_and_section(newsroom, client):
    """An item's id stays the same when the article gets a new headline, slug or section."""
    before = parsed(client.get("/rss/")).entries[0]
    story = ArticlePage.objects.get(pk=newsroom.story.pk)
    story.title, story.slug, story.home_section = "Dijk klaar", "dijk-klaar", newsroom.tree.binnenland
    publish(story)
    after = parsed(client.get("/rss/")).entries[0]
    assert after.title == "Dijk klaar" and after.link != before.link
    assert after.id == before.id


def test_last_modified_is_the_newest_item_change(newsroom, client):
    """Last-Modified is the newest publish or update of the items, to the second."""
    tree = newsroom.tree
    updated = make_story(tree.binnenland, "Bijgewerkt bericht", slug="bijgewerkt", hours_ago=5)
    moment = timezone.now().replace(microsecond=0) + timedelta(minutes=5)
    ArticlePage.objects.filter(pk=updated.pk).update(updated_at=moment)
    response = client.get("/rss/")
    assert parse_http_date(response["Last-Modified"]) == int(moment.timestamp())


def test_conditional_get_answers_304(newsroom, client):
    """A feed reader that sends the ETag or the Last-Modified date back gets 304 until something changes."""
    first = client.get("/rss/")
    assert first["ETag"] and first["Last-Modified"]
    assert client.get("/rss/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get("/rss/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    earlier = http_date(parse_http_date(first["Last-Modified"]) - 60)
    assert client.get("/rss/", HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200
    with time_machine.travel(timezone.now() + timedelta(minutes=5)):  # HTTP dates count whole seconds
        make_story(newsroom.tree.binnenland, "Nieuw bericht", slug="nieuw", hours_ago=0)
    assert client.get("/rss/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200
    assert client.get("/rss/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 200


def test_feeds_are_public_in_every_cache(newsroom, client):
    """Feeds are the same for everyone: Cache-Control public, for shared caches as long as no purge comes
    (s-maxage), also for a logged-in editor."""
    for url in ("/rss/", "/atom/economie/"):
        assert client.get(url)["Cache-Control"].startswith("public, max-age=1, s-maxage=")
    client.force_login(make_user("redacteur", "Eindredactie"))
    assert client.get("/admin/").cookies["krant_account"].value == "staff"  # as the admin's login sets it
    assert client.get("/rss/")["Cache-Control"] == "public, max-age=60"


def add_stories(tree, author, image, count, start=0):
    for number in range(start, start + count):
        make_story(
            [tree.binnenland, tree.klimaat][number % 2],
            f"Bericht {number}",
            slug=f"bericht-{number}",
            hours_ago=number + 2,
            authors=[author],
            dossiers=[tree.dossier],
            lead_image=image,
        )


FEED_URLS = ["/rss/", "/atom/", "/rss/economie/", "/atom/verkiezingen/", "/rss/redactie/sanne-de-wit/"]


def feed_query_counts(client) -> dict[str, int]:
    """Return the queries each feed costs once its renditions exist."""
    counts = {}
    for url in FEED_URLS:
        client.get(url)  # makes the renditions
        reset_queries()  # the log holds 9,000 queries; making the articles fills it
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)  # read now: the context reads the connection's log lazily
    return counts


def test_query_count_does_not_grow_with_items(newsroom, client, django_assert_num_queries):
    """Every feed costs the same small number of queries with 3 items as with 30."""
    add_stories(newsroom.tree, newsroom.author, newsroom.image, 2)
    with_three = feed_query_counts(client)
    assert max(with_three.values()) <= 12, with_three
    add_stories(newsroom.tree, newsroom.author, newsroom.image, FEED_SIZE, start=2)
    assert len(parsed(client.get("/rss/")).entries) == FEED_SIZE
    for url in FEED_URLS:
        client.get(url)
        reset_queries()
        with django_assert_num_queries(with_three[url]):
            assert client.get(url).status_code == 200


def test_a_publish_rebuilds_only_its_own_entry(newsroom, client):
    """A feed after one article's publish builds that article's entry again; the others are kept until
    their own next publish (a title changed without one stays as it was)."""
    tree = newsroom.tree
    kept = make_story(tree.binnenland, "Eerste bericht", slug="eerste", hours_ago=3)
    changed = make_story(tree.binnenland, "Tweede bericht", slug="tweede", hours_ago=2)
    client.get("/rss/")
    ArticlePage.objects.filter(pk=kept.pk).update(title="Niet gepubliceerd")
    changed.title = "Tweede bericht, bijgewerkt"
    publish(changed)
    for url in ("/rss/", "/atom/"):
        titles = [entry.title for entry in parsed(client.get(url)).entries]
        assert "Tweede bericht, bijgewerkt" in titles and "Eerste bericht" in titles, titles


def test_entries_follow_a_renamed_section(newsroom, client):
    """An entry shows the pages around its article: a section's rename reaches it without the article's
    own publish."""
    story = make_story(newsroom.tree.binnenland, "Bericht", slug="bericht", hours_ago=2)
    client.get("/rss/")
    newsroom.tree.binnenland.title = "Nederland"
    publish(newsroom.tree.binnenland)
    [entry] = [entry for entry in parsed(client.get("/rss/")).entries if entry.title == story.title]
    assert "Nederland" in [tag.term for tag in entry.tags]


def test_feed_links_on_the_front_page(newsroom, client):
    """The front page names the RSS and Atom feeds of all news."""
    page = client.get("/").content.decode()
    links = re.findall(
        r'<link rel="alternate" type="(application/[a-z+]+)" title="([^"]+)" href="([^"]+)">', page
    )
    assert links == [
        ("application/rss+xml", "krant - Alle nieuws", f"{BASE_URL}/rss/"),
        ("application/atom+xml", "krant - Alle nieuws", f"{BASE_URL}/atom/"),
    ]


@pytest.mark.parametrize(
    ("page", "feed_path", "title"),
    [
        ("economie", "economie/", "krant - Economie"),
        ("klimaat", "economie/klimaat/", "krant - Klimaat"),
        ("dossier", "verkiezingen/", "krant - Dossier Verkiezingen"),
        ("author", "redactie/sanne-de-wit/", "krant - Sanne de Wit"),
    ],
)
def test_feed_links_on_section_dossier_and_author_pages(newsroom, client, page, feed_path, title):
    """Section, dossier and author pages name their own feeds first, then all news; each link works."""
    target = newsroom.author if page == "author" else getattr(newsroom.tree, page)
    html = client.get(target.url).content.decode()
    links = re.findall(
        r'<link rel="alternate" type="(application/[a-z+]+)" title="([^"]+)" href="([^"]+)">', html
    )
    assert links == [
        ("application/rss+xml", title, f"{BASE_URL}/rss/{feed_path}"),
        ("application/atom+xml", title, f"{BASE_URL}/atom/{feed_path}"),
        ("application/rss+xml", "krant - Alle nieuws", f"{BASE_URL}/rss/"),
        ("application/atom+xml", "krant - Alle nieuws", f"{BASE_URL}/atom/"),
    ]
    for media_type, _title, href in links:
        response = client.get(urlsplit(href).path)
        assert response.status_code == 200 and response["Content-Type"].startswith(media_type)


def test_private_page_does_not_name_its_feed(newsroom, client):
    """A page behind a view restriction links only the feeds of all news (its own would be a 404)."""
    restriction = restrict(newsroom.tree.economie)
    session = client.session
    session["passed_page_view_restrictions"] = [restriction.pk]  # the reader gave the password
    session.save()
    response = client.get(newsroom.tree.economie.url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "/rss/economie/" not in page
    assert f"{BASE_URL}/rss/" in page
