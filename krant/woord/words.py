"""Het Woord's word lists and its one rule: how a guess is marked against the answer.

The lists are data files in `data/`, made by `krant woord_lijsten` from two maintained sources: the word
frequencies of the `wordfreq` package (which words Dutch readers know) and the OpenTaal word list that
Debian ships as `wdutch` (which words are Dutch; names there start with a capital). They are read once per
process. Regenerating them changes no past day: a day's word is stored when it is first played
(krant.woord.models.DailyWord).
"""

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.db import models
from django.utils.translation import gettext_lazy as _

DATA_DIR = Path(__file__).resolve().parent / "data"
ANSWERS_FILE = DATA_DIR / "antwoorden.txt"
GUESSES_FILE = DATA_DIR / "woorden.txt"
BLOCKLIST_FILE = DATA_DIR / "blocklist.txt"

LENGTH = 5
ANSWER_COUNT = 2000  # about five and a half years of days before a word comes back
PLAIN_WORD = re.compile(rf"[a-z]{{{LENGTH}}}")


class Mark(models.TextChoices):
    """What a guessed letter is told: a symbol and a label beside its colour, never the colour alone."""

    CORRECT = "goed", _("goed")
    PRESENT = "elders", _("komt voor, op een andere plek")
    ABSENT = "niet", _("niet in het woord")


SYMBOLS = {Mark.CORRECT: "✓", Mark.PRESENT: "↔", Mark.ABSENT: "✕"}
SQUARES = {Mark.CORRECT: "🟩", Mark.PRESENT: "🟨", Mark.ABSENT: "⬜"}
# A letter on the keyboard shows the best it has been marked anywhere.
RANK = {Mark.ABSENT: 1, Mark.PRESENT: 2, Mark.CORRECT: 3}


def marks(guess: str, answer: str) -> list[Mark]:
    """Return the mark of each letter of `guess`.

    Repeated letters follow the usual rule: letters in the right place are marked first; each other
    letter is 'present' only as often as the answer has it left over, counted from the left.
    """
    result = [Mark.ABSENT] * len(guess)
    left_over = Counter()
    for i, (g, a) in enumerate(zip(guess, answer, strict=True)):
        if g == a:
            result[i] = Mark.CORRECT
        else:
            left_over[a] += 1
    for i, g in enumerate(guess):
        if result[i] != Mark.CORRECT and left_over[g] > 0:
            result[i] = Mark.PRESENT
            left_over[g] -= 1
    return result


def normalise(text: str) -> str:
    """Return a reader's guess as the lists spell words: trimmed, lower case, composed (NFC)."""
    return unicodedata.normalize("NFC", text.strip()).lower()


def read_list(path: Path) -> list[str]:
    """Return the words of a data file in order: one or more a line, '#' starts a comment."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words.extend(line.split("#", 1)[0].split())
    return words


@cache
def answers() -> tuple[str, ...]:
    """Return the possible words of the day, most common first."""
    return tuple(read_list(ANSWERS_FILE))


@cache
def accepted() -> frozenset[str]:
    """Return every word a reader may guess: the answers and every other Dutch word of five letters."""
    return frozenset(read_list(GUESSES_FILE)) | frozenset(answers())


def is_word(guess: str) -> bool:
    return guess in accepted()


@dataclass(frozen=True)
class Lists:
    answers: list[str]
    accepted: list[str]


def build_lists(
    frequent: Iterable[str],
    dictionary: Iterable[str],
    blocklist: Iterable[str],
    more_english: Iterable[str] = (),
    count: int = ANSWER_COUNT,
) -> Lists:
    """Make the answer list and the accepted guesses.

    `frequent`: words, most frequent first (wordfreq); `dictionary`: the Dutch word list, names with a
    capital; `more_english`: words more common in English than in Dutch (loanwords make poor puzzles).
    An answer is a plain word of five letters in the dictionary in lower case, common, not blocked and not
    English; every plain five-letter word of the dictionary may be guessed.
    """
    plain = {word for word in dictionary if PLAIN_WORD.fullmatch(word)}
    refused = set(blocklist) | set(more_english)
    chosen: list[str] = []
    seen: set[str] = set()
    for word in frequent:
        if word in plain and word not in refused and word not in seen:
            chosen.append(word)
            seen.add(word)
            if len(chosen) == count:
                break
    return Lists(answers=chosen, accepted=sorted(plain - seen))
