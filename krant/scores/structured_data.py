"""A match or race as a schema.org SportsEvent (https://schema.org/SportsEvent), for its page."""

from django.http import HttpRequest

from krant.feeds.structured_data import iso
from krant.scores.models.results import Match, Status

EVENT_STATUS = {
    Status.SCHEDULED: "https://schema.org/EventScheduled",
    Status.LIVE: "https://schema.org/EventScheduled",
    Status.HALF_TIME: "https://schema.org/EventScheduled",
    Status.FINISHED: "https://schema.org/EventScheduled",
    Status.POSTPONED: "https://schema.org/EventPostponed",
}


def sports_event(match: Match, placings: list, page, request: HttpRequest) -> dict:
    """Return `match` as a SportsEvent: its sides (or finishers), start, place and address."""
    data = {
        "@context": "https://schema.org",
        "@type": "SportsEvent",
        "name": f"{match.competition.name}: {match}",
        "startDate": iso(match.starts_at),
        "eventStatus": EVENT_STATUS[match.status],
        "url": request.build_absolute_uri(page.match_url(match)),
        "sport": match.competition.get_sport_display(),
    }
    if match.venue:
        data["location"] = {"@type": "Place", "name": match.venue}
    if not match.is_race:
        data["homeTeam"] = {"@type": "SportsTeam", "name": match.home.name}
        data["awayTeam"] = {"@type": "SportsTeam", "name": match.away.name}
    elif placings:
        data["competitor"] = [{"@type": "Person", "name": p.participant.name} for p in placings]
    return data
