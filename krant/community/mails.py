"""Mails to a member about moderation: a comment rejected (with the house rule), a warning. Plain text,
sent after the decision commits; a failed mail is logged, never undoes the decision."""

import logging
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string

from krant.community.models import Comment, HouseRule, Member
from krant.newsletters.editions import publication_name

logger = logging.getLogger(__name__)
HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply"}
QUIET = ContextVar("krant_community_quiet", default=False)


@contextmanager
def quietly():
    """Write a history of decisions without telling anyone: no mails, no reply notices (the demo's
    fictional members, whose moderation history is loaded on every `krant demo`)."""
    token = QUIET.set(True)
    try:
        yield
    finally:
        QUIET.reset(token)


def is_quiet() -> bool:
    return QUIET.get()


def after_commit(send: Callable[[], bool]) -> None:
    """Send a mail once the write commits, unless the write is part of a quiet history (`quietly`)."""
    if not is_quiet():
        transaction.on_commit(send)


def send(member: Member, template: str, context: dict) -> bool:
    address = member.user.email
    if not address:
        return False
    context = {"member": member, "publication_name": publication_name(), **context}
    subject = render_to_string(f"community/mail/{template}_subject.txt", context).strip()
    body = render_to_string(f"community/mail/{template}.txt", context)
    try:
        EmailMessage(subject=subject, body=body, to=[address], headers=HEADERS).send()
    except Exception:
        logger.exception("Community mail %s to member %s failed", template, member.pk)
        return False
    return True


def send_rejection(comment_id: int) -> bool:
    comment = Comment.objects.select_related("author__user", "thread__page").filter(pk=comment_id).first()
    if comment is None or comment.author is None:
        return False
    rule = HouseRule(comment.status_reason).label if comment.status_reason in HouseRule.values else ""
    return send(comment.author, "rejected", {"comment": comment, "rule": rule, "page": comment.thread.page})


def send_warning(member_id: int, note: str) -> bool:
    member = Member.objects.select_related("user").filter(pk=member_id).first()
    return member is not None and send(member, "warning", {"note": note})
