"""Filters that keep the server log to what someone has to act on."""

import logging


class SkipNotFound(logging.Filter):
    """Drop Django's 'Not Found' warning: every mistyped or probed address would be a log line."""

    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(record, "status_code", None) != 404


class WithoutTraceback(logging.Filter):
    """Keep the one-line message, drop the traceback: a bad Host header is a client's mistake, not ours."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True
