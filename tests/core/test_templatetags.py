"""krant_tags: how times show in teasers."""

from datetime import UTC, datetime

import time_machine
from django.utils import timezone

from krant.core.templatetags.krant_tags import teaser_time

NOW = datetime(2026, 12, 6, 13, 30, tzinfo=UTC)  # 14:30 in Amsterdam


def test_today_shows_the_time_only():
    """An article of today says '14:59', with the full moment in its datetime and title."""
    with time_machine.travel(NOW, tick=False):
        html = teaser_time(datetime(2026, 12, 6, 13, 59, tzinfo=UTC))
    assert html == ('<time datetime="2026-12-06T14:59:00+01:00" title="6 dec 2026 om 14:59">14:59</time>')


def test_earlier_shows_the_date():
    """Yesterday's article says '5 dec'; one of an earlier year says the year too; neither the time."""
    with time_machine.travel(NOW, tick=False):
        assert ">5 dec</time>" in teaser_time(datetime(2026, 12, 5, 22, 59, tzinfo=UTC))
        assert ">31 okt 2025</time>" in teaser_time(datetime(2025, 10, 31, 18, 9, tzinfo=UTC))


def test_the_day_follows_the_sites_time_zone():
    """Just after midnight in Amsterdam (still the day before in UTC) is today."""
    with time_machine.travel(NOW, tick=False):
        assert ">00:10</time>" in teaser_time(datetime(2026, 12, 5, 23, 10, tzinfo=UTC))
        assert timezone.localdate().isoformat() == "2026-12-06"


def test_no_moment_shows_nothing():
    assert teaser_time(None) == ""
