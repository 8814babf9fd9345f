"""Show how far `krant demo` is: counted steps, and a bar for the long ones on a terminal.

Django's management commands write through an `OutputWrapper`, which a progress library such as tqdm or
rich does not know; the few lines here write through it, so tests and pipes see what a terminal sees,
without the redrawing.
"""

BAR_WIDTH = 30
PLAIN_UPDATES = 4  # lines per long step when the output is not a terminal


class Progress:
    """Number the loader's steps on `out`; redraw a bar in place on a terminal, print plain lines elsewhere."""

    def __init__(self, out, steps: int):
        self.out = out
        self.steps = steps
        self.done = 0
        self.label = ""
        isatty = getattr(out, "isatty", None)
        self.tty = bool(isatty and isatty())

    def step(self, label: str, total: int = 0) -> None:
        """Start the next step and print its number and label; a step of `total` items gets a bar."""
        self.done += 1
        self.label = f"[{self.done}/{self.steps}] {label}"
        # On a terminal the bar redraws this very line, so it stays open.
        self.out.write(self.label, ending="" if self.tty and total else "\n")
        self.flush()

    def count(self, n: int, total: int) -> None:
        """Report that `n` of the `total` items of the current step are done."""
        if self.tty:
            filled = BAR_WIDTH * n // total if total else BAR_WIDTH
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            # A carriage return redraws the line in place; the last update ends it.
            self.out.write(f"\r{self.label} [{bar}] {n}/{total}", ending="\n" if n >= total else "")
            self.flush()
        elif n >= total or n % max(1, total // PLAIN_UPDATES) == 0:
            self.out.write(f"    {n}/{total}")

    def flush(self) -> None:
        flush = getattr(self.out, "flush", None)
        if flush:
            flush()
