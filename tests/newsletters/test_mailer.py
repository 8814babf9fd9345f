"""What arrives at a real SMTP server: one message per address, HTML and text, the list headers, personal
links; and what the server's answers do: 5xx bounces the address for good, 4xx is tried again later."""

from datetime import timedelta
from email.message import Message
from urllib.parse import urlsplit

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.test.signals import template_rendered
from django.utils import timezone

from krant.newsletters import delivery, links, services
from krant.newsletters.mailer import EditionMessage
from krant.newsletters.models import (
    Delivery,
    DeliveryStatus,
    EditionStatus,
    Subscriber,
    SubscriptionStatus,
)
from tests.conftest import free_port
from tests.newsletters.conftest import ScriptedInbox, subscribe


def part(message: Message, content_type: str) -> str:
    [found] = [p for p in message.walk() if p.get_content_type() == content_type]
    return found.get_payload(decode=True).decode(found.get_content_charset())


def token_in(url: str) -> str:
    return urlsplit(url).path.strip("/").split("/")[2]


def test_each_subscriber_gets_one_message_with_html_text_and_list_headers(
    alert, lists, smtp_server, send, settings
):
    """HTML and plain text, List-Unsubscribe (https) with one-click POST, List-Id, a Message-ID, bulk."""
    settings.BASE_URL = "https://krant.example"
    inbox = smtp_server()
    subscribe(lists["alerts"], "anna@example.org", "bram@example.org")
    edition = alert("Storm trekt over het land")
    assert send(edition) == 2

    assert sorted(inbox.recipients()) == ["anna@example.org", "bram@example.org"]
    message = inbox.parsed("anna@example.org")[0]
    assert message["To"] == "anna@example.org"
    assert message["Subject"] == "Nieuwsalerts: Storm trekt over het land"
    assert message.get_content_type() == "multipart/alternative"
    html, text = part(message, "text/html"), part(message, "text/plain")
    assert "Storm trekt over het land" in html and "Storm trekt over het land" in text

    unsubscribe = message["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith("https://krant.example/nieuwsbrieven/afmelden/")
    assert unsubscribe.endswith("/nieuwsalerts/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Id"] == '"Nieuwsalerts" <nieuwsalerts.krant.example>'
    assert message["Precedence"] == "bulk"
    assert message["Auto-Submitted"] == "auto-generated"
    assert (
        message["Message-ID"]
        == f"<newsletter.{edition.pk}.{Subscriber.objects.get(email='anna@example.org').pk}@krant.example>"
    )
    assert message["List-Archive"] == "<https://krant.example/nieuwsbrieven/nieuwsalerts/>"
    assert f"https://krant.example/nieuwsbrieven/nieuwsalerts/{edition.pk}/" in html
    assert unsubscribe in html and unsubscribe in text


def test_personal_links_lead_to_their_own_subscriber(alert, lists, smtp_server, send):
    """Only the links differ between two copies; each one opens its own subscriber's page."""
    inbox = smtp_server()
    anna, bram = subscribe(lists["alerts"], "anna@example.org", "bram@example.org")
    send(alert())
    for subscriber in (anna, bram):
        message = inbox.parsed(subscriber.email)[0]
        token = token_in(message["List-Unsubscribe"].strip("<>"))
        assert links.subscriber_for_token(token) == subscriber
        assert links.manage_url(token) in part(message, "text/plain")
    copies = [part(inbox.parsed(s.email)[0], "text/html") for s in (anna, bram)]
    assert copies[0] != copies[1]


def test_the_edition_is_rendered_once_not_per_subscriber(alert, lists, smtp_server, send):
    """Sending to many renders no template at all: the edition was rendered when it was made."""
    smtp_server()
    subscribe(lists["alerts"], *[f"lezer{n}@example.org" for n in range(25)])
    edition = alert()
    rendered = []

    def count(sender, template, **kwargs):
        rendered.append(template.name)

    template_rendered.connect(count)
    try:
        send(edition, batch_size=10)
    finally:
        template_rendered.disconnect(count)
    assert edition.status == EditionStatus.SENT
    assert not [name for name in rendered if name.startswith("newsletters/mail/")]


def test_only_confirmed_subscribers_who_did_not_bounce_get_it(alert, lists, smtp_server, send):
    """Pending (not yet confirmed), unsubscribed and bounced addresses are not mailed."""
    inbox = smtp_server()
    subscribe(lists["alerts"], "ja@example.org")
    subscribe(lists["alerts"], "wacht@example.org", status=SubscriptionStatus.PENDING)
    subscribe(lists["alerts"], "weg@example.org", status=SubscriptionStatus.UNSUBSCRIBED)
    [bounced] = subscribe(lists["alerts"], "kapot@example.org")
    Subscriber.objects.filter(pk=bounced.pk).update(bounced_at=timezone.now())
    subscribe(lists["daily"], "andere-lijst@example.org")
    send(alert())
    assert inbox.recipients() == ["ja@example.org"]


def test_a_5xx_refusal_bounces_the_address_for_good(alert, lists, smtp_server, send):
    """550 at RCPT: the delivery is 'bounced', the address marked, and the next edition skips it."""
    inbox = smtp_server(refuse={"weg@example.org": "550 5.1.1 No such user"})
    subscribe(lists["alerts"], "weg@example.org", "blijft@example.org")
    first = alert("Eerste")
    send(first)
    gone = Subscriber.objects.get(email="weg@example.org")
    assert gone.bounced_at is not None
    assert "5.1.1" in gone.bounce_reason
    assert Delivery.objects.get(edition=first, subscriber=gone).status == DeliveryStatus.BOUNCED
    assert first.counts == {"sent": 1, "bounced": 1}

    second = alert("Tweede")
    send(second)
    assert inbox.rcpt_seen.count("weg@example.org") == 1
    assert not Delivery.objects.filter(edition=second, subscriber=gone).exists()


def test_a_policy_refusal_fails_the_message_but_keeps_the_address(alert, lists, smtp_server, send):
    """550 5.7.1 blames the server's policy (relaying denied), not the address: no bounce."""
    smtp_server(refuse={"klant@example.org": "550 5.7.1 Relaying denied"})
    [subscriber] = subscribe(lists["alerts"], "klant@example.org")
    edition = alert()
    send(edition)
    subscriber.refresh_from_db()
    assert subscriber.bounced_at is None
    assert Delivery.objects.get(edition=edition).status == DeliveryStatus.FAILED


def test_a_4xx_is_tried_again_later_and_then_arrives_once(alert, lists, smtp_server, send):
    """451 'try later': the delivery waits, and the next attempt after the delay delivers it."""
    inbox = smtp_server(refuse={"vol@example.org": "451 4.2.2 Mailbox full, try later"})
    subscribe(lists["alerts"], "vol@example.org", "leeg@example.org")
    edition = alert()
    send(edition)
    waiting = Delivery.objects.get(edition=edition, subscriber__email="vol@example.org")
    assert (waiting.status, waiting.attempts) == (DeliveryStatus.PENDING, 1)
    assert waiting.retry_after > timezone.now()
    assert edition.status == EditionStatus.SENDING

    assert delivery.send_batch(edition.pk, 10) == {}  # not due yet: nothing happens
    del inbox.refuse["vol@example.org"]
    with time_machine.travel(waiting.retry_after + timedelta(seconds=1)):
        assert delivery.send_batch(edition.pk, 10) == {"sent": 1}
    edition.refresh_from_db()
    assert edition.status == EditionStatus.SENT
    assert sorted(inbox.recipients()) == ["leeg@example.org", "vol@example.org"]


def test_a_4xx_that_keeps_coming_fails_after_the_last_attempt(alert, lists, smtp_server, send):
    """Tried MAX_ATTEMPTS times with growing pauses, then given up as 'failed' (address kept)."""
    smtp_server(refuse={"vol@example.org": "452 4.2.2 Mailbox full"})
    subscribe(lists["alerts"], "vol@example.org")
    edition = alert()
    send(edition)
    for _ in range(delivery.MAX_ATTEMPTS - 1):
        row = Delivery.objects.get(edition=edition)
        with time_machine.travel(row.retry_after + timedelta(seconds=1)):
            delivery.send_batch(edition.pk, 10)
    row = Delivery.objects.get(edition=edition)
    assert (row.status, row.attempts) == (DeliveryStatus.FAILED, delivery.MAX_ATTEMPTS)
    edition.refresh_from_db()
    assert edition.status == EditionStatus.SENT
    assert Subscriber.objects.get(email="vol@example.org").bounced_at is None


def test_an_unreachable_mail_server_sends_nothing_and_keeps_everything_queued(alert, lists, send, settings):
    """No server: every delivery waits for a later attempt; nothing is lost or marked sent."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nothing listens there
    subscribe(lists["alerts"], "een@example.org", "twee@example.org")
    edition = alert()
    send(edition)
    rows = list(Delivery.objects.filter(edition=edition).values_list("status", "attempts"))
    assert rows == [(DeliveryStatus.PENDING, 1), (DeliveryStatus.PENDING, 1)]
    assert edition.status == EditionStatus.SENDING


class DroppingInbox(ScriptedInbox):
    """Hangs up on one recipient while the message is being handed over."""

    def __init__(self, drop):
        super().__init__()
        self.drop = drop

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.drop in envelope.rcpt_tos:
            server.transport.close()
            return "421 closing"
        return await super().handle_DATA(server, session, envelope)


def test_a_connection_lost_during_the_message_makes_it_uncertain_not_resent(alert, lists, send, settings):
    """The server hung up mid-message: it may have arrived, so it is 'uncertain' and never sent again;
    the addresses after it are sent by the next batch."""
    inbox = DroppingInbox(drop="twee@example.org")
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    try:
        subscribe(lists["alerts"], "een@example.org", "twee@example.org", "drie@example.org")
        edition = alert()
        send(edition)
        statuses = dict(Delivery.objects.filter(edition=edition).values_list("subscriber__email", "status"))
        assert statuses == {
            "een@example.org": DeliveryStatus.SENT,
            "twee@example.org": DeliveryStatus.UNCERTAIN,
            "drie@example.org": DeliveryStatus.PENDING,
        }
        retry = Delivery.objects.get(edition=edition, subscriber__email="drie@example.org").retry_after
        with time_machine.travel(retry + timedelta(seconds=1)):
            delivery.send_batch(edition.pk, 10)
        assert sorted(inbox.recipients()) == ["drie@example.org", "een@example.org"]
        edition.refresh_from_db()
        assert edition.counts == {"sent": 2, "uncertain": 1}
    finally:
        controller.stop()


def test_without_smtp_the_mail_backend_gets_the_same_messages(alert, lists, send, settings, tmp_path):
    """The demo writes mail to files: the same message, personal links filled in."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = str(tmp_path / "mail")
    subscribe(lists["alerts"], "demo@example.org")
    edition = alert()
    send(edition)
    [written] = list((tmp_path / "mail").iterdir())
    content = written.read_text()
    assert "To: demo@example.org" in content
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in content
    assert "%%KRANT_" not in content
    assert edition.status == EditionStatus.SENT


def test_message_bytes_differ_only_in_the_personal_parts(alert, lists):
    """One MIME message per edition; a copy per recipient swaps in address, Message-ID and links."""
    edition = alert()
    message = EditionMessage(edition)
    first = message.for_recipient(1, "een@example.org", "a" * 64)
    second = message.for_recipient(2, "twee@example.org", "b" * 64)
    assert b"%%KRANT_" not in first
    assert len(first.splitlines()) == len(second.splitlines())
    differing = [a for a, b in zip(first.splitlines(), second.splitlines(), strict=True) if a != b]
    assert all(
        line.startswith((b"To:", b"Message-ID:", b"List-Unsubscribe:")) or b"/nieuwsbrieven/" in line
        for line in differing
    )


@pytest.mark.parametrize("batch_size", [0, 10_001])
def test_batch_size_must_be_sensible(alert, batch_size):
    """A batch size outside 1..MAX_BATCH_SIZE is refused before anything is queued."""
    edition = alert()
    with pytest.raises(ValueError, match="batch size"):
        services.send_edition(edition, batch_size=batch_size)
    edition.refresh_from_db()
    assert edition.status == EditionStatus.DRAFT
