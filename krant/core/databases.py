"""Which database a query goes to, and how processes hold their connections.

With KRANT_DATABASE_REPLICA_URL, readers' pages read from the replica ("replica") and everything else uses
the primary ("default"): writes, every read after a write in the same request, reads inside a transaction,
editors (a session cookie), forms (any method but GET and HEAD), and all work outside a request (the
scheduler, the newsletter worker, commands), which must see what it just wrote. A replica lags the primary
by a moment; a reader's page may show that moment, an editor never does. Migrations run on the primary only.
"""

from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from krant.config import POOL_TIMEOUT_SECONDS

REPLICA = "replica"

# Set per request (granian runs each request in one thread, with that thread's context): whether this
# request's reads may go to the replica. False outside a request.
reads_from_replica: ContextVar[bool] = ContextVar("krant_reads_from_replica", default=False)


class ReplicaRouter:
    """Send a reader's reads to the replica until the request writes; everything else to the primary."""

    def db_for_read(self, model, **hints):
        if reads_from_replica.get() and not connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        reads_from_replica.set(False)  # the rest of this request reads what it wrote
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        return True  # both hold the same data

    def allow_migrate(self, db, app_label, **hints):
        return db == DEFAULT_DB_ALIAS  # the replica follows the primary's schema by replication


def is_reader_request(environ: dict) -> bool:
    """Return whether a request may read from the replica: a GET or HEAD without a session."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return False
    cookies = environ.get("HTTP_COOKIE", "")
    return f"{settings.SESSION_COOKIE_NAME}=" not in cookies


def start_request(sender, environ=None, **kwargs) -> None:
    """Decide at the start of each request, so a thread never carries the last request's choice."""
    reads_from_replica.set(is_reader_request(environ or {}))


def end_request(sender, **kwargs) -> None:
    reads_from_replica.set(False)


def use_pool() -> None:
    """Give this process a bounded pool of PostgreSQL connections per database, for serving requests.

    The WSGI application calls this: many threads, each holding a connection only while it answers a
    request (Django returns it at the end), at most KRANT_DATABASE_POOL_SIZE in all. A request that
    finds none free within POOL_TIMEOUT_SECONDS gets 503 (krant.core.views.server_error), so a crowd
    can never open more connections than PostgreSQL allows. Connections idle a minute beyond the first
    are closed. Other processes (the scheduler, the newsletter worker, commands) have one thread and
    keep one plain connection. Call before the first query.
    """
    for alias in connections:
        connection = connections[alias]
        if connection.vendor != "postgresql":
            continue
        connection.close()
        connection.settings_dict["CONN_MAX_AGE"] = 0  # back to the pool after every request
        connection.settings_dict["OPTIONS"]["pool"] = {
            "min_size": 1,
            "max_size": settings.CONFIG.pool_size,
            "timeout": POOL_TIMEOUT_SECONDS,
            "max_idle": 60,
        }
