"""The word lists and the marks: the rule for repeated letters, and lists fit for a daily game."""

import pytest

from krant.woord import words
from krant.woord.words import Mark

G, E, N = Mark.CORRECT, Mark.PRESENT, Mark.ABSENT


@pytest.mark.parametrize(
    ("guess", "answer", "expected"),
    [
        ("boter", "boten", [G, G, G, G, N]),
        ("kraai", "kraai", [G, G, G, G, G]),
        ("tafel", "boten", [E, N, N, G, N]),
        # Twice p and twice a in the guess, once each left over in the answer: the first of each is marked.
        ("pappa", "appel", [E, E, G, N, N]),
        # The letter in the right place is marked first, even when an earlier copy would have been 'present'.
        ("eeeee", "steen", [N, N, G, G, N]),
        ("kakao", "kapot", [G, G, N, N, E]),
        # Twice a in the guess, once in the answer, neither in place: only the first is 'present'.
        ("plaat", "appel", [E, E, E, N, N]),
    ],
)
def test_marks_follow_the_rule_for_repeated_letters(guess, answer, expected):
    """Right places first; then each other letter is 'present' only as often as the answer has it left."""
    assert words.marks(guess, answer) == expected


def test_build_lists_keeps_common_plain_dutch_words_and_drops_names_blocked_and_english():
    """Answers: common, in the dictionary in lower case, five plain letters, not blocked, not English;
    every other plain word of the dictionary may still be guessed."""
    frequent = ["water", "parijs", "peter", "klote", "house", "tafel", "café!", "fiets", "boten"]
    dictionary = ["water", "Peter", "klote", "house", "tafel", "fiets", "boten", "kraai", "Delft", "zwoel"]
    lists = words.build_lists(frequent, dictionary, blocklist=["klote"], more_english=["house"], count=3)
    assert lists.answers == ["water", "tafel", "fiets"]
    assert lists.accepted == ["boten", "house", "klote", "kraai", "zwoel"]


def test_the_shipped_lists_fit_the_game():
    """2,000 answers of five plain letters, none blocked; every answer may be guessed; many more words may."""
    answers = words.answers()
    blocked = set(words.read_list(words.BLOCKLIST_FILE))
    assert len(answers) == len(set(answers)) == words.ANSWER_COUNT
    assert all(words.PLAIN_WORD.fullmatch(word) for word in answers)
    assert blocked.isdisjoint(answers)
    assert set(answers) <= words.accepted()
    assert len(words.accepted()) > 2 * len(answers)


@pytest.mark.parametrize(
    ("typed", "expected"), [("  Water ", "water"), ("KRAAI", "kraai"), ("e\u0301en", "éen")]
)
def test_a_guess_is_normalised_as_the_lists_spell_words(typed, expected):
    assert words.normalise(typed) == expected
