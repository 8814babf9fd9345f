from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from krant.community import comments, services

PASSWORD = "zeer geheim wachtwoord 42"


def make_member(email="lid@voorbeeld.nl", name="Zeeuwse Lezer", verified=True):
    """Return a user with a verified (or unverified) address and a display name, as signup leaves one."""
    user = get_user_model().objects.create_user(username=email.split("@")[0], email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    services.set_display_name(user, name)
    return user


def site_rules(**values):
    """Set the site's community rules (CommunitySettings) to `values`; return them."""
    rules = comments.site_settings()
    for name, value in values.items():
        setattr(rules, name, value)
    rules.save()
    return rules


def record_decisions(pairs, article, author, moderator):
    """Store (text, label) pairs as comments by `author` under `article`, each with a moderator's decision:
    'approve', or a rejection citing the label's house rule. Written in bulk: a training set, not a flow."""
    from krant.community.models import AuditKind, Comment, ModerationAction, Status

    thread = comments.thread_for(article)
    stored = Comment.objects.bulk_create(
        Comment(
            thread=thread,
            author=author.member,
            body=text,
            status=Status.APPROVED if label == "approve" else Status.REJECTED,
            status_reason="" if label == "approve" else label,
        )
        for text, label in pairs
    )
    ModerationAction.objects.bulk_create(
        ModerationAction(
            moderator=moderator,
            moderator_name=moderator.username,
            kind=AuditKind.APPROVE if label == "approve" else AuditKind.REJECT,
            comment=comment,
            member=author.member,
            thread=thread,
            reason="" if label == "approve" else label,
        )
        for comment, (text, label) in zip(stored, pairs, strict=True)
    )
    return stored
