"""Every write to a liveblog, in one place: atomic, with the purge and the live event on commit.

An update's post, edit or delete purges `liveblog:<id>` only: the liveblog's page, its updates' fragments,
its API answers, feeds and sitemaps that carry its last update. Listings show no update, so they stay.
Opening and closing changes the 'Live' label on every teaser: those purge the article's keys too.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from krant.core.purge import purge
from krant.live.events import liveblog_channel, publish
from krant.liveblogs.models import LiveBlogPage, LiveUpdate, open_set_changed
from krant.news.signals import article_keys

UPDATE_FIELDS = (
    "title",
    "text",
    "image",
    "image_caption",
    "quote",
    "quote_attribution",
    "embed_url",
    "pinned",
    "key_event",
)


class Closed(Exception):
    """The liveblog is closed: no update may be posted, edited or deleted."""

    def __init__(self):
        super().__init__(_("Dit liveblog is gesloten; heropen het om updates te plaatsen of te wijzigen."))


def open_locked(liveblog: LiveBlogPage) -> LiveBlogPage:
    """Return the liveblog's row locked for this transaction, refusing a closed one.

    The lock orders a post against a close running at the same moment: no update lands after the close.
    """
    row = LiveBlogPage.objects.select_for_update().get(pk=liveblog.pk)
    if not row.is_open():
        raise Closed
    return row


def announce(liveblog_id: int, action: str, update_id: int) -> None:
    purge({f"liveblog:{liveblog_id}"})
    publish(liveblog_channel(liveblog_id), type="liveblog", action=action, update=update_id)


def touch(liveblog_id: int, at) -> None:
    LiveBlogPage.objects.filter(pk=liveblog_id).update(last_update_at=at, updated_at=at)


@transaction.atomic
def post_update(liveblog: LiveBlogPage, user, data: dict) -> LiveUpdate:
    """Post a new update with the form's cleaned `data`; raise Closed on a closed liveblog."""
    open_locked(liveblog)
    update = LiveUpdate(liveblog_id=liveblog.pk, author=user, author_name=display_name(user))
    for name in UPDATE_FIELDS:
        setattr(update, name, data.get(name) or LiveUpdate._meta.get_field(name).get_default())
    update.save()
    touch(liveblog.pk, update.posted_at)
    announce(liveblog.pk, "new", update.pk)
    return update


@transaction.atomic
def edit_update(update: LiveUpdate, data: dict) -> LiveUpdate:
    """Save a correction of `update`: readers see 'Bijgewerkt om HH:MM'. Also after the close: a
    correction must stay possible."""
    for name in UPDATE_FIELDS:
        if name in data:
            setattr(update, name, data[name] or LiveUpdate._meta.get_field(name).get_default())
    update.edited_at = timezone.now()
    update.save()
    touch(update.liveblog_id, update.edited_at)
    announce(update.liveblog_id, "edit", update.pk)
    return update


@transaction.atomic
def mark_update(update: LiveUpdate, **flags: bool) -> LiveUpdate:
    """Pin or unpin `update`, or mark it as a key event or not; not a correction, so no 'Bijgewerkt'."""
    for name, value in flags.items():
        if name not in ("pinned", "key_event"):
            raise ValueError(name)
        setattr(update, name, bool(value))
    update.save(update_fields=list(flags))
    announce(update.liveblog_id, "edit", update.pk)
    return update


@transaction.atomic
def delete_update(update: LiveUpdate) -> None:
    """Delete `update` for good; readers' pages drop it in place."""
    liveblog_id, update_id = update.liveblog_id, update.pk
    update.delete()
    touch(liveblog_id, timezone.now())
    announce(liveblog_id, "delete", update_id)


@transaction.atomic
def close_liveblog(liveblog: LiveBlogPage) -> None:
    """Close the liveblog now: no more updates, and the 'Live' label goes from every listing."""
    LiveBlogPage.objects.filter(pk=liveblog.pk, closed_at__isnull=True).update(closed_at=timezone.now())
    state_changed(liveblog)


@transaction.atomic
def plan_close(liveblog: LiveBlogPage, at) -> None:
    """Close the liveblog at `at` (None: no planned end); the scheduler purges when it passes."""
    LiveBlogPage.objects.filter(pk=liveblog.pk).update(coverage_end=at)
    state_changed(liveblog)


@transaction.atomic
def reopen_liveblog(liveblog: LiveBlogPage) -> None:
    """Open the liveblog again, without a planned end."""
    LiveBlogPage.objects.filter(pk=liveblog.pk).update(closed_at=None, coverage_end=None)
    state_changed(liveblog)


def set_reporters(liveblog: LiveBlogPage, users) -> None:
    """Say who besides the desk may post to the liveblog; takes effect at once, without a publish."""
    liveblog.reporters.set(users)


def state_changed(liveblog: LiveBlogPage) -> None:
    """Purge every page showing the liveblog's open state: its teasers everywhere and its own pages."""
    open_set_changed()
    purge(article_keys(liveblog) | {f"liveblog:{liveblog.pk}"})
    publish(liveblog_channel(liveblog.pk), type="liveblog", action="state", update=0)


def close_due_liveblogs() -> None:
    """The scheduler's job: purge the liveblogs whose planned end passed since the last round.

    Readers see a liveblog closed from its end on (`is_open` decides at reading); this only drops the
    cached pages and teasers that still say 'Live'.
    """
    now = timezone.now()
    due = LiveBlogPage.objects.filter(closed_at__isnull=True, coverage_end__lte=now)
    for liveblog in due:
        with transaction.atomic():
            closing = LiveBlogPage.objects.filter(pk=liveblog.pk, closed_at__isnull=True)
            closing.update(closed_at=liveblog.coverage_end)
            state_changed(liveblog)


def display_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""
