"""The demo's podcast: /podcast/ is the real page with a series whose episodes were made on this machine."""

import feedparser
import pytest
from django.db import transaction

from krant.demo.services import load_demo
from krant.news.models import Feature, FeaturePage
from krant.podcasts.models import PodcastEpisodePage, PodcastIndexPage, PodcastSeriesPage

# The module-wide fixture below is built once: all of this module on one pytest-xdist worker.
pytestmark = pytest.mark.xdist_group(__name__)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for this module, inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


def test_demo_replaces_the_placeholder_with_episodes_and_a_valid_feed(demo, db, client):
    index = PodcastIndexPage.objects.live().get()
    assert index.url == "/podcast/"
    assert not FeaturePage.objects.filter(feature=Feature.PODCAST).exists()
    episodes = list(PodcastEpisodePage.objects.live())
    assert len(episodes) == 3
    for episode in episodes:
        assert episode.audio.mime_type == "audio/mpeg" and episode.audio.duration > 1
        assert episode.transcript and episode.chapters.count() == 3
    html = client.get(index.url).content.decode()
    assert "De Ochtendbrief" in html
    series = PodcastSeriesPage.objects.get()
    parsed = feedparser.parse(client.get(series.feed_url()).content)
    assert not parsed.bozo and len(parsed.entries) == 3
