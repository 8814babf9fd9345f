"""Dutch stems: one stem for a word's forms, without diacritics, words split as SQLite's FTS5 splits them."""

import pytest

from krant.search.stemming import CACHED_WORD_LENGTH, cached_stem, fold, stem, stem_text, words


@pytest.mark.parametrize(
    ("forms"),
    [("fabriek", "fabrieken", "Fabriek"), ("woning", "woningen"), ("ideeën", "ideeen"), ("krant", "kranten")],
)
def test_forms_of_a_word_share_one_stem(forms):
    """Singular, plural, capitals and diacritics all give the same stem."""
    assert len({stem(form) for form in forms}) == 1


def test_different_words_keep_different_stems():
    """Stemming does not merge unrelated words."""
    assert stem("brug") != stem("burg")


def test_fold_removes_diacritics_only():
    """'één' becomes 'een'; letters without accents stay as they are."""
    assert fold("één café") == "een cafe"


def test_words_split_on_everything_but_letters_and_digits():
    """Punctuation, underscores and spaces separate words; digits and other scripts are words."""
    assert [match.group() for match in words("A2-weg_nu: Zoë’s 25 km/u ΑΘΗΝΑ")] == [
        "A2", "weg", "nu", "Zoë", "s", "25", "km", "u", "ΑΘΗΝΑ",
    ]  # fmt: skip


def test_stem_text_keeps_the_order_of_the_words():
    """The stems of a text come in the text's order, separated by single spaces."""
    assert stem_text("Nieuwe fabrieken, oude woningen") == " ".join(
        stem(word) for word in ("Nieuwe", "fabrieken", "oude", "woningen")
    )


def test_the_stem_cache_keeps_short_words_only():
    """A word longer than CACHED_WORD_LENGTH (junk in a query, mostly) is stemmed but not kept, so the
    cache's bytes are bounded by its entries."""
    cached_stem.cache_clear()
    long = "fabrieken" * (CACHED_WORD_LENGTH // 9 + 1)
    assert stem("fabrieken") == "fabriek"
    assert stem(long) == long.removesuffix("en")
    assert cached_stem.cache_info().currsize == 1
