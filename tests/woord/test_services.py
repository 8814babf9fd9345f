"""Which word a day has: one per Amsterdam day, the same for everyone, stable under vetoes and later changes;
and the statistics a member or reader keeps."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError

from krant.woord import clock, services
from krant.woord.models import DailyWord, WordVeto

UTC = dt.UTC
DAY = dt.date(2027, 3, 10)


@pytest.mark.parametrize(
    ("moment", "day"),
    [
        # Winter (UTC+1): 23:30 UTC is already the next day in Amsterdam; 22:59 UTC is not.
        (dt.datetime(2027, 1, 14, 22, 59, tzinfo=UTC), dt.date(2027, 1, 14)),
        (dt.datetime(2027, 1, 14, 23, 0, tzinfo=UTC), dt.date(2027, 1, 15)),
        # Summer (UTC+2): the day turns at 22:00 UTC.
        (dt.datetime(2027, 7, 1, 21, 59, tzinfo=UTC), dt.date(2027, 7, 1)),
        (dt.datetime(2027, 7, 1, 22, 0, tzinfo=UTC), dt.date(2027, 7, 2)),
        # Both clock changes of 2027 (28 March, 31 October): the whole Amsterdam day is one puzzle.
        (dt.datetime(2027, 3, 28, 0, 30, tzinfo=UTC), dt.date(2027, 3, 28)),
        (dt.datetime(2027, 3, 28, 21, 59, tzinfo=UTC), dt.date(2027, 3, 28)),
        (dt.datetime(2027, 10, 31, 0, 30, tzinfo=UTC), dt.date(2027, 10, 31)),
        (dt.datetime(2027, 10, 31, 22, 59, tzinfo=UTC), dt.date(2027, 10, 31)),
    ],
)
def test_the_day_is_the_date_in_amsterdam(moment, day):
    assert clock.today(moment) == day


def test_the_days_around_the_clock_changes_last_23_and_25_hours():
    """The cached page lives until midnight in Amsterdam, also on the days the clocks change."""
    assert clock.seconds_to_midnight(dt.datetime(2027, 3, 27, 23, 0, tzinfo=UTC)) == 23 * 3600
    assert clock.seconds_to_midnight(dt.datetime(2027, 10, 30, 22, 0, tzinfo=UTC)) == 25 * 3600
    assert clock.seconds_to_midnight(dt.datetime(2027, 1, 14, 22, 59, 30, tzinfo=UTC)) == 30


def test_every_moment_of_an_amsterdam_day_has_the_same_word(db):
    """From just after midnight to just before the next (winter time) the word stays; then it changes."""
    moments = [dt.datetime(2027, 1, 14, 23, 0, tzinfo=UTC) + dt.timedelta(hours=h) for h in (0, 6, 12, 23.99)]
    seen = set()
    for moment in moments:
        with time_machine.travel(moment, tick=False):
            seen.add(services.word_of_day(clock.today()))
    assert len(seen) == 1
    with time_machine.travel(dt.datetime(2027, 1, 15, 23, 0, tzinfo=UTC), tick=False):
        assert services.word_of_day(clock.today()) not in seen


def test_the_schedule_is_deterministic_and_rarely_repeats():
    """The same days give the same words on every call; a year of days has 365 different words."""
    year = [DAY + dt.timedelta(days=n) for n in range(365)]
    first = [services.scheduled_word(day, {}) for day in year]
    assert first == [services.scheduled_word(day, {}) for day in year]
    assert len(set(first)) == 365


def test_the_schedule_depends_on_the_secret_key(settings):
    """The code and the lists are public: without the site's key no one can work out the coming words."""
    year = [DAY + dt.timedelta(days=n) for n in range(30)]
    ours = [services.scheduled_word(day, {}) for day in year]
    settings.SECRET_KEY = "een andere sleutel die niemand kent"
    assert [services.scheduled_word(day, {}) for day in year] != ours


def test_a_veto_changes_its_day_and_none_before_it():
    """Vetoing the word of day 5 from day 3 on: days 0-4 keep theirs, day 5 gets another that is no
    neighbour's, later days keep theirs."""
    days = [DAY + dt.timedelta(days=n) for n in range(10)]
    before = [services.scheduled_word(day, {}) for day in days]
    vetoes = {before[5]: days[3]}
    after = [services.scheduled_word(day, vetoes) for day in days]
    assert after[:5] == before[:5]
    assert after[5] != before[5] and after[5] not in before
    assert after[6:] == before[6:]


def test_a_veto_counts_from_its_own_day_not_before():
    """A word vetoed from a later day than its own keeps its own day."""
    word = services.scheduled_word(DAY, {})
    assert services.scheduled_word(DAY, {word: DAY + dt.timedelta(days=1)}) == word
    assert services.scheduled_word(DAY, {word: DAY}) != word


def test_a_played_day_keeps_its_word_whatever_happens_later(db, settings):
    """Once a day is played its word is stored: a veto made past the rules, or a new key, changes nothing."""
    with time_machine.travel(dt.datetime(2027, 3, 10, 9, 0, tzinfo=UTC), tick=False):
        word = services.word_of_day(clock.today())
        WordVeto.objects.create(word=word, starts_on=DAY)  # the admin refuses this; the stored word holds
        settings.SECRET_KEY = "een andere sleutel"
        assert services.word_of_day(clock.today()) == word
    assert DailyWord.objects.get(day=DAY).word == word


def test_editors_veto_tomorrow_or_later_never_today(db):
    """A veto for today or the past is refused with a message; tomorrow is the default and accepted."""
    with time_machine.travel(dt.datetime(2027, 3, 10, 9, 0, tzinfo=UTC), tick=False):
        word = services.planning(clock.tomorrow(), 1)[0].word
        with pytest.raises(ValidationError, match="morgen of later"):
            services.veto_word(word, clock.today())
        with pytest.raises(ValidationError, match="nooit woord van de dag"):
            services.veto_word("zzzzz", clock.tomorrow())
        services.veto_word(word, clock.tomorrow(), reason="Te beladen")
        planned = services.planning(clock.today(), 3)
    assert word not in [p.word for p in planned[1:]]
    assert WordVeto.objects.get().starts_on == dt.date(2027, 3, 11)


def test_a_veto_in_force_cannot_be_moved(db):
    """Moving an active veto's start would change days already past: refused."""
    with time_machine.travel(dt.datetime(2027, 3, 10, 9, 0, tzinfo=UTC), tick=False):
        veto = services.veto_word(services.planning(clock.tomorrow(), 1)[0].word, clock.tomorrow())
    with time_machine.travel(dt.datetime(2027, 3, 14, 9, 0, tzinfo=UTC), tick=False):
        veto.starts_on = dt.date(2027, 3, 20)
        with pytest.raises(ValidationError, match="geldt al"):
            veto.full_clean()


def test_statistics_count_streaks_of_days_won_in_a_row():
    """Won on three days in a row, lost, won twice after a gap: played 6, current 2, longest 3."""
    stats = services.Statistics()
    for offset, won, tries in [
        (0, True, 3),
        (1, True, 4),
        (2, True, 3),
        (3, False, 6),
        (5, True, 2),
        (6, True, 3),
    ]:
        stats.add(DAY + dt.timedelta(days=offset), won, tries)
    assert (stats.played, stats.won, stats.best) == (6, 5, 3)
    assert stats.current_streak(DAY + dt.timedelta(days=7)) == 2
    assert stats.current_streak(DAY + dt.timedelta(days=8)) == 0  # a day missed ends the streak
    assert stats.distribution == [0, 1, 3, 1, 0, 0]
    assert stats.win_percentage == 83
    assert services.Statistics.from_dict(stats.as_dict()) == stats
    assert services.Statistics.from_dict({"played": "veel"}) == services.Statistics()
