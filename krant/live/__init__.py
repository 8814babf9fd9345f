"""The live channel: events readers see without a reload (new comments, respect, new articles; later the
liveblogs and the breaking-news banner), over Server-Sent Events with a polling fallback.

A write publishes an event with `events.publish(channel, **data)`, on commit, into one log with ids
(krant.live.log: a Redis stream, or a table in the database). Each server process follows that log with
one task (krant.live.hub) and hands each event to its listeners at `/live/` (SSE, resumable with
Last-Event-ID) and to pollers of `/live/poll/`, which read the same log. Events are public: ids and
counts that every reader may see, never a name or a text (docs/decisions/2026-12-06-live-channel.md).
"""

# The listeners one live process holds, then 503 (krant.live.hub); here, so that granian's main process
# (krant.live.__main__) knows it without loading the hub.
LISTENERS_PER_PROCESS = 5000
