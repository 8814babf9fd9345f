"""Het Woord's rules: which word a day has, what a guess may be, and how a game and its statistics go.

Every write is here: a day's word when it is first played, a member's guess. The views hold no rule.

Which word: the answers in an order of their own per cycle of len(answers) days, shuffled with a key
derived from SECRET_KEY (the code and the lists are public; the key is not, so no one can work out a day's
word ahead). Day n of a cycle has the word in place n. An editor's veto counts from its own start day:
on and after it the vetoed word is replaced by the first word not vetoed from half a cycle further on (so
a replacement is years away from its own day); the days before keep their word. And once a day is played
its word is stored (DailyWord): no later list, key or veto changes it.
"""

import datetime as dt
import hashlib
import hmac
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from krant.woord import clock, words
from krant.woord.models.game import DailyWord, Game, WordVeto
from krant.woord.words import Mark

MAX_GUESSES = 6


@lru_cache(maxsize=4)
def _order(cycle: int, secret: str, size: int) -> tuple[int, ...]:
    seed = hmac.new(secret.encode(), f"het-woord:{cycle}:{size}".encode(), hashlib.sha256).digest()
    order = list(range(size))
    random.Random(seed).shuffle(order)  # noqa: S311 - an order, not a secret: the seed is the secret
    return tuple(order)


def scheduled_word(day: dt.date, vetoes: Mapping[str, dt.date]) -> str:
    """Return the word the schedule gives `day`, skipping words vetoed from that day or earlier."""
    answers = words.answers()
    size = len(answers)
    cycle, place = divmod((day - clock.FIRST_DAY).days, size)
    order = _order(cycle, settings.SECRET_KEY, size)
    candidates = [place] + [(place + size // 2 + step) % size for step in range(size)]
    for index in candidates:
        word = answers[order[index]]
        starts_on = vetoes.get(word)
        if starts_on is None or starts_on > day:
            return word
    raise RuntimeError("Every answer is vetoed.")


def vetoes() -> dict[str, dt.date]:
    return dict(WordVeto.objects.values_list("word", "starts_on"))


def word_of_day(day: dt.date) -> str:
    """Return the word of `day`, storing it on first use so it never changes afterwards."""
    stored = DailyWord.objects.filter(day=day).values_list("word", flat=True).first()
    if stored is not None:
        return stored
    daily, _created = DailyWord.objects.get_or_create(
        day=day, defaults={"word": scheduled_word(day, vetoes())}
    )
    return daily.word


@dataclass(frozen=True)
class PlannedDay:
    day: dt.date
    number: int
    word: str
    stored: bool  # played already: fixed for good


def planning(start: dt.date, days: int) -> list[PlannedDay]:
    """Return the words of `days` days from `start`, as the schedule and today's vetoes give them."""
    end = start + dt.timedelta(days=days)
    stored = dict(DailyWord.objects.filter(day__gte=start, day__lt=end).values_list("day", "word"))
    current = vetoes()
    planned = []
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        word = stored.get(day) or scheduled_word(day, current)
        planned.append(PlannedDay(day, clock.number(day), word, day in stored))
    return planned


# -- a game -------------------------------------------------------------------------------------------


class GuessRefused(Exception):
    """A guess that is not taken: the reader's message and the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass(frozen=True)
class Row:
    letters: str
    marks: list[Mark]

    @property
    def tiles(self) -> list[tuple[str, Mark]]:
        return list(zip(self.letters, self.marks, strict=True))


@dataclass(frozen=True)
class Board:
    """What a reader may see of their game: their guesses with marks; the answer only once it is over."""

    day: dt.date
    rows: list[Row]
    won: bool
    answer: str | None  # None while the game goes on

    @property
    def number(self) -> int:
        return clock.number(self.day)

    @property
    def over(self) -> bool:
        return self.won or len(self.rows) >= MAX_GUESSES

    @property
    def empty_rows(self) -> range:
        return range(MAX_GUESSES - len(self.rows))

    @property
    def keyboard(self) -> dict[str, Mark]:
        """Return each guessed letter's best mark so far."""
        best: dict[str, Mark] = {}
        for row in self.rows:
            for letter, mark in row.tiles:
                if letter not in best or words.RANK[mark] > words.RANK[best[letter]]:
                    best[letter] = mark
        return best

    def share_text(self) -> str:
        """Return the result to share: the number, the score and the coloured squares, no letters."""
        score = len(self.rows) if self.won else "X"
        lines = [
            _("Het Woord %(number)s %(score)s/%(max)s") % {"number": self.number, "score": score, "max": 6}
        ]
        lines.append("")
        lines.extend("".join(words.SQUARES[mark] for mark in row.marks) for row in self.rows)
        return "\n".join(lines)


def board(day: dt.date, guesses: list[str]) -> Board:
    """Return the board of `guesses` on `day` (the answer is read only when there are guesses)."""
    if not guesses:
        return Board(day, [], False, None)
    answer = word_of_day(day)
    rows = [Row(guess, words.marks(guess, answer)) for guess in guesses[:MAX_GUESSES]]
    won = any(row.letters == answer for row in rows)
    over = won or len(rows) >= MAX_GUESSES
    return Board(day, rows, won, answer if over else None)


def check_guess(raw: str, guesses: list[str], day: dt.date, posted_number: str | None) -> str:
    """Return the guess as the lists spell it, or refuse it with a message the reader understands."""
    today_number = clock.number(day)
    if posted_number is not None and posted_number != str(today_number):
        raise GuessRefused(
            _("Die gok hoort bij een andere dag. Dit is Het Woord %(number)s, de puzzel van vandaag.")
            % {"number": today_number},
            409,
        )
    current = board(day, guesses)
    if current.over:
        if current.won:
            raise GuessRefused(
                _("Je hebt het woord van vandaag al geraden. Morgen is er een nieuw woord."), 409
            )
        raise GuessRefused(
            _("Je hebt je zes pogingen van vandaag gebruikt. Morgen is er een nieuw woord."), 409
        )
    guess = words.normalise(raw)
    if not guess:
        raise GuessRefused(_("Typ een woord van vijf letters."))
    if not guess.isalpha() or not guess.isascii():
        raise GuessRefused(_("Gebruik alleen de letters a tot en met z, zonder accenten, cijfers of tekens."))
    if len(guess) != words.LENGTH:
        raise GuessRefused(_("Het woord heeft vijf letters; je typte er %(count)s.") % {"count": len(guess)})
    if not words.is_word(guess):
        raise GuessRefused(
            _("‘%(guess)s’ staat niet in onze woordenlijst. Probeer een ander woord.") % {"guess": guess}
        )
    return guess


def guess_as_member(user, raw: str, posted_number: str | None, day: dt.date) -> Board:
    """Add a member's guess to their game of `day` (or refuse it); record how it ended."""
    with transaction.atomic():
        # The row lock makes two guesses at once from one member count one after the other.
        game, _created = Game.objects.select_for_update().get_or_create(user=user, day=day)
        guess = check_guess(raw, game.guesses, day, posted_number)
        game.guesses = [*game.guesses, guess]
        result = board(day, game.guesses)
        if result.over:
            game.won = result.won
            game.finished_at = timezone.now()
        game.save()
    return result


def member_guesses(user, day: dt.date) -> list[str]:
    return Game.objects.filter(user=user, day=day).values_list("guesses", flat=True).first() or []


# -- statistics ---------------------------------------------------------------------------------------


@dataclass
class Statistics:
    """Played, won, the streaks and how many tries each win took: members' from their games, anonymous
    readers' in their own cookie. The streak counts days won one after the other."""

    played: int = 0
    won: int = 0
    streak: int = 0
    best: int = 0
    last_won: dt.date | None = None
    distribution: list[int] = field(default_factory=lambda: [0] * MAX_GUESSES)

    def add(self, day: dt.date, won: bool, tries: int) -> None:
        self.played += 1
        if won:
            self.won += 1
            self.distribution[tries - 1] += 1
            follows = self.last_won is not None and (day - self.last_won).days == 1
            self.streak = self.streak + 1 if follows else 1
            self.best = max(self.best, self.streak)
            self.last_won = day
        else:
            self.streak = 0

    def current_streak(self, today: dt.date) -> int:
        """Return the streak still going: won yesterday or today."""
        if self.last_won is None or (today - self.last_won).days > 1:
            return 0
        return self.streak

    @property
    def win_percentage(self) -> int:
        return round(100 * self.won / self.played) if self.played else 0

    @property
    def bars(self) -> list[tuple[int, int, int]]:
        """Return (tries, wins, width) for the distribution's chart: the width in tens of percent of the most
        common, at least one (a class per step: the page's style sheet allows no inline style)."""
        top = max(self.distribution) or 1
        return [(i + 1, count, max(1, round(10 * count / top))) for i, count in enumerate(self.distribution)]

    def as_dict(self) -> dict:
        return {
            "played": self.played,
            "won": self.won,
            "streak": self.streak,
            "best": self.best,
            "last_won": self.last_won.isoformat() if self.last_won else None,
            "distribution": self.distribution,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Statistics":
        """Return statistics from a cookie's dict; anything odd starts afresh rather than failing."""
        try:
            distribution = [int(n) for n in data["distribution"]]
            if len(distribution) != MAX_GUESSES:
                raise ValueError
            last_won = dt.date.fromisoformat(data["last_won"]) if data.get("last_won") else None
            return cls(
                int(data["played"]),
                int(data["won"]),
                int(data["streak"]),
                int(data["best"]),
                last_won,
                distribution,
            )
        except (KeyError, TypeError, ValueError):
            return cls()


def member_statistics(user) -> Statistics:
    """Return a member's statistics, from their finished games in order (one query)."""
    stats = Statistics()
    finished = Game.objects.filter(user=user, finished_at__isnull=False).order_by("day")
    for day, won, guesses in finished.values_list("day", "won", "guesses"):
        stats.add(day, won, len(guesses))
    return stats


def veto_word(word: str, starts_on: dt.date, reason: str = "") -> WordVeto:
    """Veto `word` from `starts_on` on (tomorrow or later), or refuse with a ValidationError."""
    veto = WordVeto(word=word, starts_on=starts_on, reason=reason[:200])
    veto.full_clean()
    veto.save()
    return veto
