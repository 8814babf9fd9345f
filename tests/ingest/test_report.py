"""How an import talks on a terminal: the progress bar is drawn in the terminal's own colour."""

from io import StringIO

from django.core.management.base import BaseCommand

from krant.ingest.report import Report
from krant.ingest.services import Outcome, Status


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
