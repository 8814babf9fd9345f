"""Feeds and items: only http(s) addresses, fetch state that starts afresh, one row per entry."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from krant.othermedia.models import OutletFeed, OutletItem, item_key
from tests.othermedia.conftest import make_item

pytestmark = pytest.mark.django_db


def failing_feed() -> OutletFeed:
    feed = OutletFeed.objects.create(name="Dagblad De Kade", feed_url="https://www.dekade.example/rss.xml")
    OutletFeed.objects.filter(pk=feed.pk).update(
        etag='"v1"', last_modified="Mon, 05 Jan 2026 10:00:00 GMT", failures=4, next_fetch_at=timezone.now()
    )
    return OutletFeed.objects.get(pk=feed.pk)


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "ftp://ftp.dekade.example/rss.xml", "file:///etc/passwd", "dekade.example/rss"],
)
def test_feed_address_must_be_http_or_https(url):
    """Only http:// and https:// feed addresses pass validation (the admin form shows the message)."""
    feed = OutletFeed(name="Dagblad De Kade", feed_url=url)
    with pytest.raises(ValidationError) as error:
        feed.full_clean()
    assert "feed_url" in error.value.message_dict


def test_valid_feed_passes_validation():
    """An https address with a site address is fine."""
    OutletFeed(
        name="Dagblad De Kade",
        feed_url="https://www.dekade.example/rss.xml",
        site_url="https://www.dekade.example/",
    ).full_clean()


def test_new_address_starts_afresh():
    """Changing the address forgets the old validators and backoff: fetched in the next round."""
    feed = failing_feed()
    feed.feed_url = "https://www.dekade.example/nieuw.xml"
    feed.save()
    feed.refresh_from_db()
    assert (feed.etag, feed.last_modified, feed.failures, feed.next_fetch_at) == ("", "", 0, None)


def test_switching_fetching_back_on_starts_afresh():
    """A feed switched off and on again is fetched in the next round, without the old backoff."""
    feed = failing_feed()
    feed.active = False
    feed.save()
    feed = OutletFeed.objects.get(pk=feed.pk)
    feed.active = True
    feed.save(update_fields=["active"])
    feed.refresh_from_db()
    assert (feed.failures, feed.next_fetch_at) == (0, None)


def test_renaming_keeps_the_fetch_state():
    """A new display name changes nothing about fetching."""
    feed = failing_feed()
    feed.name = "De Kade"
    feed.save()
    feed.refresh_from_db()
    assert (feed.etag, feed.failures) == ('"v1"', 4)
    assert feed.next_fetch_at is not None


def test_item_link_must_be_http_or_https():
    """An item's link is validated like a feed address."""
    feed = failing_feed()
    item = OutletItem(
        feed=feed,
        key=item_key("x"),
        title="Kop",
        link="javascript:alert(1)",
        published_at=timezone.now(),
        fetched_at=timezone.now(),
    )
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "link" in error.value.message_dict


def test_one_row_per_entry_per_feed():
    """The same key twice in one feed is refused by the database; another feed may have it."""
    feed = failing_feed()
    other = OutletFeed.objects.create(name="Omroep Zilverdam", feed_url="https://omroepzilverdam.example/rss")
    make_item(feed, "Kop", link="https://www.dekade.example/a")
    make_item(other, "Kop", link="https://www.dekade.example/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_item(feed, "Kop", link="https://www.dekade.example/a")


def test_visible_items_newest_first_with_outlet_loaded(django_assert_num_queries):
    """visible() leaves hidden items out, puts the newest first and loads the outlet in the same query."""
    feed = failing_feed()
    make_item(feed, "Ouder", minutes_ago=30)
    make_item(feed, "Nieuwer", minutes_ago=3)
    make_item(feed, "Verborgen", minutes_ago=1, hidden=True)
    with django_assert_num_queries(1):
        shown = [(item.title, item.feed.name) for item in OutletItem.objects.visible()]
    assert shown == [("Nieuwer", "Dagblad De Kade"), ("Ouder", "Dagblad De Kade")]


def test_names():
    """Feeds and items read as their outlet's name and their headline."""
    feed = failing_feed()
    assert str(feed) == "Dagblad De Kade"
    assert str(make_item(feed, "Veerpont vaart weer")) == "Veerpont vaart weer"
