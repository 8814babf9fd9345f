"""The demo's Tv-gids: invented channels in groups, listings for today and tomorrow, never an empty 'now'."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import transaction
from django.utils import timezone

from krant.demo.services import load_demo
from krant.demo.tvguide import load_tv_guide, read_template, xmltv
from krant.news.models import Feature, FeaturePage
from krant.tvguide.models import Channel, Programme, TvGuidePage

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)


def test_every_channel_has_a_programme_now_and_tomorrow(db):
    """Whenever the demo loads, every channel shows something now and tomorrow evening; tips are marked."""
    now = timezone.now()
    load_tv_guide(now)
    channels = Channel.objects.all()
    assert channels.count() == len(read_template()["channel"]) and all(c.group_id for c in channels)
    for channel in channels:
        assert channel.programmes.filter(start__lte=now, stop__gt=now).count() == 1
        later = now + timedelta(hours=24)
        assert channel.programmes.filter(start__lte=later, stop__gt=later).exists()
    assert Programme.objects.filter(editors_pick=True).exclude(pick_note="").exists()


def test_reloading_the_demo_adds_nothing(db):
    now = timezone.now()
    load_tv_guide(now)
    count = Programme.objects.count()
    report = load_tv_guide(now)
    assert (report.created, Programme.objects.count()) == (0, count)


def test_listings_are_whole_across_the_october_night():
    """Loaded on the Saturday before the clocks go back: Sunday's programmes follow on, 25 hours long."""
    with time_machine.travel(datetime(2026, 10, 24, 12, 0, tzinfo=UTC), tick=False):
        document = xmltv(read_template(), datetime(2026, 10, 25).date(), days=1)
    assert 'start="20261025000000 +0200"' in document
    assert 'stop="20261026000000 +0100"' in document


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for this module, inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


def test_demo_replaces_the_placeholder_with_the_guide(demo, db, client):
    """The menu's Tv-gids is the real page, with now and next for the invented channels."""
    page = TvGuidePage.objects.live().get()
    assert page.url == "/media-en-cultuur/tv-gids/"
    assert not FeaturePage.objects.filter(feature=Feature.TV_GUIDE).exists()
    html = client.get(page.url).content.decode()
    assert "Kade 1" in html and "Tip van de redactie" in html
