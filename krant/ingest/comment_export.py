"""The shape every comment export takes once read (Disqus, WordPress, Coral): threads with the old
addresses of their articles, and comments with parent, author, date and state. krant.ingest.comments
writes it into the community.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from krant.community.models import HouseRule, Status
from krant.core.text import html_to_lines
from krant.ingest.models import identity_key

# The longest comment the community's settings allow: older systems had other limits, and history that
# was published there is not cut.
MAX_LENGTH = 10000
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
MAX_EMAIL = 254


class State(StrEnum):
    """A comment's state in the old system, as the community stores it (see STATUSES)."""

    VISIBLE = "visible"
    PENDING = "pending"  # waiting for a moderator there: waits here too
    HELD = "held"  # held back by the old system's filters
    SPAM = "spam"
    REJECTED = "rejected"
    DELETED = "deleted"


# State -> (status, reason): spam and rejected comments are stored rejected and not shown; deleted ones
# become tombstones (their text goes), which keep their replies in place.
STATUSES = {
    State.VISIBLE: (Status.APPROVED, ""),
    State.PENDING: (Status.PREMOD, "import"),
    State.HELD: (Status.HELD, "import"),
    State.SPAM: (Status.REJECTED, HouseRule.SPAM),
    State.REJECTED: (Status.REJECTED, HouseRule.OTHER),
    State.DELETED: (Status.APPROVED, ""),
}


@dataclass
class Commenter:
    name: str
    email: str = ""  # lower case; empty for a guest, whom nobody can claim

    def __post_init__(self):
        self.name = " ".join(self.name.split())
        email = self.email.strip().lower()
        # An address a reader could verify; anything else leaves a guest.
        self.email = email if EMAIL.fullmatch(email) and len(email) <= MAX_EMAIL else ""

    @classmethod
    def of(cls, name: str, email: str) -> "Commenter | None":
        """Return the author of a comment, or None when the source names nobody."""
        author = cls(name, email)
        return author if author.name or author.email else None

    @property
    def key(self) -> str:
        return identity_key("author", self.email) if self.email else ""


@dataclass
class SourceComment:
    id: str
    parent_id: str  # "" for a comment on the article itself
    author: Commenter | None
    body: str  # plain text, paragraphs as blank lines (see as_text)
    created_at: datetime
    state: State = State.VISIBLE
    deleted_at: datetime | None = None


@dataclass
class SourceThread:
    """The comments under one article of the old site, and what is known of the article's identity."""

    id: str
    title: str
    urls: list[str] = field(default_factory=list)  # its addresses on the old site
    ids: list[str] = field(default_factory=list)  # other identifiers (a WordPress GUID, a Disqus identifier)
    comments: list[SourceComment] = field(default_factory=list)
    record_key: str = ""  # the ImportRecord key of the article, when the format knows it exactly


@dataclass
class CommentExport:
    source: str  # disqus, wordpress, coral
    name: str  # the forum, site or tenant within the source
    threads: list[SourceThread]
    skipped: Counter = field(default_factory=Counter)  # what the file holds that is no comment to import

    @property
    def comment_count(self) -> int:
        return sum(len(thread.comments) for thread in self.threads)


def as_text(markup: str) -> str:
    """Return a comment stored as HTML (Disqus, Coral) as plain text in paragraphs."""
    return html_to_lines(markup)


def plain_text(content: str) -> str:
    """Return a comment stored as text with some HTML (WordPress) as plain text: WordPress shows a blank
    line as a new paragraph and a single line break as a break (wpautop), so the text keeps them."""
    paragraphs = re.split(r"\n\s*\n", content.replace("\r\n", "\n").strip())
    return as_text("".join(f"<p>{part.replace(chr(10), '<br>')}</p>" for part in paragraphs))
