"""Zoeken at /zoeken/: a GET form, counted results with marked excerpts, pages, clear errors, no 500."""

import re
from datetime import timedelta
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from krant.core.cache import PAGE_MAX_AGE
from krant.core.models import KrantImage
from krant.liveblogs import services
from krant.search.views import RESULTS_PER_PAGE
from tests.factories import make_article, make_liveblog, publish

URL = "/zoeken/"


def add_articles(tree, count, title="Haven {number} breidt uit", **fields):
    now = timezone.now()
    return [
        make_article(
            tree.binnenland,
            title.format(number=number),
            slug=slugify(title.format(number=number)),
            when=now - timedelta(minutes=number),
            **fields,
        )
        for number in range(count)
    ]


def main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_without_a_query_the_form_is_shown(tree, client):
    """No query: the form with labelled fields, no results, a cacheable page without a CSRF token."""
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<form class="search-form" action="/zoeken/" method="get" role="search"' in html
    for name, label in [("q", "Zoekwoorden"), ("rubriek", "Rubriek"), ("dossier", "Dossier"), ("van", "Van")]:
        assert f'<label class="field__label" for="id_{name}">{label}</label>' in html
    assert 'name="sorteer"' in html and 'name="tot"' in html
    assert "gevonden voor" not in html
    assert "csrfmiddlewaretoken" not in html
    assert '<meta name="robots" content="noindex">' not in html
    assert response["Cache-Control"] == f"public, max-age={PAGE_MAX_AGE}"


def test_an_empty_query_asks_for_words(tree, client):
    """An empty submit shows the form again with a gentle request, still 200."""
    response = client.get(URL, {"q": "   "})
    assert response.status_code == 200
    assert "Vul een of meer zoekwoorden in." in main(response)
    assert "gevonden voor" not in main(response)


def test_results_are_counted_and_excerpts_marked(tree, client):
    add_articles(tree, 2, title="Fabriek {number} sluit", intro="De fabrieken in de regio sluiten.")
    add_articles(tree, 1, title="Over iets anders {number}", intro="Niets.")
    response = client.get(URL, {"q": "fabriek"})
    assert response.status_code == 200
    html = main(response)
    assert "2 artikelen gevonden voor ‘fabriek’" in html
    assert html.count('<article class="teaser') == 2
    assert "De <mark>fabrieken</mark> in de regio sluiten." in html
    assert 'href="/binnenland/' in html
    assert "Over iets anders" not in html


def test_one_result_in_the_singular(tree, client):
    add_articles(tree, 1, title="Sluis {number} dicht")
    assert "1 artikel gevonden voor ‘sluis’" in main(client.get(URL, {"q": "sluis"}))


def test_result_pages_are_noindex_and_cacheable(tree, client):
    """Search engines skip result pages; caches may keep them: the same bytes for every anonymous reader."""
    add_articles(tree, 1)
    first = client.get(URL, {"q": "haven"}, REMOTE_ADDR="10.0.0.1")
    second = Client().get(URL, {"q": "haven"}, REMOTE_ADDR="10.0.0.2")
    assert '<meta name="robots" content="noindex">' in first.content.decode()
    assert first["Cache-Control"] == f"public, max-age={PAGE_MAX_AGE}"
    assert first.content == second.content


def test_no_results_says_so_and_offers_a_search_without_filters(tree, client):
    add_articles(tree, 1)
    response = client.get(URL, {"q": "haven", "rubriek": tree.economie.pk})
    html = main(response)
    assert response.status_code == 200
    assert "0 artikelen gevonden voor ‘haven’" in html
    assert "Geen artikelen gevonden voor ‘haven’." in html
    assert 'href="/zoeken/?q=haven">zoek zonder rubriek, dossier of datum</a>' in html


def test_filters_and_order_from_the_form(tree, client):
    """Rubriek, dossier, van/tot and sorteer reach the search."""
    old, new = add_articles(tree, 2, title="Dijk {number} versterkt")
    new.dossiers.add(tree.dossier)
    publish(new)
    today = timezone.localdate()
    html = main(client.get(URL, {"q": "dijk", "sorteer": "datum", "van": str(today - timedelta(days=1))}))
    assert html.index("Dijk 0 versterkt") < html.index("Dijk 1 versterkt")
    html = main(client.get(URL, {"q": "dijk", "dossier": tree.dossier.pk, "tot": str(today)}))
    assert "1 artikel gevonden" in html
    assert f'<option value="{tree.dossier.pk}" selected>' in html
    html = main(client.get(URL, {"q": "dijk", "van": "01-01-2000", "tot": "31/12/2999"}))
    assert "2 artikelen gevonden" in html


def test_subsections_are_indented_in_the_choice(tree, client):
    html = main(client.get(URL))
    assert f'<option value="{tree.economie.pk}">Economie</option>' in html
    assert f'<option value="{tree.klimaat.pk}">– Klimaat</option>' in html


def test_english_address(tree, client):
    add_articles(tree, 1)
    response = client.get("/en" + URL, {"q": "haven"})
    assert response.status_code == 200
    assert 'action="/en/zoeken/"' in response.content.decode()


def test_repeated_parameters_use_the_last(tree, client):
    """?q=a&q=b searches for b, as every Django form reads a repeated field."""
    add_articles(tree, 1)
    html = main(client.get(f"{URL}?q=onbekend&q=haven"))
    assert "1 artikel gevonden voor ‘haven’" in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "!!! ???"}, "geen woorden"),
        ({"q": '"" * -'}, "geen woorden"),
        ({"q": "AND OR NOT"}, "geen woorden"),
        ({"q": "-haven"}, "niet alleen op uitsluitingen"),
        ({"q": "haven " * 2000}, "hoogstens 200 tekens"),
        ({"q": "haven\x00"}, "Null"),
        ({"q": "haven", "van": "gisteren"}, "jjjj-mm-dd"),
        ({"q": "haven", "tot": "2026-02-30"}, "jjjj-mm-dd"),
        ({"q": "haven", "van": "2026-02-01", "tot": "2026-01-01"}, "vóór de begindatum"),
        ({"q": "haven", "rubriek": "987654"}, "Deze rubriek bestaat niet"),
        ({"q": "haven", "rubriek": "economie"}, "Deze rubriek bestaat niet"),
        ({"q": "haven", "rubriek": "9" * 40}, "Deze rubriek bestaat niet"),
        ({"q": "haven", "rubriek": "-1"}, "Deze rubriek bestaat niet"),
        ({"q": "haven", "dossier": "1e3"}, "Dit dossier bestaat niet"),
        ({"q": "haven", "sorteer": "willekeurig"}, "relevantie of op datum"),
    ],
)
def test_bad_parameters_are_a_400_with_the_form_and_a_message(tree, client, params, message):
    """Whatever a stranger sends, the answer is the form and what is wrong with it: 400, never 500."""
    add_articles(tree, 1)
    response = client.get(URL, params)
    assert response.status_code == 400
    html = main(response)
    assert 'class="error-summary"' in html
    assert message in html
    assert '<form class="search-form"' in html
    assert "gevonden voor" not in html


def test_a_query_that_is_not_a_reader_id_is_rejected_on_every_database(tree, client):
    """A section id past 64 bits must not reach the database (SQLite would overflow)."""
    assert client.get(URL, {"q": "haven", "dossier": "18446744073709551616"}).status_code == 400


@pytest.mark.parametrize(
    "query", ["haven*", "haven:dijk", "(haven)", "北京", "café 🏭", "haven'; DROP TABLE wagtailcore_page; --"]
)
def test_odd_queries_get_an_answer(tree, client, query):
    add_articles(tree, 1)
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    assert "gevonden voor" in main(response)


def test_query_is_escaped_on_the_page(tree, client):
    response = client.get(URL, {"q": "<script>alert(1)</script> haven"})
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; haven" in main(response)


def test_pages_of_results_keep_the_query_and_filters(tree, client):
    add_articles(tree, RESULTS_PER_PAGE + 5)
    first = main(client.get(URL, {"q": "haven", "sorteer": "datum"}))
    assert f"{RESULTS_PER_PAGE + 5} artikelen gevonden" in first
    assert first.count('<article class="teaser') == RESULTS_PER_PAGE
    assert "Pagina 1 van 2" in first
    assert 'href="?q=haven&amp;sorteer=datum&amp;page=2"' in first
    second = main(client.get(URL, {"q": "haven", "sorteer": "datum", "page": "2"}))
    assert second.count('<article class="teaser') == 5
    assert 'rel="prev" href="?q=haven&amp;sorteer=datum"' in second
    assert "Haven 24 breidt uit" in second


@pytest.mark.parametrize("page", ["3", "0", "abc", "9" * 30])
def test_a_page_past_the_results_is_a_404(tree, client, page):
    add_articles(tree, 2)
    assert client.get(URL, {"q": "haven", "page": page}).status_code == 404


def test_hidden_articles_are_not_on_the_page(tree, client):
    make_article(tree.binnenland, "Geheim verslag concept", published=False)
    withdrawn = make_article(tree.binnenland, "Geheim verslag ingetrokken")
    withdrawn.unpublish()
    html = main(client.get(URL, {"q": "geheim verslag"}))
    assert "0 artikelen gevonden" in html


def test_searches_are_rate_limited_per_address(tree, client, still_clock):
    """A reader may search 30 times a minute; then a 429 explains to wait. The bare form never counts."""
    add_articles(tree, 1)
    for _ in range(30):
        assert client.get(URL, {"q": "haven"}, REMOTE_ADDR="10.1.1.1").status_code == 200
    limited = client.get(URL, {"q": "haven"}, REMOTE_ADDR="10.1.1.1")
    assert limited.status_code == 429
    assert "Je zoekt erg vaak achter elkaar" in limited.content.decode()
    assert client.get(URL, REMOTE_ADDR="10.1.1.1").status_code == 200
    assert client.get(URL, {"q": "haven"}, REMOTE_ADDR="10.1.1.2").status_code == 200


def test_every_page_has_a_search_form_in_the_menu(tree, client):
    """The header's menu holds a labelled search field that works without JavaScript."""
    html = client.get("/").content.decode()
    form = re.search(
        r'<form class="field" action="/zoeken/" method="get" role="search">.*?</form>',
        html,
        re.S,
    )
    assert form is not None
    assert '<label class="field__label" for="menu-zoeken">Zoeken in het nieuws</label>' in form.group()
    assert 'id="menu-zoeken" type="search" name="q"' in form.group()


def search_queries(client, url) -> int:
    assert client.get(url).status_code == 200  # warms renditions and cached menus
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_queries_per_results_page_do_not_grow_with_results(tree):
    """A page of results costs the same few queries with 3 matches as with 30 (a full page and more)."""
    buffer = BytesIO()
    PILImage.new("RGB", (640, 360), (40, 80, 200)).save(buffer, "JPEG")
    image = KrantImage.objects.create(title="Beeld", file=ImageFile(buffer, name="beeld.jpg"))
    client, url = Client(), f"{URL}?q=haven&rubriek={tree.binnenland.pk}"
    add_articles(tree, 3, lead_image=image)
    with_three = search_queries(client, url)
    now = timezone.now()
    for number in range(3, 30):
        make_article(
            tree.binnenland,
            f"Haven {number} breidt uit",
            slug=f"artikel-{number}",
            when=now,
            lead_image=image,
        )
    with_thirty = search_queries(client, url)
    assert with_three == with_thirty
    assert with_three <= 12


def test_date_fields_always_hold_iso_dates(tree, client):
    """The date picker gets yyyy-mm-dd (a Dutch 31-12-2026 too); text that is no date is left out."""
    html = main(client.get(URL, {"q": "haven", "van": "gisteren", "tot": "31-12-2026"}))
    assert '<input type="date" name="tot" value="2026-12-31"' in html
    assert re.search(r'<input type="date" name="van" (?!value)', html)


def test_filters_are_folded_away_until_used(tree, client):
    """A plain search shows the filters folded; a search with a filter (or a wrong one) shows them open."""
    assert '<details class="search-form__more">' in main(client.get(URL, {"q": "haven"}))
    assert '<details class="search-form__more" open>' in main(
        client.get(URL, {"q": "haven", "sorteer": "datum"})
    )
    assert '<details class="search-form__more" open>' in main(client.get(URL, {"q": "haven", "van": "nooit"}))


def test_the_429_for_searching_too_often_says_when_to_try_again(tree, client, still_clock):
    """Retry-After on the refusal, within the minute the search limit counts."""
    for _ in range(30):
        client.get(URL, {"q": "haven"}, REMOTE_ADDR="10.1.1.3")
    response = client.get(URL, {"q": "haven"}, REMOTE_ADDR="10.1.1.3")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60


def test_only_get_and_head_are_answered(tree, client):
    """Searching reads only: GET and HEAD are answered, POST, PUT, DELETE and TRACE get 405 with Allow."""
    assert client.get(URL, {"q": "haven"}).status_code == 200
    assert client.head(URL, {"q": "haven"}).status_code == 200
    for method in ["post", "put", "delete", "trace", "options"]:
        response = getattr(client, method)(URL)
        assert response.status_code == 405, method
        assert set(response["Allow"].split(", ")) == {"GET", "HEAD"}


def test_editors_picks_show_above_the_results(tree, client):
    """'Aanbevolen': the editors' picks for the query, in order, before the results; unpublished picks not."""
    query = Query.objects.create(query_string="haven")
    pick = make_article(tree.economie, "Dossier haven: alles op een rij", slug="haven-dossier")
    hidden = make_article(tree.economie, "Oude havenvisie", slug="oude-havenvisie")
    SearchPromotion.objects.create(query=query, page=pick, description="Het overzicht van de redactie.")
    SearchPromotion.objects.create(query=query, page=hidden)
    SearchPromotion.objects.create(
        query=query, external_link_url="https://haven.example/", external_link_text="Havenbedrijf"
    )
    hidden.unpublish()
    add_articles(tree, 2)
    html = main(client.get(URL, {"q": "Haven"}))
    picks = html[html.index('id="aanbevolen-titel"') : html.index('id="resultaten-titel"')]
    assert f'href="{pick.url}">Dossier haven: alles op een rij</a>' in picks
    assert "Het overzicht van de redactie." in picks
    assert 'href="https://haven.example/">Havenbedrijf</a>' in picks
    assert "Oude havenvisie" not in picks
    assert picks.index("Dossier haven") < picks.index("Havenbedrijf")


def test_searching_stores_no_query(tree, client):
    """A reader's search writes nothing: no Query row for a query editors never promoted."""
    add_articles(tree, 1)
    assert client.get(URL, {"q": "haven"}).status_code == 200
    assert "Aanbevolen" not in client.get(URL, {"q": "haven"}).content.decode()
    assert not Query.objects.exists()


def test_an_open_liveblog_says_live_in_the_results_and_liveblog_once_closed(
    tree, client, django_capture_on_commit_callbacks
):
    """As on every other listing: 'Live' while it is open."""
    liveblog = make_liveblog(tree.binnenland, "Storm trekt over het land")
    assert 'label--live">Live</span> Storm trekt' in main(client.get(URL, {"q": "storm"}))
    with django_capture_on_commit_callbacks(execute=True):
        services.close_liveblog(liveblog)
    html = main(client.get(URL, {"q": "storm"}))
    assert "label--live" not in html and '<span class="label">Liveblog</span> Storm trekt' in html
