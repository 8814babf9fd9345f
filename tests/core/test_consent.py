"""The consent manager: banner, choice cookie, settings page, embeds behind consent, cacheable pages."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from krant.core.consent import COOKIE_MAX_AGE, COOKIE_NAME
from krant.core.models import ConsentPage
from tests.factories import add_page, make_article

CHOICE_URL = reverse("consent_choice")
OWN_ORIGIN = "http://testserver"
VIDEO_URL = "https://www.youtube.com/watch?v=krant-dijk"
VIDEO_HTML = (
    '<iframe src="https://www.youtube-nocookie.com/embed/krant-dijk" title="Dijkversterking in beeld" '
    'width="560" height="315" allowfullscreen></iframe>'
)
BANNER = '<section class="consent-banner" aria-labelledby="privacykeuze-titel">'
PLACEHOLDER = "wordt pas geladen als je toestemming geeft voor sociale media"


@pytest.fixture
def consent_page(tree):
    return add_page(
        tree.home,
        ConsentPage(title="Privacy-instellingen", slug="privacy-instellingen", intro="Kies zelf."),
    )


@pytest.fixture
def video_article(tree):
    """An article with a YouTube embed; the outside service is replaced by a stored embed.

    Wagtail keeps every embed it fetched in its Embed table and looks there first, so with this row in
    place rendering the article never goes to the network.
    """
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html=VIDEO_HTML,
        title="Dijkversterking in beeld",
        provider_name="YouTube",
        width=560,
        height=315,
    )
    body = [
        {"type": "paragraph", "value": "<p>Het waterschap liet de werkzaamheden filmen.</p>"},
        {"type": "embed", "value": {"embed": VIDEO_URL, "caption": "De dijk in beeld"}},
    ]
    return make_article(tree.binnenland, "Dijk in beeld", body=body)


def choose(client, data, **headers):
    """Post a consent form the way a page of this site does: with this site's Origin."""
    headers.setdefault("HTTP_ORIGIN", OWN_ORIGIN)
    return client.post(CHOICE_URL, data, **headers)


def chosen(response) -> str:
    return response.cookies[COOKIE_NAME].value


# --- The banner -------------------------------------------------------------------------------------


def test_first_visit_shows_the_banner(consent_page, client):
    """Before any choice every page opens with the banner: two equal buttons and a link to the settings."""
    html = client.get("/").content.decode()
    assert BANNER in html
    assert f'<form class="consent-banner__form" method="post" action="{CHOICE_URL}">' in html
    assert 'value="all">Alles accepteren</button>' in html
    assert 'value="necessary">Alleen noodzakelijk</button>' in html
    assert f'href="{consent_page.url}">Instellingen</a>' in html
    assert html.index(BANNER) < html.index('class="site-header"')  # early in the reading order


def test_banner_returns_the_reader_to_the_same_address(tree, client):
    """The banner's `next` is the page's own address, escaped, so a choice lands where the reader was."""
    html = client.get("/binnenland/?page=1&x=<b>").content.decode()
    assert 'name="next" value="/binnenland/?page=1&amp;x=%3Cb%3E"' in html


@pytest.mark.parametrize("value", ["v1:", "v1:social", "v1:advertising.analytics.social"])
def test_no_banner_once_the_reader_has_chosen(tree, client, value):
    client.cookies[COOKIE_NAME] = value
    response = client.get("/")
    assert response.status_code == 200
    assert BANNER not in response.content.decode()


@pytest.mark.parametrize(
    "value",
    [
        "ja",
        "v2:analytics",
        "v1",
        "v1:analytics.tracking",
        "v1:social.analytics",
        "v1:social.social",
        "v1:analytics,social",
        "",
    ],
)
def test_malformed_cookie_counts_as_no_choice(tree, client, value):
    """A cookie we did not write (other version, unknown category, not canonical) asks again; never a 500."""
    client.cookies[COOKIE_NAME] = value
    response = client.get("/")
    assert response.status_code == 200
    assert BANNER in response.content.decode()


def test_without_a_consent_page_the_banner_links_to_the_usual_address(tree, client):
    """A data directory whose Privacy-instellingen is still a plain page: the link finds it by address."""
    assert 'href="/privacy-instellingen/">Instellingen</a>' in client.get("/").content.decode()


def test_banner_costs_no_queries_once_warm(consent_page, client):
    """The settings page's address is cached with the menus: the banner costs no query once warm."""

    def queries(cookie):
        reader = Client()
        if cookie is not None:
            reader.cookies[COOKIE_NAME] = cookie
        reader.get("/")
        with CaptureQueriesContext(connection) as captured:
            reader.get("/")
        return len(captured)

    assert queries(None) == queries("v1:")


# --- Storing a choice -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "value"),
    [
        ({"action": "all"}, "v1:advertising.analytics.social"),
        ({"action": "necessary"}, "v1:"),
        ({"action": "save", "consent": ["social", "analytics"]}, "v1:analytics.social"),
        ({"action": "save"}, "v1:"),
        ({"action": "save", "consent": ["functional", "advertising"]}, "v1:advertising"),
    ],
)
def test_choice_is_stored_and_the_reader_sent_back(tree, client, data, value):
    """Each button stores its canonical value for a year and answers 303 to the page the reader came from."""
    response = choose(client, {**data, "next": "/binnenland/?page=2"})
    assert response.status_code == 303
    assert response["Location"] == "/binnenland/?page=2"
    assert chosen(response) == value
    cookie = response.cookies[COOKIE_NAME]
    assert cookie["max-age"] == COOKIE_MAX_AGE
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"]
    assert not cookie["secure"]
    assert f"{COOKIE_NAME}={value};" in response.cookies.output()  # sent as is, never quoted


def test_cookie_is_secure_over_https(tree, client, settings):
    settings.HTTPS = True
    response = choose(client, {"action": "all"}, secure=True, HTTP_ORIGIN="https://testserver")
    assert response.status_code == 303
    assert response.cookies[COOKIE_NAME]["secure"]


@pytest.mark.parametrize(
    ("before", "after"),
    [(None, "v1:social"), ("v1:analytics", "v1:analytics.social"), ("v1:social", "v1:social")],
)
def test_grant_adds_one_category_to_the_choice(tree, client, before, after):
    """'Toestaan en laden' at an embed allows social media and keeps whatever else the reader chose."""
    if before is not None:
        client.cookies[COOKIE_NAME] = before
    response = choose(client, {"action": "grant", "category": "social", "next": "/a/#insluiting-1"})
    assert response.status_code == 303
    assert response["Location"] == "/a/#insluiting-1"
    assert chosen(response) == after


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"action": "alles"},
        {"action": "save", "consent": ["analytics", "tracking"]},
        {"action": "grant", "category": "spionage"},
        {"action": "grant"},
    ],
)
def test_unknown_action_or_category_is_refused(tree, client, data):
    """Bad input: 400 with a message in the house style, and the cookie left alone."""
    response = choose(client, data)
    assert response.status_code == 400
    assert "Je keuze is niet opgeslagen" in response.content.decode()
    assert COOKIE_NAME not in response.cookies


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "https://testserver"},  # same host, other scheme
        {"HTTP_ORIGIN": None, "HTTP_REFERER": "https://evil.example/artikel/"},
        {"HTTP_ORIGIN": None},
    ],
)
def test_post_from_another_site_is_forbidden(tree, client, headers):
    """Without a CSRF token the Origin (or else the Referer) must be this site's own: else 403."""
    headers = {name: value for name, value in headers.items() if value is not None}
    response = client.post(CHOICE_URL, {"action": "all"}, **headers)
    assert response.status_code == 403
    assert "het formulier kwam niet van deze site" in response.content.decode()
    assert COOKIE_NAME not in response.cookies


def test_same_site_referer_is_enough_without_origin(tree, client):
    """Some browsers and proxies leave out Origin; a Referer from this site then vouches for the form."""
    response = client.post(CHOICE_URL, {"action": "necessary"}, HTTP_REFERER="http://testserver/binnenland/")
    assert response.status_code == 303
    assert chosen(response) == "v1:"


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)", "artikel", ""],
)
def test_next_never_leads_off_the_site(tree, client, next_url):
    response = choose(client, {"action": "all", "next": next_url})
    assert response.status_code == 303
    assert response["Location"] == "/"


def test_next_cannot_add_headers(tree, client):
    """Line breaks in `next` are escaped into the address, never a second header and never a 500."""
    response = choose(client, {"action": "all", "next": "/a\r\nSet-Cookie: x=1"})
    assert response.status_code == 303
    assert response["Location"] == "/a%0D%0ASet-Cookie:%20x=1"
    assert "x" not in response.cookies


def test_get_leads_to_the_settings_page(consent_page, client):
    response = client.get(CHOICE_URL)
    assert response.status_code == 302
    assert response["Location"] == consent_page.url


def test_other_methods_are_not_allowed(tree, client):
    assert client.put(CHOICE_URL).status_code == 405


def test_choosing_too_often_is_rate_limited(tree, client, still_clock):
    statuses = [choose(client, {"action": "all"}).status_code for _ in range(31)]
    assert statuses[:30] == [303] * 30
    assert statuses[30] == 429


# --- The settings page ------------------------------------------------------------------------------


def test_settings_page_shows_every_category_with_its_state(consent_page, client):
    """A fieldset per category; 'Noodzakelijk' is checked and cannot be switched off; the rest start off."""
    html = client.get(consent_page.url).content.decode()
    assert html.count('<fieldset class="consent-category">') == 4
    for legend in ["Noodzakelijk", "Statistieken", "Sociale media", "Advertenties"]:
        assert f'<legend class="consent-category__title">{legend}</legend>' in html
    assert 'id="toestemming-functional" checked disabled' in html
    assert 'name="consent" value="analytics" aria-describedby' in html  # not checked
    assert "Je hebt nog geen keuze gemaakt" in html
    assert BANNER not in html  # the page itself is the full form
    assert f'name="next" value="{consent_page.url}"' in html


def test_settings_page_is_filled_in_from_the_cookie(consent_page, client):
    client.cookies[COOKIE_NAME] = "v1:analytics.social"
    html = client.get(consent_page.url).content.decode()
    assert 'name="consent" value="analytics" checked' in html
    assert 'name="consent" value="social" checked' in html
    assert 'name="consent" value="advertising" aria-describedby' in html
    assert "Je geeft toestemming voor: Statistieken, Sociale media." in html


def test_only_one_settings_page(consent_page):
    assert not ConsentPage.can_create_at(consent_page.get_parent())


# --- Embeds -----------------------------------------------------------------------------------------


def test_embed_waits_for_consent_to_social_media(video_article, client):
    """Without consent: a placeholder naming YouTube, a button that allows and loads, a link to the video."""
    html = client.get(video_article.url).content.decode()
    assert "<iframe" not in html
    assert f"Deze inhoud van YouTube {PLACEHOLDER}." in html
    assert 'name="action" value="grant"' in html and 'name="category" value="social"' in html
    assert f'<a href="{VIDEO_URL}">Bekijk op YouTube</a>' in html
    assert "De dijk in beeld" in html


@pytest.mark.parametrize("value", ["v1:", "v1:advertising.analytics", None])
def test_embed_stays_a_placeholder_without_social(video_article, client, value):
    if value is not None:
        client.cookies[COOKIE_NAME] = value
    assert PLACEHOLDER in client.get(video_article.url).content.decode()


def test_allow_and_load_returns_to_the_embed_loaded(video_article, client):
    """'Toestaan en laden' posts the form the placeholder holds and comes back to the embed, now loaded."""
    html = client.get(video_article.url).content.decode()
    anchor = html.split('<figure class="embed" id="', 1)[1].split('"', 1)[0]
    assert f'name="next" value="{video_article.url}#{anchor}"' in html
    response = choose(
        client, {"action": "grant", "category": "social", "next": f"{video_article.url}#{anchor}"}
    )
    assert response["Location"] == f"{video_article.url}#{anchor}"
    loaded = client.get(video_article.url).content.decode()
    assert VIDEO_HTML in loaded
    assert PLACEHOLDER not in loaded
    assert f'<figure class="embed" id="{anchor}">' in loaded


# --- Cacheable pages --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "v1:", "v1:advertising.analytics.social"])
def test_no_csrf_token_in_anonymous_pages(consent_page, video_article, client, value):
    if value is not None:
        client.cookies[COOKIE_NAME] = value
    for url in ["/", video_article.url, consent_page.url]:
        response = client.get(url)
        assert response.status_code == 200
        assert b"csrfmiddlewaretoken" not in response.content, url
        assert "csrftoken" not in response.cookies, url


@pytest.mark.parametrize("value", [None, "v1:social"])
def test_same_bytes_for_readers_with_the_same_choice(consent_page, video_article, value):
    """Two strangers with the same consent cookie get byte-identical pages: one cache variant per choice."""
    first, second = Client(), Client()
    if value is not None:
        first.cookies[COOKIE_NAME] = second.cookies[COOKIE_NAME] = value
    for url in ["/", video_article.url, consent_page.url]:
        one = first.get(url, REMOTE_ADDR="10.0.0.1", HTTP_USER_AGENT="Telefoon").content
        two = second.get(url, REMOTE_ADDR="10.0.0.2", HTTP_USER_AGENT="Laptop").content
        assert one == two, url


def test_pages_vary_by_cookie(consent_page, video_article, client):
    """Pages differ by the consent cookie, so caches must key on it."""
    for url in ["/", video_article.url, consent_page.url]:
        assert "Cookie" in client.get(url)["Vary"], url


def test_the_429_for_choosing_too_often_says_when_to_try_again(tree, client, still_clock):
    """Retry-After on the refusal: the consent limit counts per minute."""
    for _ in range(30):
        choose(client, {"action": "all"})
    response = choose(client, {"action": "all"})
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
