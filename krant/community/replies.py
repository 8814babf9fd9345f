"""What a member wants to hear about replies: the choice in their settings, the discussions they muted,
and the signed mute links in reply mails. The mails themselves are krant.community.reply_mails'."""

from django.core import signing
from django.utils import timezone

from krant.community.models import Member, ReplyMailSettings, Thread, ThreadMute

MUTE_SALT = "krant.community.replies.mute"


def mute_token(member_id: int, thread_id: int) -> str:
    """Return the signed token of a mute link: it names member and discussion, and only the site makes it."""
    return signing.Signer(salt=MUTE_SALT).sign(f"{member_id}.{thread_id}")


def read_mute_token(token: str) -> tuple[int, int] | None:
    """Return (member id, thread id) of a valid mute token, None for any other string."""
    try:
        value = signing.Signer(salt=MUTE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    member_id, _dot, thread_id = value.partition(".")
    if not (member_id.isdigit() and thread_id.isdigit()):
        return None
    return int(member_id), int(thread_id)


def mute(member: Member, thread: Thread) -> ThreadMute:
    """Stop reply mails about `thread` to `member`; muting twice is once."""
    muted, _created = ThreadMute.objects.get_or_create(member=member, thread=thread)
    return muted


def unmute(member: Member, thread_id: int) -> bool:
    deleted, _kinds = ThreadMute.objects.filter(member=member, thread_id=thread_id).delete()
    return bool(deleted)


def set_choice(member: Member, on_reply: bool, on_answer: bool, language: str) -> ReplyMailSettings:
    """Store which reply mails the member wants, and the language they chose it in."""
    choice, _created = ReplyMailSettings.objects.update_or_create(
        member=member,
        defaults={
            "on_reply": on_reply,
            "on_answer": on_answer,
            "language": language,
            "updated_at": timezone.now(),
        },
    )
    return choice


def choice_of(member: Member | None) -> ReplyMailSettings:
    """Return the member's choice; the default (no mail) for a member who never chose."""
    found = ReplyMailSettings.objects.filter(member=member).first() if member else None
    return found or ReplyMailSettings(member=member)
