"""Push alerts to apps: the interface a newsroom implements for its provider (FCM, APNs ...).

krant ships the Web Push sender only. Apps register device tokens through the API
(`/api/v1/push/devices/`); to reach them, write a subclass of `AppAdapter` and name it in
KRANT_PUSH_APP_ADAPTER (for example `mykrant.push.FirebaseAdapter`). Without one, the tokens are kept but
nothing is sent to them, and the admin's report of each send says how many devices that was.

The sender calls `send` with at most `max_batch` tokens of one delivery at a time and records what it
answers per token before the next call. A token missing from the answer counts as failed. If the worker
dies during a call, the tokens of that call are marked 'uncertain' and never sent again.
"""

import enum
from dataclasses import dataclass

from django.conf import settings
from django.utils.module_loading import import_string


class Outcome(enum.StrEnum):
    SENT = "sent"
    EXPIRED = "expired"  # the provider no longer knows the token (uninstalled app): it is deleted
    RETRY = "retry"  # a temporary failure: tried again later, a bounded number of times
    FAILED = "failed"  # will not work, not tried again


@dataclass(frozen=True)
class Message:
    title: str
    body: str
    url: str  # absolute: the article's address
    topic: str
    item_key: str


@dataclass(frozen=True)
class AppToken:
    platform: str  # "android" or "ios"
    token: str


class AppAdapter:
    """Send one message to app devices through the newsroom's push provider."""

    max_batch = 500  # FCM's multicast limit

    def send(self, tokens: list[AppToken], message: Message) -> dict[str, Outcome]:
        """Send `message` to each token; return its Outcome per token string."""
        raise NotImplementedError


def app_adapter() -> AppAdapter | None:
    """Return the configured adapter (KRANT_PUSH_APP_ADAPTER), or None when apps are not sent to."""
    dotted = settings.PUSH_APP_ADAPTER
    return import_string(dotted)() if dotted else None
