"""Sitemaps: an index, one sitemap per kind of page, articles per month in pages, and Google News.

Every answer is parsed as XML (defusedxml) and checked against the sitemap protocol: the namespace,
absolute <loc> addresses on the public host, W3C datetimes in <lastmod>, at most 50,000 URLs.
"""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from defusedxml import ElementTree
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.http import parse_http_date

from krant.core.models import SiteSettings, StaticPage
from krant.core.scheduler import publish_due_pages
from krant.feeds import sitemaps
from krant.games.models import GamesPage, Kind, Level
from krant.news.models import ArticlePage, DossierPage, FeaturePage, SectionPage
from krant.scores.models import ALL_KEY, OVERVIEW_KEY, Competition, Round, ScoreboardPage, Status
from krant.scores.services import record_score
from krant.shop.models import Product, ShopPage
from krant.shop.services import import_partner
from tests.factories import add_page, make_article, make_author, publish
from tests.feeds.conftest import BASE_URL, make_story, restrict
from tests.games.conftest import NOON as GAMES_NOON
from tests.games.conftest import TODAY as GAMES_TODAY
from tests.games.conftest import store as store_puzzle
from tests.scores.conftest import add_match, make_league
from tests.shop.conftest import data as shop_data
from tests.shop.conftest import make_partner

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
W3C_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}")
LISTINGS = ["rubrieken", "dossiers", "auteurs", "paginas"]


def check_entries(root, entry_tag: str) -> dict[str, str | None]:
    """Assert the protocol's rules for <url> or <sitemap> entries; return {loc: lastmod}."""
    entries = root.findall(f"{SITEMAP}{entry_tag}")
    assert len(entries) <= 50_000
    result = {}
    for entry in entries:
        loc = entry.findtext(f"{SITEMAP}loc")
        assert loc.startswith(f"{BASE_URL}/"), loc
        assert loc not in result, f"{loc} twice"
        lastmod = entry.findtext(f"{SITEMAP}lastmod")
        assert lastmod is None or W3C_DATETIME.fullmatch(lastmod), lastmod
        result[loc] = lastmod
    return result


def index(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{SITEMAP}sitemapindex"
    return check_entries(root, "sitemap")


def urlset(client, url: str) -> dict[str, str | None]:
    response = client.get(url)
    assert response.status_code == 200, url
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{SITEMAP}urlset"
    return check_entries(root, "url")


def every_url(client) -> set[str]:
    return {
        loc for sitemap in index(client) for loc in urlset(client, urlsplit(sitemap).path + query(sitemap))
    }


def query(url: str) -> str:
    return f"?{urlsplit(url).query}" if urlsplit(url).query else ""


def month_sitemap(article: ArticlePage) -> str:
    month = timezone.localtime(article.first_published_at)
    return f"/sitemap-artikelen-{month:%Y-%m}.xml"


def as_datetime(text: str):
    return parse_datetime(text)


def test_index_names_every_sitemap_and_each_answers(newsroom, client):
    """The index names the listings, Google News and each month with articles; every sitemap answers."""
    locations = index(client)
    expected = [f"{BASE_URL}/sitemap-{name}.xml" for name in [*LISTINGS, "nieuws"]]
    assert list(locations)[:5] == expected
    assert list(locations)[5:] == [f"{BASE_URL}{month_sitemap(newsroom.story)}"]
    for loc in locations:
        assert client.get(urlsplit(loc).path).status_code == 200


def test_every_page_kind_is_in_its_sitemap(newsroom, client):
    """Sections, dossiers, authors, other pages and articles each appear in their sitemap."""
    tree = newsroom.tree
    add_page(tree.home, StaticPage(title="Colofon", slug="colofon"))
    assert set(urlset(client, "/sitemap-rubrieken.xml")) == {
        f"{BASE_URL}/binnenland/",
        f"{BASE_URL}/economie/",
        f"{BASE_URL}/economie/klimaat/",
    }
    assert set(urlset(client, "/sitemap-dossiers.xml")) == {f"{BASE_URL}/verkiezingen/"}
    assert set(urlset(client, "/sitemap-auteurs.xml")) == {
        f"{BASE_URL}/redactie/sanne-de-wit/",
        f"{BASE_URL}/redactie/joris-bakker/",
    }
    assert set(urlset(client, "/sitemap-paginas.xml")) == {
        f"{BASE_URL}/",
        f"{BASE_URL}/net-binnen/",
        f"{BASE_URL}/redactie/",
        f"{BASE_URL}/colofon/",
    }
    assert set(urlset(client, month_sitemap(newsroom.story))) == {
        f"{BASE_URL}/economie/klimaat/{newsroom.story.pk}/dijk-zandmeer/"
    }


def test_archive_year_folders_and_unfinished_features_never_appear(newsroom, client):
    """The hidden article archive, its year folders and a 'coming soon' feature page are in no sitemap."""
    tree = newsroom.tree
    add_page(tree.home, FeaturePage(title="Spellen", slug="spellen", feature="spellen", available=False))
    add_page(tree.home, FeaturePage(title="Weer", slug="weer", feature="weer", available=True))
    locations = every_url(client)
    assert not [loc for loc in locations if "/artikelen/" in loc]
    assert f"{BASE_URL}/spellen/" not in locations
    assert f"{BASE_URL}/weer/" in locations


def hidden_articles(tree) -> list[ArticlePage]:
    """Return one article of every kind readers may not see, each first published an hour ago or never."""
    draft = make_article(tree.binnenland, "Concept", slug="concept", published=False)
    embargoed = make_article(tree.binnenland, "Embargo", slug="embargo", published=False)
    embargoed.go_live_at = timezone.now() + timedelta(hours=2)
    embargoed.save_revision().publish()
    expired = make_story(tree.binnenland, "Verlopen", slug="verlopen")
    ArticlePage.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    withdrawn = make_story(tree.binnenland, "Ingetrokken", slug="ingetrokken")
    withdrawn.unpublish()
    private = make_story(tree.binnenland, "Besloten", slug="besloten")
    restrict(private)
    return [draft, embargoed, expired, withdrawn, private]


def test_hidden_articles_never_appear(newsroom, client):
    """Unpublished, embargoed, expired, withdrawn and private articles are in no sitemap at all."""
    hidden = hidden_articles(newsroom.tree)
    locations = every_url(client)
    assert {loc for loc in locations if "/binnenland/" in loc} == {f"{BASE_URL}/binnenland/"}
    assert not [loc for loc in locations if any(f"/{article.pk}/" in loc for article in hidden)]
    publish_due_pages()  # the scheduler unpublishes the expired one; still nowhere
    assert not ArticlePage.objects.get(slug="verlopen").live
    assert every_url(client) == locations


def test_month_of_only_hidden_articles_is_not_listed(tree, client, django_capture_on_commit_callbacks):
    """A month whose only article was withdrawn disappears from the index and answers 404."""
    old = make_story(tree.binnenland, "Oud bericht", slug="oud", hours_ago=24 * 80)
    assert f"{BASE_URL}{month_sitemap(old)}" in index(client)
    with django_capture_on_commit_callbacks(execute=True):  # committed, as in the admin
        old.unpublish()
    assert f"{BASE_URL}{month_sitemap(old)}" not in index(client)
    assert client.get(month_sitemap(old)).status_code == 404


def test_the_kept_months_follow_publishes_without_a_recount(tree, client):
    """Once counted, the months follow each publish: a new month appears and a republished old article
    moves its month's lastmod, counting only those months again, never every article."""
    old = make_story(tree.binnenland, "Oud", slug="oud", hours_ago=24 * 70)
    ArticlePage.objects.filter(pk=old.pk).update(last_published_at=old.first_published_at)
    make_story(tree.binnenland, "Recent", slug="recent", hours_ago=2)
    assert as_datetime(index(client)[f"{BASE_URL}{month_sitemap(old)}"]) == old.first_published_at.replace(
        microsecond=0
    )
    older = make_story(tree.binnenland, "Ouder", slug="ouder", hours_ago=24 * 200)
    publish(ArticlePage.objects.get(pk=old.pk))  # a correction: republished now
    with CaptureQueriesContext(connection) as captured:
        locations = index(client)
    assert f"{BASE_URL}{month_sitemap(older)}" in locations
    republished = ArticlePage.objects.get(pk=old.pk).last_published_at.replace(microsecond=0)
    assert as_datetime(locations[f"{BASE_URL}{month_sitemap(old)}"]) == republished
    grouped = [query["sql"] for query in captured if "GROUP BY" in query["sql"].upper()]
    recounts = [sql for sql in grouped if "first_published_at" in sql and ">=" in sql]
    assert len(recounts) == 1  # the two changed months, by index ranges, in one query


def test_private_and_unpublished_listing_pages_never_appear(newsroom, client):
    """A section, dossier or author page that is not live or has a view restriction is left out."""
    tree = newsroom.tree
    tree.binnenland.unpublish()
    restrict(tree.economie)  # and with it its subsection
    restrict(tree.dossier)
    newsroom.second_author.unpublish()
    assert urlset(client, "/sitemap-rubrieken.xml") == {}
    assert urlset(client, "/sitemap-dossiers.xml") == {}
    assert set(urlset(client, "/sitemap-auteurs.xml")) == {f"{BASE_URL}/redactie/sanne-de-wit/"}


def test_article_lastmod_is_its_newest_change(newsroom, client):
    """An article's lastmod is its newest publish or marked update, in W3C form with the offset."""
    story = newsroom.story
    updated = timezone.now().replace(microsecond=0) + timedelta(minutes=10)
    ArticlePage.objects.filter(pk=story.pk).update(updated_at=updated)
    [lastmod] = urlset(client, month_sitemap(story)).values()
    assert as_datetime(lastmod) == updated
    assert lastmod.endswith(timezone.localtime(updated).strftime("%z")[:3] + ":00")


def test_listing_lastmod_follows_its_newest_article(newsroom, client):
    """A section, dossier or author changes when an article appears on it, also via a subsection."""
    tree = newsroom.tree
    later = timezone.now() + timedelta(hours=3)
    with time_machine.travel(later, tick=False):
        make_story(tree.klimaat, "Nieuw in klimaat", slug="nieuw", hours_ago=0, authors=[newsroom.author])
    expected = later.replace(microsecond=0)
    sections = urlset(client, "/sitemap-rubrieken.xml")
    assert as_datetime(sections[f"{BASE_URL}/economie/"]) == expected
    assert as_datetime(sections[f"{BASE_URL}/economie/klimaat/"]) == expected
    assert as_datetime(sections[f"{BASE_URL}/binnenland/"]) < expected
    authors = urlset(client, "/sitemap-auteurs.xml")
    assert as_datetime(authors[f"{BASE_URL}/redactie/sanne-de-wit/"]) == expected
    assert as_datetime(authors[f"{BASE_URL}/redactie/joris-bakker/"]) < expected
    pages = urlset(client, "/sitemap-paginas.xml")
    assert as_datetime(pages[f"{BASE_URL}/"]) == expected
    assert as_datetime(pages[f"{BASE_URL}/net-binnen/"]) == expected


def listing_lastmods(client) -> dict[str, str]:
    """Return {listing sitemap: its lastmod in the index}, asserting it is its newest entry's."""
    entries = index(client)
    lastmods = {}
    for name in ["rubrieken", "dossiers", "auteurs"]:
        lastmods[name] = entries[f"{BASE_URL}/sitemap-{name}.xml"]
        assert lastmods[name] == max(urlset(client, f"/sitemap-{name}.xml").values()), name
    return lastmods


def test_index_lastmod_of_listings_follows_a_publish_and_an_unpublish(
    newsroom, client, django_capture_on_commit_callbacks
):
    """The index dates each listing sitemap by the newest article on any of its pages (read from the
    listing index, in a constant number of queries) and goes back when that article is withdrawn."""
    tree = newsroom.tree
    before = listing_lastmods(client)
    queries = query_count(client, "/sitemap.xml")
    later = timezone.now() + timedelta(hours=3)
    with time_machine.travel(later, tick=False), django_capture_on_commit_callbacks(execute=True):
        story = make_story(tree.klimaat, "Nieuw", slug="nieuw", hours_ago=0, authors=[newsroom.author])
        make_story(tree.binnenland, "Ouder", slug="ouder", hours_ago=24 * 40, dossiers=[tree.dossier])
    expected = later.replace(microsecond=0)
    after = listing_lastmods(client)
    assert as_datetime(after["rubrieken"]) == expected
    assert as_datetime(after["auteurs"]) == expected
    assert after["dossiers"] == before["dossiers"]  # its new article is older than its newest
    assert query_count(client, "/sitemap.xml") == queries
    with django_capture_on_commit_callbacks(execute=True):
        ArticlePage.objects.get(pk=story.pk).unpublish()
    assert listing_lastmods(client) == before


def test_articles_are_split_per_month_with_their_own_lastmod(tree, client):
    """Each month has its own sitemap whose index lastmod is the newest change in that month."""
    recent = make_story(tree.binnenland, "Recent", slug="recent", hours_ago=2)
    old = make_story(tree.binnenland, "Oud", slug="oud", hours_ago=24 * 70)
    ArticlePage.objects.filter(pk=old.pk).update(last_published_at=old.first_published_at)
    locations = index(client)
    assert as_datetime(locations[f"{BASE_URL}{month_sitemap(old)}"]) == old.first_published_at.replace(
        microsecond=0
    )
    assert list(urlset(client, month_sitemap(old))) == [f"{BASE_URL}/binnenland/{old.pk}/oud/"]
    assert f"{BASE_URL}/binnenland/{recent.pk}/recent/" in urlset(client, month_sitemap(recent))


def test_a_full_month_continues_on_more_pages(tree, client, monkeypatch):
    """A month with more articles than fit one sitemap continues at ?p=2 and so on, oldest first."""
    monkeypatch.setattr(sitemaps, "ARTICLES_PER_SITEMAP", 2)
    monkeypatch.setattr(sitemaps.ArticleSitemap, "limit", 2)
    now = timezone.localtime()
    stories = [
        make_story(tree.binnenland, f"Bericht {number}", slug=f"bericht-{number}", hours_ago=0)
        for number in range(5)
    ]
    for minutes, story in enumerate(stories):  # all in this month, a minute apart
        ArticlePage.objects.filter(pk=story.pk).update(
            first_published_at=now.replace(day=1, hour=0, minute=minutes)
        )
    path = month_sitemap(ArticlePage.objects.get(pk=stories[0].pk))
    assert [loc for loc in index(client) if "artikelen" in loc] == [
        f"{BASE_URL}{path}",
        f"{BASE_URL}{path}?p=2",
        f"{BASE_URL}{path}?p=3",
    ]
    pages = [list(urlset(client, f"{path}?p={number}")) for number in (1, 2, 3)]
    slugs = [[loc.split("/")[-2] for loc in page] for page in pages]
    assert slugs == [["bericht-0", "bericht-1"], ["bericht-2", "bericht-3"], ["bericht-4"]]
    for bad in ("4", "0", "-1", "twee", "1.5", "%00", "9" * 400):
        assert client.get(f"{path}?p={bad}").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-artikelen-2001-01.xml",  # no articles that month
        "/sitemap-artikelen-0000-01.xml",
        "/sitemap-artikelen-9999-12.xml",
        "/sitemap-artikelen-2026-13.xml",
        "/sitemap-artikelen-2026-1.xml",
        "/sitemap-onbekend.xml",
        "/sitemap-artikelen.xml",
    ],
)
def test_unknown_sitemaps_are_404(newsroom, client, path):
    """An address that names no sitemap answers 404, never a 500."""
    assert client.get(path).status_code == 404


def test_news_sitemap_has_the_last_two_days(newsroom, client):
    """Google News gets the articles of the last 48 hours with publication, language, date and title."""
    tree = newsroom.tree
    setting = SiteSettings.for_site(tree.site)
    setting.publication_name = "Het Dagblad"
    setting.save()
    make_story(tree.binnenland, "Van gisteren", slug="gisteren", hours_ago=30)
    make_story(tree.binnenland, "Van eergisteren", slug="eergisteren", hours_ago=49)
    response = client.get("/sitemap-nieuws.xml")
    root = ElementTree.fromstring(response.content)
    entries = check_entries(root, "url")
    assert {loc.split("/")[-2] for loc in entries} == {"dijk-zandmeer", "gisteren"}
    for url in root.findall(f"{SITEMAP}url"):
        news = url.find(f"{NEWS}news")
        assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Het Dagblad"
        assert news.findtext(f"{NEWS}publication/{NEWS}language") == "nl"
        assert W3C_DATETIME.fullmatch(news.findtext(f"{NEWS}publication_date"))
        assert news.findtext(f"{NEWS}title") in {"Dijk bij Zandmeer versterkt", "Van gisteren"}
    story_url = next(
        url for url in root.findall(f"{SITEMAP}url") if "dijk-zandmeer" in url.findtext(f"{SITEMAP}loc")
    )
    published = story_url.findtext(f"{NEWS}news/{NEWS}publication_date")
    assert as_datetime(published) == newsroom.story.first_published_at.replace(microsecond=0)


def test_news_sitemap_without_recent_articles_is_empty_not_an_error(tree, client):
    """With nothing published in two days the news sitemap is a valid, empty urlset."""
    make_story(tree.binnenland, "Oud", slug="oud", hours_ago=24 * 5)
    assert urlset(client, "/sitemap-nieuws.xml") == {}


def test_sitemaps_answer_conditional_requests(newsroom, client):
    """Sitemaps carry Last-Modified (the newest lastmod) and an ETag, and answer 304 to either."""
    for path in (
        "/sitemap.xml",
        month_sitemap(newsroom.story),
        "/sitemap-rubrieken.xml",
        "/sitemap-nieuws.xml",
    ):
        response = client.get(path)
        assert response["Cache-Control"].startswith("public, max-age=")
        assert parse_http_date(response["Last-Modified"])
        assert client.get(path, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
        assert client.get(path, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"]).status_code == 304


def query_count(client, path: str) -> int:
    client.get(path)
    reset_queries()  # the log holds 9,000 queries; making the articles fills it
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)  # read now: the context reads the connection's log lazily


def test_query_counts_do_not_grow_with_articles_or_months(newsroom, client):
    """The index, a month and the news sitemap cost the same queries with 1 article or 12, in 1 month or 4."""
    tree, author = newsroom.tree, make_author(newsroom.tree, "Piet Veld")
    paths = [
        "/sitemap.xml",
        month_sitemap(newsroom.story),
        "/sitemap-nieuws.xml",
        *(f"/sitemap-{n}.xml" for n in LISTINGS),
    ]
    before = {path: query_count(client, path) for path in paths}
    for number in range(12):
        make_story(
            [tree.binnenland, tree.klimaat][number % 2],
            f"Bericht {number}",
            slug=f"bericht-{number}",
            hours_ago=1 + number * 24 * 10 * (number % 4 == 0),  # some in earlier months
            authors=[author],
            dossiers=[tree.dossier],
        )
    assert len([loc for loc in index(client) if "artikelen" in loc]) >= 3
    after = {path: query_count(client, path) for path in paths}
    assert after == before
    assert before.pop("/sitemap.xml") <= 25  # it asks every listing for its lastmod
    assert max(before.values()) <= 8, before


def test_listing_lastmod_per_page_in_one_query_for_any_number_of_pages(newsroom, client):
    """Each section, dossier and author is dated by its newest article, an extra section's included, in
    the same queries for one page or many; a page that never had an article has its own publish."""
    tree = newsroom.tree
    queries = {name: query_count(client, f"/sitemap-{name}.xml") for name in ["rubrieken", "dossiers"]}
    empty = add_page(tree.home, DossierPage(title="Nog leeg", slug="nog-leeg"))
    add_page(tree.economie, SectionPage(title="Nieuw", slug="nieuw"))
    later = timezone.now() + timedelta(hours=3)
    with time_machine.travel(later, tick=False):
        story = make_story(tree.klimaat, "Ook binnenland", slug="ook-binnenland", hours_ago=0)
        story.sections.add(tree.binnenland)
        publish(story)
    sections = urlset(client, "/sitemap-rubrieken.xml")
    assert as_datetime(sections[f"{BASE_URL}/binnenland/"]) == later.replace(microsecond=0)
    assert as_datetime(sections[f"{BASE_URL}/economie/nieuw/"]) < later.replace(microsecond=0)
    dossiers = urlset(client, "/sitemap-dossiers.xml")
    assert as_datetime(dossiers[f"{BASE_URL}/nog-leeg/"]) == empty.last_published_at.replace(microsecond=0)
    assert {name: query_count(client, f"/sitemap-{name}.xml") for name in queries} == queries


def test_scoreboard_competitions_and_rounds_are_in_their_sitemap_dated_by_their_newest_match(
    tree, client, django_capture_on_commit_callbacks
):
    """The Scorebord's sitemap names each competition and round, dated by its newest match change (a
    score recorded later moves both), or by the Scorebord's publish while it has none; the index names it
    with the newest date."""
    board = add_page(tree.home, ScoreboardPage(title="Scorebord", slug="scorebord"))
    league = make_league()
    second = Round.objects.create(competition=league.competition, number=2, name="Speelronde 2")
    add_match(league, "Zandmeer", "Dijkhuizen", score=(1, 0))
    match = add_match(league, "Meeuwen", "Veenendorp", round_=second)
    Competition.objects.create(name="Bekertoernooi", slug="beker")
    later = timezone.now().replace(microsecond=0) + timedelta(hours=2)
    with time_machine.travel(later, tick=False), django_capture_on_commit_callbacks(execute=True):
        record_score(match, 2, 2, Status.FINISHED)
    entries = {loc: as_datetime(lastmod) for loc, lastmod in urlset(client, "/sitemap-scorebord.xml").items()}
    first_round = entries.pop(f"{BASE_URL}/scorebord/polderdivisie/ronde/1/")
    assert entries == {
        f"{BASE_URL}/scorebord/polderdivisie/": later,
        f"{BASE_URL}/scorebord/beker/": board.last_published_at.replace(microsecond=0),
        f"{BASE_URL}/scorebord/polderdivisie/ronde/2/": later,
    }
    assert first_round < later
    assert as_datetime(index(client)[f"{BASE_URL}/sitemap-scorebord.xml"]) == later
    for loc in [*entries, f"{BASE_URL}/scorebord/polderdivisie/ronde/1/"]:
        assert client.get(urlsplit(loc).path).status_code == 200, loc


def test_scoreboard_sitemap_and_index_carry_the_keys_a_new_score_purges(tree, client):
    """The Scorebord's sitemap and the index name the keys an editor's change (`scores`) and every
    recorded score (`scores:overview`, scores.services.announce) purge, so no cache keeps an old date."""
    add_page(tree.home, ScoreboardPage(title="Scorebord", slug="scorebord"))
    add_match(make_league(), "Zandmeer", "Dijkhuizen")
    for path in ("/sitemap-scorebord.xml", "/sitemap.xml"):
        assert {ALL_KEY, OVERVIEW_KEY} <= set(client.get(path)["xkey"].split()), path


def test_without_a_scoreboard_its_sitemap_is_empty_and_not_in_the_index(newsroom, client):
    """Competitions without a published Scorebord page have no address: an empty urlset, no index entry."""
    make_league()
    assert urlset(client, "/sitemap-scorebord.xml") == {}
    assert f"{BASE_URL}/sitemap-scorebord.xml" not in index(client)
    # The Scorebord's keys all the same: its first competition or page purges the index.
    assert {ALL_KEY, OVERVIEW_KEY} <= set(client.get("/sitemap.xml")["xkey"].split())


def test_shop_category_pages_are_in_their_sitemap(newsroom, client):
    """Each category with offers in the shop is listed, dated by its newest price change; the index names
    the sitemap only once the shop has offers."""
    with time_machine.travel("2026-11-01T08:00:00Z", tick=False):
        add_page(newsroom.tree.home, ShopPage(title="Shop", slug="shop"))
    assert f"{BASE_URL}/sitemap-shop.xml" not in index(client)
    partner = make_partner()
    with time_machine.travel("2026-12-01T08:00:00Z", tick=False):
        import_partner(partner, shop_data("rss.xml"))
    Product.objects.filter(offer_id="A-2").update(hidden=True)  # gone from the feed: its category too
    assert urlset(client, "/sitemap-shop.xml") == {f"{BASE_URL}/shop/boeken/": "2026-12-01T09:00:00+01:00"}
    assert f"{BASE_URL}/sitemap-shop.xml" in index(client)
    assert "shop" in client.get("/sitemap-shop.xml")["xkey"].split()


def test_puzzle_pages_of_today_and_the_archive_are_in_their_sitemap(newsroom, client):
    """Today's and the archive's puzzles are listed, tomorrow's never; the sitemap lasts until midnight."""
    add_page(newsroom.tree.home, GamesPage(title="Spellen", slug="spellen"))
    with time_machine.travel(GAMES_NOON, tick=False):
        assert f"{BASE_URL}/sitemap-spellen.xml" not in index(client)
        store_puzzle(Kind.SUDOKU, Level.EASY, GAMES_TODAY)
        store_puzzle(Kind.BINAIRO, Level.STANDARD, GAMES_TODAY - timedelta(days=3), grids_of=GAMES_TODAY)
        store_puzzle(Kind.BINAIRO, Level.STANDARD, GAMES_TODAY + timedelta(days=1), grids_of=GAMES_TODAY)
        assert urlset(client, "/sitemap-spellen.xml") == {
            f"{BASE_URL}/spellen/sudoku/2026-12-06/makkelijk/": "2026-12-06T00:00:00+01:00",
            f"{BASE_URL}/spellen/binairo/2026-12-03/": "2026-12-03T00:00:00+01:00",
        }
        assert f"{BASE_URL}/sitemap-spellen.xml" in index(client)
        response = client.get("/sitemap-spellen.xml")
        assert "games" in response["xkey"].split()
        assert "s-maxage=43200, stale-while-revalidate=0" in response["Cache-Control"]  # noon to midnight
        index_response = client.get("/sitemap.xml")
        assert "s-maxage=43200, stale-while-revalidate=0" in index_response["Cache-Control"]
