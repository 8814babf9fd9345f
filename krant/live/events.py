"""Publishing to the live channel, and what a channel's name may be."""

import logging
import re

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from krant.live.log import event_log

logger = logging.getLogger(__name__)

SITE = "site"  # everything every page may show: new articles, the breaking-news banner
SCORES = "scores"  # every change of a score or a match's status on the Scorebord (krant.scores)
# Channels about one thing carry its id: a thread's or a liveblog's by its page's id. An app that adds a
# kind adds it here, so a stream for any other name is refused with a clear 400.
CHANNEL = re.compile(r"site|scores|(?:thread|liveblog):[1-9][0-9]{0,9}")
MAX_CHANNELS = 8  # per stream or poll: a page listens to the site and a thread or two
CHANNELS_MESSAGE = _("Geef één tot acht geldige kanalen met ?kanaal=, zoals site of thread:12.")
BAD_ID_MESSAGE = _("%(what)s is geen geldig event-id.")
# ?sinds=: when the page was rendered (Unix seconds, its Last-Modified), so the events since then reach it
# however long a cache kept it. Earlier by a margin for the clocks of the machines: an event twice is harmless
# to every page script (they reload or skip what they show), one missed is not.
SINCE = re.compile(r"[1-9][0-9]{0,10}")
SINCE_MARGIN_SECONDS = 2
SINCE_MESSAGE = _("sinds is geen tijdstip (seconden sinds 1970).")


def since_millis(text: str) -> int | None:
    """Return the moment in ms to read the log from for ?sinds=`text`, None if it is not a time."""
    if not SINCE.fullmatch(text):
        return None
    return (int(text) - SINCE_MARGIN_SECONDS) * 1000


def thread_channel(page_id: int) -> str:
    return f"thread:{page_id}"


def liveblog_channel(page_id: int) -> str:
    return f"liveblog:{page_id}"


def valid_channels(names: list[str]) -> bool:
    return 0 < len(names) <= MAX_CHANNELS and all(CHANNEL.fullmatch(name) for name in names)


def publish(channel: str, **data) -> None:
    """Send `data` (ids and counts every reader may see, nothing personal) to `channel` on commit.

    A failing log (Redis or the database away) is logged, never raised: the write it follows has
    committed, and listeners catch up from the page itself.
    """
    if not CHANNEL.fullmatch(channel):
        raise ValueError(f"not a live channel: {channel!r}")
    transaction.on_commit(lambda: append(channel, data))


def append(channel: str, data: dict) -> None:
    try:
        event_log().append(channel, data)
    except Exception:
        logger.exception("A live event for %s could not be written", channel)
