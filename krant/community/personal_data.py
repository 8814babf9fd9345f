"""Everything stored about a member, from every part of krant: one registry for 'download my data' and
'delete my account'.

Each part that keeps personal data registers a `Part`: `export(user)` returns its data as JSON-ready
values, `erase(user, choice)` removes it (or anonymises it, as the member chose for their comments) before
the account itself is deleted. Comments register theirs from their own app, as the newsletters do.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from allauth.account.models import EmailAddress

from krant.community.models import (
    CommentChoice,
    ImportedAuthor,
    ReplyMail,
    ReplyMailSettings,
    ReplyNotice,
    ThreadMute,
)


@dataclass(frozen=True)
class Part:
    name: str
    export: Callable[[Any], Any]
    erase: Callable[[Any, CommentChoice], None] | None = None


PARTS: dict[str, Part] = {}


def register(
    name: str, export: Callable[[Any], Any], erase: Callable[[Any, CommentChoice], None] | None = None
):
    """Register a part's personal data under `name` (the key in the exported file)."""
    PARTS[name] = Part(name, export, erase)


def export(user) -> dict:
    """Return all that is stored about `user`, by part, for the member's download."""
    return {name: part.export(user) for name, part in PARTS.items()}


def erase(user, choice: CommentChoice) -> None:
    """Let every part remove the member's data, honouring their choice for comments."""
    for part in PARTS.values():
        if part.erase is not None:
            part.erase(user, choice)


def when(moment) -> str | None:
    return moment.isoformat() if moment else None


def verified_addresses(user) -> list[str]:
    """Return the member's verified addresses: only those are proven theirs (for what others keep)."""
    return list(EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True))


def export_account(user) -> dict:
    member = getattr(user, "member", None)
    return {
        "user": {
            "username": user.username,
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": when(user.date_joined),
            "last_login": when(user.last_login),
        },
        "profile": None
        if member is None
        else {
            "display_name": member.display_name,
            "joined_at": when(member.joined_at),
            "expert_label": member.expert_label,
            "trust_level": member.trust_level,
            "suspended_until": when(member.suspended_until),
            "banned": member.banned,
        },
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
    }


# The account itself: its profile and addresses go with the user row (on_delete=CASCADE).
register("account", export_account)


def export_comments(user) -> dict:
    from krant.community.models import Comment, CommentAction, Ignore

    member = getattr(user, "member", None)
    if member is None:
        return {"comments": [], "actions": [], "ignoring": []}
    comments = (
        Comment.objects.filter(author=member)
        .select_related("thread__page", "model_decision")
        .order_by("created_at")
    )
    return {
        "comments": [
            {
                "id": comment.pk,
                "page": comment.thread.page.title,
                "reply_to": comment.parent_id,
                "text": comment.body,
                "status": comment.status,
                "question": comment.is_question,
                "created_at": when(comment.created_at),
                "edited_at": when(comment.edited_at),
                "deleted_at": when(comment.deleted_at),
                "respect": comment.respect_count,
                # An automated decision about what the member wrote is theirs to see (GDPR art. 15, 22).
                "automatic_decision": automatic_decision(comment),
            }
            for comment in comments
        ],
        "actions": [
            {"comment": comment_id, "kind": kind, "reason": reason, "created_at": when(created)}
            for comment_id, kind, reason, created in CommentAction.objects.filter(member=member)
            .order_by("created_at")
            .values_list("comment_id", "kind", "reason", "created_at")
        ],
        "ignoring": list(
            Ignore.objects.filter(member=member).values_list("ignored__display_name", flat=True)
        ),
        "moderation": [
            {"kind": kind, "reason": reason, "note": note, "created_at": when(created)}
            for kind, reason, note, created in member.moderation.order_by("created_at").values_list(
                "kind", "reason", "note", "created_at"
            )
        ],
    }


def automatic_decision(comment) -> dict | None:
    decision = getattr(comment, "model_decision", None)
    if decision is None:
        return None
    return {
        "outcome": decision.outcome,
        "approve_probability": decision.approve_probability,
        "house_rule": decision.rule,
        "model_version": decision.version,
        "reviewed_by_moderator": decision.reviewed_at is not None,
    }


def erase_comments(user, choice: CommentChoice) -> None:
    """Remove the member's comments (tombstones keep others' replies in place) or keep them nameless;
    take their respect back so every counter stays equal to its rows."""
    from django.db.models import F
    from django.utils import timezone

    from krant.community.comments import changed
    from krant.community.models import ActionKind, Comment, CommentAction

    member = getattr(user, "member", None)
    if member is None:
        return
    for comment_id in CommentAction.objects.filter(member=member, kind=ActionKind.RESPECT).values_list(
        "comment_id", flat=True
    ):
        Comment.objects.filter(pk=comment_id).update(respect_count=F("respect_count") - 1)
    for comment in Comment.objects.filter(author=member).select_related("thread"):
        if choice == CommentChoice.REMOVE and not comment.is_deleted:
            was_visible = comment.is_visible
            comment.deleted_at = timezone.now()
            comment.body = ""
            comment.featured = False
            comment.save(update_fields=["deleted_at", "body", "featured"])
            comment.revisions.all().delete()
            changed(comment, was_visible)
        else:
            changed(comment, comment.is_visible and not comment.is_deleted)  # purge: the name goes
    # The profile's deletion (with the user) empties `author` on every comment (SET_NULL).


register("comments", export_comments, erase_comments)


def export_reply_mails(user) -> dict:
    member = getattr(user, "member", None)
    choice = ReplyMailSettings.objects.filter(member=member).first() if member else None
    mutes = ThreadMute.objects.filter(member=member).select_related("thread__page") if member else []
    return {
        "on_reply": bool(choice and choice.on_reply),
        "on_answer": bool(choice and choice.on_answer),
        "language": choice.language if choice else None,
        "muted_discussions": [
            {"page": mute.thread.page.title, "muted_at": when(mute.created_at)} for mute in mutes
        ],
        "mails_sent": [
            when(sent)
            for sent in ReplyMail.objects.filter(member=member, sent_at__isnull=False)
            .order_by("sent_at")
            .values_list("sent_at", flat=True)
        ]
        if member
        else [],
    }


def erase_reply_mails(user, choice: CommentChoice) -> None:
    """Remove the member's reply-mail choice, mutes and mail records (before the profile goes with them)."""
    member = getattr(user, "member", None)
    if member is None:
        return
    for model in (ReplyNotice, ReplyMail, ThreadMute, ReplyMailSettings):
        model.objects.filter(member=member).delete()


register("reply_mails", export_reply_mails, erase_reply_mails)


def export_imported_history(user) -> list[dict]:
    return [
        {"source": source, "email": email, "claimed_at": when(claimed_at)}
        for source, email, claimed_at in ImportedAuthor.objects.filter(claimed_by=user)
        .order_by("claimed_at")
        .values_list("source", "email", "claimed_at")
    ]


def erase_imported_history(user, choice: CommentChoice) -> None:
    """Forget which imported authors the member was: their comments go with the member's choice above."""
    ImportedAuthor.objects.filter(claimed_by=user).delete()


register("imported_history", export_imported_history, erase_imported_history)
