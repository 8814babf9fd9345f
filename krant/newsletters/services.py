"""Every write of the newsletters: signing up, confirming, unsubscribing, building and sending."""

import logging
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, connection, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from krant.news.models import ArticlePage
from krant.newsletters import delivery, editions, links
from krant.newsletters.models import (
    Delivery,
    DeliveryStatus,
    Edition,
    EditionStatus,
    Kind,
    NewsletterList,
    Subscriber,
    Subscription,
    SubscriptionStatus,
)

logger = logging.getLogger(__name__)

RESEND_AFTER = timedelta(minutes=5)  # at most one confirmation mail per address in this time
UNCONFIRMED_KEPT = timedelta(days=30)  # an address nobody confirmed is forgotten after this


class AlreadySent(Exception):
    """This list already has this edition (the day's letter, or the alert for this article)."""


def normalize_email(address: str) -> str:
    """Return the address as stored: trimmed, lower case, the domain in its ASCII (IDNA) form."""
    local, _, domain = address.strip().rpartition("@")
    return f"{local}@{domain.encode('idna').decode('ascii')}".lower()


# --- Readers ----------------------------------------------------------------------------------------


def request_subscription(email: str, newsletters: Iterable[NewsletterList], language: str) -> None:
    """Record a request for newsletters and mail the address a link to confirm it (double opt-in).

    The answer on the page is the same whether or not the address is known; the mail tells the owner
    (a link to confirm, or a note that they already get these letters). One mail per RESEND_AFTER.
    """
    now = timezone.now()
    with transaction.atomic():
        subscriber, _ = Subscriber.objects.get_or_create(email=email, defaults={"language": language})
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        asked = []
        for newsletter in newsletters:
            subscription, created = Subscription.objects.get_or_create(
                subscriber=subscriber, newsletter=newsletter, defaults={"requested_at": now}
            )
            if subscription.status == SubscriptionStatus.CONFIRMED:
                continue
            asked.append(newsletter)
            if not created:
                subscription.status = SubscriptionStatus.PENDING
                subscription.requested_at = now
                subscription.save(update_fields=["status", "requested_at"])
        sent_at = subscriber.confirmation_sent_at
        if sent_at is not None and now - sent_at < RESEND_AFTER:
            return
        subscriber.confirmation_sent_at = now
        subscriber.language = language
        subscriber.save(update_fields=["confirmation_sent_at", "language"])
        transaction.on_commit(lambda: send_confirmation(subscriber, already=not asked))


def send_confirmation(subscriber: Subscriber, already: bool) -> bool:
    """Mail the link that confirms the pending lists (or, when there are none, the personal link)."""
    pending = list(
        NewsletterList.objects.filter(
            subscriptions__subscriber=subscriber,
            subscriptions__status=SubscriptionStatus.PENDING,
            is_active=True,
        )
    )
    token = links.link_token(subscriber.pk, subscriber.key)
    with translation.override(subscriber.language):
        context = {
            "publication_name": editions.publication_name(),
            "newsletters": pending,
            "already": already or not pending,
            "confirm_url": links.confirm_url(subscriber),
            "manage_url": links.manage_url(token, subscriber.language),
            "valid_days": links.CONFIRM_VALID.days,
        }
        subject = render_to_string("newsletters/mail/confirm_subject.txt", context).strip()
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("newsletters/mail/confirm.txt", context),
            to=[subscriber.email],
            headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply"},
        )
        message.attach_alternative(render_to_string("newsletters/mail/confirm.html", context), "text/html")
    try:
        message.send()
    except Exception:
        # The reader saw 'check your mail'; let them ask again at once instead of after RESEND_AFTER.
        logger.exception("Confirmation mail to subscriber %s failed", subscriber.pk)
        Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=None)
        return False
    return True


@transaction.atomic
def confirm_subscriptions(subscriber: Subscriber) -> list[NewsletterList]:
    """Confirm the subscriber's pending lists (the link in the mail was followed); return them.

    The address has shown it receives mail, so an earlier bounce no longer counts.
    """
    now = timezone.now()
    pending = Subscription.objects.select_related("newsletter").filter(
        subscriber=subscriber, status=SubscriptionStatus.PENDING, newsletter__is_active=True
    )
    confirmed = [subscription.newsletter for subscription in pending]
    pending.update(status=SubscriptionStatus.CONFIRMED, confirmed_at=now, unsubscribed_at=None)
    if subscriber.bounced_at is not None:
        Subscriber.objects.filter(pk=subscriber.pk).update(bounced_at=None, bounce_reason="")
    return confirmed


@transaction.atomic
def change_subscriptions(subscriber: Subscriber, wanted: Iterable[NewsletterList]) -> None:
    """Set the subscriber's lists from their personal page: the checked ones on, every other one off.

    The personal link came by mail to this address, so a list switched on here needs no second
    confirmation.
    """
    now = timezone.now()
    wanted_ids = {newsletter.pk for newsletter in wanted}
    current = {sub.newsletter_id: sub for sub in Subscription.objects.filter(subscriber=subscriber)}
    for newsletter in NewsletterList.objects.filter(is_active=True):
        subscription = current.get(newsletter.pk)
        if newsletter.pk in wanted_ids:
            if subscription is None:
                Subscription.objects.create(
                    subscriber=subscriber,
                    newsletter=newsletter,
                    status=SubscriptionStatus.CONFIRMED,
                    requested_at=now,
                    confirmed_at=now,
                )
            elif subscription.status != SubscriptionStatus.CONFIRMED:
                subscription.status = SubscriptionStatus.CONFIRMED
                subscription.confirmed_at = now
                subscription.unsubscribed_at = None
                subscription.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])
        elif subscription is not None and subscription.status != SubscriptionStatus.UNSUBSCRIBED:
            subscription.status = SubscriptionStatus.UNSUBSCRIBED
            subscription.unsubscribed_at = now
            subscription.save(update_fields=["status", "unsubscribed_at"])


def unsubscribe(subscriber: Subscriber, newsletter: NewsletterList) -> bool:
    """Take the subscriber off one list; return whether they were on it. Effective at once, also for
    an edition being sent (a delivery not yet claimed is skipped)."""
    return bool(
        Subscription.objects.filter(subscriber=subscriber, newsletter=newsletter)
        .exclude(status=SubscriptionStatus.UNSUBSCRIBED)
        .update(status=SubscriptionStatus.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    )


def unsubscribe_all(subscriber: Subscriber) -> int:
    """Take the subscriber off every list; return from how many."""
    return (
        Subscription.objects.filter(subscriber=subscriber)
        .exclude(status=SubscriptionStatus.UNSUBSCRIBED)
        .update(status=SubscriptionStatus.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    )


def forget_unconfirmed_subscribers(now: datetime | None = None) -> int:
    """Delete addresses that never confirmed any list within UNCONFIRMED_KEPT; return how many."""
    cutoff = (now or timezone.now()) - UNCONFIRMED_KEPT
    stale = (
        Subscriber.objects.filter(created_at__lt=cutoff, bounced_at__isnull=True)
        .exclude(subscriptions__confirmed_at__isnull=False)
        .exclude(deliveries__isnull=False)
    )
    deleted, _ = Subscriber.objects.filter(pk__in=stale.values("pk")).delete()
    return deleted


# --- Editions ---------------------------------------------------------------------------------------


def create_edition(
    newsletter: NewsletterList,
    articles: list[ArticlePage],
    issue_date: date,
    article: ArticlePage | None = None,
    user=None,
) -> Edition:
    """Choose, snapshot and render an edition once; raise AlreadySent if the list has it already."""
    items = editions.snapshot(articles)
    try:
        with transaction.atomic():
            edition = Edition.objects.create(
                newsletter=newsletter,
                subject=editions.subject_for(newsletter, items),
                issue_date=issue_date,
                article=article,
                items=items,
                html="",
                text="",
                created_by=user,
            )
            web_url = links.absolute(edition.get_absolute_url())
            edition.html, edition.text = editions.render(newsletter, items, issue_date, web_url)
            edition.save(update_fields=["html", "text"])
    except IntegrityError:
        raise AlreadySent(newsletter, issue_date, article) from None
    return edition


def build_scheduled_edition(newsletter: NewsletterList, issue_date: date, now: datetime) -> Edition | None:
    """Build a daily or weekly list's edition for `issue_date`; None when there is nothing to send."""
    if newsletter.kind == Kind.DAILY:
        articles = editions.daily_articles(now)
    elif newsletter.kind == Kind.WEEKLY and newsletter.section is not None:
        articles = editions.weekly_articles(newsletter.section, now)
    else:
        return None
    if not articles:
        return None
    return create_edition(newsletter, articles, issue_date)


def send_alert(article: ArticlePage, newsletters: Iterable[NewsletterList], user=None) -> tuple[list, list]:
    """Send a live article as a breaking-news alert to each list; return (editions sent, lists skipped).

    A list that already had this article is skipped: an alert goes out once per article and list.
    """
    if not article.live:
        raise ValueError("only a live article can go out as an alert")
    sent, skipped = [], []
    for newsletter in newsletters:
        if newsletter.kind != Kind.BREAKING or not newsletter.is_active:
            raise ValueError(f"{newsletter} is not an active breaking-news list")
        try:
            edition = create_edition(newsletter, [article], timezone.localdate(), article=article, user=user)
        except AlreadySent:
            skipped.append(newsletter)
            continue
        send_edition(edition)
        sent.append(edition)
    return sent, skipped


def send_edition(edition: Edition, batch_size: int | None = None) -> int:
    """Queue an edition for every confirmed subscriber of its list; return how many deliveries.

    Each subscriber gets one delivery row (unique per edition and subscriber); batch tasks of
    `batch_size` (default: setting NEWSLETTERS_BATCH_SIZE, 500) are queued once this commits.
    An edition is queued once: a second call does nothing and returns 0.
    """
    size = delivery.batch_size_setting() if batch_size is None else batch_size
    if not 1 <= size <= delivery.MAX_BATCH_SIZE:
        raise ValueError(f"batch size must be between 1 and {delivery.MAX_BATCH_SIZE}, got {size}")
    with transaction.atomic():
        started = Edition.objects.filter(pk=edition.pk, status=EditionStatus.DRAFT).update(
            status=EditionStatus.SENDING, started_at=timezone.now(), batch_size=size
        )
        if not started:
            return 0
        queued = create_deliveries(edition)
        if queued:
            count = delivery.batches_for(queued, size)
            transaction.on_commit(lambda: delivery.enqueue_batches(edition.pk, size, count))
        else:
            delivery.finish_edition_if_done(edition.pk)
    edition.refresh_from_db()
    return queued


def create_deliveries(edition: Edition) -> int:
    """Add a pending delivery for every confirmed, not bounced subscriber of the edition's list.

    One INSERT ... SELECT in the database (Django has no way to say that): 100,000 subscribers never
    pass through Python. ON CONFLICT DO NOTHING keeps it to one row per subscriber.
    """
    quote = connection.ops.quote_name
    delivery_table = quote(Delivery._meta.db_table)
    subscription_table = quote(Subscription._meta.db_table)
    subscriber_table = quote(Subscriber._meta.db_table)
    sql = f"""
        INSERT INTO {delivery_table} (edition_id, subscriber_id, status, attempts, last_error)
        SELECT %s, s.subscriber_id, %s, 0, ''
        FROM {subscription_table} s JOIN {subscriber_table} r ON r.id = s.subscriber_id
        WHERE s.newsletter_id = %s AND s.status = %s AND r.bounced_at IS NULL
        ON CONFLICT DO NOTHING
    """  # noqa: S608 - table names from the models, values as parameters
    params = [
        edition.pk,
        DeliveryStatus.PENDING.value,
        edition.newsletter_id,
        SubscriptionStatus.CONFIRMED.value,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount
