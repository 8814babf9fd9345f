"""Readers' comments from another system (Disqus, WordPress, Coral) into the community's threads.

Each format's reader (krant.ingest.disqus, .wordpress, .coral) turns its file into a CommentExport
(krant.ingest.comment_export). This module
finds the article an earlier import made (ImportRecord, redirects) and writes a thread's comments in one
transaction: a thread is either imported whole or not at all, and its counters follow the community's own
recount. A comment already imported (ImportedComment) is left as it is, so a second run changes nothing.

Imported comments are history, not new posts: their text is cleaned as any comment's (plain text, no HTML,
no control characters) but they skip the moderation checks, and nobody is mailed or notified.
"""

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from krant.community import comments as community
from krant.community import services as members
from krant.community import text
from krant.community.models import MAX_DEPTH, Comment, CommentRevision, Member, Thread
from krant.core.purge import purge
from krant.ingest.comment_export import (
    MAX_LENGTH,
    STATUSES,
    CommentExport,
    SourceComment,
    SourceThread,
    State,
)
from krant.ingest.models import ImportedComment, ImportRecord, identity_key
from krant.ingest.pages import normalise_url
from krant.ingest.services import Outcome
from krant.ingest.services import Status as Result


def without_controls(body: str) -> tuple[str, bool]:
    """Return `body` without the control and invisible characters a member could not type, and whether
    any were there: history is kept, the characters are not (krant.community.text.clean refuses them)."""
    kept = []
    for char in body:
        category = unicodedata.category(char)
        if (category == "Cc" and char not in text.ALLOWED_CONTROLS) or category in ("Cs", "Co", "Cn"):
            continue
        if category == "Cf" and char not in text.ALLOWED_FORMAT:
            continue
        kept.append(char)
    cleaned = "".join(kept)
    return cleaned, cleaned != body


# --- finding the article ---


def find_page(thread: SourceThread) -> Page | None:
    """Return the page an earlier import made for the thread's article, or None when none is known.

    Tried in turn: the import's exact key, the article's old address or identifier as an import recorded
    it, and a redirect from the old address (its path) to a page.
    """
    records = ImportRecord.objects.select_related("page")
    if thread.record_key:
        record = records.filter(key=thread.record_key).first()
        if record is not None:
            return record.page
    urls = [normal for url in thread.urls if (normal := normalise_url(url))]
    ids = [identifier for identifier in thread.ids if identifier]
    if urls or ids:
        record = (records.filter(source_url__in=urls) | records.filter(source_id__in=ids)).first()
        if record is not None:
            return record.page
    for url in urls:
        parts = urlsplit(url)
        path = Redirect.normalise_path(parts.path + (f"?{parts.query}" if parts.query else ""))
        redirect = Redirect.objects.filter(old_path=path, redirect_page__isnull=False).first()
        if redirect is not None:
            return redirect.redirect_page
    return None


# --- writing ---


@dataclass
class CommentRun:
    """One run over an export: the names no imported author may take, and the comments' totals."""

    export: CommentExport
    counts: Counter = field(default_factory=Counter)

    def __post_init__(self):
        self.protected = members.protected_names()


def comment_key(export: CommentExport, comment: SourceComment) -> str:
    return identity_key("comment", export.source, export.name, comment.id)


def in_order(comments: list[SourceComment]) -> list[SourceComment]:
    """Return the comments oldest first, each after its parent (dates from other systems can disagree)."""
    known = {comment.id for comment in comments}
    pending = sorted(comments, key=lambda comment: comment.created_at)
    placed: set[str] = set()
    ordered: list[SourceComment] = []
    while pending:
        waiting = []
        for comment in pending:
            if comment.parent_id in known and comment.parent_id not in placed:
                waiting.append(comment)
            else:
                ordered.append(comment)
                placed.add(comment.id)
        if len(waiting) == len(pending):  # replies that answer each other in a circle: the oldest leads
            waiting[0].parent_id = ""
        pending = waiting
    return ordered


def import_thread(run: CommentRun, thread: SourceThread) -> Outcome:
    """Import the comments of one thread under its article, in one transaction; return what it did."""
    label = f'"{thread.title}"' if thread.title else f"thread {thread.id}"
    page = find_page(thread)
    if page is None:
        where = next(iter(thread.urls), "") or next(iter(thread.ids), "") or thread.id
        run.counts["unknown article"] += len(thread.comments)
        return Outcome(
            Result.SKIPPED,
            f"{label} ({where}): no imported article has this address; "
            f"{len(thread.comments)} comments not imported",
        )
    counts: Counter = Counter()
    notes: list[str] = []
    with transaction.atomic():
        writer = _ThreadWriter(run, thread, page, counts, notes)
        writer.write()
    run.counts.update(counts)
    summary = ", ".join(
        f"{counts[what]} {what}" for what in ("imported", "unchanged", "skipped") if counts[what]
    )
    status = Result.CREATED if counts["imported"] else Result.UNCHANGED
    return Outcome(status, f"{label} -> page {page.pk}: {summary or 'no comments'}", notes, page.pk)


class _ThreadWriter:
    def __init__(self, run, thread, page, counts, notes):
        self.run, self.source, self.page, self.counts, self.notes = run, thread, page, counts, notes
        self.made: dict[str, Comment | None] = {}  # source id -> the comment its replies hang under
        self.members: dict[str, Member | None] = {}  # author key -> their member

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def write(self) -> None:
        thread = community.thread_for(self.page)
        keys = {comment.id: comment_key(self.run.export, comment) for comment in self.source.comments}
        existing = dict(
            ImportedComment.objects.filter(key__in=keys.values()).values_list("key", "comment_id")
        )
        earlier = Comment.objects.in_bulk(existing.values())
        known = {comment.id for comment in self.source.comments}
        flattened = 0
        authors: set[int] = set()
        for source in in_order(self.source.comments):
            found = earlier.get(existing.get(keys[source.id]))
            if found is not None:
                self.made[source.id] = found
                self.counts["unchanged"] += 1
                continue
            parent = self.made.get(source.parent_id)
            if source.parent_id and source.parent_id not in known:
                self.note("replies to comments not in the export became comments on the article")
            body = self.body(source)
            if body is None:
                self.made[source.id] = parent  # its replies hang under what it would have
                self.counts["skipped"] += 1
                continue
            depth = 0
            if parent is not None:
                depth = min(parent.depth + 1, MAX_DEPTH)
                if parent.depth >= MAX_DEPTH:
                    parent = parent.parent  # deeper than three levels: beside the third level's reply
                    flattened += 1
            author = self.author(source)
            status, reason = STATUSES[source.state]
            deleted = source.state == State.DELETED
            comment = Comment.objects.create(
                thread=thread,
                author=author,
                parent=parent,
                depth=depth,
                body="" if deleted else body,
                status=status,
                status_reason=reason,
                created_at=source.created_at,
                deleted_at=(source.deleted_at or source.created_at) if deleted else None,
                mentions_newsroom=bool(community.MENTION.search(body)) and not deleted,
            )
            if not deleted:
                CommentRevision.objects.create(
                    comment=comment,
                    body=comment.body,
                    created_at=source.created_at,
                    checks=[{"check": "import", "verdict": source.state, "detail": self.run.export.source}],
                )
            ImportedComment.objects.create(
                key=keys[source.id],
                comment=comment,
                source=self.run.export.source,
                source_id=source.id[:200],
            )
            self.made[source.id] = comment
            self.counts["imported"] += 1
            if author is not None:
                authors.add(author.pk)
        if flattened:
            self.note(f"{flattened} replies deeper than three levels placed at the third level")
        if self.counts["imported"]:
            self.recount(thread)
            purge([thread.cache_key, *(f"member:{pk}" for pk in authors)])

    def body(self, source: SourceComment) -> str | None:
        """Return the comment's text as the community stores it, or None (and a note) to skip it."""
        if source.state == State.DELETED:
            return ""
        body, had_controls = without_controls(source.body)
        if had_controls:
            self.note("control or invisible characters removed")
        try:
            return text.clean(body, MAX_LENGTH)
        except ValidationError as error:
            if error.code == "empty":
                self.note("comments without text (an image or embed only) skipped")
            else:
                self.note(f"comment {source.id} skipped: longer than {MAX_LENGTH} characters")
            return None

    def author(self, source: SourceComment):
        author = source.author
        if author is None or not (author.name or author.email):
            return None
        key = author.key or identity_key("guest", self.run.export.source, self.run.export.name, author.name)
        # Known in this thread already (not across threads: a thread that fails takes its members along).
        member = self.members.get(key)
        if member is not None and member.joined_at <= source.created_at:
            return member
        member = self.members[key] = members.imported_member(
            key,
            author.name,
            author.email,
            source=f"{self.run.export.source} {self.run.export.name}"[:200],
            since=source.created_at,
            protected=self.run.protected,
        )
        return member

    def recount(self, thread: Thread) -> None:
        """Set the thread's counters by the community's own rule (comments.recount)."""
        last = thread.comments.live().aggregate(last=Max("created_at"))["last"]
        Thread.objects.filter(pk=thread.pk).update(**community.recount(thread), last_comment_at=last)
