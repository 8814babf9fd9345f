"""The article page: the section label above the headline, 'Lees ook', and no stand-in community block."""

import re
from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from krant.news.models import RELATED_COUNT, RelatedArticle
from tests.factories import make_article, publish


def related_titles(client, article) -> list[str]:
    return [related.title for related in client.get(article.url).context["related"]]


def test_section_label_links_to_the_home_section(tree, client):
    """Above the headline a small label names the article's section and links to it."""
    article = make_article(tree.klimaat, "Zeespiegel stijgt sneller")
    html = client.get(article.url).content.decode()
    header = html[html.index('<header class="article__header">') : html.index('<h1 class="article__title"')]
    assert '<a href="/economie/klimaat/">Klimaat</a>' in header


def test_related_shows_the_editors_choice_in_order(tree, client):
    """The editor's picks, in their order, leaving out unpublished ones and other automatic matches."""
    first = make_article(tree.economie, "Fabriek sluit")
    second = make_article(tree.klimaat, "Zonnepark geopend")
    gone = make_article(tree.economie, "Ingetrokken bericht")
    make_article(tree.binnenland, "Ander nieuws uit de rubriek")
    article = make_article(tree.binnenland, "Dijk versterkt", when=timezone.now())
    article.related_links = [
        RelatedArticle(related=second),
        RelatedArticle(related=gone),
        RelatedArticle(related=first),
    ]
    publish(article)
    gone.unpublish()
    assert related_titles(client, article) == ["Zonnepark geopend", "Fabriek sluit"]
    assert "Lees ook" in client.get(article.url).content.decode()


def test_related_falls_back_to_dossier_and_section_newest_first(tree, client):
    """Without picks: the newest published articles of its dossiers or section, never the article itself."""
    now = timezone.now()
    article = make_article(tree.binnenland, "Dijk versterkt", when=now)
    article.dossiers.add(tree.dossier)
    publish(article)
    in_dossier = make_article(tree.economie, "Stembureaus open", when=now - timedelta(hours=1))
    in_dossier.dossiers.add(tree.dossier)
    publish(in_dossier)
    make_article(tree.binnenland, "Rotonde klaar", when=now - timedelta(hours=2))
    make_article(tree.economie, "Rente omlaag", when=now - timedelta(hours=3))  # neither dossier nor section
    make_article(tree.binnenland, "Concept", published=False)
    assert related_titles(client, article) == ["Stembureaus open", "Rotonde klaar"]


def test_related_is_a_constant_number_of_queries(tree, client):
    """'Lees ook' costs the same queries with few or many candidates, and shows RELATED_COUNT at most."""
    article = make_article(tree.binnenland, "Dijk versterkt", when=timezone.now())

    def cost() -> int:
        client.get(article.url)  # warm caches
        with CaptureQueriesContext(connection) as queries:
            client.get(article.url)
        return len(queries)

    make_article(tree.binnenland, "Eerste buur", slug="buur-0")
    few = cost()
    for number in range(1, 12):
        make_article(tree.binnenland, f"Buur {number}", slug=f"buur-{number}")
    assert cost() == few
    assert len(related_titles(client, article)) == RELATED_COUNT


def test_a_fresh_article_has_the_real_community_block(tree, client):
    """No stand-in: a fresh article's block says there are no comments yet, its login leads back to the
    thread (not to the article itself), and it is not closed (the block's tests: tests/community)."""
    article = make_article(tree.binnenland, "Vers nieuws", when=timezone.now())
    html = client.get(article.url).content.decode()
    block = html[html.index('id="reacties"') : html.index("</section>", html.index('id="reacties"'))]
    assert "Nog geen reacties" in block
    assert f'href="{article.url}"' not in block
    assert "/community/inloggen/?next=" in block
    assert not re.search(r"niet meer mogelijk|gesloten", html, re.IGNORECASE)


def test_restricted_article_asks_for_a_login_not_a_404(tree, client):
    """A live article behind a login is routed and Wagtail asks for a login; listings leave it out."""
    article = make_article(tree.binnenland, "Alleen voor leden")
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302
    assert "Alleen voor leden" not in client.get(tree.binnenland.url).content.decode()
