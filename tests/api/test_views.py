"""The API's endpoints, group by group: what each returns for apps and partners."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import PageViewRestriction

from krant.news.models import ArticleAuthor, HomeTopStory, SectionTopStory
from tests.api.conftest import make_image
from tests.factories import add_page, make_article, make_author, make_reads, publish

BASE = "http://127.0.0.1:8000"  # KRANT_BASE_URL's default: every address starts with it


def ids(items) -> list[int]:
    return [item["id"] for item in items]


def ago(**delta):
    return timezone.now() - timedelta(**delta)


# The index


def test_index_names_every_endpoint_with_its_full_address(tree, api):
    """GET /api/v1/ points a developer at each list and at the schema, as absolute addresses."""
    data = api.get("/api/v1/").json()
    assert data["schema"] == f"{BASE}/api/v1/openapi.json"
    assert data["endpoints"]["articles"] == f"{BASE}/api/v1/articles/"
    assert set(data["endpoints"]) == {
        "front_page", "articles", "most_read", "sections", "dossiers", "authors", "search", "videos",
        "podcast_episodes", "scores", "fact_checks", "predictions", "puzzles", "shop_categories",
        "shop_products", "woord",
    }  # fmt: skip
    for name, url in data["endpoints"].items():
        query = "?q=nieuws" if name == "search" else ""
        assert api.get(url.removeprefix(BASE) + query).status_code == 200, url


# The front page


def test_front_page_has_the_blocks_the_site_shows(tree, api, client):
    """Opening story, top stories, latest, most read, dossier strips and section blocks: as on the site."""
    lead = make_article(tree.binnenland, "Gekozen opening", when=ago(days=2))
    top = make_article(tree.economie, "Gekozen topverhaal", when=ago(days=3))
    newest = make_article(tree.klimaat, "Windpark op zee")
    in_dossier = make_article(tree.binnenland, "Stembus open", when=ago(hours=3))
    in_dossier.dossiers.add(tree.dossier)
    publish(in_dossier)
    make_reads(top, 50)
    tree.home.lead_story = lead
    tree.home.top_stories = [HomeTopStory(article=top)]
    publish(tree.home)
    data = api.get("/api/v1/front-page/").json()
    html = client.get("/").context
    assert data["lead"]["id"] == lead.pk == html["lead"].pk
    assert ids(data["top_stories"]) == [top.pk]
    assert ids(data["latest"]) == [article.pk for article in html["latest"]]
    assert ids(data["latest"])[0] == newest.pk
    assert ids(data["most_read"]) == [top.pk]
    assert [(block["dossier"]["id"], ids(block["articles"])) for block in data["dossiers"]] == [
        (tree.dossier.pk, [in_dossier.pk])
    ]
    assert [block["section"]["title"] for block in data["sections"]] == [
        section.title for section, _ in html["section_blocks"]
    ]
    assert data["latest_url"] == f"{BASE}/api/v1/articles/"
    assert "body" not in data["lead"]


def test_front_page_before_any_news(tree, api):
    """A new publication has no opening story yet: lead is null and the lists are empty, not an error."""
    data = api.get("/api/v1/front-page/").json()
    assert data["lead"] is None
    assert data["latest"] == data["top_stories"] == data["most_read"] == []


def test_front_page_of_a_site_without_published_home_is_404(tree, api):
    tree.home.unpublish()
    response = api.get("/api/v1/front-page/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


# Articles


def test_articles_newest_first_as_compact_teasers(tree, api):
    """The list is 'Net binnen': newest first, with section and image but no body."""
    old = make_article(tree.binnenland, "Ouder", when=ago(days=1))
    new = make_article(tree.economie, "Nieuwer", label="column", lead_image=make_image())
    data = api.get("/api/v1/articles/").json()
    assert ids(data["results"]) == [new.pk, old.pk]
    assert data["next"] is None
    teaser = data["results"][0]
    assert set(teaser) == {
        "id", "url", "api_url", "label", "live", "title", "intro", "published_at", "updated_at",
        "changed_at", "section", "image",
    }  # fmt: skip
    assert teaser["url"] == f"{BASE}/economie/{new.pk}/{new.slug}/"
    assert teaser["api_url"] == f"{BASE}/api/v1/articles/{new.pk}/"
    assert teaser["label"] == {"code": "column", "name": "Column"}
    assert teaser["section"] == {
        "id": tree.economie.pk,
        "title": "Economie",
        "url": f"{BASE}/economie/",
        "api_url": f"{BASE}/api/v1/sections/{tree.economie.pk}/",
    }
    assert data["results"][1]["label"] is None
    assert data["results"][1]["image"] is None


def test_times_are_iso_8601_with_amsterdam_offset(tree, api):
    """A winter time reads +01:00, a summer time +02:00, to the second."""
    winter = make_article(tree.binnenland, "Winter", when=datetime(2026, 1, 15, 8, 30, 12, 999, tzinfo=UTC))
    summer = make_article(tree.binnenland, "Zomer", when=datetime(2026, 7, 15, 8, 30, tzinfo=UTC))
    times = {item["id"]: item["published_at"] for item in api.get("/api/v1/articles/").json()["results"]}
    assert times[winter.pk] == "2026-01-15T09:30:12+01:00"
    assert times[summer.pk] == "2026-07-15T10:30:00+02:00"


def test_cursor_pages_walk_every_article_once(tree, api):
    """Following `next` visits every article once, in order, including articles published the same second."""
    same_moment = ago(hours=2)
    articles = [make_article(tree.binnenland, f"Bericht {n}", when=same_moment) for n in range(3)]
    articles += [make_article(tree.binnenland, f"Later {n}", when=ago(minutes=n)) for n in range(3)]
    seen, url, pages = [], "/api/v1/articles/?limit=2", 0
    while url:
        data = api.get(url).json()
        seen += ids(data["results"])
        url = data["next"] and data["next"].removeprefix(BASE)
        pages += 1
    assert pages == 3
    assert sorted(seen) == sorted(article.pk for article in articles)
    assert len(seen) == len(set(seen))


def test_next_page_is_stable_while_the_newsroom_publishes(tree, api):
    """An article published between two pages does not push an article onto the second page twice."""
    older = [make_article(tree.binnenland, f"Bericht {n}", when=ago(hours=n + 1)) for n in range(4)]
    first = api.get("/api/v1/articles/?limit=2").json()
    make_article(tree.binnenland, "Zojuist", when=ago(minutes=1))
    second = api.get(first["next"].removeprefix(BASE)).json()
    assert ids(first["results"]) + ids(second["results"]) == [article.pk for article in older]


def test_next_link_keeps_the_filters_and_the_public_address(tree, api):
    for n in range(3):
        make_article(tree.klimaat, f"Klimaat {n}", when=ago(hours=n + 1))
    data = api.get(f"/api/v1/articles/?section={tree.klimaat.pk}&limit=2").json()
    assert data["next"].startswith(f"{BASE}/api/v1/articles/?")
    assert f"section={tree.klimaat.pk}" in data["next"]
    assert "limit=2" in data["next"]


def test_article_filters_section_with_subsections_and_extra_sections(tree, api):
    """?section= lists as the section page does: its subsections' articles and articles also listed in it."""
    own = make_article(tree.economie, "Eigen")
    sub = make_article(tree.klimaat, "Sub", when=ago(hours=2))
    extra = make_article(tree.binnenland, "Ook in economie", when=ago(hours=3))
    extra.sections.add(tree.economie)
    publish(extra)
    make_article(tree.binnenland, "Elders", when=ago(hours=4))
    data = api.get(f"/api/v1/articles/?section={tree.economie.pk}").json()
    assert ids(data["results"]) == [own.pk, sub.pk, extra.pk]


def test_article_filters_dossier_author_and_label_combine(tree, api):
    author = make_author(tree)
    match = make_article(tree.binnenland, "Raak", label="analyse")
    match.dossiers.add(tree.dossier)
    match.author_links = [ArticleAuthor(author=author), ArticleAuthor(author=author)]  # named twice
    publish(match)
    other_label = make_article(tree.binnenland, "Ander label", label="column", when=ago(hours=2))
    other_label.dossiers.add(tree.dossier)
    other_label.author_links = [ArticleAuthor(author=author)]
    publish(other_label)
    query = f"dossier={tree.dossier.pk}&author={author.pk}"
    assert ids(api.get(f"/api/v1/articles/?{query}").json()["results"]) == [match.pk, other_label.pk]
    assert ids(api.get(f"/api/v1/articles/?{query}&label=analyse").json()["results"]) == [match.pk]


def test_only_live_public_articles_are_listed(tree, api):
    """Drafts, withdrawn and password-protected articles never appear in a list."""
    shown = make_article(tree.binnenland, "Openbaar")
    make_article(tree.binnenland, "Concept", published=False)
    make_article(tree.binnenland, "Teruggetrokken").unpublish()
    private = make_article(tree.binnenland, "Besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    assert ids(api.get("/api/v1/articles/").json()["results"]) == [shown.pk]


def test_article_has_everything_the_article_page_shows(story, api):
    """Label, byline, sections, dossiers, lead image, source, corrections, related, comments."""
    article = story.article
    data = api.get(f"/api/v1/articles/{article.pk}/").json()
    assert data["id"] == article.pk
    assert data["url"] == f"{BASE}/binnenland/{article.pk}/{article.slug}/"
    assert data["label"] == {"code": "analyse", "name": "Analyse"}
    assert data["authors"] == [
        {
            "id": story.author.pk,
            "name": "Sanne de Wit",
            "role": "verslaggever",
            "url": f"{BASE}/redactie/sanne-de-wit/",
            "api_url": f"{BASE}/api/v1/authors/{story.author.pk}/",
        }
    ]
    assert [section["title"] for section in data["sections"]] == ["Klimaat"]
    assert [dossier["title"] for dossier in data["dossiers"]] == ["Verkiezingen"]
    assert data["source_credit"] == "ANP"
    assert data["update_note"] is None
    assert [correction["note"] for correction in data["corrections"]] == [
        "In een eerdere versie stond een verkeerde hoogte."
    ]
    assert ids(data["related"]) == [story.other.pk]
    assert "body" not in data["related"][0]
    assert data["comments_enabled"] is True
    assert data["comments_open"] is True
    closes = timezone.datetime.fromisoformat(data["comments_close_at"])
    assert closes == (article.first_published_at + timedelta(hours=24)).replace(microsecond=0)


def test_lead_image_has_webp_renditions_credit_caption_and_alt(story, api):
    image = api.get(f"/api/v1/articles/{story.article.pk}/").json()["image"]
    assert image["id"] == story.image.pk
    assert (image["width"], image["height"]) == (1600, 900)
    assert image["alt"] == "Dijk bij laagwater"
    assert image["caption"] == "De dijk bij laagwater"
    assert image["credit"] == "ANP / Piet Bakker"
    assert [(r["width"], r["height"], r["format"]) for r in image["renditions"]] == [
        (400, 225, "webp"),
        (800, 450, "webp"),
        (1200, 675, "webp"),
    ]
    assert image["thumbnail"]["width"] == 320 and image["thumbnail"]["height"] == 180
    for rendition in [*image["renditions"], image["thumbnail"]]:
        assert rendition["url"].startswith(f"{BASE}/media/images/")
        assert rendition["url"].endswith(".webp")


def test_small_image_renditions_are_never_enlarged_nor_repeated(tree, api):
    """Wagtail never scales up: a 500-pixel original gives a 400 and a 500 rendition, not three."""
    article = make_article(tree.binnenland, "Klein beeld", lead_image=make_image(size=(500, 300)))
    image = api.get(f"/api/v1/articles/{article.pk}/").json()["image"]
    assert [rendition["width"] for rendition in image["renditions"]] == [400, 500]


def test_every_body_block_type_becomes_a_typed_block(story, api):
    body = api.get(f"/api/v1/articles/{story.article.pk}/").json()["body"]
    assert [block["type"] for block in body] == [
        "paragraph", "intertitle", "quote", "image", "image", "embed", "info_box",
    ]  # fmt: skip
    paragraph, intertitle, quote, image, plain_image, embed, info_box = body
    assert all(block["id"] for block in body)
    other_url = f"{BASE}/economie/{story.other.pk}/{story.other.slug}/"
    assert paragraph["html"] == (
        f'<p>Lees ook <a href="{other_url}">het eerdere bericht</a> en '
        '<a href="https://waterschap.example/dijk">de plannen</a>.</p>'
    )
    assert intertitle["text"] == "Twee meter hoger"
    assert quote == {
        "type": "quote",
        "id": quote["id"],
        "text": "We zijn er klaar voor.\nHet water mag komen.",
        "attribution": "Dijkgraaf",
    }
    assert image["image"]["caption"] == "Graafmachines op de dijk"
    assert image["image"]["credit"] == "Eigen foto"
    assert plain_image["image"]["caption"] is None
    assert plain_image["image"]["credit"] == "ANP / Piet Bakker"  # the image's own credit
    assert embed == {
        "type": "embed",
        "id": embed["id"],
        "provider": "YouTube",
        "url": "https://www.youtube.com/watch?v=abc123",
        "caption": "De dijk van boven",
    }
    assert info_box["title"] == "Zo werkt een dijk"
    assert info_box["html"] == "<ul><li>Klei</li><li>Zand</li></ul>"


def test_body_image_whose_image_was_deleted_is_left_out(story, api):
    """The site shows nothing for such a block, so neither does the API."""
    story.image.delete()
    body = api.get(f"/api/v1/articles/{story.article.pk}/").json()["body"]
    assert "image" not in [block["type"] for block in body]


def test_withdrawn_article_is_gone(tree, api):
    """As on the site: an article readers could read once answers 410, with a JSON error."""
    article = make_article(tree.binnenland, "Teruggetrokken")
    article.unpublish()
    response = api.get(f"/api/v1/articles/{article.pk}/")
    assert response.status_code == 410
    assert response.json()["error"] == {
        "status": 410,
        "code": "gone",
        "message": "Dit artikel is ingetrokken en niet meer te lezen.",
    }


def test_draft_private_and_unknown_articles_are_404(tree, api):
    """A draft or embargoed article, or a private one, is as unknown as an id that was never used."""
    draft = make_article(tree.binnenland, "Concept", published=False)
    private = make_article(tree.binnenland, "Besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    for pk in (draft.pk, private.pk, 987654, 10**18 - 1, 10**19):
        response = api.get(f"/api/v1/articles/{pk}/")
        assert response.status_code == 404, pk
        assert response.json()["error"]["code"] == "not_found"


def test_author_without_public_page_has_no_links(tree, api):
    """The byline still names a reporter whose page is not published, without a dead link."""
    author = make_author(tree)
    article = make_article(tree.binnenland, "Met auteur")
    article.author_links = [ArticleAuthor(author=author)]
    publish(article)
    author.unpublish()
    byline = api.get(f"/api/v1/articles/{article.pk}/").json()["authors"]
    assert byline == [
        {"id": author.pk, "name": "Sanne de Wit", "role": "verslaggever", "url": None, "api_url": None}
    ]


def test_comments_close_at_is_null_when_they_never_close(tree, api):
    article = make_article(tree.binnenland, "Altijd open", comments_close_after_hours=0)
    closed = make_article(tree.binnenland, "Dicht", comments_enabled=False)
    assert api.get(f"/api/v1/articles/{article.pk}/").json()["comments_close_at"] is None
    data = api.get(f"/api/v1/articles/{closed.pk}/").json()
    assert (data["comments_enabled"], data["comments_open"], data["comments_close_at"]) == (
        False,
        False,
        None,
    )


def test_related_articles_only_when_live(story, api):
    story.other.unpublish()
    assert api.get(f"/api/v1/articles/{story.article.pk}/").json()["related"] == []


# Most read


def test_most_read_ranks_by_reads_and_filters_by_section(tree, api):
    quiet = make_article(tree.binnenland, "Weinig gelezen")
    popular = make_article(tree.klimaat, "Veel gelezen")
    make_reads(quiet, 3)
    make_reads(popular, 40)
    data = api.get("/api/v1/most-read/").json()
    assert data["hours"] == 24
    assert ids(data["results"]) == [popular.pk, quiet.pk]
    assert ids(api.get("/api/v1/most-read/?limit=1").json()["results"]) == [popular.pk]
    assert ids(api.get(f"/api/v1/most-read/?section={tree.binnenland.pk}").json()["results"]) == [quiet.pk]


# Sections


def test_sections_in_tree_order_with_their_parent(tree, api):
    data = api.get("/api/v1/sections/").json()
    assert [section["title"] for section in data["results"]] == ["Binnenland", "Economie", "Klimaat"]
    klimaat = data["results"][2]
    assert klimaat["parent"]["id"] == tree.economie.pk
    assert data["results"][0]["parent"] is None
    first = api.get("/api/v1/sections/?limit=2").json()
    rest = api.get(first["next"].removeprefix(BASE)).json()
    assert [s["title"] for s in first["results"] + rest["results"]] == ["Binnenland", "Economie", "Klimaat"]
    assert rest["next"] is None


def test_section_has_subsections_top_stories_and_a_link_to_its_articles(tree, api):
    """Top stories are the desk's choice as on the section page; `articles` is the filtered article list."""
    chosen = make_article(tree.klimaat, "Gekozen", when=ago(days=3))
    make_article(tree.economie, "Nieuwer")
    tree.economie.top_stories = [SectionTopStory(article=chosen)]
    publish(tree.economie)
    data = api.get(f"/api/v1/sections/{tree.economie.pk}/").json()
    assert [sub["title"] for sub in data["subsections"]] == ["Klimaat"]
    assert data["parent"] is None
    assert ids(data["top_stories"]) == [chosen.pk]
    assert data["articles"] == f"{BASE}/api/v1/articles/?section={tree.economie.pk}"
    assert api.get(f"/api/v1/sections/{tree.klimaat.pk}/").json()["parent"]["title"] == "Economie"


def test_unknown_or_unpublished_section_is_404(tree, api):
    tree.binnenland.unpublish()
    for pk in (tree.binnenland.pk, tree.dossier.pk, 999999):
        assert api.get(f"/api/v1/sections/{pk}/").status_code == 404


# Dossiers


def test_dossiers_by_title_filtered_on_active(tree, api):
    closed = add_page(
        tree.home, tree.dossier.__class__(title="Aardbevingen", slug="aardbevingen", is_active=False)
    )
    all_ = api.get("/api/v1/dossiers/").json()["results"]
    assert [dossier["title"] for dossier in all_] == ["Aardbevingen", "Verkiezingen"]
    assert ids(api.get("/api/v1/dossiers/?active=false").json()["results"]) == [closed.pk]
    assert ids(api.get("/api/v1/dossiers/?active=true").json()["results"]) == [tree.dossier.pk]


def test_dossier_has_image_top_stories_and_articles_link(tree, api):
    tree.dossier.lead_image = make_image()
    tree.dossier.intro = "Alles over de stembus."
    publish(tree.dossier)
    article = make_article(tree.binnenland, "Stembus open")
    article.dossiers.add(tree.dossier)
    publish(article)
    data = api.get(f"/api/v1/dossiers/{tree.dossier.pk}/").json()
    assert data["intro"] == "Alles over de stembus."
    assert data["active"] is True
    assert data["image"]["renditions"]
    assert ids(data["top_stories"]) == [article.pk]
    assert data["articles"] == f"{BASE}/api/v1/articles/?dossier={tree.dossier.pk}"


# Authors


def test_authors_by_name_with_photo(tree, api):
    make_author(tree, "Piet Bakker", role="fotograaf")
    wit = make_author(tree, "Anne Wit")
    wit.photo = make_image(title="Portret Anne Wit", credit="")
    wit.bio = "Schrijft over water."
    publish(wit)
    results = api.get("/api/v1/authors/").json()["results"]
    assert [author["name"] for author in results] == ["Anne Wit", "Piet Bakker"]
    assert results[0]["photo"]["alt"] == "Portret Anne Wit"
    assert results[0]["photo"]["credit"] is None
    assert results[1]["photo"] is None
    data = api.get(f"/api/v1/authors/{wit.pk}/").json()
    assert data["bio"] == "Schrijft over water."
    assert data["role"] == "verslaggever"
    assert data["articles"] == f"{BASE}/api/v1/articles/?author={wit.pk}"


# Search


def test_search_finds_articles_with_a_snippet(story, api):
    data = api.get("/api/v1/search/?q=dijk").json()
    assert data["query"] == "dijk"
    assert data["count"] == 1
    assert ids(data["results"]) == [story.article.pk]
    assert "<mark>dijk</mark>" in data["results"][0]["snippet"]
    assert data["next"] is None


def test_search_pages_with_an_offset_cursor(tree, api):
    """Ranked results page by offset; following `next` reaches every match once."""
    articles = [make_article(tree.binnenland, f"Windmolen {n}", when=ago(hours=n + 1)) for n in range(5)]
    seen, url = [], "/api/v1/search/?q=windmolen&order=date&limit=2"
    while url:
        data = api.get(url).json()
        assert data["count"] == 5
        seen += ids(data["results"])
        url = data["next"] and data["next"].removeprefix(BASE)
    assert seen == [article.pk for article in articles]


def test_search_filters_on_section_and_dates(tree, api):
    inside = make_article(tree.klimaat, "Windmolen in zee", when=datetime(2026, 3, 2, 12, tzinfo=UTC))
    make_article(tree.binnenland, "Windmolen op land", when=datetime(2026, 3, 5, 12, tzinfo=UTC))
    by_section = api.get(f"/api/v1/search/?q=windmolen&section={tree.economie.pk}").json()
    assert ids(by_section["results"]) == [inside.pk]
    by_date = api.get("/api/v1/search/?q=windmolen&since=2026-03-01&until=2026-03-03").json()
    assert ids(by_date["results"]) == [inside.pk]
    forever = api.get("/api/v1/search/?q=windmolen&since=0001-01-01&until=9999-12-31").json()
    assert forever["count"] == 2


def test_search_without_words_is_a_400_with_the_reason(tree, api):
    """The search service's own message says what to do."""
    for query in ("q=", "q=%20-fiets", "q=%22%22"):
        response = api.get(f"/api/v1/search/?{query}")
        assert response.status_code == 400, query
        error = response.json()["error"]
        assert error["code"] == "invalid_parameter"
        assert list(error["fields"]) == ["q"]
    assert api.get("/api/v1/search/").json()["error"]["fields"]["q"]


# HTTP: caching and encoding


def test_responses_are_public_with_an_etag_and_304(story, api):
    """Any cache may keep an answer, shared caches until a purge (s-maxage); a client that has it gets a
    bodiless 304."""
    url = f"/api/v1/articles/{story.article.pk}/"
    response = api.get(url)
    assert response["Cache-Control"].startswith("public, max-age=1, s-maxage=")
    assert response["ETag"]
    again = api.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    story.article.title = "Dijk bij Zandmeer nog verder versterkt"
    publish(story.article)
    assert api.get(url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 200


def test_every_client_gets_the_same_bytes(story, api):
    """Nothing personal goes into a response: no cookies read or set, no Vary on them."""
    from rest_framework.test import APIClient

    first = api.get("/api/v1/front-page/", REMOTE_ADDR="192.0.2.1", HTTP_USER_AGENT="App/1.0")
    other = APIClient()
    other.cookies["krant_consent"] = "v1:social"
    second = other.get("/api/v1/front-page/", REMOTE_ADDR="192.0.2.2", HTTP_ACCEPT_LANGUAGE="en")
    assert first.content == second.content
    assert not first.cookies
    assert "Cookie" not in first.get("Vary", "")
    assert second["Cache-Control"].startswith("public, max-age=1, s-maxage=")


def test_json_is_utf8_without_escapes(tree, api):
    article = make_article(tree.binnenland, "Café in Ærø heropend", intro="Één zin met “aanhalingstekens”.")
    response = api.get(f"/api/v1/articles/{article.pk}/")
    assert response["Content-Type"] == "application/json"
    assert "Café in Ærø heropend".encode() in response.content
    assert "“aanhalingstekens”".encode() in response.content


def test_head_answers_the_headers_of_get(story, api):
    response = api.head("/api/v1/articles/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.content == b""


# Syncing by change date


def changed(article, at):
    """Publish `article` again at moment `at`, as an editor correcting it would."""
    with time_machine.travel(at, tick=False):
        return publish(article)


def test_updated_since_lists_changes_oldest_first_with_a_count(tree, api):
    """An app syncing gets the articles changed since its last sync, in the order they changed."""
    base = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    old, corrected, fresh = (make_article(tree.binnenland, f"Bericht {n}") for n in range(3))
    changed(old, base - timedelta(days=1))
    changed(fresh, base + timedelta(hours=2))
    changed(corrected, base + timedelta(hours=1))
    data = api.get("/api/v1/articles/", {"updated_since": "2026-03-01T10:00:00+01:00"}).json()
    assert ids(data["results"]) == [corrected.pk, fresh.pk]
    assert data["count"] == 2
    assert data["results"][0]["changed_at"] == "2026-03-01T11:00:00+01:00"
    assert api.get("/api/v1/articles/").json()["count"] is None  # no count over the whole archive


def test_updated_since_pages_stably_while_articles_change(tree, api):
    """Paging on with `next` reaches every change once; an article changed meanwhile comes again, last."""
    base = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    articles = [make_article(tree.binnenland, f"Bericht {n}") for n in range(5)]
    for n, article in enumerate(articles):
        changed(article, base + timedelta(minutes=n))
    first = api.get("/api/v1/articles/", {"updated_since": "2026-03-01T09:00:00Z", "limit": 2}).json()
    assert ids(first["results"]) == [articles[0].pk, articles[1].pk]
    changed(articles[0], base + timedelta(hours=1))  # corrected while the app pages
    seen = ids(first["results"])
    url = first["next"]
    while url:
        page = api.get(url.removeprefix(BASE)).json()
        seen += ids(page["results"])
        url = page["next"]
    assert seen == [*(article.pk for article in articles), articles[0].pk]


def test_updated_since_combines_with_the_other_filters(tree, api):
    base = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    economy = changed(make_article(tree.economie, "Fabriek sluit"), base)
    changed(make_article(tree.binnenland, "Dijk versterkt"), base)
    data = api.get(
        "/api/v1/articles/", {"updated_since": "2026-03-01T08:00:00Z", "section": tree.economie.pk}
    ).json()
    assert (ids(data["results"]), data["count"]) == ([economy.pk], 1)


@pytest.mark.parametrize(
    "value", ["2026-03-01", "2026-03-01T09:30:00", "gisteren", "2026-02-30T09:30:00Z", "1772357400"]
)
def test_updated_since_without_a_moment_with_offset_is_a_400(tree, api, value):
    """A date alone or a time without offset means different moments in different places: refused."""
    response = api.get("/api/v1/articles/", {"updated_since": value})
    assert response.status_code == 400
    error = response.json()["error"]
    assert list(error["fields"]) == ["updated_since"]
    assert "ISO 8601 met tijdzone" in error["message"]


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"])
def test_updated_since_at_the_edges_of_the_calendar_is_no_error(tree, api, value):
    """A moment UTC cannot name still means something: everything, or nothing yet."""
    make_article(tree.binnenland, "Bericht")
    data = api.get("/api/v1/articles/", {"updated_since": value}).json()
    assert data["count"] == (1 if value.startswith("0001") else 0)


# Cross-origin reading (CORS)


def test_apps_on_other_sites_may_read_the_api(story, api):
    """A browser app on any origin reads the API, without cookies, and sees ETag, Link and Retry-After."""
    response = api.get("/api/v1/articles/", HTTP_ORIGIN="https://app.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    exposed = {name.strip().lower() for name in response["Access-Control-Expose-Headers"].split(",")}
    assert exposed == {"etag", "link", "retry-after"}


def test_a_preflight_is_answered_for_reading_only(tree, api):
    """OPTIONS with Access-Control-Request-Method gets a 200 that allows GET and HEAD, not writing."""
    response = api.options(
        "/api/v1/articles/",
        HTTP_ORIGIN="https://app.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert {method.strip() for method in response["Access-Control-Allow-Methods"].split(",")} == {
        "GET", "HEAD", "OPTIONS",
    }  # fmt: skip
    assert "if-none-match" in response["Access-Control-Allow-Headers"]


def test_reader_pages_are_not_opened_to_other_sites(tree, client):
    """CORS is for the API only: the site's own pages and forms stay same-origin."""
    response = client.get("/", HTTP_ORIGIN="https://app.example")
    assert "Access-Control-Allow-Origin" not in response
