"""Newsletters test data, and SMTP servers on localhost that answer the way real ones do."""

import asyncio
import email
import threading
from datetime import time

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from krant.newsletters.models import (
    Kind,
    NewsletterList,
    Subscriber,
    Subscription,
    SubscriptionStatus,
    Weekday,
)
from tests.conftest import free_port


@pytest.fixture
def lists(tree):
    return make_lists(tree)


def make_lists(tree) -> dict[str, NewsletterList]:
    """Return the three kinds of list: a daily letter, breaking-news alerts and a weekly on Binnenland."""
    return {
        "daily": NewsletterList.objects.create(
            name="Ochtendbrief", slug="ochtendbrief", kind=Kind.DAILY, send_time=time(7, 0), sort_order=1
        ),
        "alerts": NewsletterList.objects.create(
            name="Nieuwsalerts", slug="nieuwsalerts", kind=Kind.BREAKING, sort_order=2
        ),
        "weekly": NewsletterList.objects.create(
            name="Binnenland deze week",
            slug="binnenland-deze-week",
            kind=Kind.WEEKLY,
            section=tree.binnenland,
            weekday=Weekday.FRIDAY,
            send_time=time(17, 0),
            sort_order=3,
        ),
    }


def subscribe(newsletter, *addresses, status=SubscriptionStatus.CONFIRMED) -> list[Subscriber]:
    """Put addresses on a list directly (as if they signed up and confirmed long ago)."""
    subscribers = []
    for address in addresses:
        subscriber, _ = Subscriber.objects.get_or_create(email=address)
        Subscription.objects.update_or_create(
            subscriber=subscriber,
            newsletter=newsletter,
            defaults={
                "status": status,
                "confirmed_at": timezone.now() if status == SubscriptionStatus.CONFIRMED else None,
            },
        )
        subscribers.append(subscriber)
    return subscribers


class ScriptedInbox:
    """A mail server that accepts what it is told to and refuses the rest, as real servers answer.

    `refuse` maps an address to the reply for its RCPT (e.g. "550 5.1.1 No such user");
    `hold_at` makes the n-th message wait in DATA until `release` is set (`reached` says it is there).
    """

    def __init__(self, refuse=None, hold_at=None):
        self.messages = []
        self.refuse = dict(refuse or {})
        self.rcpt_seen = []
        self.hold_at = hold_at
        self.data_count = 0
        self.reached = threading.Event()
        self.release = threading.Event()
        self.arrived = threading.Event()
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        self.rcpt_seen.append(address)
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            self.data_count += 1
            number = self.data_count
        self.messages.append(envelope)
        self.arrived.set()
        if number == self.hold_at:
            self.reached.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 120)
        return "250 OK"

    def recipients(self) -> list[str]:
        return [address for envelope in self.messages for address in envelope.rcpt_tos]

    def parsed(self, address=None) -> list[email.message.Message]:
        return [
            email.message_from_bytes(envelope.original_content)
            for envelope in self.messages
            if address is None or address in envelope.rcpt_tos
        ]


@pytest.fixture
def smtp_server(settings):
    """Start a ScriptedInbox on localhost; Django's mail goes there: smtp_server(refuse=..., hold_at=...)."""
    controllers = []

    def start(**options):
        inbox = ScriptedInbox(**options)
        controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
        controller.start()
        controllers.append((controller, inbox))
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = controller.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        inbox.port = controller.port
        return inbox

    yield start
    for controller, inbox in controllers:
        inbox.release.set()
        controller.stop()


@pytest.fixture
def send(immediate_tasks, django_capture_on_commit_callbacks):
    """Queue an edition and run its batch tasks at once, as a worker would: send(edition, batch_size=...)."""
    from krant.newsletters import services

    def run(edition, batch_size=None):
        with django_capture_on_commit_callbacks(execute=True):
            queued = services.send_edition(edition, batch_size=batch_size)
        edition.refresh_from_db()
        return queued

    return run


@pytest.fixture
def alert(tree, lists):
    """An alert edition for a fresh live article (built, not yet sent): alert(title=...)."""
    from krant.newsletters import services
    from tests.factories import make_article

    def build(title="Storm trekt over het land", newsletter=None):
        article = make_article(tree.binnenland, title)
        return services.create_edition(
            newsletter or lists["alerts"], [article], timezone.localdate(), article=article
        )

    return build
