"""Wagtail's SQLite search backend with a Dutch stemmer: 'fabriek' finds 'fabrieken'.

SQLite's FTS5 has no Dutch stemmer, and Python cannot add an FTS5 tokenizer. So this backend stems
the text before it goes into the index and the words of every query before they are matched; FTS5
then matches stems with stems. Ranking (BM25, titles weighted), filters and ordering stay Wagtail's.
See docs/decisions/2026-11-29-search.md. PostgreSQL and search servers stem for themselves.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.backends.database.sqlite.utils import fts5_available
from modelsearch.query import And, Not, Or, Phrase, PlainText, SearchQuery

from krant.search.stemming import stem_text


def stem_query(query: SearchQuery) -> SearchQuery | None:
    """Return `query` with every word replaced by its stem; None where no word is left."""
    if isinstance(query, PlainText):
        stems = stem_text(query.query_string)
        return PlainText(stems, operator=query.operator, boost=query.boost) if stems else None
    if isinstance(query, Phrase):
        stems = stem_text(query.query_string)
        return Phrase(stems) if stems else None
    if isinstance(query, And | Or):
        subqueries = [stemmed for sub in query.subqueries if (stemmed := stem_query(sub)) is not None]
        if not subqueries:
            return None
        return subqueries[0] if len(subqueries) == 1 else type(query)(subqueries)
    if isinstance(query, Not):
        subquery = stem_query(query.subquery)
        return Not(subquery) if subquery is not None else None
    return query  # MatchAll; the rest (Boost, Fuzzy) SQLite cannot run either way


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    """Return the Dutch SQLite backend, or Wagtail's own where it cannot run (another database, no FTS5)."""
    if connection.vendor != "sqlite":
        return database_backend(params)
    if not fts5_available():
        return DatabaseSearchBackend(params)  # LIKE queries: slow and without stems, but working
    from krant.search.sqlite import DutchSQLiteSearchBackend  # its models exist on SQLite only

    return DutchSQLiteSearchBackend(params)
