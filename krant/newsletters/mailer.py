"""Turn an edition into mail for one recipient after another, and hand it to the mail server.

The edition becomes one MIME message once (Django's mail classes build it), kept as bytes with markers
where the recipient's address, Message-ID and personal links go. A copy for one recipient is those bytes
with the markers replaced: no template rendering and no MIME building per message.

With the SMTP backend each recipient is one SMTP transaction over a single connection, so every
recipient gets their own answer from the server: 250 sent, 4xx try again later, 5xx refused.
Other backends (files in the data directory for the demo, the console) get the same bytes.
"""

import email
import re
import smtplib
from dataclasses import dataclass
from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import import_string

from krant.core.listmail import list_headers
from krant.newsletters import links
from krant.newsletters.editions import MANAGE_MARKER, UNSUBSCRIBE_MARKER, publication_name
from krant.newsletters.models import Edition

TO_MARKER = "%%KRANT_TO%%@recipient.invalid"
MESSAGE_ID_MARKER = "%%KRANT_MESSAGE_ID%%"
TOKEN_MARKER = "KRANT-TOKEN"  # noqa: S105 - a stand-in, not a secret
DEFAULT_TIMEOUT = 30  # seconds; a hung server must not hold a batch for ever
# RFC 3463 enhanced status codes that blame the server or its policy, not the address.
NOT_THE_ADDRESS = re.compile(rb"^[45]\.[34567]\.\d{1,3}")


class MessageError(Exception):
    """The edition could not be turned into a message with room for the personal links."""


class EditionMessage:
    """An edition as one MIME message, copied per recipient with their own address and links."""

    def __init__(self, edition: Edition):
        newsletter = edition.newsletter
        self.edition_id = edition.pk
        self.slug = newsletter.slug
        self.domain = links.site_domain()
        self.sender = settings.DEFAULT_FROM_EMAIL
        with translation.override(settings.LANGUAGE_CODE):
            # Built once with a stand-in token; each recipient's token replaces it.
            self.manage_template = links.absolute(reverse("newsletters:manage", args=[TOKEN_MARKER]))
            self.unsubscribe_template = links.absolute(
                reverse("newsletters:unsubscribe", args=[TOKEN_MARKER, newsletter.slug])
            )
        name = newsletter.sender_name or publication_name()
        message = EmailMultiAlternatives(
            subject=edition.subject,
            body=edition.text,
            from_email=formataddr((name, self.sender)),
            to=[TO_MARKER],
            headers={
                "Message-ID": f"<{MESSAGE_ID_MARKER}>",
                **list_headers(newsletter.name, f"{newsletter.slug}.{self.domain}", UNSUBSCRIBE_MARKER),
                "List-Archive": f"<{links.absolute(newsletter.get_absolute_url())}>",
            },
        )
        message.attach_alternative(edition.html, "text/html")
        raw = message.message().as_bytes(linesep="\r\n")
        markers = [TO_MARKER, MESSAGE_ID_MARKER, MANAGE_MARKER, UNSUBSCRIBE_MARKER]
        pattern = re.compile(b"(" + b"|".join(re.escape(marker.encode()) for marker in markers) + b")")
        self.parts = pattern.split(raw)
        found = set(self.parts[1::2])
        if found != {marker.encode() for marker in markers}:
            missing = sorted(marker for marker in markers if marker.encode() not in found)
            raise MessageError(f"edition {edition.pk}: no place for {', '.join(missing)} in the message")

    def for_recipient(self, subscriber_id: int, address: str, key: str) -> bytes:
        """Return the message for one subscriber, with their address, Message-ID and personal links."""
        token = links.link_token(subscriber_id, key)
        # The same Message-ID whenever this edition goes to this subscriber: a mail program that
        # ever got it twice would show one message.
        message_id = f"newsletter.{self.edition_id}.{subscriber_id}@{self.domain}"
        values = {
            TO_MARKER.encode(): address.encode(),
            MESSAGE_ID_MARKER.encode(): message_id.encode(),
            MANAGE_MARKER.encode(): self.manage_template.replace(TOKEN_MARKER, token).encode(),
            UNSUBSCRIBE_MARKER.encode(): self.unsubscribe_template.replace(TOKEN_MARKER, token).encode(),
        }
        parts = self.parts.copy()
        for index in range(1, len(parts), 2):
            parts[index] = values[parts[index]]
        return b"".join(parts)


# --- Handing mail to the server ----------------------------------------------------------------------


class Outcome:
    SENT = "sent"
    RETRY = "retry"  # the server said "not now" (4xx), or the connection broke before the message
    BOUNCED = "bounced"  # the server refused the address for good (5xx at RCPT)
    FAILED = "failed"  # refused for good, but not because of the address
    UNCERTAIN = "uncertain"  # the connection broke while the message was on its way


@dataclass
class Result:
    outcome: str
    detail: str = ""
    stop: bool = False  # the connection is unusable: end the batch here


class TransportUnavailable(Exception):
    """The mail server cannot be reached at all: nothing was sent."""


def uses_smtp() -> bool:
    return issubclass(import_string(settings.EMAIL_BACKEND), SMTPBackend)


def open_transport():
    """Return a connected transport for the configured mail backend (a context manager)."""
    return SMTPTransport() if uses_smtp() else BackendTransport()


class SMTPTransport:
    """One SMTP connection; one SMTP transaction per recipient, so each gets its own answer."""

    def __enter__(self):
        self.backend = SMTPBackend(fail_silently=False, timeout=settings.EMAIL_TIMEOUT or DEFAULT_TIMEOUT)
        try:
            self.backend.open()
            self.connection = self.backend.connection
            self.connection.ehlo_or_helo_if_needed()
        except (OSError, smtplib.SMTPException) as error:
            self.close()
            raise TransportUnavailable(describe(error)) from error
        self.options = ["BODY=8BITMIME"] if self.connection.has_extn("8bitmime") else []
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        try:
            self.backend.close()
        except (OSError, smtplib.SMTPException):
            pass  # the connection is gone either way

    def send(self, sender: str, recipient: str, data: bytes) -> Result:
        connection = self.connection
        try:
            code, reply = connection.mail(sender, self.options)
            if code != 250:
                return self.refused(code, reply, "mail")
            code, reply = connection.rcpt(recipient)
            if code not in (250, 251):
                return self.refused(code, reply, "rcpt")
        except (OSError, smtplib.SMTPException) as error:
            return Result(Outcome.RETRY, describe(error), stop=True)  # nothing went out yet
        try:
            code, reply = connection.data(data)
        except smtplib.SMTPDataError as error:
            # DATA itself was refused: the message was never transmitted.
            return self.refused(error.smtp_code, error.smtp_error, "data")
        except (OSError, smtplib.SMTPException) as error:
            # The message may or may not have reached the server; it must not go out twice.
            return Result(Outcome.UNCERTAIN, describe(error), stop=True)
        if code != 250:
            return self.refused(code, reply, "data")
        return Result(Outcome.SENT)

    def refused(self, code: int, reply: bytes, stage: str) -> Result:
        """Return what a refusal at MAIL, RCPT or DATA means for this recipient and for the batch."""
        detail = f"{code} {reply.decode(errors='replace')}"[:255]
        permanent = 500 <= code < 600
        # 421: the server closes the connection; MAIL refused for good: no other recipient fares better.
        stop = code == 421 or (stage == "mail" and permanent)
        if not stop:
            try:
                self.connection.rset()
            except (OSError, smtplib.SMTPException):
                stop = True
        if not permanent or stage == "mail":
            return Result(Outcome.RETRY, detail, stop)
        if stage == "rcpt" and not NOT_THE_ADDRESS.match(reply):
            return Result(Outcome.BOUNCED, detail, stop)
        return Result(Outcome.FAILED, detail, stop)


class RawMessage:
    """A ready message in the shape Django's mail backends expect (files, console, memory)."""

    def __init__(self, sender: str, recipient: str, data: bytes):
        self.from_email = sender
        self.to = [recipient]
        self.data = data

    def recipients(self) -> list[str]:
        return self.to

    def message(self):
        return email.message_from_bytes(self.data)


class BackendTransport:
    """Any other Django mail backend: the same bytes, one message at a time."""

    def __enter__(self):
        self.backend = get_connection(fail_silently=False)
        try:
            self.backend.open()
        except OSError as error:
            raise TransportUnavailable(describe(error)) from error
        return self

    def __exit__(self, *exc_info):
        self.backend.close()

    def send(self, sender: str, recipient: str, data: bytes) -> Result:
        try:
            self.backend.send_messages([RawMessage(sender, recipient, data)])
        except OSError as error:
            return Result(Outcome.RETRY, describe(error), stop=True)
        return Result(Outcome.SENT)


def describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:255]
