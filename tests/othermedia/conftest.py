"""Feeds and items for the tests; a real local server serves good, broken, huge, slow and hostile feeds."""

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from django.utils import timezone

from krant.othermedia.models import OtherMediaPage, OutletFeed, OutletItem, item_key
from tests.factories import add_page
from tests.httpserver import LocalServer


@pytest.fixture
def feed_server(settings):
    """Start the server; fetching may reach 127.0.0.1 for the length of the test."""
    settings.OTHERMEDIA_FETCH = {"allow_private_addresses": True}
    with LocalServer(content_type="application/rss+xml; charset=utf-8") as server:
        yield server


def make_feed(url: str, name: str = "Dagblad De Kade", **fields) -> OutletFeed:
    return OutletFeed.objects.create(name=name, feed_url=url, **fields)


def rss(*items: str, channel: str = "Dagblad De Kade", encoding: str = "utf-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel><title>{channel}</title>'
        f"<link>https://www.dekade.example/</link><description>Nieuws</description>{''.join(items)}"
        "</channel></rss>"
    )


def rss_item(
    title: str,
    link: str,
    description: str = "",
    guid: str | None = None,
    date: str | None = "",
) -> str:
    """An RSS item; `date` "" is an hour ago, None leaves the date out."""
    if date == "":
        date = rfc822(timezone.now() - timedelta(hours=1))
    parts = [f"<title>{title}</title>", f"<link>{link}</link>"]
    if description:
        parts.append(f"<description>{description}</description>")
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if date is not None:
        parts.append(f"<pubDate>{date}</pubDate>")
    return f"<item>{''.join(parts)}</item>"


def rfc822(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def make_item(feed: OutletFeed, title: str, minutes_ago: int = 60, **fields) -> OutletItem:
    """Store an item as the fetcher would, published `minutes_ago` minutes back."""
    when = timezone.now() - timedelta(minutes=minutes_ago)
    link = fields.pop("link", f"https://www.dekade.example/{item_key(title)[:12]}")
    fields.setdefault("summary", "Een korte samenvatting van het verhaal.")
    return OutletItem.objects.create(
        feed=feed, key=item_key(link), title=title, link=link, published_at=when, fetched_at=when, **fields
    )


@pytest.fixture
def other_media_page(tree) -> OtherMediaPage:
    """The 'Uit andere media' page under the front page of the test site."""
    return add_page(tree.home, OtherMediaPage(title="Uit andere media", slug="uit-andere-media"))
