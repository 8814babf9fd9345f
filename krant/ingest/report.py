"""How the import commands talk: a line per item, a progress bar on a terminal, a summary, an exit code.

The result lines go to standard output, one per item, the same on a terminal and in a log file. The
progress bar goes to standard error, and only when that is a terminal, redrawn in place and wiped
before each result line, so a log never fills with bars.
"""

import logging
from collections import Counter
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError

from krant.ingest.comment_export import CommentExport
from krant.ingest.comments import CommentRun, import_thread
from krant.ingest.pages import UnreadablePage
from krant.ingest.services import IngestError, Outcome, Status

logger = logging.getLogger(__name__)
BAR_WIDTH = 28
CLEAR_LINE = "\r\033[K"


def plain(text: str) -> str:
    """Leave text as it is: Django colours all of stderr red, and progress is no error."""
    return text


def attempt(run: Callable[[], Outcome]) -> Outcome:
    """Return what `run` did, or a failed outcome saying why: one bad item never stops the rest."""
    try:
        return run()
    except (UnreadablePage, IngestError) as error:
        return Outcome(Status.FAILED, str(error))
    except ValidationError as error:
        messages = [
            f"{name}: {' '.join(errors)}" if name != "__all__" else " ".join(errors)
            for name, errors in getattr(error, "message_dict", {"__all__": error.messages}).items()
        ]
        return Outcome(Status.FAILED, f"not a valid page: {'; '.join(messages)}")
    except (DataError, IntegrityError) as error:
        return Outcome(Status.FAILED, f"the database refused it: {str(error).strip().splitlines()[0]}")
    except Exception as error:  # a bug, not bad input: the log has the traceback
        logger.exception("Import failed")
        return Outcome(Status.FAILED, f"unexpected error ({type(error).__name__}): {error}")


class Report:
    """Prints the results of one import run and counts them."""

    def __init__(self, command, total: int, noun: str = "file"):
        self.stdout, self.stderr, self.style = command.stdout, command.stderr, command.style
        self.total, self.noun = total, noun
        self.done = 0
        self.counts: Counter = Counter()
        self.with_notes = 0
        self.tty = self.stderr.isatty()

    @property
    def failed(self) -> int:
        return self.counts[Status.FAILED]

    def begin(self, subject: str) -> None:
        """Show that work on `subject` has started (on a terminal only)."""
        self._bar(subject)

    def add(self, subject: str, outcome: Outcome) -> None:
        """Print the line for one item."""
        self.done += 1
        self.counts[outcome.status] += 1
        if outcome.notes:
            self.with_notes += 1
        styles = {
            Status.CREATED: self.style.SUCCESS,
            Status.UPDATED: self.style.SUCCESS,
            Status.FAILED: self.style.ERROR,
        }
        colour = styles.get(outcome.status, str) if self.stdout.isatty() else str  # no escape codes in logs
        status = colour(f"{outcome.status:<9}")
        notes = f" ({'; '.join(outcome.notes)})" if outcome.notes else ""
        self._clear()
        self.stdout.write(f"{status} {subject}: {outcome.message}{notes}")
        self._bar("")

    def line(self, text: str) -> None:
        """Print a line that is no item's result (such as what was skipped)."""
        self._clear()
        self.stdout.write(text)
        self._bar("")

    def summary(self) -> str:
        parts = [f"{self.counts[status]} {status}" for status in Status if self.counts[status]]
        total = f"{self.total} {self.noun}{'' if self.total == 1 else 's'}"
        notes = f"; {self.with_notes} with notes" if self.with_notes else ""
        return f"{total}: {', '.join(parts) or 'nothing done'}{notes}."

    def finish(self) -> None:
        self._clear()
        self.stdout.write(self.summary())

    def _bar(self, subject: str) -> None:
        if not self.tty or self.done >= self.total:
            return
        filled = round(BAR_WIDTH * self.done / self.total) if self.total else BAR_WIDTH
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        label = f" {subject[-40:]}" if subject else ""
        self.stderr.write(f"{CLEAR_LINE}[{bar}] {self.done}/{self.total}{label}", ending="", style_func=plain)
        self.stderr.flush()

    def _clear(self) -> None:
        if self.tty:
            self.stderr.write(CLEAR_LINE, ending="", style_func=plain)
            self.stderr.flush()


def import_comment_threads(command, data: CommentExport) -> int:
    """Import every thread of a comment export with a line each and a summary; return how many failed."""
    run = CommentRun(data)
    report = Report(command, total=len(data.threads), noun="thread")
    for thread in data.threads:
        subject = f"thread {thread.id}"
        report.begin(subject)
        outcome = attempt(lambda thread=thread: import_thread(run, thread))
        if outcome.status == Status.FAILED:
            run.counts["failed"] += len(thread.comments)
        report.add(subject, outcome)
    for what, count in sorted(data.skipped.items()):
        report.line(f"{'skipped':<9} {what}: {count}")
    report.finish()
    counts = run.counts
    command.stdout.write(
        f"Comments: {counts['imported']} imported, {counts['unchanged']} unchanged (imported before), "
        f"{counts['skipped']} skipped, {counts['unknown article']} on unknown articles, "
        f"{counts['failed']} failed."
    )
    if not counts["imported"] and data.comment_count:
        command.stdout.write("Nothing changed.")
    return report.failed
