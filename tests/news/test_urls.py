"""Article addresses: readable, carrying the id, and stable when headline, slug or section change."""

from tests.factories import make_article, publish


def test_article_url_is_section_id_slug(tree, client):
    """An article is read at /<section>/<id>/<slug>/, not at its storage place in the page tree."""
    article = make_article(tree.binnenland, "Dijk bij Zandmeer versterkt", slug="dijk-zandmeer")
    assert article.url == f"/binnenland/{article.pk}/dijk-zandmeer/"
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Dijk bij Zandmeer versterkt" in response.content.decode()


def test_subsection_article_url(tree):
    """An article in a subsection carries the full section path."""
    article = make_article(tree.klimaat, "Zonneparken groeien", slug="zonneparken")
    assert article.url == f"/economie/klimaat/{article.pk}/zonneparken/"


def test_changed_slug_redirects_old_url(tree, client):
    """After a new headline and slug, the old address answers 301 with the new one."""
    article = make_article(tree.binnenland, "Brug dicht", slug="brug-dicht")
    old_url = article.url
    article.title, article.slug = "Brug weer open", "brug-weer-open"
    publish(article)
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == f"/binnenland/{article.pk}/brug-weer-open/"
    assert client.get(response["Location"]).status_code == 200


def test_changed_section_redirects_old_url(tree, client):
    """Moving an article to another home section keeps its old address working by a 301."""
    article = make_article(tree.binnenland, "Tarieven omlaag", slug="tarieven")
    old_url = article.url
    article.home_section = tree.economie
    publish(article)
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == f"/economie/{article.pk}/tarieven/"


def test_id_without_slug_redirects(tree, client):
    article = make_article(tree.binnenland, "Kort bericht", slug="kort")
    response = client.get(f"/binnenland/{article.pk}/")
    assert response.status_code == 301
    assert response["Location"] == article.url


def test_storage_path_redirects_to_canonical(tree, client):
    """The year-folder path is never a second address for the article."""
    article = make_article(tree.binnenland, "Opslag", slug="opslag")
    year = article.get_parent().slug
    response = client.get(f"/artikelen/{year}/opslag/")
    assert response.status_code == 301
    assert response["Location"] == article.url


def test_folders_are_not_pages_for_readers(tree, client):
    article = make_article(tree.binnenland, "Map", slug="map")
    year = article.get_parent().slug
    assert client.get("/artikelen/").status_code == 404
    assert client.get(f"/artikelen/{year}/").status_code == 404


def test_unknown_or_malformed_ids_are_404(tree, client):
    """Unknown ids, ids of other page types and junk give a clear 404, never a 500."""
    assert client.get("/binnenland/999999999/niets/").status_code == 404
    assert client.get(f"/binnenland/{tree.economie.pk}/economie/").status_code == 404
    assert client.get("/binnenland/12ab/x/").status_code == 404
    assert client.get("/binnenland/1/2/3/4/").status_code == 404
    assert client.get("/binnenland/99999999999999999999999/x/").status_code == 404
    assert client.get("/binnenland/%C2%B2/x/").status_code == 404


def test_draft_article_is_not_reachable(tree, client):
    article = make_article(tree.binnenland, "Concept", slug="concept", published=False)
    assert client.get(f"/binnenland/{article.pk}/concept/").status_code == 404


def test_withdrawn_article_is_gone(tree, client):
    """An article readers could read once and the desk took offline answers 410, not 404."""
    article = make_article(tree.binnenland, "Ingetrokken", slug="ingetrokken")
    url = article.url
    article.unpublish()
    response = client.get(url)
    assert response.status_code == 410
    assert "niet meer beschikbaar" in response.content.decode()
