"""Search over articles: Dutch stems, filters, both orders, only what readers may read, clear errors."""

import datetime
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from krant.search import services
from krant.search.services import ArticleSearch, SearchError, search_articles, snippet
from tests.factories import make_article, publish

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def titles(search: ArticleSearch) -> list[str]:
    return [article.title for article in search_articles(search)]


def found(query: str, **filters) -> set[str]:
    return set(titles(ArticleSearch(query=query, **filters)))


def paragraph(text: str) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def factories(tree):
    """Two articles that share a subject, one word in its plural and one in its singular."""
    tree.plural = make_article(
        tree.economie,
        "Drie fabrieken sluiten hun poorten",
        intro="De productie verhuist naar het buitenland.",
        body=paragraph("Honderden werknemers verliezen hun baan."),
    )
    tree.singular = make_article(
        tree.binnenland,
        "Nieuwe fabriek in Zandmeer",
        intro="Het bedrijf bouwt een hal aan de haven.",
        body=paragraph("Er komen tweehonderd banen bij."),
    )
    return tree


def test_singular_finds_plural_and_plural_finds_singular(factories):
    """Dutch stemming both ways: 'fabriek' finds 'fabrieken' and 'fabrieken' finds 'fabriek'."""
    both = {"Drie fabrieken sluiten hun poorten", "Nieuwe fabriek in Zandmeer"}
    assert found("fabriek") == both
    assert found("fabrieken") == both
    assert found("FABRIEKEN") == both


def test_body_and_intro_words_are_found_by_their_stem(factories):
    """The intro and the body are searched too, also by another form of the word."""
    assert found("werknemer") == {"Drie fabrieken sluiten hun poorten"}
    assert found("buitenland") == {"Drie fabrieken sluiten hun poorten"}
    assert found("banen") == {"Drie fabrieken sluiten hun poorten", "Nieuwe fabriek in Zandmeer"}


def test_all_words_must_match(factories):
    """Several words: an article must hold every one of them."""
    assert found("fabriek haven") == {"Nieuwe fabriek in Zandmeer"}
    assert found("fabriek onbekendwoord") == set()


def test_quoted_words_must_stand_together(factories):
    """A phrase in quotes matches only those words next to each other, in that order."""
    assert found('"fabrieken sluiten"') == {"Drie fabrieken sluiten hun poorten"}
    assert found('"sluiten fabrieken"') == set()


def test_minus_excludes_a_word(factories):
    """-woord (or NIET woord) leaves out the articles that hold it."""
    assert found("fabriek -haven") == {"Drie fabrieken sluiten hun poorten"}
    assert found("fabriek NIET haven") == {"Drie fabrieken sluiten hun poorten"}


def test_or_finds_either_word(factories):
    """OF (or OR) between two words: one of them is enough."""
    assert found("werknemers OF haven") == {
        "Drie fabrieken sluiten hun poorten",
        "Nieuwe fabriek in Zandmeer",
    }
    assert found("werknemers OR haven") == found("werknemers OF haven")


def test_diacritics_do_not_matter(tree):
    """'ideeen' finds 'ideeën' and 'cafe' finds 'café', as readers type them."""
    make_article(tree.binnenland, "Nieuwe ideeën voor het café", slug="ideeen", intro="Het dorp praat mee.")
    assert found("ideeen") == {"Nieuwe ideeën voor het café"}
    assert found("cafe") == {"Nieuwe ideeën voor het café"}


def test_section_includes_subsections_and_articles_listed_there(tree):
    """A section finds its own articles, those of its subsections and those also listed in it."""
    make_article(tree.economie, "Haven groeit in economie")
    make_article(tree.klimaat, "Haven groeit in klimaat")
    listed = make_article(tree.binnenland, "Haven groeit ook hier")
    listed.sections.add(tree.klimaat)
    publish(listed)
    make_article(tree.binnenland, "Haven groeit elders")
    assert found("haven", section=tree.economie) == {
        "Haven groeit in economie",
        "Haven groeit in klimaat",
        "Haven groeit ook hier",
    }
    assert found("haven", section=tree.klimaat) == {"Haven groeit in klimaat", "Haven groeit ook hier"}


def test_dossier_filter(tree):
    """A dossier finds only the articles that joined it."""
    member = make_article(tree.binnenland, "Stembureau open")
    member.dossiers.add(tree.dossier)
    publish(member)
    make_article(tree.binnenland, "Stembureau gesloten")
    assert found("stembureau", dossier=tree.dossier) == {"Stembureau open"}
    assert len(found("stembureau")) == 2


def test_date_range_is_inclusive_in_amsterdam_days(tree):
    """Van and tot are whole days in Europe/Amsterdam: 23:30 on the 28th belongs to the 28th."""
    late = datetime.datetime(2026, 11, 28, 23, 30, tzinfo=AMSTERDAM)  # 22:30 UTC
    make_article(tree.binnenland, "Storm op de 28e", when=late)
    make_article(tree.binnenland, "Storm op de 29e", when=late + timedelta(hours=1))
    day = datetime.date(2026, 11, 28)
    assert found("storm", since=day, until=day) == {"Storm op de 28e"}
    assert found("storm", since=day + timedelta(days=1)) == {"Storm op de 29e"}
    assert found("storm", until=day) == {"Storm op de 28e"}


def test_dates_far_outside_the_archive_filter_nothing(tree):
    """The first and last days a date field allows do not overflow; they just include everything."""
    make_article(tree.binnenland, "Storm in het archief")
    assert found("storm", since=datetime.date.min, until=datetime.date.max) == {"Storm in het archief"}


def test_order_by_date_is_newest_first(tree):
    now = timezone.now()
    for hours, title in [(3, "Brug oud"), (1, "Brug nieuw"), (2, "Brug midden")]:
        make_article(tree.binnenland, title, when=now - timedelta(hours=hours))
    assert titles(ArticleSearch("brug", order="date")) == ["Brug nieuw", "Brug midden", "Brug oud"]


def test_order_by_relevance_puts_the_best_match_first(tree):
    """A headline about the subject outranks an article that mentions it once, even a newer one."""
    make_article(
        tree.binnenland,
        "Dijkversterking: dijk bij de dijkpost",
        slug="dijkversterking",
        intro="De dijk wordt hoger, de dijk wordt breder.",
        when=timezone.now() - timedelta(days=2),
    )
    make_article(tree.binnenland, "Gemeenteraad vergadert", intro="Ook de dijk komt kort ter sprake.")
    assert titles(ArticleSearch("dijk"))[0] == "Dijkversterking: dijk bij de dijkpost"
    assert titles(ArticleSearch("dijk", order="date"))[0] == "Gemeenteraad vergadert"


def test_only_live_public_articles_are_found(tree):
    """Drafts, withdrawn, embargoed and private articles are never found, whatever the query."""
    make_article(tree.binnenland, "Geheim verslag gepubliceerd")
    make_article(tree.binnenland, "Geheim verslag concept", published=False)
    withdrawn = make_article(tree.binnenland, "Geheim verslag ingetrokken")
    withdrawn.unpublish()
    embargoed = make_article(tree.binnenland, "Geheim verslag onder embargo", published=False)
    embargoed.go_live_at = timezone.now() + timedelta(hours=3)
    embargoed.save_revision().publish()
    private = make_article(tree.binnenland, "Geheim verslag besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="geheim")
    assert found("geheim verslag") == {"Geheim verslag gepubliceerd"}
    assert found("geheim verslag", order="date") == {"Geheim verslag gepubliceerd"}


def test_results_are_lazy_sliceable_and_counted(tree):
    """The API and the paginator slice the results and count them."""
    now = timezone.now()
    for number in range(5):
        make_article(tree.binnenland, f"Sluis {number} open", when=now - timedelta(hours=number))
    results = search_articles(ArticleSearch("sluis", order="date"))
    assert results.count() == 5
    assert len(results) == 5
    assert [article.title for article in results[1:3]] == ["Sluis 1 open", "Sluis 2 open"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Vul een of meer zoekwoorden in."),
        ("   \t ", "Vul een of meer zoekwoorden in."),
        ("\x00\x00", "Vul een of meer zoekwoorden in."),
        ("!!! ??? ...", "geen woorden"),
        ('"" * - + && ||', "geen woorden"),
        ("AND OR NOT", "geen woorden"),
        ("-fabriek -haven", "niet alleen op uitsluitingen"),
        ("x" * 201, "hoogstens 200 tekens"),
        (" ".join(["woord"] * 33), "hoogstens 32"),
    ],
)
def test_unusable_queries_raise_a_clear_error(tree, query, message):
    with pytest.raises(SearchError) as raised:
        search_articles(ArticleSearch(query))
    assert message in str(raised.value)


def test_start_after_end_is_an_error(tree):
    with pytest.raises(SearchError, match="begindatum ligt na de einddatum"):
        search_articles(
            ArticleSearch("dijk", since=datetime.date(2026, 2, 1), until=datetime.date(2026, 1, 1))
        )


def test_unknown_order_is_an_error(tree):
    with pytest.raises(SearchError, match="relevantie of op datum"):
        search_articles(ArticleSearch("dijk", order="random"))


@pytest.mark.parametrize(
    "query",
    [
        "fabriek\x00",
        "fabriek*",
        "'fabriek'",
        '"fabriek',
        "fabriek AND",
        "OR fabriek",
        "fabriek; DROP TABLE news_articlepage; --",
        "fabriek:haven",
        "(fabriek)",
        "fabriek^2 ~haven",
        "北京 fabriek",
        "café fabriek 🏭",
        "x" * 200,
    ],
)
def test_odd_but_usable_queries_run(factories, query):
    """Punctuation, operators of other search engines, unicode and NUL bytes never break a search."""
    results = search_articles(ArticleSearch(query))
    assert results.count() == len(list(results))


def test_odd_queries_still_find_their_words(factories):
    assert "Nieuwe fabriek in Zandmeer" in found("fabriek\x00haven")
    assert "Nieuwe fabriek in Zandmeer" in found("(fabriek) AND haven*")


def test_stop_words_do_not_break_the_search(factories):
    """'de fabriek' finds both (PostgreSQL drops the Dutch stop word 'de'); stop words alone still answer."""
    assert found("de fabriek") == {"Drie fabrieken sluiten hun poorten", "Nieuwe fabriek in Zandmeer"}
    assert isinstance(search_articles(ArticleSearch("de het een")).count(), int)


# Snippets


def test_snippet_marks_the_words_and_their_other_forms(tree):
    article = make_article(
        tree.binnenland,
        "Werk aan de weg",
        intro="De fabriek aan de rand van de stad.",
        body=paragraph("Twee fabrieken staan er al. De werkplaats volgt."),
    )
    excerpt = snippet(article, "fabrieken")
    assert "<mark>fabriek</mark>" in excerpt
    assert "<mark>fabrieken</mark>" in excerpt
    assert "<mark>" not in excerpt.replace("<mark>fabriek", "")


def test_snippet_escapes_everything_but_the_marks(tree):
    """A headline or body with markup comes out escaped, with the found words marked."""
    article = make_article(
        tree.binnenland,
        "<script>alert('kop')</script> Fabriek",
        slug="script-fabriek",
        intro="<script>alert(1)</script> Een fabriek & een <b>haven</b>.",
        body=paragraph("Tekst over de &lt;img src=x onerror=alert(2)&gt; fabriek."),
    )
    excerpt = snippet(article, "fabriek <script>")
    assert "<script>" not in excerpt
    assert "<img" not in excerpt and "<b>" not in excerpt
    assert "&lt;<mark>script</mark>&gt;" in excerpt  # a word of the query, its brackets still escaped
    assert "&lt;b&gt;haven&lt;/b&gt;" in excerpt
    assert "&amp;" in excerpt
    assert "<mark>fabriek</mark>" in excerpt
    assert excerpt.count("<mark>") == excerpt.count("</mark>")


def test_snippet_shows_the_passage_with_the_words(tree):
    """Far into a long article, the excerpt starts near the match, with ellipses where it was cut."""
    filler = "Het weer was rustig en de zon scheen over de velden. " * 20
    article = make_article(
        tree.binnenland,
        "Lang verhaal",
        intro="Een dag op het land.",
        body=paragraph(f"{filler}Toen ging de sluis open. {filler}"),
    )
    excerpt = snippet(article, "sluizen")
    assert excerpt.startswith("…")
    assert excerpt.endswith("…")
    assert "<mark>sluis</mark>" in excerpt
    assert len(excerpt) < services.SNIPPET_LENGTH + 40


def test_snippet_without_match_is_the_start_of_the_intro(tree):
    article = make_article(tree.binnenland, "Fabriek dicht", intro="Het bedrijf stopt ermee.")
    assert snippet(article, "fabriek") == "Het bedrijf stopt ermee."


def test_snippet_does_not_mark_excluded_words(tree):
    article = make_article(tree.binnenland, "Haven", intro="De haven en de fabriek.")
    excerpt = snippet(article, "haven -fabriek")
    assert "<mark>haven</mark>" in excerpt
    assert "<mark>fabriek</mark>" not in excerpt


def test_snippet_of_an_unusable_query_marks_nothing(tree):
    article = make_article(tree.binnenland, "Haven", intro="De haven <en> de fabriek.")
    assert snippet(article, "!!!") == "De haven &lt;en&gt; de fabriek."


def test_snippet_reads_intertitles_quotes_and_info_boxes(tree):
    article = make_article(
        tree.binnenland,
        "Blokken",
        intro="Inleiding.",
        body=[
            {"type": "intertitle", "value": "Sluizen dicht"},
            {"type": "quote", "value": {"text": "De sluis gaat dicht.", "attribution": "de wachter"}},
            {"type": "info_box", "value": {"title": "Feiten", "text": "<p>Er zijn drie sluizen.</p>"}},
        ],
    )
    excerpt = snippet(article, "sluis")
    assert excerpt.count("<mark>") == 3


def test_two_hits_sharing_a_sentence_show_different_passages(tree):
    """On one results page, a follow-up repeating a found sentence shows a passage of its own instead."""
    filler = "Het weer was rustig en de zon scheen over de velden. " * 8
    shared = "De sluis bij Zilverdam gaat al jaren dicht bij storm."
    first = make_article(tree.binnenland, "Sluis dicht", intro=shared, body=paragraph(filler))
    second = make_article(
        tree.binnenland,
        "Sluis weer open",
        slug="sluis-open",
        intro=shared,
        body=paragraph(f"{filler}Vanochtend ging de sluis weer open voor de binnenvaart."),
    )
    shown = set()
    one, two = snippet(first, "sluis", shown), snippet(second, "sluis", shown)
    assert "jaren dicht" in one
    assert "weer open" in two and "jaren dicht" not in two


def test_a_body_repeating_the_intro_is_not_excerpted_twice(tree):
    """An article whose first paragraph is its intro shows that sentence once in the excerpt."""
    intro = "De haven van Zilverdam krijgt een nieuwe kade."
    article = make_article(tree.binnenland, "Kade", intro=intro, body=paragraph(f"{intro}"))
    assert snippet(article, "kade").count("nieuwe") == 1
