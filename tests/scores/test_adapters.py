"""football-data.org v4 against recorded answers (data/football-data-*.json: a matchday's scores, a season's
first fixtures) served by a real local HTTP server, and against broken answers: those raise ProviderError and
leave every score, team, round and match as it was."""

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from krant.live.log import event_log
from krant.scores import services
from krant.scores.adapters import LIMITS, FootballData, MatchData, ProviderError, TeamData
from krant.scores.models import Match, Participant, Round, ScoreFeed, Status
from tests.httpserver import LocalServer
from tests.scores.conftest import add_match

RECORDED = (Path(__file__).with_name("data") / "football-data-matches.json").read_bytes()
FIXTURES = (Path(__file__).with_name("data") / "football-data-fixtures.json").read_bytes()
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
    matches = FootballData().parse(json.loads(RECORDED))
    assert [(m.external_id, m.status, m.home_score, m.away_score) for m in matches] == [
        ("600101", Status.FINISHED, 3, 1),
        ("600102", Status.HALF_TIME, 0, 2),
        ("600103", Status.SCHEDULED, None, None),
    ]
    assert matches[0] == MatchData(
        "600101",
        Status.FINISHED,
        3,
        1,
        starts_at=datetime(2026, 12, 6, 13, 30, tzinfo=UTC),
        matchday=7,
        home=TeamData("9001", "FC Zandmeer", "Zandmeer"),
        away=TeamData("9002", "Vitesse Dijkhuizen", "Dijkhuizen"),
    )


def test_a_match_not_yet_placed_is_read_without_teams():
    """A cup's later round is listed before its teams are known: no teams, no matchday."""
    data = json.loads(RECORDED)
    unknown = {"id": None, "name": None, "shortName": None, "tla": None, "crest": None}
    data["matches"][2].update(homeTeam=unknown, awayTeam=unknown, matchday=None)
    last = FootballData().parse(data)[2]
    assert (last.home, last.away, last.matchday) == (None, None, None)


def test_the_job_stores_the_feeds_scores_at_the_providers_pace(league, fed, server, settings):
    """The job sends the key, stores the scores (and the kick-offs and matchday) of known matches and asks
    again in a minute while a match is in play."""
    settings.FOOTBALL_DATA_TOKEN = "geheim"
    url = server.serve("/v4/competitions/DED/matches", RECORDED)
    feed = ScoreFeed.objects.create(competition=league.competition, url=url)
    now = timezone.now()
    report = services.fetch_feed(feed, FootballData("geheim", limits=LOCAL), now)
    assert (report.seen, report.created, report.changed, report.skipped) == (3, 0, 3, 0)
    assert server.headers[0]["X-Auth-Token"] == "geheim"
    scores = [
        (m.home_score, m.away_score, m.status) for m in Match.objects.filter(pk__in=[m.pk for m in fed])
    ]
    assert scores == [(3, 1, "afgelopen"), (0, 2, "rust"), (None, None, "gepland")]
    feed.refresh_from_db()
    assert feed.next_fetch_at == now + timedelta(seconds=60)
    assert feed.failures == 0 and "3 gewijzigd" in feed.last_report


BROKEN = {
    "not json": b"<html>Bad gateway</html>",
    "no matches": b'{"errors": {}}',
    "unknown status": RECORDED.replace(b'"PAUSED"', b'"HALFWAY"'),
    "negative score": RECORDED.replace(b'{"home": 0, "away": 2}', b'{"home": -1, "away": 2}'),
    "one side only": RECORDED.replace(b'{"home": 3, "away": 1}', b'{"home": 3, "away": null}'),
    "id as text": RECORDED.replace(b'"id": 600101', b'"id": "600101"'),
    "kick-off without zone": RECORDED.replace(b'"2026-12-06T15:45:00Z"', b'"2026-12-06T15:45:00"'),
    "matchday as text": RECORDED.replace(b'"matchday": 7,', b'"matchday": "7",', 1),
    "team without name": RECORDED.replace(b'"name": "VV Hoge Berm"', b'"name": ""'),
    "team against itself": RECORDED.replace(b'"id": 9006', b'"id": 9005'),
}


def stored():
    """Everything a feed may write, to compare before and after."""
    return (
        list(
            Match.objects.values_list("home_score", "away_score", "status", "version", "starts_at", "round")
        ),
        list(Participant.objects.values_list("name", "external_id")),
        list(Round.objects.values_list("number", "name")),
    )


@pytest.mark.parametrize("body", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_answer_changes_nothing_and_is_reported(league, fed, server, body):
    """Anything unreadable raises ProviderError; the job stores nothing (not even the readable matches'
    scores, teams or rounds), writes the reason on the feed and waits longer."""
    url = server.serve("/v4/competitions/DED/matches", body)
    feed = ScoreFeed.objects.create(competition=league.competition, url=url)
    before = stored()
    with pytest.raises(ProviderError):
        FootballData(limits=LOCAL).matches(url)
    assert services.fetch_feed(feed, FootballData(limits=LOCAL), timezone.now()) is None
    assert stored() == before
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


# The fixtures ------------------------------------------------------------------------------------------


def fixture_list() -> list[MatchData]:
    return FootballData().parse(json.loads(FIXTURES))


def test_the_first_answer_imports_the_fixtures(league, django_capture_on_commit_callbacks):
    """Rounds by matchday (the editors' round 1 kept), teams by the provider's id (the editors' 'Zandmeer'
    linked, not doubled), matches with kick-off and result; the same answer again changes nothing."""
    feed = ScoreFeed.objects.create(competition=league.competition, url="https://example.org/")
    not_placed = replace(fixture_list()[3], external_id="610099", home=None, away=None)
    report = services.apply_feed(feed, [*fixture_list(), not_placed])
    assert (report.seen, report.created, report.changed, report.skipped) == (5, 4, 0, 1)
    assert list(Round.objects.values_list("number", "name")) == [(1, "Speelronde 1"), (2, "Speelronde 2")]
    assert Round.objects.get(number=1) == league.round
    assert Participant.objects.get(external_id="9001") == league.teams["Zandmeer"]
    assert set(Participant.objects.exclude(external_id="").values_list("name", "short_name")) == {
        ("Zandmeer", ""),
        ("Sportclub Kanaaldorp", "Kanaaldorp"),
        ("VV Hoge Berm", "Hoge Berm"),
        ("SC Lindewaard", "Lindewaard"),
    }
    rows = [
        f"{m.external_id} {m.round.number} {m.home.label}-{m.away.label} {m.starts_at:%d-%m %H:%M} "
        f"{m.status} {m.home_score}-{m.away_score}"
        for m in Match.objects.for_listing().order_by("external_id")
    ]
    assert rows == [
        "610001 1 Zandmeer-Kanaaldorp 13-08 18:00 afgelopen 2-2",
        "610002 1 Hoge Berm-Lindewaard 14-08 16:30 afgelopen 0-1",
        "610003 2 Kanaaldorp-Hoge Berm 21-08 14:30 gepland None-None",
        "610004 2 Lindewaard-Zandmeer 22-08 12:15 gepland None-None",
    ]
    before = stored(), list(Match.objects.values_list("updated_at", flat=True))
    with django_capture_on_commit_callbacks() as callbacks:
        report = services.apply_feed(feed, fixture_list())
    assert (report.seen, report.created, report.changed) == (4, 0, 0)
    assert (stored(), list(Match.objects.values_list("updated_at", flat=True))) == before
    assert callbacks == []  # no purge, no live event


def test_a_moved_match_takes_its_new_kick_off_and_round(league, django_capture_on_commit_callbacks):
    """The provider moves a match to another day and matchday: the match follows, with a new version that
    open pages hear of, and its pages are purged."""
    feed = ScoreFeed.objects.create(competition=league.competition, url="https://example.org/")
    services.apply_feed(feed, fixture_list())
    kick_off = datetime(2027, 9, 15, 18, 45, tzinfo=UTC)
    answer = [
        replace(m, starts_at=kick_off, matchday=5) if m.external_id == "610003" else m for m in fixture_list()
    ]
    event_log.cache_clear()
    start = event_log().last_id()
    with django_capture_on_commit_callbacks(execute=True):
        report = services.apply_feed(feed, answer)
    assert (report.created, report.changed) == (0, 1)
    match = Match.objects.select_related("round").get(external_id="610003")
    assert (match.starts_at, match.round.number, match.round.name, match.version) == (
        kick_off,
        5,
        "Speelronde 5",
        1,
    )
    events = [(e.channel, e.data) for e in event_log().after(start)]
    assert events == [("scores", {"type": "score", "match": match.pk, "version": 1})]


def test_a_name_taken_by_another_team_stores_nothing(league, server):
    """A new team whose name the editors gave to another of the provider's teams: the whole answer is left
    (no round, team or match of it stored) and the reason is written on the feed."""
    Participant.objects.filter(pk=league.teams["Meeuwen"].pk).update(name="SC Lindewaard", external_id="9999")
    url = server.serve("/v4/competitions/DED/matches", FIXTURES)
    feed = ScoreFeed.objects.create(competition=league.competition, url=url)
    before = stored()
    assert services.fetch_feed(feed, FootballData(limits=LOCAL), timezone.now()) is None
    assert stored() == before
    feed.refresh_from_db()
    assert feed.failures == 1 and "SC Lindewaard" in feed.last_report


def test_a_match_the_editors_typed_is_linked_not_doubled(league):
    """The editors entered Zandmeer against Kanaaldorp in round 1 before the feed came: the feed's match of
    those teams in that round is that match, which takes the provider's id, kick-off and result."""
    kanaaldorp = Participant.objects.create(name="Sportclub Kanaaldorp")
    typed = Match.objects.create(
        competition=league.competition,
        round=league.round,
        home=league.teams["Zandmeer"],
        away=kanaaldorp,
        starts_at=datetime(2027, 8, 13, 20, 0, tzinfo=UTC),
    )
    feed = ScoreFeed.objects.create(competition=league.competition, url="https://example.org/")
    report = services.apply_feed(feed, fixture_list())
    assert (report.created, report.changed) == (3, 1)
    typed.refresh_from_db()
    assert (typed.external_id, typed.status, typed.home_score, typed.away_score) == (
        "610001",
        Status.FINISHED,
        2,
        2,
    )
    assert typed.starts_at == datetime(2027, 8, 13, 18, 0, tzinfo=UTC)  # the provider's kick-off
    assert Match.objects.filter(home=league.teams["Zandmeer"], away=kanaaldorp).count() == 1
    assert services.apply_feed(feed, fixture_list()).changed == 0
