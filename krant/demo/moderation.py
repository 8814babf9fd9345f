"""The demo's moderation history: hundreds of short comments under older demo articles, each approved or
rejected (with its house rule) by the demo moderator, so that the moderation model has decisions to learn
from (`krant demo` trains it once).

The comments are made from the fragments in content/moderation_history.toml. Everything goes in through
krant.community.comments, as a real moderator's work would. Idempotent: once a history member has a
comment, the history is there.
"""

import random
import tomllib
from datetime import timedelta
from itertools import product
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from krant.community import comments
from krant.community.comments import Refused
from krant.community.models import Comment, HouseRule
from krant.demo.accounts import MODERATOR_USERNAME
from krant.demo.community import content as community_content
from krant.demo.community import ensure_demo_members
from krant.news.models import ArticlePage

HISTORY_FILE = Path(__file__).with_name("content") / "moderation_history.toml"
SEED = "krant-demo-moderation-1"
APPROVE = "approve"
ARTICLES = 40  # older articles the history spreads over (after those with the demo's discussions)


def content() -> dict:
    with HISTORY_FILE.open("rb") as handle:
        return tomllib.load(handle)


def join(fragments) -> str:
    text = " ".join(fragment for fragment in fragments if fragment)
    return text.replace(" .", ".").replace(" !", "!").replace(" ,", ",")


def generate(data: dict | None = None, seed: str = SEED) -> list[tuple[str, str]]:
    """Return (text, kind) pairs: `count` different texts per kind, shuffled; kind is 'approve' or a rule."""
    data = data or content()
    rng = random.Random(seed)
    made = []
    for kind, spec in data["kind"].items():
        if kind != APPROVE and kind not in HouseRule.values:
            raise ValueError(f"{HISTORY_FILE.name}: unknown kind {kind!r}")
        texts = sorted({join(combination) for combination in product(*spec["parts"])})
        made += [(text, kind) for text in rng.sample(texts, min(spec["count"], len(texts)))]
    rng.shuffle(made)
    return made


def ensure_demo_moderation_history() -> int:
    """Post and decide the history where missing; return how many comments were added."""
    data = content()
    people, _created = ensure_demo_members({"member": data["member"]})
    authors = [get_user_model().objects.select_related("member").get(pk=user.pk) for user in people.values()]
    if Comment.objects.filter(author__in=[user.member for user in authors]).exists():
        return 0
    moderator = get_user_model().objects.get(username=MODERATOR_USERNAME)
    busy = {spec["article"] for spec in community_content()["thread"]}
    articles = [
        article
        for article in ArticlePage.objects.live()
        .filter(comments_enabled=True)
        .exclude(slug__in=busy)
        .order_by("-first_published_at")[:ARTICLES]
        if article.published_at is not None
    ]
    if not articles:
        return 0
    rng = random.Random(SEED)
    added = 0
    with transaction.atomic():
        for number, (text, kind) in enumerate(generate(data)):
            article = articles[number % len(articles)]
            author = authors[number % len(authors)]
            # While the thread was open, in daytime: the demo's night closing refuses night hours.
            when = article.published_at + timedelta(minutes=rng.randint(5, 600))
            if (closes := article.comments_closing_time()) is not None and when >= closes:
                when = closes - timedelta(minutes=1)
            when = min(when, timezone.now() - timedelta(minutes=1))
            try:
                comment = comments.post(author, article, text, now=when)
            except Refused:
                continue
            if kind == APPROVE:
                comments.approve(moderator, comment.pk)
            else:
                comments.reject(moderator, comment.pk, kind)
            added += 1
    return added
