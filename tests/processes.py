"""Real krant processes for the tests that need them: a server, the demo, a worker beside the test."""

import json
import socket
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

from bench.stack import fetch, free_port, krant_environment, wait_until
from tests.conftest import database_url

# fetch, krant_environment and wait_until are the bench's, shared.
__all__ = [
    "fetch",
    "krant_environment",
    "mail_environment",
    "python_answer",
    "serving",
    "share_store",
    "wait_until",
]


def mail_environment(tmp_path: Path, smtp_port: int, **extra) -> dict:
    """Return the environment of a krant process on the test database that mails to `smtp_port`."""
    return krant_environment(
        tmp_path,
        KRANT_DATABASE_URL=database_url(),
        KRANT_SECRET_KEY=settings.SECRET_KEY if len(settings.SECRET_KEY) >= 32 else "s" * 50,
        KRANT_EMAIL_URL=f"smtp://127.0.0.1:{smtp_port}",
        KRANT_BASE_URL="https://krant.example",
        **extra,
    )


def python_answer(script: str, data_dir: Path):
    """Run `script` in a fresh Python process with krant's environment; return its last line, read as JSON."""
    command = [sys.executable, "-c", script]
    environment = krant_environment(data_dir)
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=True)  # noqa: S603
    return json.loads(done.stdout.splitlines()[-1])


def share_store(settings, data_dir: Path) -> None:
    """Use the shared store of the krant processes on `data_dir` in this test too (without Redis: the
    cache in their data directory), so what this test publishes reaches them as a publish elsewhere would."""
    shared = {**settings.CACHES["default"], "LOCATION": str(data_dir / "cache")}
    settings.CACHES = {**settings.CACHES, "default": shared}


def free_port_pair() -> int:
    """Return a free port whose next one is free too: `krant serve` starts its live process there."""
    while True:
        port = free_port()
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port


@contextmanager
def serving(*arguments: str, environment: dict[str, str], ready: str = "/admin/login/", seconds: float = 60):
    """Run `krant ARGUMENTS --port N` until the block ends; yield its address once `ready` answers 200.

    Its output is printed when it has stopped, so a failing test shows it.
    """
    port = free_port_pair()
    process = subprocess.Popen(
        [sys.executable, "-m", "krant", *arguments, "--port", str(port)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        # A process that stopped (a refused configuration) fails the test at once, with its output below.
        wait_until(
            lambda: process.poll() is not None or fetch(base + ready)[0] == 200,
            f"krant {arguments[0]} to answer",
            seconds,
        )
        assert process.poll() is None, f"krant {arguments[0]} stopped with exit code {process.returncode}"
        yield base
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=90)  # serve gives its children 60 s to stop
        print(output)
