"""Score providers behind one interface: each turns its documented response into krant's own shape.

- `FootballData`: football-data.org's API v4 (https://docs.football-data.org/general/v4/match.html), the
  list of matches of a competition (`/v4/competitions/{code}/matches`, optionally `?matchday=N`): per match
  its `id`, `status` and `score.fullTime.home`/`away`. The key goes in the `X-Auth-Token` header
  (KRANT_FOOTBALL_DATA_TOKEN). Its free plan allows 10 requests a minute, and scores change no faster than
  a minute: one request per feed per minute while a match is played, every ten minutes otherwise.

Every download goes through krant.core.fetch. Whatever is wrong with a body raises ProviderError and
nothing else, and a body is read whole before anything is stored: a broken answer changes no score.
"""

import json
from dataclasses import dataclass

from krant.core.fetch import FetchError, Limits, open_url
from krant.scores.models import Status

LIMITS = Limits(connect_timeout=5, read_timeout=10, deadline=20, max_bytes=4 * 1024 * 1024, max_redirects=2)


class ProviderError(Exception):
    """The provider could not be reached or answered something we cannot read."""


@dataclass(frozen=True)
class MatchData:
    external_id: str
    status: str  # a krant Status value
    home_score: int | None
    away_score: int | None


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
                external_id = item["id"]
                if isinstance(external_id, bool) or not isinstance(external_id, int):
                    raise TypeError("id is not a number")
                found.append(MatchData(str(external_id), status, home, away))
            return found
        except (KeyError, IndexError, TypeError, ValueError) as error:
            raise ProviderError(f"{self.name}: unexpected shape ({type(error).__name__}: {error})") from error


def goals(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 99:
        raise ValueError(f"not a score: {value!r}")
    return value
