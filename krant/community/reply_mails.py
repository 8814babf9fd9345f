"""Mail to members about replies: collected per member and discussion, at most one mail an hour, each
mail sent at most once.

A reply that readers can see is noted for the author it answers (comments.note_reply, in the reply's own
transaction). The scheduler round (queue_due_mails) gathers a member's notes for one discussion into a
ReplyMail once the oldest has waited DELAY and the last mail for that discussion is WINDOW old, and queues
it on the newsletters' queue. "Never twice" rests on three rows, not on the queue:

1. Opening a mail locks the member's row, checks the window and claims the notes (`mail IS NULL`) in one
   transaction; a partial unique index allows one open mail per member and discussion. A second scheduler
   finds the window closed, or no notes left, or the index refusing it.
2. Sending starts by moving the mail from 'pending' to 'sending' in one conditional UPDATE: a task run
   twice, or queued twice, finds nothing to claim the second time.
3. A mail left 'sending' by a worker that died becomes 'uncertain' (it may have arrived) and is not sent
   again; a "try again later" from the server puts it back to 'pending' with a later send_after.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django_tasks import task

from krant.community.models import (
    Ignore,
    Member,
    ReplyKind,
    ReplyMail,
    ReplyMailStatus,
    ReplyNotice,
    ThreadMute,
    live_q,
)
from krant.community.replies import mute_token
from krant.community.threads import comments_page_url
from krant.core.listmail import list_headers
from krant.newsletters import links
from krant.newsletters.editions import publication_name
from krant.newsletters.mailer import Outcome, Result, TransportUnavailable, open_transport

logger = logging.getLogger(__name__)

DELAY = timedelta(minutes=5)  # a burst of replies lands in one mail; a reply deleted at once in none
WINDOW = timedelta(hours=1)  # at most one mail per member and discussion in this time
LEASE = timedelta(minutes=10)  # a mail 'sending' longer than this belongs to a worker that is gone
STALL = timedelta(minutes=15)  # a due mail still 'pending' this long lost its task: queue it again
RETRY_DELAYS = [timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1)]
ROUND_LIMIT = 500  # mails opened per scheduler round; the rest wait a round
EXCERPT_CHARS = 300


# --- Which notes still deserve a mail ---------------------------------------------------------------


def deliverable(notices: QuerySet) -> QuerySet:
    """Return the notes still worth telling: the reply and the comment it answers still stand, the member
    still wants this kind of mail, has not muted the discussion and does not ignore the reply's author."""
    muted = ThreadMute.objects.filter(member=OuterRef("member"), thread=OuterRef("thread"))
    ignored = Ignore.objects.filter(member=OuterRef("member"), ignored=OuterRef("comment__author"))
    wanted = Q(member__reply_mail_settings__on_reply=True) | Q(
        kind=ReplyKind.ANSWER, member__reply_mail_settings__on_answer=True
    )
    return notices.filter(
        live_q("comment__"), live_q("comment__parent__"), wanted, member__banned=False
    ).exclude(Exists(muted) | Exists(ignored))


# --- The scheduler's round ------------------------------------------------------------------------------


def queue_due_mails(now: datetime | None = None) -> int:
    """Open and queue the reply mails that are due; take back lost ones. Return how many were opened."""
    now = now or timezone.now()
    due = ReplyNotice.objects.filter(mail__isnull=True, created_at__lte=now - DELAY)
    # Notes nobody will be told about (muted, deleted, ...) go, so they neither wait for ever nor come
    # back when the member unmutes.
    due.exclude(pk__in=deliverable(due).values("pk")).delete()
    recent = ReplyMail.objects.filter(
        member=OuterRef("member"), thread=OuterRef("thread"), created_at__gt=now - WINDOW
    )
    pairs = due.exclude(Exists(recent)).values_list("member_id", "thread_id").distinct().order_by()
    opened = sum(
        open_mail(member_id, thread_id, now) is not None for member_id, thread_id in pairs[:ROUND_LIMIT]
    )
    recover_abandoned_mails(now)
    requeue_stalled_mails(now)
    return opened


def open_mail(member_id: int, thread_id: int, now: datetime) -> ReplyMail | None:
    """Gather the member's open notes in a discussion into a new mail and queue it; None when another
    scheduler did so, the window is still closed, or nothing is left to tell."""
    try:
        with transaction.atomic():
            # One opener per member at a time (PostgreSQL; SQLite writers take turns anyway): the
            # window check below then sees every mail opened before.
            Member.objects.select_for_update().filter(pk=member_id).values_list("pk").first()
            last = ReplyMail.objects.filter(
                member_id=member_id, thread_id=thread_id, created_at__gt=now - WINDOW
            )
            if last.exists():
                return None
            mail = ReplyMail.objects.create(
                member_id=member_id, thread_id=thread_id, created_at=now, send_after=now
            )
            notes = ReplyNotice.objects.filter(
                member_id=member_id, thread_id=thread_id, mail__isnull=True, created_at__lte=now
            )
            if not notes.update(mail=mail):
                transaction.set_rollback(True)
                return None
            transaction.on_commit(lambda: send_reply_mail.enqueue(mail.pk))
    except IntegrityError:
        return None  # another scheduler's mail is open
    return mail


def recover_abandoned_mails(now: datetime) -> int:
    """Mark mails whose worker stopped mid-send 'uncertain': they may have arrived, so never again."""
    return ReplyMail.objects.filter(status=ReplyMailStatus.SENDING, claimed_at__lt=now - LEASE).update(
        status=ReplyMailStatus.UNCERTAIN, last_error="worker stopped while sending"
    )


def requeue_stalled_mails(now: datetime) -> int:
    """Queue again the due mails nobody picked up (a lost queue, a crash between commit and queueing);
    harmless when the task still exists: the second run finds the mail claimed."""
    stalled = list(
        ReplyMail.objects.filter(
            status=ReplyMailStatus.PENDING, send_after__lte=now - STALL, created_at__lte=now - STALL
        ).values_list("pk", flat=True)[:ROUND_LIMIT]
    )
    for mail_id in stalled:
        send_reply_mail.enqueue(mail_id)
    return len(stalled)


# --- Sending ---------------------------------------------------------------------------------------------


@task(backend="newsletters", queue_name="newsletters")
def send_reply_mail(mail_id: int) -> str:
    """Send one reply mail, if it is still due and nobody else took it."""
    return send(mail_id)


def send(mail_id: int, now: datetime | None = None) -> str:
    """Claim a pending mail, send it, record the outcome; return the mail's status afterwards."""
    now = now or timezone.now()
    claimed = ReplyMail.objects.filter(
        pk=mail_id, status=ReplyMailStatus.PENDING, send_after__lte=now
    ).update(status=ReplyMailStatus.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    if not claimed:
        return "not-claimed"
    mail = ReplyMail.objects.select_related("member__user", "thread__page").get(pk=mail_id)
    notices = list(
        deliverable(mail.notices.all())
        .select_related("comment__author", "comment__parent")
        .order_by("created_at", "pk")
    )
    address = recipient_address(mail.member)
    if not notices or not address:
        return finish(mail, ReplyMailStatus.SKIPPED, now)
    data = build_message(mail, notices, address).message().as_bytes(linesep="\r\n")
    try:
        with open_transport() as transport:
            result = transport.send(settings.DEFAULT_FROM_EMAIL, address, data)
    except TransportUnavailable as error:
        result = Result(Outcome.RETRY, str(error))
    if result.outcome == Outcome.SENT:
        return finish(mail, ReplyMailStatus.SENT, now)
    if result.outcome == Outcome.UNCERTAIN:
        return finish(mail, ReplyMailStatus.UNCERTAIN, now, result.detail)
    if result.outcome == Outcome.RETRY and mail.attempts <= len(RETRY_DELAYS):
        return retry_later(mail, now + RETRY_DELAYS[mail.attempts - 1], result.detail)
    logger.warning("Reply mail %s to member %s failed: %s", mail.pk, mail.member_id, result.detail)
    return finish(mail, ReplyMailStatus.FAILED, now, result.detail)


def finish(mail: ReplyMail, status: str, now: datetime, error: str = "") -> str:
    ReplyMail.objects.filter(pk=mail.pk, status=ReplyMailStatus.SENDING).update(
        status=status, sent_at=now if status == ReplyMailStatus.SENT else None, last_error=error[:255]
    )
    return status


def retry_later(mail: ReplyMail, when: datetime, error: str) -> str:
    ReplyMail.objects.filter(pk=mail.pk, status=ReplyMailStatus.SENDING).update(
        status=ReplyMailStatus.PENDING, send_after=when, last_error=error[:255]
    )
    if send_reply_mail.get_backend().supports_defer:
        send_reply_mail.using(run_after=when).enqueue(mail.pk)
    # Otherwise the scheduler queues it again once it is due and stalled.
    return ReplyMailStatus.PENDING


def recipient_address(member: Member) -> str:
    """Return the member's address if it is verified: only a proven address gets mail it did not ask for
    on the spot."""
    user = member.user
    if not user.is_active or not user.email:
        return ""
    verified = user.emailaddress_set.filter(email__iexact=user.email, verified=True).exists()
    return user.email if verified else ""


def build_message(mail: ReplyMail, notices: list[ReplyNotice], address: str) -> EmailMultiAlternatives:
    """Return the mail about `notices`, in the member's language, plain text and HTML."""
    member = mail.member
    language = getattr(getattr(member, "reply_mail_settings", None), "language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        page = mail.thread.page.specific
        thread_url = links.absolute(comments_page_url(page))
        mute_url = links.absolute(reverse("community:mute", args=[mute_token(member.pk, mail.thread_id)]))
        context = {
            "language": language,
            "member": member,
            "page": page,
            "publication_name": publication_name(),
            "answers": [n for n in notices if n.kind == ReplyKind.ANSWER],
            "items": [
                {
                    "author": notice.comment.author.display_name if notice.comment.author else None,
                    "answer": notice.kind == ReplyKind.ANSWER,
                    "created_at": notice.comment.created_at,
                    "excerpt": Truncator(notice.comment.body).chars(EXCERPT_CHARS),
                    "url": f"{thread_url}#reactie-{notice.comment_id}",
                }
                for notice in notices
            ],
            "thread_url": thread_url,
            "mute_url": mute_url,
            "settings_url": links.absolute(reverse("community:settings")),
        }
        subject = " ".join(render_to_string("community/mail/replies_subject.txt", context).split())
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("community/mail/replies.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[address],
            headers={
                # The same Message-ID if this mail were ever handed over twice: it would show once.
                "Message-ID": f"<reply.{mail.pk}@{links.site_domain()}>",
                **list_headers(context["publication_name"], f"replies.{links.site_domain()}", mute_url),
            },
        )
        message.attach_alternative(render_to_string("community/mail/replies.html", context), "text/html")
    return message
