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

from krant.community.models import CommentChoice


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
