"""Weather warnings reach pages already open: each change of the set, and each start or end by the clock,
purges every page and sends one event on the 'site' channel with only a version; the text comes from the
fragment at /weerwaarschuwingen/, cached and purged as pages are.

Transactional tests: the purge and the event wait for the commit, as in production.
"""

import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.db import transaction
from django.utils import timezone

from krant.core import pagecache, scheduler
from krant.live.models import LiveEvent
from krant.weather import services
from krant.weather.adapters import WarningData
from krant.weather.models import WARNINGS_KEY, WeatherPage
from tests.factories import add_page, make_site

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
HEADLINE = "Zware windstoten langs de kust"


@pytest.fixture
def site(page_cache):
    tree = make_site()
    add_page(tree.home, WeatherPage(title="Weer", slug="weer"))
    return tree


def warning(now, start_hours: float, end_hours: float, level: str = "oranje") -> WarningData:
    return WarningData(
        "Zeeland", level, HEADLINE, now + timedelta(hours=start_hours), now + timedelta(hours=end_hours)
    )


def warning_events() -> list[dict]:
    return [
        event.data
        for event in LiveEvent.objects.filter(channel="site", data__type="weather-warnings").order_by("id")
    ]


def test_a_new_changed_or_removed_set_of_warnings_sends_one_event_with_only_a_version(site):
    """New, changed (another code), removed: three events, none with text; the same set again: none, and
    none for a store that is rolled back (the event waits for the commit)."""
    now = timezone.now()
    with pytest.raises(RuntimeError), transaction.atomic():
        services.store_warnings([warning(now, -1, 2)])
        raise RuntimeError
    assert warning_events() == []
    services.store_warnings([warning(now, -1, 2)])
    services.store_warnings([warning(now, -1, 2)])  # unchanged: nothing to tell
    services.store_warnings([warning(now, -1, 2, level="rood")])
    services.store_warnings([])
    events = warning_events()
    assert len(events) == 3
    assert all(set(event) == {"type", "version"} for event in events)  # no text: the fragment has it
    assert len({event["version"] for event in events}) == 3
    assert "Zeeland" not in json.dumps(events) and HEADLINE not in json.dumps(events)


def test_the_scheduler_tells_open_pages_when_a_warning_starts_and_when_it_ends(site):
    """A warning issued ahead is announced at its start and again at its end, once each; nothing between."""
    now = timezone.now()
    services.store_warnings([warning(now, 1, 3)])
    assert len(warning_events()) == 1  # issued
    services.announce_due_warnings(now)
    assert len(warning_events()) == 1  # not started yet: nothing to tell
    before = pagecache.key_version(WARNINGS_KEY)
    with time_machine.travel(now + timedelta(hours=2)):
        services.announce_due_warnings()
        services.announce_due_warnings()
    assert len(warning_events()) == 2  # started, told once
    assert pagecache.key_version(WARNINGS_KEY) != before  # every cached page dropped too
    with time_machine.travel(now + timedelta(hours=4)):
        services.announce_due_warnings()
        services.announce_due_warnings()
    assert len(warning_events()) == 3  # ended, told once


def test_the_fragment_is_cached_purged_with_the_pages_and_shows_the_warnings_in_force(site, client):
    """Empty without warnings, cached under the same key as the pages; after a change it shows the text,
    kept in shared caches no longer than the warning's end."""
    empty = client.get("/weerwaarschuwingen/")
    assert empty.status_code == 200 and empty.content.strip() == b""
    assert WARNINGS_KEY in empty["xkey"].split()
    assert client.get("/weerwaarschuwingen/")["X-Cache"] == "hit"
    services.store_warnings([warning(timezone.now(), -1, 0.5)])
    response = client.get("/weerwaarschuwingen/?v=1")
    shared_age = int(re.search(r"s-maxage=(\d+)", response["Cache-Control"]).group(1))
    assert 0 < shared_age <= 30 * 60, response["Cache-Control"]
    fragment = response.content.decode()
    assert "Code oranje in Zeeland" in fragment and 'href="/weer/"' in fragment
    assert "<html" not in fragment
    assert client.get("/weerwaarschuwingen/")["X-Cache"] == "miss"  # the empty one was purged


def test_every_page_carries_the_slot_the_open_page_listens_on(site, client):
    """The slot names the 'site' channel and the fragment's address, with or without a warning."""
    html = client.get("/").content.decode()
    assert 'data-live-channel="site" data-weather-warnings-url="/weerwaarschuwingen/"' in html


def test_the_scheduler_s_round_costs_one_query_when_nothing_starts_or_ends(site, django_assert_num_queries):
    """The job is in the scheduler's list and only looks while no warning starts or ends."""
    assert "krant.weather.services.announce_due_warnings" in scheduler.JOBS
    services.store_warnings([warning(timezone.now(), -1, 2)])
    with django_assert_num_queries(1):
        services.announce_due_warnings()
