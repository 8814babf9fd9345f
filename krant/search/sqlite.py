"""The Dutch SQLite backend's parts: Wagtail's SQLite index and query compiler, with stems.

Imported only on SQLite, where Wagtail defines the FTS5 index model these classes need.
"""

from modelsearch.backends.database.sqlite.sqlite import (
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_content_type_pk

from krant.search.backends import stem_query
from krant.search.stemming import stem_text


class StemmedObjectIndexer(ObjectIndexer):
    """Wagtail's indexer, with the title and body text replaced by their stems."""

    @property
    def title(self) -> str:
        return stem_text(ObjectIndexer.title.func(self))

    @property
    def body(self) -> str:
        return stem_text(ObjectIndexer.body.func(self))


class DutchSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        # As Wagtail's SQLiteIndex.add_items (update the entries that exist, create the others), but
        # with the stemming indexer; Wagtail names its indexer class inside the method.
        if not model.get_search_fields():
            return
        texts = {}
        for obj in objs:
            indexer = StemmedObjectIndexer(obj, self.backend)
            texts[indexer.id] = {
                "title": indexer.title,
                "autocomplete": indexer.autocomplete,
                "body": indexer.body,
            }
        if not texts:
            return
        content_type_id = get_content_type_pk(model)
        entries = self.entries.filter(content_type_id=content_type_id)
        existing = set(entries.filter(object_id__in=texts).values_list("object_id", flat=True))
        for object_id in existing:
            entries.filter(object_id=object_id).update(**texts[object_id])
        model_class = self.entries.model
        self.entries.bulk_create(
            model_class(content_type_id=content_type_id, object_id=object_id, **fields)
            for object_id, fields in texts.items()
            if object_id not in existing
        )
        self._refresh_title_norms()


class DutchSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A query of punctuation alone (from the admin's search box) leaves no word: it finds nothing.
        self.query = stem_query(self.query) or Not(MatchAll())


class DutchSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = DutchSQLiteSearchQueryCompiler
    index_class = DutchSQLiteIndex
