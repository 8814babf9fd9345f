"""Writes of scores: the live event (ids and counts only) and the purge on commit, nothing on no change."""

import pytest

from krant.live.log import event_log
from krant.scores import services
from krant.scores.models import Match, Status
from tests.scores.conftest import add_match


@pytest.fixture
def log():
    event_log.cache_clear()
    return event_log()


def test_a_goal_sends_a_live_event_on_commit(league, log, django_capture_on_commit_callbacks):
    """The event names the match and its new version, nothing else; it leaves only after the commit."""
    match = add_match(league, "Zandmeer", "Dijkhuizen", status=Status.LIVE, score=(0, 0))
    start = log.last_id()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.record_score(match, 1, 0, Status.LIVE)
        assert log.after(start) == []
    events = log.after(start)
    assert [(e.channel, e.data) for e in events] == [
        ("scores", {"type": "score", "match": match.pk, "version": 1})
    ]
    match.refresh_from_db()
    assert (match.home_score, match.away_score, match.version) == (1, 0, 1)


def test_the_same_score_again_sends_nothing(league, log, django_capture_on_commit_callbacks):
    """A feed repeating the score it sent before changes no version and sends no event."""
    match = add_match(league, "Zandmeer", "Dijkhuizen", status=Status.LIVE, score=(1, 0))
    start = log.last_id()
    with django_capture_on_commit_callbacks(execute=True):
        assert not services.record_score(match, 1, 0, Status.LIVE)
    assert log.after(start) == []
    assert Match.objects.get(pk=match.pk).version == 0


def test_a_match_under_way_shows_nil_nil(league):
    """Setting a planned match to 'bezig' without a score gives it 0-0."""
    match = add_match(league, "Zandmeer", "Dijkhuizen")
    services.record_score(match, None, None, Status.LIVE)
    match.refresh_from_db()
    assert (match.home_score, match.away_score) == (0, 0)


@pytest.mark.parametrize(
    ("home", "away", "status"), [(-1, 0, "bezig"), (0, 100, "bezig"), (1, 0, "gestaakt")]
)
def test_impossible_scores_are_refused(league, home, away, status):
    """Negative or three-digit scores and unknown statuses raise ScoreError and store nothing."""
    match = add_match(league, "Zandmeer", "Dijkhuizen")
    with pytest.raises(services.ScoreError):
        services.record_score(match, home, away, status)
    assert Match.objects.get(pk=match.pk).status == Status.SCHEDULED


def test_race_results_replace_the_placings(races):
    """A corrected race result replaces the finishing order and bumps the version."""
    first, second = races.drivers
    services.record_placings(races.race, [(second.pk, ""), (first.pk, "+1,2 s")])
    assert [(p.participant_id, p.position) for p in races.race.placings.all()] == [
        (second.pk, 1),
        (first.pk, 2),
    ]
    with pytest.raises(services.ScoreError):
        services.record_placings(races.race, [(first.pk, ""), (first.pk, "")])
