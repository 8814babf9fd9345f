"""What readers see on the front page, sections and articles built from the content model."""

import re
from datetime import timedelta

from django.utils import timezone

from krant.news.models import (
    PAGE_SIZE,
    ArticleAuthor,
    ArticleCorrection,
    HomeTopStory,
    SectionPage,
    newest_per_group,
)
from tests.factories import add_page, make_article, make_author, publish


def test_front_page_falls_back_to_newest(tree, client):
    make_article(tree.binnenland, "Ouder nieuws", when=timezone.now() - timedelta(days=1))
    make_article(tree.binnenland, "Vers nieuws")
    response = client.get("/")
    assert response.context["lead"].title == "Vers nieuws"


def test_front_page_shows_curated_lead_and_top_stories(tree, client):
    lead = make_article(tree.binnenland, "Gekozen opening", when=timezone.now() - timedelta(days=2))
    top = make_article(tree.economie, "Gekozen topverhaal", when=timezone.now() - timedelta(days=3))
    withdrawn = make_article(tree.economie, "Teruggetrokken", when=timezone.now() - timedelta(days=3))
    make_article(tree.binnenland, "Nieuwer maar niet gekozen")
    tree.home.lead_story = lead
    tree.home.top_stories = [HomeTopStory(article=top), HomeTopStory(article=withdrawn)]
    publish(tree.home)
    withdrawn.unpublish()
    response = client.get("/")
    assert response.context["lead"] == lead
    assert [article.title for article in response.context["top_stories"]] == ["Gekozen topverhaal"]
    assert "Teruggetrokken" not in response.content.decode()


def test_section_lists_its_subsections_articles(tree, client):
    make_article(tree.klimaat, "Windpark op zee")
    make_article(tree.binnenland, "Elders")
    titles = [article.title for article in client.get(tree.economie.url).context["articles"]]
    assert titles == ["Windpark op zee"]


def test_article_in_extra_section_and_dossier(tree, client):
    article = make_article(tree.binnenland, "Uitslag bekend")
    article.sections.add(tree.economie)
    article.dossiers.add(tree.dossier)
    publish(article)
    assert "Uitslag bekend" in client.get(tree.economie.url).content.decode()
    assert "Uitslag bekend" in client.get(tree.dossier.url).content.decode()


def test_section_pages_list_each_article_once_in_order(tree, client):
    """A section's pages hold its own, its subsections' and its extra articles, each once, newest first
    (ties by id), complete and without overlap across page boundaries."""
    now = timezone.now()
    listed = []
    for number in range(3 * PAGE_SIZE):
        when = now - timedelta(minutes=number // 10)  # ten share each minute: ties across page boundaries
        home = [tree.klimaat, tree.economie, tree.binnenland][number % 3]
        article = make_article(home, f"Bericht {number}", when=when)
        extra = {1: tree.klimaat, 2: tree.economie}.get(number % 6)  # in its own subsection: still once
        if extra:
            article.sections.add(extra)
            publish(article)
        if home != tree.binnenland or extra:
            listed.append(article)
    expected = [a.pk for a in sorted(listed, key=lambda a: (a.first_published_at, a.pk), reverse=True)]
    pages = [client.get(tree.economie.url, {"page": number}) for number in (1, 2, 3)]
    assert [response.status_code for response in pages] == [200, 200, 200]
    shown = [[stub.pk for stub in response.context["articles"]] for response in pages]
    assert [len(ids) for ids in shown] == [PAGE_SIZE, PAGE_SIZE, len(expected) - 2 * PAGE_SIZE]
    assert shown[0] + shown[1] + shown[2] == expected
    assert client.get(tree.economie.url, {"page": 4}).status_code == 404


def test_byline_defaults_and_links_authors(tree, client):
    plain = make_article(tree.binnenland, "Zonder auteur")
    assert "Door onze nieuwsredactie" in client.get(plain.url).content.decode()
    author = make_author(tree)
    signed = make_article(tree.binnenland, "Met auteur")
    signed.author_links = [ArticleAuthor(author=author)]
    publish(signed)
    html = client.get(signed.url).content.decode()
    assert f'<a href="{author.url}">Sanne de Wit</a>' in html
    assert "Sanne de Wit" in client.get(author.url).content.decode()
    assert "Met auteur" in client.get(author.url).content.decode()


def test_update_and_corrections_are_public(tree, client):
    article = make_article(tree.binnenland, "Cijfers herzien")
    article.updated_at = timezone.now()
    article.update_note = "Nieuwe cijfers van het CBS toegevoegd."
    ArticleCorrection.objects.create(article=article, note="De naam van de wethouder was verkeerd gespeld.")
    publish(article)
    html = client.get(article.url).content.decode()
    assert "Bijgewerkt" in html
    assert "Nieuwe cijfers van het CBS toegevoegd." in html
    assert "De naam van de wethouder was verkeerd gespeld." in html


def test_comments_close_after_the_set_hours(tree):
    article = make_article(tree.binnenland, "Debat", when=timezone.now() - timedelta(hours=10))
    article.comments_close_after_hours = 12
    assert article.comments_open()
    assert not article.comments_open(at=article.published_at + timedelta(hours=13))
    article.comments_close_after_hours = 0
    assert article.comments_open(at=article.published_at + timedelta(days=400))
    article.comments_enabled = False
    assert not article.comments_open()


def test_bad_page_numbers_are_404(tree, client):
    make_article(tree.binnenland, "Enig bericht")
    assert client.get(tree.latest.url, {"page": "2"}).status_code == 404
    assert client.get(tree.latest.url, {"page": "x"}).status_code == 404
    assert client.get(tree.latest.url, {"page": "-1"}).status_code == 404
    assert client.get(tree.latest.url, {"page": "1"}).status_code == 200


def test_dates_are_dutch_in_amsterdam_time_whatever_the_browser(tree, client):
    """'31 okt 2024 om 19:09' in Europe/Amsterdam, also for a browser that asks for English."""
    from datetime import UTC, datetime

    when = datetime(2024, 10, 31, 18, 9, tzinfo=UTC)
    article = make_article(tree.binnenland, "Tijdstip", when=when)
    html = client.get(article.url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<time datetime="2024-10-31T19:09:00+01:00">31 okt 2024 om 19:09</time>' in html
    assert '<html lang="nl">' in html


def main_column_ids(context) -> list[int]:
    """Return the ids of the articles in the front page's main column, top to bottom: the opener, the top
    stories, the dossier rows and the section blocks (Net binnen and Meest gelezen are beside it)."""
    ids = [context["lead"].pk] if context["lead"] else []
    ids += [article.pk for article in context["top_stories"]]
    for _group, articles in [*context["dossier_strips"], *context["section_blocks"]]:
        ids += [article.pk for article in articles]
    return ids


def curate(home, lead, *top):
    home.lead_story = lead
    home.top_stories = [HomeTopStory(article=article) for article in top]
    publish(home)


def test_front_page_has_a_block_per_section_and_dossier_strips(tree, client):
    """Below the opener and top stories: a row per dossier, a block per section, with what is not above."""
    old = timezone.now() - timedelta(days=2)
    curate(
        tree.home,
        make_article(tree.binnenland, "Opening", when=old),
        make_article(tree.economie, "Top", when=old),
    )
    article = make_article(tree.klimaat, "Zeespiegel stijgt sneller")
    article.dossiers.add(tree.dossier)
    publish(article)
    make_article(tree.binnenland, "Nieuwe rotonde")
    make_article(tree.economie, "Rente omlaag")
    context = client.get("/").context
    blocks = {section.title: [a.title for a in articles] for section, articles in context["section_blocks"]}
    assert blocks == {"Binnenland": ["Nieuwe rotonde"], "Economie": ["Rente omlaag"]}
    strips = {dossier.title: [a.title for a in articles] for dossier, articles in context["dossier_strips"]}
    assert strips == {"Verkiezingen": ["Zeespiegel stijgt sneller"]}


def test_an_article_shows_once_in_the_main_column(tree, client):
    """The opener, top stories, dossier rows and section blocks never repeat an article; each block takes
    the newest the blocks above did not show, and Net binnen beside them may repeat any."""
    for number in range(16):
        article = make_article(
            [tree.binnenland, tree.klimaat][number % 2],
            f"Bericht {number}",
            slug=f"bericht-{number}",
            when=timezone.now() - timedelta(minutes=number),
        )
        article.dossiers.add(tree.dossier)
    context = client.get("/").context
    shown = main_column_ids(context)
    assert len(shown) == len(set(shown))
    assert len(context["top_stories"]) == 4  # uncurated: the newest after the opener
    assert all(articles for _group, articles in [*context["dossier_strips"], *context["section_blocks"]])
    assert [a.pk for a in context["latest"]][:5] == shown[:5]  # Net binnen repeats the newest


def test_a_block_with_nothing_new_is_left_out(tree, client):
    """A section whose articles all show higher up gets no empty block."""
    curate(tree.home, make_article(tree.binnenland, "Opening"), make_article(tree.economie, "Top"))
    blocks = client.get("/").context["section_blocks"]
    assert [section.title for section, _articles in blocks] == []


def test_front_page_blocks_follow_a_new_publish(tree, client, django_capture_on_commit_callbacks):
    """The blocks are cached, but a publish shows at once (once it commits)."""
    old = timezone.now() - timedelta(days=2)
    curate(
        tree.home,
        make_article(tree.economie, "Opening", when=old),
        make_article(tree.economie, "Top", when=old),
    )
    make_article(tree.binnenland, "Eerste bericht")
    client.get("/")
    with django_capture_on_commit_callbacks(execute=True):
        make_article(tree.binnenland, "Tweede bericht", when=timezone.now())
    blocks = dict(client.get("/").context["section_blocks"])
    assert [a.title for a in blocks[tree.binnenland]][0] == "Tweede bericht"


def test_section_top_stories_curated_or_newest(tree, client):
    from krant.news.models import SectionTopStory

    old = make_article(tree.binnenland, "Achtergrond", when=timezone.now() - timedelta(days=3))
    make_article(tree.binnenland, "Vandaag")
    assert [a.title for a in client.get(tree.binnenland.url).context["top_stories"]][0] == "Vandaag"
    tree.binnenland.top_stories = [SectionTopStory(article=old)]
    publish(tree.binnenland)
    response = client.get(tree.binnenland.url)
    assert [a.title for a in response.context["top_stories"]] == ["Achtergrond"]
    assert client.get(tree.binnenland.url, {"page": "1"}).context["top_stories"]


def test_odd_query_strings_never_fail(tree, client):
    """Junk in the query string gives a clear 404 for a bad page number, else the page; never a 500."""
    article = make_article(tree.binnenland, "Gewoon nieuws")
    assert client.get(tree.latest.url + "?page=99999999999999999999999").status_code == 404
    assert client.get(tree.latest.url + "?page=%00").status_code == 404
    assert client.get(tree.latest.url + "?page=1.5").status_code == 404
    assert client.get(tree.latest.url + "?page=2&page=1").status_code == 200  # the last value counts
    response = client.get(article.url + "?utm_source=%3Cscript%3Ealert(1)%3C/script%3E&x=%ff")
    assert response.status_code == 200
    assert b"<script>alert(1)" not in response.content


def canonical(response) -> str:
    return re.search(r'<link rel="canonical" href="([^"]*)">', response.content.decode()).group(1)


def test_canonical_carries_only_a_valid_page_number(tree, client):
    """Page 2 of a listing is canonical with ?page=2; page 1 and pages without pages ignore what was typed."""
    now = timezone.now()
    for number in range(PAGE_SIZE + 1):
        make_article(
            tree.binnenland,
            f"Bericht {number}",
            slug=f"bericht-{number}",
            when=now - timedelta(minutes=number),
        )
    article = make_article(tree.binnenland, "Gewoon nieuws")
    assert canonical(client.get(tree.latest.url, {"page": "2"})).endswith("/net-binnen/?page=2")
    assert canonical(client.get(tree.latest.url, {"page": "1"})).endswith("/net-binnen/")
    assert canonical(client.get(tree.latest.url, {"page": "02"})).endswith("/net-binnen/?page=2")
    for url in ["/", article.url]:
        response = client.get(url, {"page": '2"><script>x</script>'})
        assert response.status_code == 200
        assert "?" not in canonical(response)
        assert "<script>x" not in response.content.decode()


def test_junk_page_numbers_on_listings_are_404_not_echoed(tree, client):
    """A listing answers a page number that is not one of its pages with 404, as out-of-range pages."""
    make_article(tree.binnenland, "Enig bericht")
    for url in [tree.latest.url, tree.binnenland.url, tree.dossier.url]:
        response = client.get(url, {"page": '"><b>'})
        assert response.status_code == 404, url
        assert "&quot;&gt;&lt;b&gt;" not in response.content.decode()


def test_top_stories_come_from_one_component(tree, client):
    """Front page, section and dossier show their top stories with the same component template."""
    article = make_article(tree.binnenland, "Uitslag bekend")
    article.dossiers.add(tree.dossier)
    publish(article)
    curate(tree.home, make_article(tree.economie, "Opening"), article)  # the opener is not a top story too
    for url in ["/", tree.binnenland.url, tree.dossier.url]:
        response = client.get(url)
        assert "components/top_stories.html" in [template.name for template in response.templates], url
        assert 'id="topverhalen-titel"' in response.content.decode(), url


def test_newest_per_group_reads_every_group_in_one_query(tree, django_assert_num_queries):
    """Each section and dossier gets its own newest, in listing order, from one query for all of them;
    a subsection's and an extra section's articles count, groups without articles are left out."""
    now = timezone.now()
    oldest = make_article(tree.binnenland, "Oud", when=now - timedelta(hours=3))
    middle = make_article(tree.klimaat, "Midden", when=now - timedelta(hours=2))
    newest = make_article(tree.binnenland, "Nieuw", when=now - timedelta(hours=1))
    newest.sections.add(tree.economie)
    newest.dossiers.add(tree.dossier)
    publish(newest)
    empty = add_page(tree.home, SectionPage(title="Leeg", slug="leeg"))
    groups = [tree.binnenland, tree.economie, empty, tree.dossier]
    newest_per_group(groups, 2)  # the restricted paths, kept per process, are read once
    with django_assert_num_queries(1):
        found = newest_per_group(groups, 2)
    assert found == [
        (tree.binnenland.pk, [newest.pk, oldest.pk]),
        (tree.economie.pk, [newest.pk, middle.pk]),
        (tree.dossier.pk, [newest.pk]),
    ]
