"""Load the demo's liveblogs from content/liveblogs.toml (format in its header): one open, one closed."""

import tomllib
from datetime import datetime, timedelta
from pathlib import Path

from krant.demo.stories import short_slug
from krant.liveblogs.models import LiveBlogPage, LiveUpdate
from krant.news.models import SectionPage
from krant.news.services import article_folder

LIVEBLOGS = Path(__file__).with_name("content") / "liveblogs.toml"


def read_liveblogs(path: Path = LIVEBLOGS) -> list[dict]:
    with path.open("rb") as file:
        return tomllib.load(file)["liveblog"]


def load_liveblogs(publish, now: datetime) -> int:
    """Add the liveblogs not loaded yet with `publish(parent, page, when)`; return how many were added."""
    added = 0
    for spec in read_liveblogs():
        slug = short_slug(spec["title"])
        if LiveBlogPage.objects.filter(slug=slug).exists():
            continue
        opened = now - timedelta(hours=spec["hours_ago"])
        section = SectionPage.objects.get(slug=spec["section"])
        liveblog = LiveBlogPage(
            title=spec["title"], slug=slug, intro=spec["intro"], home_section=section, show_in_menus=False
        )
        publish(article_folder(opened.year), liveblog, opened)
        updates = [
            LiveUpdate(
                liveblog=liveblog,
                posted_at=opened + timedelta(minutes=update["minutes"]),
                author_name=update["author"],
                title=update.get("title", ""),
                text=update.get("text", ""),
                quote=update.get("quote", ""),
                quote_attribution=update.get("quote_by", ""),
                pinned=update.get("pinned", False),
                key_event=update.get("key", False),
            )
            for update in spec["update"]
        ]
        LiveUpdate.objects.bulk_create(updates)
        last = max(update.posted_at for update in updates)
        closed = now - timedelta(hours=spec["closed_hours_ago"]) if "closed_hours_ago" in spec else None
        LiveBlogPage.objects.filter(pk=liveblog.pk).update(
            last_update_at=last, updated_at=last, closed_at=closed
        )
        added += 1
    return added
