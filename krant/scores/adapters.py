"""Score providers behind one interface: each turns its documented response into krant's own shape.

- `FootballData`: football-data.org's API v4 (https://docs.football-data.org/general/v4/match.html), the
  list of matches of a competition (`/v4/competitions/{code}/matches`, optionally `?matchday=N`): per match
  its `id`, `utcDate` (the kick-off), `matchday`, `homeTeam`/`awayTeam` (`id`, `name`, `shortName`), `status`
  and `score.fullTime.home`/`away`. A cup's later rounds are listed before their teams are known: such a
  match has no teams (their `id` is null), and may have no matchday. The key goes in the `X-Auth-Token` header
  (KRANT_FOOTBALL_DATA_TOKEN). Its free plan allows 10 requests a minute, and scores change no faster than
  a minute: one request per feed per minute while a match is played, every ten minutes otherwise.

Every download goes through krant.core.fetch. Whatever is wrong with a body raises ProviderError and
nothing else, and a body is read whole before anything is stored: a broken answer changes no score, team,
round or match.
"""

import json
from dataclasses import dataclass
from datetime import datetime

from krant.core.fetch import FetchError, Limits, open_url
from krant.scores.models import Status

LIMITS = Limits(connect_timeout=5, read_timeout=10, deadline=20, max_bytes=4 * 1024 * 1024, max_redirects=2)


class ProviderError(Exception):
    """The provider could not be reached or answered something we cannot read."""


@dataclass(frozen=True)
class TeamData:
    external_id: str
    name: str
    short_name: str


@dataclass(frozen=True)
class MatchData:
    external_id: str
    status: str  # a krant Status value
    home_score: int | None
    away_score: int | None
    starts_at: datetime | None = None  # timezone-aware
    matchday: int | None = None  # None: the provider has not placed the match in a round
    home: TeamData | None = None  # None: not known yet (a cup's later round)
    away: TeamData | None = None


class FootballData:
    name = "football-data.org"
    interval_seconds = 600
    live_interval_seconds = 60
    statuses = {
        "SCHEDULED": Status.SCHEDULED,
        "TIMED": Status.SCHEDULED,
        "IN_PLAY": Status.LIVE,
        "LIVE": Status.LIVE,
        "PAUSED": Status.HALF_TIME,
        "FINISHED": Status.FINISHED,
        "AWARDED": Status.FINISHED,
        "POSTPONED": Status.POSTPONED,
        "SUSPENDED": Status.POSTPONED,
        "CANCELLED": Status.POSTPONED,
    }

    def __init__(self, token: str = "", limits: Limits = LIMITS):
        self.token = token
        self.limits = limits  # tests lift the address fence to reach their local server

    def matches(self, url: str) -> list[MatchData]:
        headers = {"X-Auth-Token": self.token} if self.token else {}
        try:
            with open_url(url, headers=headers, limits=self.limits) as opened:
                if opened.status != 200:
                    raise ProviderError(f"{self.name}: HTTP {opened.status}")
                body = opened.read()
        except FetchError as error:
            raise ProviderError(f"{self.name}: {error.reason} {error.detail}".strip()) from error
        try:
            data = json.loads(body)
        except (ValueError, UnicodeError) as error:
            raise ProviderError(f"{self.name}: no JSON") from error
        return self.parse(data)

    def parse(self, data) -> list[MatchData]:
        """Return every match of a v4 `matches` answer; raise ProviderError on anything unexpected."""
        try:
            found = []
            for item in data["matches"]:
                status = self.statuses[item["status"]]
                full_time = item["score"]["fullTime"]
                home, away = goals(full_time["home"]), goals(full_time["away"])
                if (home is None) != (away is None):
                    raise ValueError("one side without a score")
                if status == Status.FINISHED and home is None:
                    raise ValueError("a finished match without a score")
                if status == Status.SCHEDULED:
                    home = away = None
                home_team, away_team = team(item["homeTeam"]), team(item["awayTeam"])
                if (home_team is None) != (away_team is None):
                    raise ValueError("one side without a team")
                if home_team is not None and home_team.external_id == away_team.external_id:
                    raise ValueError("a team against itself")
                matchday = item["matchday"]
                if matchday is not None and not 1 <= number(matchday) <= MAX_MATCHDAY:
                    raise ValueError(f"not a matchday: {matchday!r}")
                found.append(
                    MatchData(
                        str(number(item["id"])),
                        status,
                        home,
                        away,
                        starts_at=kick_off(item["utcDate"]),
                        matchday=matchday,
                        home=home_team,
                        away=away_team,
                    )
                )
            return found
        except (KeyError, IndexError, TypeError, ValueError) as error:
            raise ProviderError(f"{self.name}: unexpected shape ({type(error).__name__}: {error})") from error


MAX_MATCHDAY = 999  # a round's number is a small integer; no league plays more rounds than this


def number(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"not a number: {value!r}")
    if not 0 <= value <= 2**53:  # what JSON carries exactly; our ids hold 40 digits
        raise ValueError(f"not an id: {value!r}")
    return value


def kick_off(value) -> datetime:
    starts_at = datetime.fromisoformat(value)  # TypeError for anything but text, ValueError for bad text
    if starts_at.utcoffset() is None:
        raise ValueError(f"a time without its zone: {value!r}")
    return starts_at.replace(microsecond=0)  # as Match.save stores it: a second import changes nothing


def team(value) -> TeamData | None:
    """Return a side of a match, or None when the provider does not know it yet (every field null)."""
    if value["id"] is None:
        return None
    name, short_name = value["name"], value.get("shortName") or ""
    if not isinstance(name, str) or not 0 < len(name.strip()) <= 100:
        raise ValueError(f"not a team's name: {name!r}")
    if not isinstance(short_name, str):
        raise TypeError(f"not a short name: {short_name!r}")
    # A short name longer than ours fits is only left out: the full name stays.
    short_name = short_name.strip() if len(short_name.strip()) <= 30 else ""
    return TeamData(str(number(value["id"])), name.strip(), short_name)


def goals(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 99:
        raise ValueError(f"not a score: {value!r}")
    return value
