"""The import report: a bad item is a failed line, never a stopped run; the summary counts; no red bar."""

from io import StringIO

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.db import IntegrityError

from krant.ingest.pages import UnreadablePage
from krant.ingest.report import Report, attempt
from krant.ingest.services import IngestError, Outcome, Status


def raising(error: Exception):
    def run():
        raise error

    return run


def test_attempt_returns_what_the_import_did():
    """A run that works gives its own outcome back."""
    outcome = Outcome(Status.CREATED, "draft article")
    assert attempt(lambda: outcome) is outcome


def test_bad_input_becomes_a_failed_outcome_with_its_reason():
    """Unreadable pages and refused imports fail with their own message."""
    assert attempt(raising(UnreadablePage("not an article"))) == Outcome(Status.FAILED, "not an article")
    assert attempt(raising(IngestError("no such section"))) == Outcome(Status.FAILED, "no such section")


def test_validation_errors_name_their_fields():
    """A page Wagtail refuses says which field and why."""
    outcome = attempt(raising(ValidationError({"slug": ["Deze slug bestaat al."]})))
    assert outcome == Outcome(Status.FAILED, "not a valid page: slug: Deze slug bestaat al.")


def test_database_refusals_and_bugs_do_not_stop_the_run(caplog):
    """The database's refusal is a failed line; an unexpected error too, with its traceback logged."""
    refused = attempt(raising(IntegrityError("duplicate key value\nDETAIL: more")))
    assert refused == Outcome(Status.FAILED, "the database refused it: duplicate key value")
    crashed = attempt(raising(KeyError("body")))
    assert crashed.status == Status.FAILED
    assert crashed.message == "unexpected error (KeyError): 'body'"
    assert "Import failed" in caplog.text


def test_lines_and_summary_off_a_terminal():
    """A line per item without escape codes, nothing on stderr, and a summary that counts."""
    command = BaseCommand(stdout=StringIO(), stderr=StringIO())
    report = Report(command, total=3)
    report.add("a.html", Outcome(Status.CREATED, "draft article", notes=["no author page"]))
    report.add("b.html", Outcome(Status.UNCHANGED, "same text"))
    report.add("c.html", Outcome(Status.FAILED, "not an article"))
    report.finish()
    assert command.stdout.getvalue().splitlines() == [
        "created   a.html: draft article (no author page)",
        "unchanged b.html: same text",
        "failed    c.html: not an article",
        "3 files: 1 created, 1 unchanged, 1 failed; 1 with notes.",
    ]
    assert command.stderr.getvalue() == ""
    assert report.failed == 1


class Terminal(StringIO):
    """What a command writes to a terminal, kept to look at."""

    def isatty(self):
        return True


def test_progress_bar_is_not_coloured_as_an_error():
    """On a colour terminal the bar has no colour codes (Django colours stderr red); results keep theirs."""
    command = BaseCommand(stdout=Terminal(), stderr=Terminal(), force_color=True)
    report = Report(command, total=2)
    report.begin("eerste.html")
    report.add("eerste.html", Outcome(Status.CREATED, "aangemaakt"))
    report.finish()
    bar = command.stderr._out.getvalue()
    assert "] 0/2 eerste.html" in bar
    assert "\x1b[31" not in bar  # red
    assert "\x1b[" + "0m" not in bar  # any colour's end
    assert "\x1b[32" in command.stdout._out.getvalue()  # 'created' stays green
