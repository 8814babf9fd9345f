"""The demo community: members, word lists, and discussions under the newest demo articles.

Read from content/community.toml (invented text, written for the demo). Every comment, reply, respect,
report and moderator's decision goes in through krant.community.comments, so counters, revisions and the
moderators' log are what the real site would hold; comment times fall while each thread was open.

`ensure_demo_community()` is idempotent: members are looked up by address, a thread that already has
comments is left alone, and a member action already in the log is not taken again.
"""

import random
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from krant.community import comments, mails
from krant.community import services as community
from krant.community.comments import Refused
from krant.community.models import (
    AuditKind,
    Comment,
    ModerationAction,
    Statement,
    Thread,
    TrustLevel,
)
from krant.demo.accounts import EDITOR_USERNAME, MODERATOR_USERNAME
from krant.news.models import ArticlePage

COMMUNITY_FILE = Path(__file__).with_name("content") / "community.toml"
SEED = "krant-demo-community-1"
NEWSROOM = "redactie"  # `by` of a comment written by the newsroom (the demo editor)
DEFAULT_RESPECT = [0, 0, 1, 1, 2, 3]  # for comments the file gives no count


@dataclass
class Loaded:
    """What one run added, for the summary line."""

    members: int = 0
    threads: int = 0
    comments: int = 0
    skipped: list = field(default_factory=list)  # comments the rules refused (e.g. a member suspended)


def content() -> dict:
    with COMMUNITY_FILE.open("rb") as handle:
        return tomllib.load(handle)


def handle_of(email: str) -> str:
    return email.split("@")[0]


def ensure_demo_members(data: dict | None = None) -> tuple[dict, int]:
    """Create the demo's members if missing (verified address, no usable password); return them by handle.

    A member marked trusted gets that trust from the moderator, as an audited decision.
    """
    data = data or content()
    users = get_user_model().objects
    moderator = users.get(username=MODERATOR_USERNAME)
    now = timezone.now()
    members, created = {}, 0
    for entry in data["member"]:
        email = entry["email"]
        user = users.filter(email=email).select_related("member").first()
        if user is None:
            user = users.create_user(username=handle_of(email), email=email)  # no password: demo only
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            member = community.set_display_name(user, entry["name"])
            member.expert_label = entry.get("expert", "")
            member.joined_at = now - timedelta(days=entry.get("joined_days", 30))
            member.save(update_fields=["expert_label", "joined_at"])
            created += 1
        # Also for members an earlier demo made before trust was part of it.
        trusted = ModerationAction.objects.filter(member__user=user, kind=AuditKind.TRUST)
        if entry.get("trusted") and not trusted.exists():
            comments.act_on_member(moderator, user.member, AuditKind.TRUST, trust=TrustLevel.TRUSTED)
        members[handle_of(email)] = user
    return members, created


def ensure_word_lists(data: dict) -> None:
    """Give the site demo word lists, unless someone has set their own."""
    rules = comments.site_settings()
    if rules.pk is None:
        return  # no site yet: nothing to set the lists on
    if not rules.banned_words and not rules.suspect_words:
        rules.banned_words = "\n".join(data["settings"]["banned_words"])
        rules.suspect_words = "\n".join(data["settings"]["suspect_words"])
        rules.save()


def set_article_fields(article: ArticlePage, **fields) -> None:
    """Set comment settings on a published article and its live revision, as the editor would have."""
    ArticlePage.objects.filter(pk=article.pk).update(**fields)
    for name, value in fields.items():
        setattr(article, name, value)
    revision = article.live_revision
    if revision is not None:
        revision.content.update(fields)
        revision.save(update_fields=["content"])


def flatten(entries: list[dict], parent_key=None) -> list[tuple]:
    """Return (key, parent key, entry) for comments and their replies, parents first, in reading order."""
    rows = []
    for entry in entries:
        key = len(rows) if parent_key is None else f"{parent_key}.{len(rows)}"
        rows.append((key, parent_key, entry))
        rows += flatten(entry.get("reply", []), key)
    return rows


class ThreadLoader:
    def __init__(self, spec: dict, article: ArticlePage, people: dict, editor, moderator, now: datetime):
        self.spec, self.article, self.people = spec, article, people
        self.editor, self.moderator = editor, moderator
        self.rng = random.Random(f"{SEED}:{article.slug}")
        self.rows = flatten(spec.get("comment", []))
        # Times spread over the thread's open hours so far, in reading order: replies after their parent.
        start = article.published_at + timedelta(minutes=1)
        closes = article.comments_closing_time() or now
        end = min(now, closes) - timedelta(minutes=1)
        step = (end - start) / (len(self.rows) + 1)
        self.times = [start + step * (n + self.rng.uniform(0.6, 1.4)) for n in range(len(self.rows))]
        self.voters = list(people.values())

    def author(self, by: str):
        return self.editor if by == NEWSROOM else self.people[by]

    def load(self, loaded: Loaded) -> None:
        spec, article = self.spec, self.article
        fields = {}
        if spec.get("moderation"):
            fields["comments_moderation"] = spec["moderation"]
        if spec.get("info"):
            fields["comments_info"] = spec["info"]
        if fields:
            set_article_fields(article, **fields)
        if spec.get("statement"):
            Statement.objects.get_or_create(page=article, text=spec["statement"])
        placed, to_delete = {}, []
        for (key, parent_key, entry), when in zip(self.rows, self.times, strict=True):
            if parent_key is not None and parent_key not in placed:
                continue  # its parent was refused
            author = self.author(entry["by"])
            try:
                comment = comments.post(
                    author,
                    article,
                    entry["text"],
                    parent=placed.get(parent_key),
                    question=entry.get("question", False),
                    now=when,
                )
            except Refused as refused:
                loaded.skipped.append(f"{article.slug}: {entry['by']}: {refused.message}")
                continue
            placed[key] = self.moderate(comment, entry)
            loaded.comments += 1
            if entry.get("delete"):
                to_delete.append((author, comment))
        # Deleted last, so that the replies were written while the comment stood: a tombstone keeps them.
        for author, comment in to_delete:
            comments.delete(author, comment.pk, now=comment.created_at + timedelta(minutes=3))

    def moderate(self, comment: Comment, entry: dict) -> Comment:
        """Take the file's decisions and reactions on a comment just placed; return it as it now is."""
        if entry.get("approve"):
            comment = comments.approve(self.moderator, comment.pk)
        if entry.get("reject"):
            comment = comments.reject(self.moderator, comment.pk, entry["reject"])
        if not comment.is_visible:
            return comment
        if entry.get("featured"):
            comments.feature(self.moderator, comment.pk)
        others = [user for user in self.voters if user.member.pk != comment.author_id]
        respect = entry.get("respect", self.rng.choice(DEFAULT_RESPECT))
        for user in self.rng.sample(others, min(respect, len(others))):
            comments.give_respect(user, comment)
        reporters = self.rng.sample(others, len(entry.get("reports", [])))
        for user, reason in zip(reporters, entry.get("reports", []), strict=True):
            comments.report(user, comment.pk, reason)
        return comment


def take_actions(data: dict, people: dict, moderator) -> None:
    """Take the moderators' actions on members that the log does not hold yet."""
    for entry in data.get("action", []):
        member = people[entry["member"]].member
        kind = entry["action"]
        if ModerationAction.objects.filter(member=member, kind=kind).exists():
            continue
        until = timezone.now() + timedelta(days=entry["days"]) if kind == AuditKind.SUSPEND else None
        comments.act_on_member(moderator, member, kind, note=entry.get("note", ""), until=until)


def ensure_demo_community() -> Loaded:
    """Load the demo community where missing; return what was added.

    Quietly: its decisions and replies are history, not news for its fictional members (no mails).
    """
    with mails.quietly():
        return load_demo_community()


def load_demo_community() -> Loaded:
    data = content()
    loaded = Loaded()
    users = get_user_model().objects
    editor = users.get(username=EDITOR_USERNAME)
    moderator = users.get(username=MODERATOR_USERNAME)
    with transaction.atomic():
        people, loaded.members = ensure_demo_members(data)
        ensure_word_lists(data)
    people = {handle: users.select_related("member").get(pk=user.pk) for handle, user in people.items()}
    now = timezone.now()
    articles = {
        article.slug: article
        for article in ArticlePage.objects.live().filter(
            slug__in=[spec["article"] for spec in data["thread"]]
        )
    }
    busy = set(
        Thread.objects.filter(page__in=articles.values(), comments__isnull=False).values_list(
            "page__slug", flat=True
        )
    )
    for spec in data["thread"]:
        article = articles.get(spec["article"])
        if article is None or spec["article"] in busy or not article.comments_enabled:
            continue
        # One transaction per thread: a half-loaded thread would be skipped by the next run.
        with transaction.atomic():
            ThreadLoader(spec, article, people, editor, moderator, now).load(loaded)
        loaded.threads += 1
    with transaction.atomic():
        take_actions(data, people, moderator)
    return loaded
