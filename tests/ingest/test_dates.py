"""Dutch datelines and ISO values become aware Amsterdam times."""

from datetime import datetime

import pytest

from krant.ingest.dates import AMSTERDAM, parse_dutch, parse_iso

NOW = datetime(2025, 3, 15, 10, 0, tzinfo=AMSTERDAM)


def at(*parts) -> datetime:
    return datetime(*parts, tzinfo=AMSTERDAM)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 okt 2024 om 19:09", at(2024, 10, 31, 19, 9)),
        ("3 maart 2025 om 9.05 uur", at(2025, 3, 3, 9, 5)),
        ("dinsdag 11 februari 2025, 14.05 uur", at(2025, 2, 11, 14, 5)),
        ("zo 2 mrt. 2025 07:30", at(2025, 3, 2, 7, 30)),
        ("1 september 2024 - 23:59", at(2024, 9, 1, 23, 59)),
        ("11-02-2025 14:05", at(2025, 2, 11, 14, 5)),
        ("Gepubliceerd: 12 januari 2025 om 08:30", at(2025, 1, 12, 8, 30)),
        ("Geplaatst op 12 jan 2025 08:30", at(2025, 1, 12, 8, 30)),
        ("3 maart 2025 om 09:12 | Bijgewerkt 3 maart 2025 om 11:00", at(2025, 3, 3, 9, 12)),
        ("vandaag om 08:15", at(2025, 3, 15, 8, 15)),
        ("gisteren, 21.30 uur", at(2025, 3, 14, 21, 30)),
        ("eergisteren om 06:00", at(2025, 3, 13, 6, 0)),
        ("25 minuten geleden", at(2025, 3, 15, 9, 35)),
        ("2 uur geleden", at(2025, 3, 15, 8, 0)),
        ("19:09", at(2025, 3, 15, 19, 9)),
    ],
)
def test_datelines_with_a_time(text, expected):
    """Every Dutch form news pages print gives the moment, in Amsterdam time, with its time of day."""
    found = parse_dutch(text, now=NOW, whole=True)
    assert found.value == expected
    assert found.value.tzinfo is not None
    assert found.has_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 maart 2025", at(2025, 3, 14)),
        ("vandaag", at(2025, 3, 15)),
        ("Bijgewerkt: 1 mei 2024", at(2024, 5, 1)),
    ],
)
def test_datelines_without_a_time_say_so(text, expected):
    """A date without a time is midnight, flagged as having no time of day."""
    found = parse_dutch(text, now=NOW, whole=True)
    assert found.value == expected
    assert not found.has_time


@pytest.mark.parametrize(
    "text",
    [
        "31 februari 2025",
        "32 maart 2025",
        "12 brumaire 2025",
        "25:10",
        "Het gebeurde op 3 mei 2025 in Zandmeer",
        "",
    ],
)
def test_what_is_no_dateline(text):
    """Impossible dates, unknown months and sentences that mention a date are no dateline."""
    assert parse_dutch(text, now=NOW, whole=True) is None


def test_a_date_inside_a_sentence_is_found_when_searching():
    """Without `whole`, the first date in a text is found."""
    assert parse_dutch("Het gebeurde op 3 mei 2025 in Zandmeer", now=NOW).value == at(2025, 5, 3)


def test_relative_days_count_from_the_given_moment():
    """'gisteren' is the day before `now` in Amsterdam, also just after midnight UTC."""
    just_after_midnight = datetime(2025, 3, 15, 0, 30, tzinfo=AMSTERDAM)
    assert parse_dutch("gisteren om 23:40", now=just_after_midnight).value == at(2025, 3, 14, 23, 40)


@pytest.mark.parametrize(
    ("text", "expected", "has_time"),
    [
        ("2025-03-14T07:45:00+01:00", at(2025, 3, 14, 7, 45), True),
        ("2025-03-14T06:45:00Z", at(2025, 3, 14, 7, 45), True),
        ("2025-07-01 12:00:00", at(2025, 7, 1, 12, 0), True),
        ("2025-03-14", at(2025, 3, 14), False),
    ],
)
def test_iso_values(text, expected, has_time):
    """ISO 8601 with or without an offset (none: Amsterdam time), with or without a time."""
    found = parse_iso(text)
    assert found.value == expected
    assert found.has_time is has_time


@pytest.mark.parametrize("text", ["", "gisteren", "2025-13-01", "14/03/2025"])
def test_bad_iso_values(text):
    assert parse_iso(text) is None
