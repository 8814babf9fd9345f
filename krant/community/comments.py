"""The community's comment writes: posting, editing, deleting, respect, reports, ignoring, and what
moderators decide. One function each, atomic; counters change with the rows they count, purges and mails
go out on commit.

Every function raises Refused, with a message for the member, for what they may not do; nothing is stored
then. Who may call what (login, rate limits, the Moderator group) the views decide.
"""

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Revision, Site

from krant.community import checks, classifier, services, text
from krant.community.models import (
    MAX_DEPTH,
    ActionKind,
    AuditKind,
    Comment,
    CommentAction,
    CommentRevision,
    CommunitySettings,
    HouseRule,
    Ignore,
    Member,
    ModelDecision,
    ModelOutcome,
    ModerationAction,
    ModerationModel,
    ReplyKind,
    ReplyMailSettings,
    ReplyNotice,
    Status,
    Thread,
    TrustLevel,
)
from krant.core import pagecache, versions
from krant.core.purge import purge
from krant.live.events import publish, thread_channel

EDIT_WINDOW = timedelta(minutes=5)
MENTION = re.compile(r"(?<![\w@])@redactie\b", re.IGNORECASE)
# A clean record earns trust: this many approved or unchallenged comments, no rejection in the window.
TRUSTED_AFTER = 5
REGULAR_AFTER = 1
TRUST_MEMORY = timedelta(days=30)


class Refused(Exception):
    """What the member asked may not be done; `message` says why, `code` names the rule."""

    def __init__(self, message: str, code: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status


@dataclass(frozen=True)
class ThreadState:
    open: bool
    reason: str = ""  # why it is closed, for readers
    reopens_at: datetime | None = None  # after night closing


def site_settings(page=None) -> CommunitySettings:
    """Return the community rules of the page's site (or the default site's); unsaved defaults if none.

    Kept per process, keyed by the versions that change with them: the rules' own (purged when they are
    saved) and the content version (a page moved, a site changed). Every write reads them: this saves its
    two queries (Site, CommunitySettings) and the page's address, which the site is found by.
    """
    key = f"krant:community-settings:{page.pk if page is not None else 0}:{rules_version()}"
    store = caches["local"]
    rules = store.get(key)
    if rules is None:
        rules = stored_site_settings(page)
        store.set(key, rules)
    return rules


def stored_site_settings(page=None) -> CommunitySettings:
    """As site_settings, read from the database now: for the admin and the scheduler, which also read
    what is written without a save (the moderators' request to retrain the model)."""
    site = page.get_site() if page is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return CommunitySettings.for_site(site) if site is not None else CommunitySettings()


# Saves of the rules in this process: part of the key, so this process reads the new rules at once
# (before the commit, as its own transaction sees them); other processes follow the purge on commit.
_saved_here = 0


def rules_saved() -> None:
    """Make this process's kept rules stale at once (krant.community.signals, when the rules are saved)."""
    global _saved_here
    _saved_here += 1


def rules_version() -> str:
    return f"{versions.version()}:{pagecache.key_version(CommunitySettings.cache_key)}:{_saved_here}"


def in_night(now_local: time, start: time, end: time) -> bool:
    return start <= now_local < end if start < end else now_local >= start or now_local < end


def thread_state(page, settings: CommunitySettings, now=None) -> ThreadState:
    """Return whether members may comment under `page` now, and if not, why (and when it reopens)."""
    now = now or timezone.now()
    if not getattr(page, "comments_enabled", False):
        return ThreadState(False, _("De redactie heeft de discussie onder dit artikel gesloten."))
    if not page.live or page.published_at is None:
        return ThreadState(False, _("Reageren kan zodra het artikel verschenen is."))
    closes = page.comments_closing_time()
    if closes is not None and now >= closes:
        return ThreadState(
            False,
            _("De discussie is gesloten: reageren kon tot %(time)s.")
            % {"time": timezone.localtime(closes).strftime("%d-%m-%Y %H:%M")},
        )
    start, end = settings.night_closing_start, settings.night_closing_end
    local = timezone.localtime(now)
    if start is not None and end is not None and start != end and in_night(local.time(), start, end):
        reopens = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
        if reopens <= local:
            reopens += timedelta(days=1)
        if closes is None or reopens < closes:
            return ThreadState(
                False,
                _("'s Nachts is er geen moderator: reageren kan weer vanaf %(time)s.")
                % {"time": end.strftime("%H:%M")},
                reopens,
            )
        return ThreadState(False, _("De discussie is gesloten."))
    return ThreadState(True)


def thread_for(page) -> Thread:
    thread, _created = Thread.objects.get_or_create(page=page)
    return thread


def thread_to_write(page) -> Thread:
    """Return the page's thread for a new comment: only its id and page are read, and the id is kept.

    A thread is made once and goes only with its page, so the id of a page's thread never changes; each
    process remembers it, once it is committed (a refused first comment takes its new thread back), and
    the write saves a query. Checks that need more of the thread read it themselves.
    """
    key = f"krant:thread-id:{page.pk}"
    store = caches["local"]
    thread_id = store.get(key)
    if thread_id is None:
        thread_id = thread_for(page).pk
        transaction.on_commit(lambda: store.set(key, thread_id))
    return Thread(pk=thread_id, page_id=page.pk)


def max_length(page, settings: CommunitySettings) -> int:
    return getattr(page, "comments_max_length", None) or settings.max_length


def member_of(user) -> Member:
    """Return the user's community profile; the newsroom gets one under its own name on first use."""
    member = getattr(user, "member", None)
    if member is not None:
        return member
    if services.is_newsroom(user):
        name = user.get_full_name() or user.username
        return services.set_display_name(user, name)
    raise Refused(_("Kies eerst een naam in je instellingen."), "no_profile", 403)


def changed(comment: Comment, was_visible: bool, **thread_fields) -> None:
    """Keep the thread's counters equal to its rows after `comment` changed; purge what shows it.

    `thread_fields` are set on the thread in the same statement.
    """
    now_visible = comment.is_visible and not comment.is_deleted
    delta = int(now_visible) - int(was_visible)
    updates = dict(thread_fields)
    if delta:
        updates["comment_count"] = F("comment_count") + delta
        if comment.is_question:
            updates["question_count"] = F("question_count") + delta
    if updates:
        Thread.objects.filter(pk=comment.thread_id).update(**updates)
    keys = [f"thread:{comment.thread.page_id}"]
    if comment.author_id:
        keys.append(f"member:{comment.author_id}")
    purge(keys)
    announce(comment.thread_id, comment.thread.page_id)
    if now_visible and not was_visible and comment.parent_id:
        note_reply(comment)


def note_reply(reply: Comment) -> ReplyNotice | None:
    """Note a reply that readers can now see for the author it answers, if they want mail about it.

    Runs in the write's transaction, so a reply that is rolled back is never noted. Whether it is still
    worth a mail (not deleted, not muted or ignored since) krant.community.replies decides when it sends.
    """
    from krant.community import mails

    parent = reply.parent
    if mails.is_quiet() or parent.author_id is None or parent.author_id == reply.author_id:
        return None
    kind = ReplyKind.ANSWER if reply.by_newsroom and parent.is_question else ReplyKind.REPLY
    wants = Q(on_reply=True) | Q(on_answer=True) if kind == ReplyKind.ANSWER else Q(on_reply=True)
    if not ReplyMailSettings.objects.filter(wants, member_id=parent.author_id).exists():
        return None
    notice, _created = ReplyNotice.objects.get_or_create(
        member_id=parent.author_id, comment=reply, defaults={"thread_id": reply.thread_id, "kind": kind}
    )
    return notice


def announce(thread_id: int, page_id: int) -> None:
    """Tell the thread's live listeners, once the write commits, how many comments it shows now.

    The count is read after the commit, outside the write's transaction: the write costs no query more.
    """

    def send():
        count = Thread.objects.filter(pk=thread_id).values_list("comment_count", flat=True).first()
        publish(thread_channel(page_id), type="comment", thread=page_id, count=count)

    transaction.on_commit(send)


def revise(comment: Comment, results: list[dict]) -> None:
    CommentRevision.objects.create(comment=comment, body=comment.body, checks=results)
    record_model_decision(comment, results)


MODEL_OUTCOMES = {"publish": ModelOutcome.PUBLISH, "hold": ModelOutcome.HOLD, "premod": ModelOutcome.QUEUE}


def record_model_decision(comment: Comment, results: list[dict]) -> None:
    """Keep what the model decided about the comment's latest text (nothing, if it did not decide)."""
    decided = next(
        (result for result in results if result["check"] == "learned_model" and result["verdict"] != "pass"),
        None,
    )
    if decided is None:
        if comment.edited_at:  # an edit the model passed on: its verdict on the earlier text goes
            ModelDecision.objects.filter(comment=comment).delete()
        return
    ModelDecision.objects.update_or_create(
        comment=comment,
        defaults={
            "version": decided["model"],
            "approve_probability": decided["score"],
            "rule": decided["rule"],
            "outcome": MODEL_OUTCOMES[decided["verdict"]],
            "sampled": decided.get("sampled", False),
            "reviewed_at": None,
            "created_at": comment.edited_at or comment.created_at,
        },
    )


def apply(verdict: checks.Verdict, comment: Comment) -> None:
    if verdict.action == "refuse":
        raise Refused(verdict.message, verdict.reason, 403)
    comment.status = {
        "reject": Status.REJECTED,
        "hold": Status.HELD,
        "premod": Status.PREMOD,
        "publish": Status.NONE,
    }[verdict.action]
    comment.status_reason = str(verdict.reason) if verdict.action != "publish" else ""


@transaction.atomic
def post(user, page, body: str, parent: Comment | None = None, question: bool = False, now=None) -> Comment:
    """Store a comment (or a reply to `parent`) under `page` after the checks; return it.

    A comment the checks reject or hold is stored (moderators see it) but not shown; its author sees its
    state in their own view of the thread.
    """
    now = now or timezone.now()
    member = member_of(user)
    settings = site_settings(page)
    try:
        body = text.clean(body, max_length(page, settings))
    except ValidationError as error:
        raise Refused(error.messages[0], error.code) from error
    thread = thread_to_write(page)
    newsroom = services.is_newsroom(user)
    depth = 0
    if parent is not None:
        if parent.thread_id != thread.pk:
            raise Refused(_("Deze reactie hoort niet bij dit artikel."), "wrong_thread", 404)
        if not parent.is_visible or parent.is_deleted:
            raise Refused(_("Op deze reactie kun je niet meer reageren."), "parent_gone", 404)
        depth = min(parent.depth + 1, MAX_DEPTH)
        # Replies deeper than three levels join the deepest level, under the same comment.
        parent = parent if parent.depth < MAX_DEPTH else parent.parent
    if question and (parent is not None or not getattr(page, "comments_questions", False)):
        raise Refused(_("Hier kun je geen vraag aan de redactie stellen."), "no_questions")
    sub = checks.Submission(member, thread, page, body, settings, thread_state(page, settings, now), newsroom)
    verdict, results = checks.run(sub)
    comment = Comment(
        thread=thread,
        author=member,
        parent=parent,
        depth=depth,
        body=body,
        created_at=now,
        by_newsroom=newsroom,
        is_question=question,
        mentions_newsroom=bool(MENTION.search(body)),
    )
    apply(verdict, comment)
    comment.save()
    revise(comment, results)
    if comment.is_visible:
        # A newsroom reply answers a question, and a comment that called on the newsroom (@redactie).
        if (
            newsroom
            and parent is not None
            and (parent.is_question or parent.mentions_newsroom)
            and parent.answered_at is None
        ):
            Comment.objects.filter(pk=parent.pk).update(answered_at=now)
            parent.answered_at = now
    changed(comment, was_visible=False, **({"last_comment_at": now} if comment.is_visible else {}))
    return comment


def own_comment(user, comment_id: int, lock=True) -> Comment:
    member = getattr(user, "member", None)
    comments = Comment.objects.select_related("thread")
    if lock:
        comments = comments.select_for_update(of=("self",))
    comment = comments.filter(pk=comment_id).first()
    if comment is None or member is None or comment.author_id != member.pk:
        raise Refused(_("Je kunt alleen je eigen reacties wijzigen."), "not_yours", 403)
    if comment.is_deleted:
        raise Refused(_("Deze reactie is verwijderd."), "deleted", 404)
    return comment


@transaction.atomic
def edit(user, comment_id: int, body: str, now=None) -> Comment:
    """Replace the text of the member's own comment within EDIT_WINDOW; it passes the checks again."""
    now = now or timezone.now()
    comment = own_comment(user, comment_id)
    if now - comment.created_at > EDIT_WINDOW:
        raise Refused(_("Je kunt een reactie tot 5 minuten na het plaatsen bewerken."), "edit_window", 403)
    if comment.status == Status.REJECTED:
        raise Refused(_("Een afgewezen reactie kun je niet meer bewerken."), "rejected", 403)
    page = comment.thread.page.specific
    settings = site_settings(page)
    try:
        body = text.clean(body, max_length(page, settings))
    except ValidationError as error:
        raise Refused(error.messages[0], error.code) from error
    was_visible = comment.is_visible
    sub = checks.Submission(
        comment.author,
        comment.thread,
        page,
        body,
        settings,
        ThreadState(True),  # editing a comment placed while open stays possible for its 5 minutes
        services.is_newsroom(user),
        editing=comment,
    )
    verdict, results = checks.run(sub)
    comment.body = body
    comment.edited_at = now
    comment.mentions_newsroom = bool(MENTION.search(body))
    if comment.status != Status.APPROVED or verdict.action != "publish":
        apply(verdict, comment)
    comment.save()
    revise(comment, results)
    changed(comment, was_visible and not comment.is_deleted)
    return comment


@transaction.atomic
def delete(user, comment_id: int, now=None) -> Comment:
    """Delete the member's own comment: its text goes; a tombstone keeps the replies in place."""
    comment = own_comment(user, comment_id)
    was_visible = comment.is_visible
    comment.deleted_at = now or timezone.now()
    comment.body = ""
    comment.featured = False
    comment.save(update_fields=["deleted_at", "body", "featured"])
    comment.revisions.all().delete()
    changed(comment, was_visible)
    return comment


def reactable(comment: Comment | None, member: Member) -> Comment:
    """Return `comment` (read with its thread) if `member` may react to it; else raise Refused."""
    if comment is None or not comment.is_visible or comment.is_deleted:
        raise Refused(_("Deze reactie bestaat niet (meer)."), "unknown_comment", 404)
    if comment.author_id == member.pk:
        raise Refused(_("Dit kan niet bij je eigen reactie."), "own_comment", 403)
    return comment


def give_respect(user, comment: Comment | None) -> Comment:
    """Give respect to a comment (read with its thread): once per member; raise Refused the second time."""
    member = member_of(user)
    comment = reactable(comment, member)
    try:
        with transaction.atomic():
            CommentAction.objects.create(comment=comment, member=member, kind=ActionKind.RESPECT)
            Comment.objects.filter(pk=comment.pk).update(respect_count=F("respect_count") + 1)
    except IntegrityError as error:
        raise Refused(_("Je gaf deze reactie al respect."), "already_respected", 409) from error
    purge([f"thread:{comment.thread.page_id}"])
    comment.refresh_from_db(fields=["respect_count"])
    respect_changed(comment)
    return comment


@transaction.atomic
def withdraw_respect(user, comment_id: int) -> Comment:
    member = member_of(user)
    deleted, _kinds = CommentAction.objects.filter(
        comment_id=comment_id, member=member, kind=ActionKind.RESPECT
    ).delete()
    if not deleted:
        raise Refused(_("Je gaf deze reactie geen respect."), "no_respect", 409)
    Comment.objects.filter(pk=comment_id).update(respect_count=F("respect_count") - 1)
    comment = Comment.objects.select_related("thread").get(pk=comment_id)
    purge([f"thread:{comment.thread.page_id}"])
    respect_changed(comment)
    return comment


def respect_changed(comment: Comment) -> None:
    page_id = comment.thread.page_id
    publish(
        thread_channel(page_id),
        type="respect",
        thread=page_id,
        comment=comment.pk,
        count=comment.respect_count,
    )


def report(user, comment_id: int, reason: str, note: str = "") -> Comment:
    """Report a comment for breaking a house rule: once per member; it joins the 'reported' queue."""
    if reason not in HouseRule.values:
        raise Refused(_("Kies welke huisregel de reactie overtreedt."), "no_reason")
    note = " ".join(note.split())[:500]
    member = member_of(user)
    try:
        with transaction.atomic():
            comment = reactable(
                Comment.objects.select_related("thread").filter(pk=comment_id).first(), member
            )
            CommentAction.objects.create(
                comment=comment, member=member, kind=ActionKind.REPORT, reason=reason, note=note
            )
            comment = Comment.objects.select_for_update().get(pk=comment.pk)
            comment.open_reports[reason] = comment.open_reports.get(reason, 0) + 1
            comment.open_report_count += 1
            comment.report_count += 1
            comment.save(update_fields=["open_reports", "open_report_count", "report_count"])
    except IntegrityError as error:
        raise Refused(_("Je hebt deze reactie al gemeld."), "already_reported", 409) from error
    return comment


def ignore(user, other: Member) -> None:
    member = member_of(user)
    if other.pk == member.pk:
        raise Refused(_("Jezelf negeren kan niet."), "self")
    Ignore.objects.get_or_create(member=member, ignored=other)


def unignore(user, other: Member) -> None:
    Ignore.objects.filter(member=member_of(user), ignored=other).delete()


# Moderation: the Moderator group's decisions, each an audit row.


def audit(
    moderator, kind: str, comment=None, member=None, reason="", note="", thread=None
) -> ModerationAction:
    return ModerationAction.objects.create(
        moderator=moderator,
        moderator_name=moderator.get_full_name() or moderator.get_username(),
        kind=kind,
        comment=comment,
        member=member if member is not None else getattr(comment, "author", None),
        thread=thread if thread is not None else getattr(comment, "thread", None),
        reason=reason,
        note=note,
    )


def decide(moderator, comment_id: int, status: str, reason: str = "", note: str = "") -> Comment:
    """Approve or reject a comment; its open reports are settled, the author's trust follows the record."""
    if status == Status.REJECTED and reason not in HouseRule.values:
        raise Refused(_("Kies de huisregel die de reactie overtreedt."), "no_reason")
    with transaction.atomic():
        comment = Comment.objects.select_for_update(of=("self",)).select_related("thread").get(pk=comment_id)
        was_visible = comment.is_visible and not comment.is_deleted
        comment.status = status
        comment.status_reason = reason if status == Status.REJECTED else ""
        comment.open_reports = {}
        comment.open_report_count = 0
        if status == Status.REJECTED:
            comment.featured = False
        comment.save(
            update_fields=["status", "status_reason", "open_reports", "open_report_count", "featured"]
        )
        audit(
            moderator,
            AuditKind.APPROVE if status == Status.APPROVED else AuditKind.REJECT,
            comment,
            reason=reason,
            note=note,
        )
        # A moderator has now looked: the comment leaves the sample, and a differing decision is a
        # correction the next training learns from (krant.community.training).
        ModelDecision.objects.filter(comment=comment, reviewed_at__isnull=True).update(
            reviewed_at=timezone.now()
        )
        changed(comment, was_visible)
        if comment.author_id:
            refresh_trust(comment.author)
    if status == Status.REJECTED and comment.author_id:
        from krant.community import mails

        mails.after_commit(lambda: mails.send_rejection(comment.pk))
    return comment


def approve(moderator, comment_id: int, note: str = "") -> Comment:
    return decide(moderator, comment_id, Status.APPROVED, note=note)


def reject(moderator, comment_id: int, reason: str, note: str = "") -> Comment:
    return decide(moderator, comment_id, Status.REJECTED, reason=reason, note=note)


@transaction.atomic
def feature(moderator, comment_id: int, featured: bool = True) -> Comment:
    """Put a visible comment first in its thread ('Uitgelicht'), or take it back."""
    comment = Comment.objects.select_for_update(of=("self",)).select_related("thread").get(pk=comment_id)
    if featured and (not comment.is_visible or comment.is_deleted):
        raise Refused(_("Alleen een zichtbare reactie kan worden uitgelicht."), "not_visible")
    comment.featured = featured
    comment.save(update_fields=["featured"])
    audit(moderator, AuditKind.FEATURE if featured else AuditKind.UNFEATURE, comment)
    purge([f"thread:{comment.thread.page_id}"])
    return comment


def refresh_trust(member: Member) -> None:
    """Set the member's trust from their record: earned by approved comments, lost by a recent rejection."""
    since = timezone.now() - TRUST_MEMORY
    comments = Comment.objects.filter(author=member)
    if comments.filter(status=Status.REJECTED, created_at__gte=since).exists():
        level = TrustLevel.NEW
    else:
        approved = comments.filter(status=Status.APPROVED).count()
        level = (
            TrustLevel.TRUSTED
            if approved >= TRUSTED_AFTER
            else TrustLevel.REGULAR
            if approved >= REGULAR_AFTER
            else TrustLevel.NEW
        )
    if level != member.trust_level:
        Member.objects.filter(pk=member.pk).update(trust_level=level)
        member.trust_level = level


@transaction.atomic
def act_on_member(moderator, member: Member, kind: str, note: str = "", until=None, trust=None) -> None:
    """Note, warn, suspend (until a moment), ban, restore a member, or set their trust; always audited."""
    member = Member.objects.select_for_update().get(pk=member.pk)
    if kind == AuditKind.SUSPEND:
        if until is None or until <= timezone.now():
            raise Refused(_("Kies een moment in de toekomst."), "until")
        member.suspended_until = until
    elif kind == AuditKind.BAN:
        member.banned = True
    elif kind == AuditKind.RESTORE:
        member.banned = False
        member.suspended_until = None
    elif kind == AuditKind.TRUST:
        if trust not in TrustLevel.values:
            raise Refused(_("Kies een vertrouwensniveau."), "trust")
        member.trust_level = trust
    elif kind not in (AuditKind.NOTE, AuditKind.WARN):
        raise Refused(_("Onbekende handeling."), "kind")
    if kind in (AuditKind.NOTE, AuditKind.WARN) and not note.strip():
        raise Refused(_("Schrijf een notitie."), "note")
    member.save(update_fields=["suspended_until", "banned", "trust_level"])
    audit(moderator, kind, member=member, note=note.strip())
    if kind == AuditKind.WARN:
        from krant.community import mails

        mails.after_commit(lambda: mails.send_warning(member.pk, note.strip()))


@transaction.atomic
def close_thread(moderator, page) -> bool:
    """Close the discussion under `page` now (its comments stay readable); return False if it was closed.

    Sets the live article's field directly, without a new revision, and in its latest revision, so the
    editor's next publish keeps it closed; only publishing an older revision would reopen it.
    """
    model = page.specific_class
    closed = model._default_manager.filter(pk=page.pk, comments_enabled=True).update(comments_enabled=False)
    if closed:
        latest = Revision.objects.filter(
            pk__in=model._default_manager.filter(pk=page.pk).values("latest_revision")
        )
        for revision in latest:
            revision.content["comments_enabled"] = False
            revision.save(update_fields=["content"])
        thread = thread_for(page)
        audit(moderator, AuditKind.CLOSE, thread=thread)
        purge([thread.cache_key, f"article:{page.pk}"])
    return bool(closed)


def recount(thread: Thread) -> dict:
    """Return the thread's counters recounted from the rows (the bench's proof; a repair tool)."""
    visible = thread.comments.live()
    return {"comment_count": visible.count(), "question_count": visible.filter(is_question=True).count()}


ROLL_BACK = "community.change_moderationmodel"  # Beheer's: moderators tune the model, not its versions


def activate_model(user, version: int) -> ModerationModel:
    """Make an earlier (or later) trained version the active one: a roll-back, with its audit row.

    Refused when the version or its file is gone (older files are pruned) or cannot be used. Every process
    drops its copy of which version is active at once, not after ACTIVE_SECONDS.
    """
    with transaction.atomic():
        row = ModerationModel.objects.select_for_update().filter(version=version).first()
        if row is None:
            raise Refused(_("Deze versie van het model bestaat niet."), "no_version")
        try:
            classifier.load(row)
        except classifier.ModelError as error:
            raise Refused(
                _("Versie %(version)s is niet te gebruiken: %(error)s")
                % {"version": version, "error": error},
                "unusable",
            ) from error
        previous = ModerationModel.objects.filter(active=True).exclude(pk=row.pk).first()
        if previous is None and row.active:
            return row
        ModerationModel.objects.filter(active=True).update(active=False)
        row.active = True
        row.save(update_fields=["active"])
        note = _("Versie %(version)s actief (was %(previous)s)") % {
            "version": version,
            "previous": previous.version if previous else "–",
        }
        audit(user, AuditKind.MODEL, note=note)
        classifier.forget_active_row()  # this process sees it at once, every other once it commits
        transaction.on_commit(classifier.forget_active_row)
    return row
