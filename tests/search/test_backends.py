"""The search backend follows the database (SQLite with a Dutch stemmer, PostgreSQL's 'dutch') or a server."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchQueryCompiler
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, MatchAll, Not, Or, Phrase, PlainText

from krant.news.models import ArticlePage
from krant.search.backends import stem_query
from krant.search.services import ArticleSearch, article_filters, parse_query, search_articles
from tests.factories import make_article, publish

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backend")
postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL backend")


def found(query: str) -> set[str]:
    return {article.title for article in search_articles(ArticleSearch(query))}


@sqlite_only
def test_sqlite_gets_the_dutch_stemming_backend(db):
    from krant.search.sqlite import DutchSQLiteSearchBackend  # Wagtail's FTS5 model exists on SQLite only

    assert isinstance(get_search_backend(), DutchSQLiteSearchBackend)


@postgres_only
def test_postgres_gets_wagtails_backend_with_the_dutch_configuration(db):
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    backend = get_search_backend()
    assert isinstance(backend, PostgresSearchBackend)
    assert backend.config == "dutch"


@sqlite_only
def test_the_index_holds_stems(tree):
    """Title and body go into SQLite's index as stems, so FTS5 matches stem with stem."""
    article = make_article(tree.binnenland, "Fabrieken sluiten", intro="Werknemers staken.")
    entry = IndexEntry.objects.get(object_id=str(article.pk), content_type__model="articlepage")
    assert entry.title.split() == ["fabriek", "sluit"]
    assert "werknemer" in entry.body.split()
    assert "fabrieken" not in entry.title


def test_query_words_are_stemmed_into_the_same_query_shape():
    """stem_query keeps the query's structure and replaces each word by its stem."""
    query = stem_query(
        And([PlainText("Fabrieken sluiten"), Phrase("nieuwe banen"), Not(PlainText("Havens"))])
    )
    assert isinstance(query, And)
    plain, phrase, negated = query.subqueries
    assert (plain.query_string, plain.operator) == ("fabriek sluit", "and")
    assert phrase.query_string.split()[1] == "baan"
    assert negated.subquery.query_string == stem_query(PlainText("havens")).query_string
    assert stem_query(Or([PlainText("!!!"), PlainText("dijken")])).query_string == "dijk"
    assert stem_query(PlainText("?!")) is None
    assert isinstance(stem_query(MatchAll()), MatchAll)


def test_wagtails_own_search_finds_stems(tree):
    """The admin and Wagtail's search API use the same backend: plural and singular meet there too."""
    make_article(tree.binnenland, "Nieuwe fabriek")
    assert [page.title for page in ArticlePage.objects.search("fabrieken")] == ["Nieuwe fabriek"]


def test_wagtails_search_with_only_punctuation_finds_nothing(tree):
    """The admin's search box sends whatever an editor types; punctuation alone finds nothing, no error."""
    make_article(tree.binnenland, "Nieuwe fabriek")
    assert list(Page.objects.search('"!!!" ***')) == []


def test_publishing_an_edit_updates_the_index(tree):
    """Wagtail's signal-based indexing keeps working: a new headline is found, the old one no more."""
    article = make_article(tree.binnenland, "Brug dicht")
    article.title = "Tunnel dicht"
    publish(article)
    assert found("tunnel") == {"Tunnel dicht"}
    assert found("brug") == set()


def test_deleting_an_article_removes_it_from_the_index(tree):
    article = make_article(tree.binnenland, "Brug dicht")
    article.delete()
    assert found("brug") == set()
    assert not IndexEntry.objects.filter(object_id=str(article.pk)).exists()


def test_update_index_rebuilds_the_index(tree):
    """`krant update_index` rebuilds everything; articles are found by stem afterwards."""
    make_article(tree.binnenland, "Fabrieken sluiten")
    IndexEntry.objects.all().delete()
    assert found("fabriek") == set()
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    assert found("fabriek") == {"Fabrieken sluiten"}


def test_search_server_filters_translate_without_dropping_any(tree):
    """For OpenSearch/Elasticsearch every filter becomes a term filter; none is silently left out.

    Wagtail's server backends ignore a filter on an article's id; memberships therefore go by
    translation key. This compiles the query as the server backend would, without a server.
    """
    member = make_article(tree.binnenland, "Haven in dossier")
    member.dossiers.add(tree.dossier)
    member.sections.add(tree.klimaat)
    publish(member)
    search = ArticleSearch(
        "haven",
        section=tree.economie,
        dossier=tree.dossier,
        since=datetime.date(2026, 1, 1),
        until=datetime.date(2026, 12, 31),
        order="date",
    )
    articles = ArticlePage.objects.live().filter(article_filters(search, server=True))
    articles = articles.order_by("-first_published_at", "-id")
    compiler = ElasticsearchBaseSearchQueryCompiler(articles, parse_query("haven"), order_by_relevance=False)
    compiler.check()
    filters = json.dumps(compiler._get_filters_from_queryset(), default=str)
    key = str(member.translation_key)
    assert filters.count(key) == 2  # listed in the section (Klimaat), and in the dossier
    for section in (tree.economie, tree.klimaat):
        assert str(section.pk) in filters
    assert filters.count("first_published_at_filter") == 2
    assert compiler.get_sort() == [{"first_published_at_filter": "desc"}, {"id_filter": "desc"}]


def test_server_and_database_filters_select_the_same_articles(tree):
    """The id lists sent to a search server select exactly what the database's subqueries select."""
    member = make_article(tree.binnenland, "Haven in dossier")
    member.dossiers.add(tree.dossier)
    member.sections.add(tree.klimaat)
    publish(member)
    make_article(tree.economie, "Haven in economie")
    make_article(tree.binnenland, "Haven elders")
    for search in [
        ArticleSearch("haven", section=tree.economie),
        ArticleSearch("haven", dossier=tree.dossier),
    ]:
        in_database = ArticlePage.objects.filter(article_filters(search))
        on_server = ArticlePage.objects.filter(article_filters(search, server=True))
        assert set(in_database) == set(on_server)
