"""The progress display of `krant demo`: a bar redrawn in place on a terminal, plain lines in a pipe."""

from io import StringIO

from django.core.management.base import OutputWrapper

from krant.demo.progress import Progress


class Terminal(StringIO):
    def isatty(self):
        return True


def test_plain_lines_when_not_a_terminal():
    """In a pipe or a log every update is a line of its own, without carriage returns."""
    buffer = StringIO()
    progress = Progress(OutputWrapper(buffer), steps=2)
    progress.step("Pictures", total=8)
    for n in range(1, 9):
        progress.count(n, 8)
    progress.step("Settings")
    text = buffer.getvalue()
    assert "\r" not in text
    counts = ["    2/8", "    4/8", "    6/8", "    8/8"]
    assert text.splitlines() == ["[1/2] Pictures", *counts, "[2/2] Settings"]


def test_a_bar_redrawn_in_place_on_a_terminal():
    """On a terminal the step's line is redrawn with a growing bar and ends when the step is done."""
    buffer = Terminal()
    progress = Progress(OutputWrapper(buffer), steps=1)
    progress.step("Articles", total=4)
    for n in range(1, 5):
        progress.count(n, 4)
    lines = buffer.getvalue().split("\r")
    assert lines[0] == "[1/1] Articles"
    assert lines[-1] == "[1/1] Articles [" + "#" * 30 + "] 4/4\n"
    assert lines[2].startswith("[1/1] Articles [" + "#" * 15 + "-" * 15 + "] 2/4")
