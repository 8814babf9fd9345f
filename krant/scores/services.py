"""Every write of a score, in one place: atomic, the pages purged and the live event sent on commit.

`record_score` is what the editors' quick form and the provider's adapter both call. A write that changes
nothing (a feed repeating the same score) purges nothing and sends nothing. `fetch_due_scores` is a scheduler
job (krant.core.scheduler.JOBS): each round it fetches the feeds whose time has come, at the provider's pace,
faster while a match of theirs is being played; a failure keeps every score as it was and is written on the
feed (Scorebord > Uitslagenbronnen) and in the log.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from krant.core.purge import purge
from krant.live.events import SCORES, publish
from krant.scores.models import OVERVIEW_KEY, PLAYING, Match, Placing, ScoreFeed, Status, competition_key
from krant.scores.signals import result_changed

if TYPE_CHECKING:  # the adapters fetch from outside: a web worker never loads them (tests/test_wsgi.py)
    from krant.scores.adapters import FootballData, MatchData

logger = logging.getLogger(__name__)

MAX_SCORE = 99
MAX_BACKOFF = timedelta(hours=6)


class ScoreError(ValueError):
    """A score that cannot be: negative, too high, or on a race."""


def announce(match: Match) -> None:
    """Purge the pages showing `match`, tell open pages its new version (ids and counts only) and, after the
    commit, whoever depends on its result (`signals.result_changed`)."""
    purge({OVERVIEW_KEY, competition_key(match.competition_id)})
    publish(SCORES, type="score", match=match.pk, version=match.version)
    match_id = match.pk
    transaction.on_commit(lambda: result_changed.send(sender=Match, match_id=match_id))


@transaction.atomic
def record_score(match: Match, home_score: int | None, away_score: int | None, status: str) -> bool:
    """Store the score and status of `match`; return whether anything changed.

    The row is locked, so the quick form and the feed cannot interleave their writes of one match.
    """
    if status not in Status.values:
        raise ScoreError(f"unknown status {status!r}")
    for score in (home_score, away_score):
        if score is not None and not 0 <= score <= MAX_SCORE:
            raise ScoreError(f"score out of range: {score}")
    row = Match.objects.select_for_update().get(pk=match.pk)
    if row.is_race and (home_score is not None or away_score is not None):
        raise ScoreError("a race has placings, not a score")
    if status in PLAYING or status == Status.FINISHED:
        # A match under way shows 0-0 rather than nothing.
        home_score = 0 if home_score is None and not row.is_race else home_score
        away_score = 0 if away_score is None and not row.is_race else away_score
    if (row.home_score, row.away_score, row.status) == (home_score, away_score, status):
        return False
    row.home_score, row.away_score, row.status = home_score, away_score, status
    row.version += 1
    # update(), not save(): the admin forms' receivers (signals.py) would purge every Scorebord page.
    Match.objects.filter(pk=row.pk).update(
        home_score=home_score,
        away_score=away_score,
        status=status,
        version=row.version,
        updated_at=timezone.now(),
    )
    announce(row)
    match.home_score, match.away_score, match.status, match.version = (
        home_score,
        away_score,
        status,
        row.version,
    )
    return True


@transaction.atomic
def record_placings(match: Match, finishers: list[tuple[int, str]], status: str = Status.FINISHED) -> None:
    """Make `finishers` ((participant id, note), winner first) the result of the race `match`."""
    row = Match.objects.select_for_update().get(pk=match.pk)
    if not row.is_race:
        raise ScoreError("a match has a score, not placings")
    ids = [pk for pk, _note in finishers]
    if len(set(ids)) != len(ids):
        raise ScoreError("a finisher is named twice")
    Placing.objects.filter(
        match=row
    ).delete()  # its receivers purge every Scorebord page: fine, races are rare
    Placing.objects.bulk_create(
        Placing(match=row, participant_id=pk, position=index, note=note)
        for index, (pk, note) in enumerate(finishers, start=1)
    )
    row.status = status
    row.version += 1
    Match.objects.filter(pk=row.pk).update(status=status, version=row.version, updated_at=timezone.now())
    announce(row)


@transaction.atomic
def match_edited(match: Match) -> None:
    """After an editor saved `match` in the admin's full form (a corrected result, a new kick-off): a new
    version, so open pages fetch its score again."""
    Match.objects.filter(pk=match.pk).update(version=models.F("version") + 1)
    match.version = Match.objects.values_list("version", flat=True).get(pk=match.pk)
    announce(match)


# The feed ----------------------------------------------------------------------------------------------


@dataclass
class FeedReport:
    seen: int = 0
    changed: int = 0
    unknown: int = 0


def apply_feed(feed: ScoreFeed, matches: list["MatchData"]) -> FeedReport:
    """Store what the provider says of the feed's matches we know (by external id); add no matches."""
    report = FeedReport(seen=len(matches))
    known = {
        m.external_id: m
        for m in Match.objects.filter(
            competition_id=feed.competition_id, external_id__in=[d.external_id for d in matches]
        )
    }
    for data in matches:
        match = known.get(data.external_id)
        if match is None:
            report.unknown += 1
            continue
        if record_score(match, data.home_score, data.away_score, data.status):
            report.changed += 1
    return report


def fetch_due_scores(now: datetime | None = None) -> None:
    """Fetch every active feed whose time has come (one query when none has)."""
    now = now or timezone.now()
    due = ScoreFeed.objects.filter(Q(next_fetch_at__isnull=True) | Q(next_fetch_at__lte=now), active=True)
    from krant.scores.adapters import FootballData

    token = getattr(settings, "FOOTBALL_DATA_TOKEN", "")
    for feed in due.select_related("competition"):
        fetch_feed(feed, FootballData(token), now)


def fetch_feed(feed: ScoreFeed, provider: "FootballData", now: datetime) -> FeedReport | None:
    from krant.scores.adapters import ProviderError

    try:
        matches = provider.matches(feed.url)
    except ProviderError as error:
        feed.failures += 1
        wait = min(timedelta(minutes=1) * 2 ** min(feed.failures, 10), MAX_BACKOFF)
        ScoreFeed.objects.filter(pk=feed.pk).update(
            failures=feed.failures, next_fetch_at=now + wait, last_report=str(error)[:1000]
        )
        logger.warning("Scores of %s not fetched: %s", feed.competition, error)
        return None
    report = apply_feed(feed, matches)
    playing = Match.objects.filter(competition_id=feed.competition_id, status__in=PLAYING).exists()
    wait = provider.live_interval_seconds if playing else provider.interval_seconds
    ScoreFeed.objects.filter(pk=feed.pk).update(
        failures=0,
        last_fetched_at=now,
        next_fetch_at=now + timedelta(seconds=wait),
        last_report=(
            f"{report.seen} wedstrijden gelezen, {report.changed} gewijzigd, {report.unknown} onbekend"
        ),
    )
    return report
