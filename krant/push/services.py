"""Every write of push alerts: subscribing a browser, registering an app's device, and sending an item.

`send` is the one function any content uses (an article, a liveblog's key event): once per item and
topic, queued on the newsletters' worker, sent in batches by krant.push.delivery.
"""

import base64
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from krant.push import topics
from krant.push.adapters import app_adapter
from krant.push.models import APP_PLATFORMS, Delivery, Dispatch, Platform, Recipient, RecipientTopic

MAX_TITLE = 120
MAX_BODY = 240
MAX_ENDPOINT = 1024
MAX_TOKEN = 1024
ITEM_KEY = re.compile(r"[a-z][a-z_]{0,39}:[0-9]{1,18}")
INSERT_CHUNK = 1000


class PushError(ValueError):
    """Input that cannot be honoured; `message` says why, for the reader or editor, and `field` where."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.message = message
        self.field = field


class AlreadySent(PushError):
    """This item went out to this topic before: an alert is sent once per item and topic."""


# --- Subscribers --------------------------------------------------------------------------------------


def decoded_length(value, field: str) -> int:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9_-]+=*", value):
        raise PushError(_("Deze sleutel is geen base64url."), field)
    try:
        return len(base64.urlsafe_b64decode(value.rstrip("=") + "=" * (-len(value.rstrip("=")) % 4)))
    except ValueError:
        raise PushError(_("Deze sleutel is geen base64url."), field) from None


def check_endpoint(endpoint) -> str:
    """Return the endpoint of a push service: an https address, nothing of this machine or network."""
    if not isinstance(endpoint, str) or not endpoint or len(endpoint) > MAX_ENDPOINT:
        raise PushError(_("Het adres van de pushdienst ontbreekt of is te lang."), "endpoint")
    parts = urlsplit(endpoint)
    local = settings.PUSH_LOCAL_ENDPOINTS
    if parts.scheme != "https" and not (local and parts.scheme == "http"):
        raise PushError(_("Het adres van de pushdienst moet met https:// beginnen."), "endpoint")
    if not parts.hostname or any(character.isspace() for character in endpoint):
        raise PushError(_("Het adres van de pushdienst is ongeldig."), "endpoint")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise PushError(_("Het adres van de pushdienst is ongeldig."), "endpoint") from None
    return endpoint


def check_subscription(data) -> tuple[str, str, str]:
    """Return (endpoint, p256dh, auth) of a browser's PushSubscription as JSON, or raise PushError."""
    if not isinstance(data, dict) or not isinstance(data.get("keys"), dict):
        raise PushError(_("Dit is geen pushabonnement van een browser."), "subscription")
    endpoint = check_endpoint(data.get("endpoint"))
    p256dh, auth = data["keys"].get("p256dh"), data["keys"].get("auth")
    # RFC 8291: the browser's P-256 key as an uncompressed point (65 bytes) and a 16-byte auth secret.
    if decoded_length(p256dh, "p256dh") != 65 or not p256dh.lstrip("=").startswith("B"):
        raise PushError(_("De publieke sleutel moet een P-256-punt van 65 bytes zijn."), "p256dh")
    if decoded_length(auth, "auth") != 16:
        raise PushError(_("Het authenticatiegeheim moet 16 bytes zijn."), "auth")
    return endpoint, p256dh.rstrip("="), auth.rstrip("=")


def check_topics(chosen) -> list[str]:
    """Return the chosen topics without repeats, or raise PushError naming the first unknown one."""
    if not isinstance(chosen, list) or not chosen:
        raise PushError(_("Kies ten minste één onderwerp."), "topics")
    if len(chosen) > topics.MAX_TOPICS:
        raise PushError(_("Kies hooguit %(count)d onderwerpen.") % {"count": topics.MAX_TOPICS}, "topics")
    for topic in chosen:
        if not isinstance(topic, str) or not topics.is_known(topic):
            raise PushError(_("Onbekend onderwerp: %(topic)s") % {"topic": str(topic)[:80]}, "topics")
    return list(dict.fromkeys(chosen))


@transaction.atomic
def save_recipient(platform: str, address: str, chosen: list[str], user=None, **keys) -> Recipient:
    """Create or update a recipient and set its topics to exactly `chosen` (already checked)."""
    defaults = {**keys, "updated_at": timezone.now()}
    if user is not None and user.is_authenticated:
        defaults["user"] = user
    recipient, _created = Recipient.objects.update_or_create(
        platform=platform, address=address, defaults=defaults
    )
    recipient.topics.exclude(topic__in=chosen).delete()
    RecipientTopic.objects.bulk_create(
        [RecipientTopic(recipient=recipient, topic=topic) for topic in chosen], ignore_conflicts=True
    )
    return recipient


def subscribe(subscription, chosen, user=None, language: str = "nl") -> Recipient:
    """Store a browser's push subscription with its topics; the same subscription again changes them."""
    endpoint, p256dh, auth = check_subscription(subscription)
    return save_recipient(
        Platform.WEB, endpoint, check_topics(chosen), user, p256dh=p256dh, auth=auth, language=language[:8]
    )


def unsubscribe(subscription) -> bool:
    """Forget a browser's subscription; return whether there was one. Its keys prove it is the reader's."""
    endpoint, _p256dh, auth = check_subscription(subscription)
    deleted, _ = Recipient.objects.filter(platform=Platform.WEB, address=endpoint, auth=auth).delete()
    return bool(deleted)


def check_device(platform, token) -> tuple[str, str]:
    if platform not in APP_PLATFORMS:
        raise PushError(_("Onbekend platform; kies android of ios."), "platform")
    if not isinstance(token, str) or not re.fullmatch(rf"[A-Za-z0-9_:.\-]{{1,{MAX_TOKEN}}}", token):
        raise PushError(
            _("Het apparaattoken ontbreekt, is te lang of bevat andere tekens dan letters, cijfers en _:.-"),
            "token",
        )
    return platform, token


def register_device(platform, token, chosen, user=None) -> Recipient:
    """Store an app's device token with its topics; the same token again changes them."""
    platform, token = check_device(platform, token)
    return save_recipient(platform, token, check_topics(chosen), user)


def unregister_device(platform, token) -> bool:
    platform, token = check_device(platform, token)
    deleted, _ = Recipient.objects.filter(platform=platform, address=token).delete()
    return bool(deleted)


# --- Sending ------------------------------------------------------------------------------------------


def check_text(title, body) -> tuple[str, str]:
    title, body = (title or "").strip(), (body or "").strip()
    if not title:
        raise PushError(_("Een pushbericht heeft een titel nodig."), "title")
    if len(title) > MAX_TITLE:
        raise PushError(_("De titel is langer dan %(count)d tekens.") % {"count": MAX_TITLE}, "title")
    if len(body) > MAX_BODY:
        raise PushError(_("De tekst is langer dan %(count)d tekens.") % {"count": MAX_BODY}, "body")
    return title, body


def send(item_key: str, topic: str, title: str, body: str, url: str, sent_by=None) -> Delivery:
    """Send an item as a push alert to everyone following `topic`; return its Delivery.

    `item_key` names the item ("article:12", "liveupdate:7"); an item goes to a topic once (AlreadySent
    the second time). `url` is where a click leads: a path on this site or an https address. The
    dispatches are made now, in this transaction; the batches are queued once it commits.
    """
    if not ITEM_KEY.fullmatch(item_key or ""):
        raise PushError(_("Onbekend item: %(item)s") % {"item": str(item_key)[:80]}, "item_key")
    if not topics.is_known(topic):
        raise PushError(_("Onbekend onderwerp: %(topic)s") % {"topic": str(topic)[:80]}, "topic")
    title, body = check_text(title, body)
    if not (url.startswith("/") and not url.startswith("//")) and not url.startswith("https://"):
        raise PushError(_("Het adres moet op deze site liggen of met https:// beginnen."), "url")
    adapter = app_adapter()
    with transaction.atomic():
        try:
            with transaction.atomic():
                sent = Delivery.objects.create(
                    item_key=item_key, topic=topic, title=title, body=body, url=url, sent_by=sent_by
                )
        except IntegrityError:
            raise AlreadySent(_("Dit is al als pushbericht naar dit onderwerp verstuurd."), "topic") from None
        followers = RecipientTopic.objects.filter(topic=topic).values_list(
            "recipient_id", "recipient__platform"
        )
        made = 0
        apps = 0
        chunk = []
        for recipient_id, platform in followers.iterator(chunk_size=INSERT_CHUNK):
            if platform != Platform.WEB and adapter is None:
                apps += 1
                continue
            chunk.append(Dispatch(delivery=sent, recipient_id=recipient_id, platform=platform))
            if len(chunk) == INSERT_CHUNK:
                made += len(Dispatch.objects.bulk_create(chunk))
                chunk = []
        made += len(Dispatch.objects.bulk_create(chunk))
        if apps:
            Delivery.objects.filter(pk=sent.pk).update(apps_not_sent=apps)
            sent.apps_not_sent = apps
        # Here, not at the top: the sender (pywebpush, requests) loads where it sends, not in reader workers.
        from krant.push import delivery

        size = delivery.batch_size_setting()
        if made:
            transaction.on_commit(
                lambda: delivery.enqueue_batches(sent.pk, size, delivery.batches_for(made, size))
            )
        else:
            transaction.on_commit(lambda: delivery.finish_if_done(sent.pk))
    return sent


def absolute(url: str) -> str:
    """The address a notification opens: the site's own paths made absolute."""
    return url if url.startswith("https://") else settings.BASE_URL.rstrip("/") + url
