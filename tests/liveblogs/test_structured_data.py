"""What search engines read from a liveblog: a LiveBlogPosting with its updates, and its last update in the
sitemaps; Google's required properties for live blogs checked one by one."""

import json
import re
from datetime import timedelta

from django.utils import timezone

from krant.liveblogs import services

# Google's live-blog documentation: the posting's and each update's required properties.
POSTING_REQUIRED = {
    "@type",
    "headline",
    "datePublished",
    "coverageStartTime",
    "coverageEndTime",
    "liveBlogUpdate",
}
UPDATE_REQUIRED = {"@type", "headline", "datePublished", "articleBody"}


def json_ld(html: str) -> list[dict]:
    return [
        json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    ]


def posting(client, url) -> dict:
    blocks = json_ld(client.get(url).content.decode())
    return next(block for block in blocks if block["@type"] == "LiveBlogPosting")


def test_a_liveblog_is_a_live_blog_posting_with_its_updates(liveblog, desk, client):
    services.post_update(
        liveblog, desk, {"title": "Code oranje", "text": "Het KNMI waarschuwt voor windstoten."}
    )
    services.post_update(liveblog, desk, {"text": "Veerpont Zandmeer vaart niet."})
    data = posting(client, liveblog.url)
    assert POSTING_REQUIRED <= set(data)
    assert [update["@type"] for update in data["liveBlogUpdate"]] == ["BlogPosting", "BlogPosting"]
    for update in data["liveBlogUpdate"]:
        assert UPDATE_REQUIRED <= set(update)
        assert all(update[key] for key in UPDATE_REQUIRED)
    newest, oldest = data["liveBlogUpdate"]
    assert (oldest["headline"], oldest["articleBody"]) == (
        "Code oranje",
        "Het KNMI waarschuwt voor windstoten.",
    )
    assert newest["articleBody"] == "Veerpont Zandmeer vaart niet."
    assert data["coverageStartTime"] < data["coverageEndTime"]


def test_the_json_ld_follows_new_updates_and_the_close(liveblog, desk, client):
    """Kept per page, but keyed by the liveblog's updates and state: no stale copy after a post or close."""
    assert posting(client, liveblog.url)["liveBlogUpdate"] == []
    services.post_update(liveblog, desk, {"text": "Eerste update."})
    liveblog.refresh_from_db()
    assert len(posting(client, liveblog.url)["liveBlogUpdate"]) == 1
    services.close_liveblog(liveblog)
    liveblog.refresh_from_db()
    end = posting(client, liveblog.url)["coverageEndTime"]
    assert end == timezone.localtime(liveblog.closed_at).replace(microsecond=0).isoformat()


def test_the_sitemap_dates_the_liveblog_by_its_last_update(liveblog, desk, client, time_machine):
    time_machine.move_to(timezone.now() + timedelta(minutes=20))
    update = services.post_update(liveblog, desk, {"text": "Later nieuws."})
    month = timezone.localtime(liveblog.first_published_at)
    xml = client.get(f"/sitemap-artikelen-{month:%Y-%m}.xml").content.decode()
    lastmod = timezone.localtime(update.posted_at).replace(microsecond=0).isoformat()
    assert f"<lastmod>{lastmod}</lastmod>" in xml


def test_the_feed_dates_the_liveblog_by_its_last_update(liveblog, desk, client, time_machine):
    client.get("/atom/")  # the entry kept before the update
    time_machine.move_to(timezone.now() + timedelta(minutes=20))
    update = services.post_update(liveblog, desk, {"text": "Later nieuws."})
    xml = client.get("/atom/").content.decode()
    updated = timezone.localtime(update.posted_at).replace(microsecond=0).isoformat()
    assert f"<updated>{updated}</updated>" in xml
