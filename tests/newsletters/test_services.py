"""Signing up (double opt-in), confirming, changing and leaving lists; building and queueing editions."""

import email
import re
from datetime import date, timedelta

import pytest
import time_machine
from django.utils import timezone

from krant.news.models import HomeTopStory
from krant.newsletters import delivery, links, services
from krant.newsletters.models import (
    Delivery,
    DeliveryStatus,
    Edition,
    EditionStatus,
    NewsletterList,
    Subscriber,
    Subscription,
    SubscriptionStatus,
)
from tests.conftest import free_port
from tests.factories import make_article, publish
from tests.newsletters.conftest import subscribe


def statuses(subscriber) -> dict[str, str]:
    return dict(Subscription.objects.filter(subscriber=subscriber).values_list("newsletter__slug", "status"))


def ask(django_capture_on_commit_callbacks, address, *newsletters, language="nl"):
    with django_capture_on_commit_callbacks(execute=True):
        services.request_subscription(address, newsletters, language)
    return Subscriber.objects.get(email=address)


def text_of(envelope) -> str:
    message = email.message_from_bytes(envelope.original_content)
    [plain] = [part for part in message.walk() if part.get_content_type() == "text/plain"]
    return plain.get_payload(decode=True).decode()


def test_signing_up_records_pending_lists_and_mails_a_confirmation_link(
    lists, smtp_inbox, django_capture_on_commit_callbacks
):
    """Double opt-in: nothing is confirmed yet; the mail names the lists and carries the link."""
    subscriber = ask(django_capture_on_commit_callbacks, "nieuw@example.org", lists["daily"], lists["alerts"])
    assert statuses(subscriber) == {"ochtendbrief": "pending", "nieuwsalerts": "pending"}
    [envelope] = smtp_inbox.messages
    assert envelope.rcpt_tos == ["nieuw@example.org"]
    body = text_of(envelope)
    assert "Ochtendbrief" in body and "Nieuwsalerts" in body
    [token] = re.findall(r"/nieuwsbrieven/bevestigen/([^/\s]+)/", body)
    assert links.subscriber_for_confirm_token(token) == subscriber
    message = email.message_from_bytes(envelope.original_content)
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "multipart/alternative"


def test_a_second_request_within_minutes_sends_no_second_mail(
    lists, smtp_inbox, django_capture_on_commit_callbacks
):
    """One confirmation mail per address per RESEND_AFTER, however often the form is sent."""
    ask(django_capture_on_commit_callbacks, "nieuw@example.org", lists["daily"])
    ask(django_capture_on_commit_callbacks, "nieuw@example.org", lists["alerts"])
    assert len(smtp_inbox.messages) == 1
    with time_machine.travel(timezone.now() + services.RESEND_AFTER + timedelta(seconds=1)):
        ask(django_capture_on_commit_callbacks, "nieuw@example.org", lists["alerts"])
    assert len(smtp_inbox.messages) == 2
    assert statuses(Subscriber.objects.get(email="nieuw@example.org")) == {
        "ochtendbrief": "pending",
        "nieuwsalerts": "pending",
    }


def test_an_address_that_already_has_the_lists_gets_its_personal_link_not_a_confirmation(
    lists, smtp_inbox, django_capture_on_commit_callbacks
):
    """The page says the same to everyone; only the mail says 'you already get these'."""
    [subscriber] = subscribe(lists["daily"], "trouw@example.org")
    ask(django_capture_on_commit_callbacks, "trouw@example.org", lists["daily"])
    body = text_of(smtp_inbox.messages[0])
    assert "/nieuwsbrieven/bevestigen/" not in body
    assert links.manage_url(links.link_token(subscriber.pk, subscriber.key)) in body
    assert statuses(subscriber) == {"ochtendbrief": "confirmed"}


def test_a_confirmation_mail_in_english_for_an_english_reader(
    lists, smtp_inbox, django_capture_on_commit_callbacks
):
    """Signed up on /en/: the links in the mail lead to the English pages."""
    ask(django_capture_on_commit_callbacks, "reader@example.org", lists["daily"], language="en")
    assert "/en/nieuwsbrieven/bevestigen/" in text_of(smtp_inbox.messages[0])


def test_a_failed_confirmation_mail_can_be_asked_again_at_once(
    lists, settings, smtp_inbox, django_capture_on_commit_callbacks
):
    """When the mail could not go out, the address is not held back for RESEND_AFTER."""
    working_port = settings.EMAIL_PORT
    settings.EMAIL_PORT = free_port()  # nothing listens there
    ask(django_capture_on_commit_callbacks, "nieuw@example.org", lists["daily"])
    assert Subscriber.objects.get(email="nieuw@example.org").confirmation_sent_at is None
    settings.EMAIL_PORT = working_port
    ask(django_capture_on_commit_callbacks, "nieuw@example.org", lists["daily"])
    assert len(smtp_inbox.messages) == 1


def test_confirming_turns_pending_lists_on_and_clears_an_old_bounce(lists):
    """Following the link proves the mailbox works: the lists start, an earlier bounce is forgotten."""
    [subscriber] = subscribe(lists["daily"], "terug@example.org", status=SubscriptionStatus.PENDING)
    Subscriber.objects.filter(pk=subscriber.pk).update(bounced_at=timezone.now(), bounce_reason="550")
    subscriber.refresh_from_db()
    assert services.confirm_subscriptions(subscriber) == [lists["daily"]]
    subscriber.refresh_from_db()
    assert subscriber.bounced_at is None
    assert statuses(subscriber) == {"ochtendbrief": "confirmed"}


def test_confirming_leaves_a_list_that_was_switched_off_alone(lists):
    [subscriber] = subscribe(lists["daily"], "laat@example.org", status=SubscriptionStatus.PENDING)
    NewsletterList.objects.filter(pk=lists["daily"].pk).update(is_active=False)
    assert services.confirm_subscriptions(subscriber) == []
    assert statuses(subscriber) == {"ochtendbrief": "pending"}


def test_changing_lists_on_the_personal_page(lists):
    """Checked lists on (no second confirmation), unchecked ones off; switched-off lists untouched."""
    [subscriber] = subscribe(lists["daily"], "kiest@example.org")
    subscribe(lists["weekly"], "kiest@example.org")
    NewsletterList.objects.filter(pk=lists["weekly"].pk).update(is_active=False)
    services.change_subscriptions(subscriber, [lists["alerts"]])
    assert statuses(subscriber) == {
        "ochtendbrief": "unsubscribed",
        "nieuwsalerts": "confirmed",
        "binnenland-deze-week": "confirmed",
    }
    services.change_subscriptions(subscriber, [lists["daily"], lists["alerts"]])
    assert statuses(subscriber)["ochtendbrief"] == "confirmed"


def test_unsubscribing_from_one_list_and_from_all(lists):
    [subscriber] = subscribe(lists["daily"], "weg@example.org")
    subscribe(lists["alerts"], "weg@example.org")
    assert services.unsubscribe(subscriber, lists["daily"]) is True
    assert services.unsubscribe(subscriber, lists["daily"]) is False  # already off: nothing changes
    assert statuses(subscriber) == {"ochtendbrief": "unsubscribed", "nieuwsalerts": "confirmed"}
    assert services.unsubscribe_all(subscriber) == 1
    assert set(statuses(subscriber).values()) == {"unsubscribed"}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (" Lezer@Example.ORG ", "lezer@example.org"),
        ("jan@bücher.example", "jan@xn--bcher-kva.example"),
    ],
)
def test_addresses_are_stored_in_one_form(typed, stored):
    """Case and an internationalised domain do not make a second subscriber."""
    assert services.normalize_email(typed) == stored


def test_addresses_nobody_confirmed_are_forgotten_after_a_month(lists):
    """Personal data kept no longer than needed: unconfirmed sign-ups go after UNCONFIRMED_KEPT."""
    subscribe(lists["daily"], "nooit@example.org", status=SubscriptionStatus.PENDING)
    subscribe(lists["daily"], "wel@example.org")
    subscribe(lists["daily"], "vers@example.org", status=SubscriptionStatus.PENDING)
    old = timezone.now() - services.UNCONFIRMED_KEPT - timedelta(days=1)
    Subscriber.objects.exclude(email="vers@example.org").update(created_at=old)
    services.forget_unconfirmed_subscribers()
    assert set(Subscriber.objects.values_list("email", flat=True)) == {"wel@example.org", "vers@example.org"}


def test_sending_an_edition_queues_it_once(alert, lists, smtp_server, send):
    """A second send of the same edition queues nothing and mails nobody again."""
    inbox = smtp_server()
    subscribe(lists["alerts"], "een@example.org")
    edition = alert()
    assert send(edition) == 1
    assert send(edition) == 0
    assert inbox.recipients() == ["een@example.org"]
    assert Delivery.objects.filter(edition=edition).count() == 1


def test_an_edition_without_subscribers_is_done_at_once(alert):
    edition = alert()
    assert services.send_edition(edition) == 0
    assert edition.status == EditionStatus.SENT
    assert edition.counts == {}


def test_an_alert_goes_out_once_per_article_and_list(
    tree, lists, smtp_server, immediate_tasks, django_capture_on_commit_callbacks
):
    """Sending the same article again skips the list that had it; the other list still gets it."""
    inbox = smtp_server()
    other = NewsletterList.objects.create(name="Extra", slug="extra", kind="breaking")
    subscribe(lists["alerts"], "een@example.org")
    subscribe(other, "twee@example.org")
    article = make_article(tree.binnenland, "Groot nieuws")
    with django_capture_on_commit_callbacks(execute=True):
        sent, skipped = services.send_alert(article, [lists["alerts"]])
    assert ([e.newsletter for e in sent], skipped) == ([lists["alerts"]], [])
    with django_capture_on_commit_callbacks(execute=True):
        sent, skipped = services.send_alert(article, [lists["alerts"], other])
    assert ([e.newsletter for e in sent], skipped) == ([other], [lists["alerts"]])
    assert Edition.objects.filter(article=article).count() == 2
    assert sorted(inbox.recipients()) == ["een@example.org", "twee@example.org"]


def test_only_a_live_article_goes_out_and_only_to_an_alert_list(tree, lists):
    draft = make_article(tree.binnenland, "Concept", published=False)
    with pytest.raises(ValueError, match="live"):
        services.send_alert(draft, [lists["alerts"]])
    article = make_article(tree.binnenland, "Live")
    with pytest.raises(ValueError, match="breaking"):
        services.send_alert(article, [lists["daily"]])
    assert not Edition.objects.exists()


def test_a_daily_edition_is_built_from_the_front_page(tree, lists):
    """Subject from the opening story; the archive snapshot lists the articles in order."""
    lead = make_article(tree.binnenland, "Opening van vandaag")
    top = make_article(tree.economie, "Tweede verhaal")
    tree.home.lead_story = lead
    tree.home.top_stories = [HomeTopStory(article=top, sort_order=0)]
    publish(tree.home)
    edition = services.build_scheduled_edition(lists["daily"], date(2026, 11, 30), timezone.now())
    assert edition.subject == "Ochtendbrief: Opening van vandaag"
    assert [item["title"] for item in edition.items] == ["Opening van vandaag", "Tweede verhaal"]
    assert edition.status == EditionStatus.DRAFT
    assert "Tweede verhaal" in edition.html and "Tweede verhaal" in edition.text
    with pytest.raises(services.AlreadySent):
        services.build_scheduled_edition(lists["daily"], date(2026, 11, 30), timezone.now())


def test_no_edition_when_there_is_nothing_to_send(tree, lists):
    """A weekly about a section without news in the past week is not sent empty."""
    make_article(tree.economie, "Elders")
    assert services.build_scheduled_edition(lists["weekly"], date(2026, 11, 27), timezone.now()) is None


def test_unsubscribing_while_an_edition_is_being_sent_takes_effect(alert, lists, smtp_server):
    """An address that leaves after the edition was queued, but before its batch, is skipped."""
    inbox = smtp_server()
    blijft, gaat = subscribe(lists["alerts"], "blijft@example.org", "gaat@example.org")
    edition = alert()
    services.send_edition(edition)  # queued; the batch has not run yet (no worker in this test)
    services.unsubscribe(gaat, lists["alerts"])
    delivery.send_batch(edition.pk, edition.batch_size)
    assert inbox.recipients() == ["blijft@example.org"]
    assert Delivery.objects.get(edition=edition, subscriber=gaat).status == DeliveryStatus.SKIPPED
