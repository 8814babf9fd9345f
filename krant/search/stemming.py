"""Dutch words and their stems, the same for the index, the query and the highlighted snippet.

A word is a run of letters and digits (any script); everything else separates words, as SQLite's
FTS5 tokenizer does. A stem is Snowball's Dutch stem of the lower-cased word without its diacritics,
so 'fabrieken', 'Fabriek' and 'fabriek' share one, and so do 'ideeën' and 'ideeen'.
"""

import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import snowballstemmer

WORD = re.compile(r"[^\W_]+")

_local = threading.local()  # a Snowball stemmer keeps state between calls: one per thread


def words(text: str) -> Iterator[re.Match]:
    """Yield each word of `text` as a match (its position tells where it stands)."""
    return WORD.finditer(text)


CACHED_WORD_LENGTH = 40  # characters; longer words (rare, or junk in a query) are stemmed every time


def stem(word: str) -> str:
    """Return the Dutch stem of `word`, lower-cased and without diacritics."""
    return cached_stem(word) if len(word) <= CACHED_WORD_LENGTH else stem_word(word)


# Bounded by entries and, through CACHED_WORD_LENGTH, by bytes: at most ~5 MiB full, ~2 MiB in Dutch text;
# a miss costs microseconds.
@lru_cache(maxsize=10_000)
def cached_stem(word: str) -> str:
    return stem_word(word)


def stem_word(word: str) -> str:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("dutch")
    return fold(stemmer.stemWord(word.lower()))


def fold(text: str) -> str:
    """Return `text` without diacritics: 'één' -> 'een'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stem_text(text: str) -> str:
    """Return the stems of all words in `text`, separated by spaces, in their order."""
    return " ".join(stem(match.group()) for match in words(text))
