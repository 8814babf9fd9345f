"""Every write of a score, in one place: atomic, the pages purged and the live event sent on commit.

`record_score` is what the editors' quick form and the provider's feed both call; `apply_feed` also adds
the feed's fixtures (rounds, teams, matches) and moves a match's kick-off, in one transaction. A write that
changes nothing (a feed repeating itself) purges nothing and sends nothing. `fetch_due_scores` is a scheduler
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
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from krant.core.purge import purge
from krant.live.events import SCORES, publish
from krant.scores.models import (
    OVERVIEW_KEY,
    PLAYING,
    Match,
    Participant,
    Placing,
    Round,
    ScoreFeed,
    Status,
    competition_key,
)
from krant.scores.signals import result_changed

if TYPE_CHECKING:  # the adapters fetch from outside: a web worker never loads them (tests/test_wsgi.py)
    from krant.scores.adapters import FootballData, MatchData, TeamData

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
    created: int = 0
    changed: int = 0
    skipped: int = 0  # new matches the provider cannot place yet: no teams or no matchday

    def __str__(self):
        return _(
            "%(seen)s wedstrijden gelezen, %(created)s nieuw, %(changed)s gewijzigd, "
            "%(skipped)s nog zonder teams of speelronde"
        ) % vars(self)


class FeedConflict(Exception):
    """The provider's answer does not fit what the editors made: a team's name already belongs to another
    of the provider's teams."""


@transaction.atomic
def apply_feed(feed: ScoreFeed, matches: list["MatchData"]) -> FeedReport:
    """Store the provider's fixtures and scores of the feed's competition, all or nothing.

    A match unknown by its external id is added, with its round (by matchday) and its teams (by the
    provider's id; a team the editors made under the same name is linked, not doubled). A known match takes
    the provider's kick-off, round, status and score: the provider is the source of a linked match, as it
    always was for scores (an editor who wants their own clears the match's id). A match the editors typed
    without an id, with the same teams in the same round, is linked rather than doubled. Teams are never
    renamed.
    """
    report = FeedReport(seen=len(matches))
    competition_id = feed.competition_id
    # Locked from the start: the quick form cannot write a match between our reading and our writing it.
    known = {
        m.external_id: m
        for m in Match.objects.select_for_update().filter(
            competition_id=competition_id, external_id__in=[d.external_id for d in matches]
        )
    }
    stored = [d for d in matches if d.external_id in known or d.home is not None]
    rounds = rounds_of(competition_id, {d.matchday for d in stored if d.matchday is not None})
    teams = participants_of([t for d in matches if d.home is not None for t in (d.home, d.away)])
    # Matches the editors typed before the feed came: the same teams in the same round is the same match.
    typed = {
        (m.home_id, m.away_id, m.round_id): m
        for m in Match.objects.select_for_update().filter(
            competition_id=competition_id, external_id="", home__isnull=False, away__isnull=False
        )
    }
    new = []
    for data in matches:
        match = known.get(data.external_id)
        if match is None and data.home is not None and data.matchday is not None:
            home, away = teams[data.home.external_id], teams[data.away.external_id]
            match = typed.pop((home.pk, away.pk, rounds[data.matchday].pk), None)
            if match is not None:
                match.external_id = data.external_id
                Match.objects.filter(pk=match.pk).update(external_id=data.external_id)
                report.changed += 1  # linked: from now on the provider's, as if it had brought it
                move_match(match, data.starts_at, None)
                record_score(match, data.home_score, data.away_score, data.status)
                continue
        if match is not None:
            moved = move_match(match, data.starts_at, rounds.get(data.matchday))
            if record_score(match, data.home_score, data.away_score, data.status) or moved:
                report.changed += 1
        elif data.home is None or data.matchday is None:
            report.skipped += 1
        else:
            new.append(
                Match(
                    competition_id=competition_id,
                    round=rounds[data.matchday],
                    home=teams[data.home.external_id],
                    away=teams[data.away.external_id],
                    starts_at=data.starts_at,
                    status=data.status,
                    home_score=data.home_score,
                    away_score=data.away_score,
                    external_id=data.external_id,
                )
            )
    # bulk_create, not save(): the admin forms' receivers would purge every Scorebord page once a match.
    for match in Match.objects.bulk_create(new):
        if match.status != Status.SCHEDULED:  # a result: what depends on it hears of it
            announce(match)
    if new:
        purge({OVERVIEW_KEY, competition_key(competition_id)})
    report.created = len(new)
    return report


def rounds_of(competition_id: int, numbers: set[int]) -> dict[int, Round]:
    """Return the competition's rounds of `numbers`, adding those the editors have not made."""
    rounds = {r.number: r for r in Round.objects.filter(competition_id=competition_id, number__in=numbers)}
    with translation.override(settings.LANGUAGE_CODE):  # stored text, whatever language the caller has
        missing = [
            Round(competition_id=competition_id, number=n, name=_("Speelronde %(number)s") % {"number": n})
            for n in sorted(numbers - rounds.keys())
        ]
    rounds.update((r.number, r) for r in Round.objects.bulk_create(missing))
    return rounds


def participants_of(teams: list["TeamData"]) -> dict[str, Participant]:
    """Return the participants of the provider's `teams` by its id: linked before, linked now to the
    editors' team of the same name (or short name) that has no id yet, or added."""
    by_id = {t.external_id: t for t in teams}
    found = {p.external_id: p for p in Participant.objects.filter(external_id__in=by_id)}
    missing = [t for external_id, t in by_id.items() if external_id not in found]
    names = {t.name for t in missing} | {t.short_name for t in missing if t.short_name}
    named = {p.name: p for p in Participant.objects.filter(name__in=names)}
    new = []
    for t in missing:
        same = named.get(t.name)
        if same is not None and same.external_id:  # names are unique: we cannot add a second one
            raise FeedConflict(
                _("De naam %(name)s hoort al bij team %(linked)s van de leverancier, niet bij %(new)s.")
                % {"name": same.name, "linked": same.external_id, "new": t.external_id}
            )
        if same is None and t.short_name:  # the editors wrote 'Zandmeer' where the provider has 'FC Zandmeer'
            by_short_name = named.get(t.short_name)
            if by_short_name is not None and not by_short_name.external_id:
                same = by_short_name
        if same is None:
            same = Participant(name=t.name, short_name=t.short_name, external_id=t.external_id)
            named[t.name] = same
            new.append(same)
        else:
            same.external_id = t.external_id
            Participant.objects.filter(pk=same.pk).update(external_id=t.external_id)
        found[t.external_id] = same
    Participant.objects.bulk_create(new)
    return found


def move_match(match: Match, starts_at: datetime | None, round_: Round | None) -> bool:
    """Give `match` (its row locked by the caller) the provider's kick-off and round; return whether it
    moved."""
    changes = {}
    if starts_at is not None and match.starts_at != starts_at:
        changes["starts_at"] = match.starts_at = starts_at
    if round_ is not None and match.round_id != round_.pk:
        changes["round"] = match.round = round_
    if not changes:
        return False
    match.version += 1
    Match.objects.filter(pk=match.pk).update(**changes, version=match.version, updated_at=timezone.now())
    announce(match)
    return True


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
        report = apply_feed(feed, matches)
    except (ProviderError, FeedConflict) as error:
        feed.failures += 1
        wait = min(timedelta(minutes=1) * 2 ** min(feed.failures, 10), MAX_BACKOFF)
        ScoreFeed.objects.filter(pk=feed.pk).update(
            failures=feed.failures, next_fetch_at=now + wait, last_report=str(error)[:1000]
        )
        logger.warning("Scores of %s not fetched: %s", feed.competition, error)
        return None
    playing = Match.objects.filter(competition_id=feed.competition_id, status__in=PLAYING).exists()
    wait = provider.live_interval_seconds if playing else provider.interval_seconds
    ScoreFeed.objects.filter(pk=feed.pk).update(
        failures=0,
        last_fetched_at=now,
        next_fetch_at=now + timedelta(seconds=wait),
        last_report=str(report),
    )
    return report
