"""Load the demo's fact checks from content/factchecks.toml (format in its header): one per verdict."""

import html
import tomllib
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from django.utils import timezone

from krant.authors.models import AuthorPage
from krant.demo.stories import parse_body, short_slug
from krant.factcheck.models import FactCheckPage, FactCheckSource
from krant.news.models import ArticleAuthor, SectionPage
from krant.news.services import article_folder

FACT_CHECKS = Path(__file__).with_name("content") / "factchecks.toml"


def read_fact_checks(path: Path = FACT_CHECKS) -> list[dict]:
    with path.open("rb") as file:
        return tomllib.load(file)["factcheck"]


def body_blocks(text: str, slug: str) -> list[dict]:
    """Return the StreamField data of a body in the stories' markup; block ids are fixed by the slug."""
    blocks = []
    for number, (kind, value) in enumerate(parse_body(text)):
        if kind == "paragraph":
            value = f"<p>{html.escape(value, quote=False)}</p>"
        elif kind == "quote":
            value = {"text": value[0], "attribution": value[1]}
        block_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"krant-demo:{slug}:{number}"))
        blocks.append({"type": kind, "value": value, "id": block_id})
    return blocks


def load_fact_checks(publish, now: datetime) -> int:
    """Add the fact checks not loaded yet with `publish(parent, page, when)`; return how many were added."""
    added = 0
    for spec in read_fact_checks():
        slug = short_slug(spec["title"])
        if FactCheckPage.objects.filter(slug=slug).exists():
            continue
        when = now - timedelta(hours=spec["hours_ago"])
        page = FactCheckPage(
            title=spec["title"],
            slug=slug,
            intro=spec["intro"],
            body=body_blocks(spec["body"], slug),
            home_section=SectionPage.objects.get(slug=spec["section"]),
            claim=spec["claim"],
            claimant=spec["claimant"],
            claimant_kind=spec["claimant_kind"],
            claim_medium=spec.get("medium", ""),
            claim_date=timezone.localdate(now) - timedelta(days=spec["claim_days_ago"]),
            claim_url=spec.get("claim_url", ""),
            verdict=spec["verdict"],
            reasoning=spec["reasoning"],
            show_in_menus=False,
        )
        page.sources = [
            FactCheckSource(title=source["title"], url=source["url"], sort_order=number)
            for number, source in enumerate(spec["source"])
        ]
        author = AuthorPage.objects.filter(title=spec["author"]).first()
        page.author_links = [ArticleAuthor(author=author, sort_order=0)] if author else []
        publish(article_folder(timezone.localtime(when).year), page, when)
        added += 1
    return added
