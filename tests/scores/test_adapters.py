"""football-data.org v4 against a recorded answer (data/football-data-matches.json) served by a real local
HTTP server, and against broken answers: those raise ProviderError and leave every score as it was."""

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from krant.scores import services
from krant.scores.adapters import LIMITS, FootballData, MatchData, ProviderError
from krant.scores.models import Match, ScoreFeed, Status
from tests.httpserver import LocalServer
from tests.scores.conftest import add_match

RECORDED = (Path(__file__).with_name("data") / "football-data-matches.json").read_bytes()
LOCAL = replace(LIMITS, allow_private=True)


@pytest.fixture
def server():
    with LocalServer(content_type="application/json") as server:
        yield server


@pytest.fixture
def fed(league):
    """Three matches known to the provider by id, and the competition's feed."""
    matches = [
        add_match(league, "Zandmeer", "Dijkhuizen", status=Status.LIVE, score=(2, 1)),
        add_match(league, "Meeuwen", "Veenendorp"),
        add_match(league, "Dijkhuizen", "Meeuwen"),
    ]
    for external_id, match in zip(("600101", "600102", "600103"), matches, strict=True):
        Match.objects.filter(pk=match.pk).update(external_id=external_id)
    return matches


def test_recorded_answer_is_read():
    """Final, half-time and planned matches: status and full-time score, nothing for a planned one."""
    assert FootballData().parse(json.loads(RECORDED)) == [
        MatchData("600101", Status.FINISHED, 3, 1),
        MatchData("600102", Status.HALF_TIME, 0, 2),
        MatchData("600103", Status.SCHEDULED, None, None),
    ]


def test_the_job_stores_the_feeds_scores_at_the_providers_pace(league, fed, server, settings):
    """The job sends the key, stores the scores of known matches and asks again in a minute while a match
    is in play."""
    settings.FOOTBALL_DATA_TOKEN = "geheim"
    url = server.serve("/v4/competitions/DED/matches", RECORDED)
    feed = ScoreFeed.objects.create(competition=league.competition, url=url)
    now = timezone.now()
    report = services.fetch_feed(feed, FootballData("geheim", limits=LOCAL), now)
    assert (report.seen, report.changed, report.unknown) == (3, 2, 0)
    assert server.headers[0]["X-Auth-Token"] == "geheim"
    scores = [
        (m.home_score, m.away_score, m.status) for m in Match.objects.filter(pk__in=[m.pk for m in fed])
    ]
    assert scores == [(3, 1, "afgelopen"), (0, 2, "rust"), (None, None, "gepland")]
    feed.refresh_from_db()
    assert feed.next_fetch_at == now + timedelta(seconds=60)
    assert feed.failures == 0 and "2 gewijzigd" in feed.last_report


BROKEN = {
    "not json": b"<html>Bad gateway</html>",
    "no matches": b'{"errors": {}}',
    "unknown status": RECORDED.replace(b'"PAUSED"', b'"HALFWAY"'),
    "negative score": RECORDED.replace(b'{"home": 0, "away": 2}', b'{"home": -1, "away": 2}'),
    "one side only": RECORDED.replace(b'{"home": 3, "away": 1}', b'{"home": 3, "away": null}'),
    "id as text": RECORDED.replace(b'"id": 600101', b'"id": "600101"'),
}


@pytest.mark.parametrize("body", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_answer_changes_nothing_and_is_reported(league, fed, server, body):
    """Anything unreadable raises ProviderError; the job stores no score (not even the readable matches'),
    writes the reason on the feed and waits longer."""
    url = server.serve("/v4/competitions/DED/matches", body)
    feed = ScoreFeed.objects.create(competition=league.competition, url=url)
    before = list(Match.objects.values_list("home_score", "away_score", "status", "version"))
    with pytest.raises(ProviderError):
        FootballData(limits=LOCAL).matches(url)
    assert services.fetch_feed(feed, FootballData(limits=LOCAL), timezone.now()) is None
    assert list(Match.objects.values_list("home_score", "away_score", "status", "version")) == before
    feed.refresh_from_db()
    assert feed.failures == 1 and feed.last_report.startswith("football-data.org")


def test_an_error_status_is_reported(league, server):
    """HTTP 429 (the provider's rate limit) is a failure like any other."""
    url = server.serve("/v4/competitions/DED/matches", b"{}", status=429)
    with pytest.raises(ProviderError, match="HTTP 429"):
        FootballData(limits=LOCAL).matches(url)


def test_the_scheduler_job_fetches_only_due_feeds(league, server):
    """A feed whose time has not come is not asked."""
    url = server.serve("/v4/competitions/DED/matches", RECORDED)
    ScoreFeed.objects.create(
        competition=league.competition, url=url, next_fetch_at=timezone.now() + timedelta(minutes=5)
    )
    services.fetch_due_scores()
    assert server.requests == []
