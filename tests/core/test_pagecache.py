"""The page cache: hits, exact purges per kind of change, variants per language and consent, nothing personal.

Transactional tests: purges wait for the commit (krant.core.purge), as in production.
"""

import gzip
import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client, RequestFactory
from django.test.signals import template_rendered
from django.utils import timezone

from krant.core.models import QuickLink, SiteSettings, StaticPage
from krant.core.pagecache import MEMO_BYTES, VARIES, Entry, PageStore, pages
from krant.news.models import ArticleAuthor, ArticlePage
from tests.factories import add_page, make_article, make_author, make_site, make_user, publish

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def cache_states(client, urls) -> dict[str, str]:
    """Return {url: 'hit', 'miss' (rendered and stored) or 'none' (rendered, not stored)}."""
    states = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 410), (url, response.status_code)
        states[url] = response.get("X-Cache", "none")
    return states


@pytest.fixture
def newsroom(page_cache):
    tree = make_site()
    tree.author = make_author(tree)
    tree.story = make_article(tree.klimaat, "Zeespiegel stijgt sneller")
    tree.story.dossiers.add(tree.dossier)
    ArticleAuthor.objects.create(article=tree.story, author=tree.author)
    tree.story = publish(tree.story)
    tree.other = make_article(tree.binnenland, "Nieuwe rotonde in Zandmeer")
    tree.colofon = add_page(tree.home, StaticPage(title="Colofon", slug="colofon"))
    return tree


def test_a_second_request_is_a_hit_with_the_same_bytes_gzip_and_304(newsroom, client):
    """The first anonymous request renders and stores; the next gets the same bytes from the cache, gzipped
    when asked, and a 304 for its ETag."""
    url = newsroom.story.url
    first = client.get(url)
    assert first["X-Cache"] == "miss"
    second = client.get(url)
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Content-Type"] == first["Content-Type"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "s-maxage=" in second["Cache-Control"]
    assert f"article:{newsroom.story.pk}" in second["xkey"].split()
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert compressed["X-Cache"] == "hit"
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == first.content
    again = client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=compressed["ETag"])
    assert again.status_code == 304


def test_a_page_says_when_it_was_rendered_and_every_hit_says_the_same(newsroom, client):
    """Last-Modified is the moment the render began, kept by the cache, so a page's live script asks for
    the events since what it shows however long the page was kept (krant.live); a 304 answers it too."""
    url = newsroom.story.url
    with time_machine.travel(datetime(2026, 12, 6, 20, 0, 5, tzinfo=UTC), tick=False):
        first = client.get(url)
    with time_machine.travel(datetime(2026, 12, 6, 20, 0, 35, tzinfo=UTC), tick=False):
        second = client.get(url)
        unchanged = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert first["Last-Modified"] == second["Last-Modified"] == "Sun, 06 Dec 2026 20:00:05 GMT"
    assert unchanged.status_code == 304


def test_publishing_an_article_purges_exactly_the_pages_that_show_it(newsroom, client):
    """An edited headline of an article in Klimaat (under Economie), in a dossier, by an author: its page,
    the front page, both sections, Net binnen, the dossier, the author, the feeds and the API listing
    render again; pages that do not show it stay in the cache."""
    story, tree = newsroom.story, newsroom
    showing = [
        story.url,
        "/",
        tree.klimaat.url,
        tree.economie.url,
        tree.latest.url,
        tree.dossier.url,
        tree.author.url,
        "/rss/",
        "/rss/economie/klimaat/",
        "/api/v1/articles/",
        f"/api/v1/articles/{story.pk}/",
    ]
    not_showing = [
        tree.other.url,
        tree.binnenland.url,
        tree.colofon.url,
        "/rss/binnenland/",
        f"/api/v1/articles/{tree.other.pk}/",
    ]
    cache_states(client, showing + not_showing)
    assert set(cache_states(client, showing + not_showing).values()) == {"hit"}

    story.title = "Zeespiegel stijgt nog sneller"
    publish(story)

    states = cache_states(client, showing + not_showing)
    assert {url: states[url] for url in showing} == dict.fromkeys(showing, "miss")
    assert {url: states[url] for url in not_showing} == dict.fromkeys(not_showing, "hit")
    assert "Zeespiegel stijgt nog sneller" in client.get("/").content.decode()


def test_a_render_straddling_a_publish_is_kept_by_no_cache(newsroom, client):
    """The purge race: a reader's render has read the article when the editor's publish commits and purges;
    then the render ends, showing the old headline. Our store does not keep it (the purge token moved
    during the render) and neither may Varnish, which was purged before this answer reached it: no-store,
    no keys. The next request renders the new headline."""
    story = newsroom.story

    def publish_during_render(**kwargs):  # the page's objects are loaded, its template starts
        template_rendered.disconnect(publish_during_render)
        story.title = "Zeespiegel stijgt nog sneller"
        publish(story)

    template_rendered.connect(publish_during_render)
    try:
        straddling = client.get(story.url)
    finally:
        template_rendered.disconnect(publish_during_render)
    assert b"Zeespiegel stijgt sneller" in straddling.content
    assert straddling["Cache-Control"] == "no-store"
    assert "xkey" not in straddling
    assert "X-Cache" not in straddling
    after = client.get(story.url)
    assert after["X-Cache"] == "miss"
    assert b"Zeespiegel stijgt nog sneller" in after.content
    assert "s-maxage=" in after["Cache-Control"]


def test_unpublishing_takes_the_article_off_every_cached_listing(newsroom, client):
    """A withdrawal purges its page (now 410) and every listing showing it; a republish brings it back."""
    story = newsroom.story
    urls = [story.url, "/", newsroom.klimaat.url]
    cache_states(client, urls)
    ArticlePage.objects.get(pk=story.pk).unpublish()
    assert client.get(story.url).status_code == 410
    assert "Zeespiegel stijgt sneller" not in client.get("/").content.decode()
    assert client.get(story.url)["X-Cache"] == "hit"  # the 410 is cached too ...
    publish(ArticlePage.objects.get(pk=story.pk))
    assert client.get(story.url).status_code == 200  # ... until the article is back


def test_a_menu_change_purges_the_pages_but_not_the_api(newsroom, client):
    """Menus and site settings are on every reader page (`menus`), not in the API's articles."""
    html = [newsroom.other.url, newsroom.colofon.url, newsroom.binnenland.url]
    api = [f"/api/v1/articles/{newsroom.other.pk}/"]
    cache_states(client, html + api)
    QuickLink.objects.create(
        setting=SiteSettings.for_site(newsroom.site), label="Puzzels", link_url="https://puzzels.example/"
    )
    states = cache_states(client, html + api)
    assert {url: states[url] for url in html} == dict.fromkeys(html, "miss")
    assert states[api[0]] == "hit"
    assert "Puzzels" in client.get(newsroom.colofon.url).content.decode()


def test_a_static_page_purges_only_itself(newsroom, client):
    """Publishing a static page purges its own address (and the menus only if it may be in one)."""
    cache_states(client, [newsroom.colofon.url, newsroom.story.url, "/api/v1/articles/"])
    newsroom.colofon.title = "Over ons"
    publish(newsroom.colofon)
    assert client.get(newsroom.colofon.url)["X-Cache"] == "miss"
    assert client.get("/api/v1/articles/")["X-Cache"] == "hit"


def test_each_language_and_consent_choice_has_its_own_entry(newsroom, client):
    """Dutch and English are separate addresses; a page that reads the consent choice is kept per choice,
    and a cookie that is not a choice we wrote counts as no choice."""
    assert cache_states(client, ["/", "/en/"]) == {"/": "miss", "/en/": "miss"}
    assert 'lang="en"' in client.get("/en/").content.decode()
    assert 'lang="nl"' in client.get("/").content.decode()[:200]

    chosen = Client()
    chosen.cookies["krant_consent"] = "v1:social"
    first = chosen.get("/")
    assert first["X-Cache"] == "miss"
    assert chosen.get("/")["X-Cache"] == "hit"
    assert "Cookie" in first["Vary"]
    assert first.content != client.get("/").content  # the banner is gone once a reader chose

    bogus = Client()
    bogus.cookies["krant_consent"] = "v1:alles"
    answer = bogus.get("/")
    assert answer["X-Cache"] == "hit"
    assert answer.content == client.get("/").content


def test_editors_are_never_served_nor_stored(newsroom, client):
    """A logged-in editor gets a private page, never a cached one, and nothing of theirs is stored."""
    assert client.get("/")["X-Cache"] == "miss"
    editor = Client()
    editor.force_login(make_user("redacteur", "Eindredactie", first_name="Renske"))
    # A login answers with the account cookie (krant.community.middleware); force_login skips that
    # answer, so the editor's first request to Django (here the admin) gets it.
    assert editor.get("/admin/").cookies["krant_account"].value == "staff"
    for url in ("/", newsroom.colofon.url, newsroom.story.url):
        response = editor.get(url)
        assert "X-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert "xkey" not in response
    # The editor's visits stored nothing: the anonymous reader renders those pages first.
    assert client.get(newsroom.colofon.url)["X-Cache"] == "miss"
    for url in ("/", newsroom.colofon.url):
        entry = pages.find(RequestFactory().get(url).META, {})
        stored = entry.body + repr(entry.headers).encode()
        for personal in (b"redacteur", b"Renske", b"csrfmiddlewaretoken", b"sessionid", b"csrftoken"):
            assert personal not in stored, (url, personal)


def test_pages_that_name_no_content_are_not_stored(newsroom, client):
    """Search results declare no keys: every search runs, and counts against its rate limit."""
    assert "X-Cache" not in client.get("/zoeken/?q=zeespiegel")
    assert "X-Cache" not in client.get("/zoeken/?q=zeespiegel")


def test_a_scheduled_go_live_bounds_every_cache_lifetime(newsroom, client):
    """With an embargoed article due in two minutes, no cache may keep a page longer than that, so it
    appears on time even while the scheduler is stopped."""
    embargoed = make_article(newsroom.binnenland, "Onder embargo", published=False)
    embargoed.go_live_at = timezone.now() + timedelta(minutes=2)
    embargoed.save_revision().publish()
    cache_control = client.get("/")["Cache-Control"]
    shared_max_age = int(re.search(r"s-maxage=(\d+)", cache_control).group(1))
    assert 0 < shared_max_age <= 120


def test_a_process_memo_keeps_to_its_byte_budget():
    """However many distinct addresses a crawler asks for, the hot entries a process keeps in memory stay
    within MEMO_BYTES; the most recently served are the ones kept."""
    store = PageStore()
    for number in range(2000):
        body = b"x" * (5_000 + 40 * (number % 1000))
        entry = Entry(200, "OK", [], body, body[:1000], None, None, {}, float("inf"), float("inf"), 1)
        store.remember(f"address-{number}", entry, "token")
        store.remember(f"address-{number}|varies", VARIES, "token")
        assert store.memo_bytes <= MEMO_BYTES
    held = sum(len(entry.body) + len(entry.gzipped) for entry, _, _ in store.memo.values() if entry != VARIES)
    assert held <= MEMO_BYTES
    assert "address-1999" in store.memo
    assert "address-0" not in store.memo
    store.clear_memo()
    assert store.memo_bytes == 0


def test_a_members_pages_are_the_anonymous_bytes_from_the_cache(newsroom, client):
    """A logged-in member (session and account cookie) reads the same cached pages as anyone."""
    from tests.community.conftest import make_member

    reader = Client()
    reader.force_login(make_member())
    reader.get("/community/")  # the account cookie, as a login sets it
    assert reader.cookies["krant_account"].value == "member"
    for url in ("/", newsroom.story.url):
        anonymous = client.get(url)
        for_member = reader.get(url)
        assert for_member["X-Cache"] == "hit", url
        assert for_member.content == anonymous.content, url
        assert "public" in for_member["Cache-Control"]


def test_a_members_render_is_stored_as_the_anonymous_page(newsroom, client):
    """A member who is first to ask renders the page for everyone: nothing of theirs is in it."""
    from tests.community.conftest import make_member

    reader = Client()
    reader.force_login(make_member(name="Lezer Uit Zandmeer"))
    reader.get("/community/")  # the account cookie, as a login sets it
    first = reader.get(newsroom.story.url)
    assert first["X-Cache"] == "miss"
    anonymous = client.get(newsroom.story.url)
    assert anonymous["X-Cache"] == "hit"
    assert anonymous.content == first.content
    assert b"Lezer Uit Zandmeer" not in anonymous.content


def test_the_personal_request_is_never_cached(newsroom, client):
    """/community/ik/ tells who is logged in: no-store, never in the page cache, for anyone."""
    from tests.community.conftest import make_member

    reader = Client()
    reader.force_login(make_member())
    for visitor in (client, reader, client, reader):
        response = visitor.get("/community/ik/")
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        assert "X-Cache" not in response
    assert reader.get("/community/ik/").json()["member"]["name"] == "Zeeuwse Lezer"
    assert client.get("/community/ik/").json() == {"member": None}


def test_english_account_pages_are_never_stored(newsroom, client):
    """/en/community/ pages, like /community/ ones, show the reader's own account: never in the page cache."""
    from tests.community.conftest import make_member

    reader = Client()
    reader.force_login(make_member())
    for visitor in (client, client, reader, reader):
        for url in ("/en/community/inloggen/", "/en/community/ik/", "/community/inloggen/"):
            response = visitor.get(url)
            assert response.status_code in (200, 302), url  # a member at the login goes on
            assert "X-Cache" not in response and "public" not in response["Cache-Control"], url


def test_a_restricted_page_is_private_for_whoever_may_see_it(newsroom, client):
    """A page behind a login is never stored, or a member's visit would show it to everyone."""
    from wagtail.models import PageViewRestriction

    from tests.community.conftest import make_member

    PageViewRestriction.objects.create(page=newsroom.colofon, restriction_type=PageViewRestriction.LOGIN)
    reader = Client()
    reader.force_login(make_member())
    response = reader.get(newsroom.colofon.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "X-Cache" not in response
    assert client.get(newsroom.colofon.url).status_code == 302
