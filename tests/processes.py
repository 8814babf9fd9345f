"""Real krant processes for the tests that need them: a server, the demo, a worker beside the test."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import free_port


def krant_environment(data_dir: Path, **variables: str) -> dict[str, str]:
    """Return this process's environment without its KRANT_* variables, with the data directory and these."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("KRANT_")}
    environment.update(KRANT_DATA_DIR=str(data_dir), **variables)
    return environment


def share_store(settings, data_dir: Path) -> None:
    """Use the shared store of the krant processes on `data_dir` in this test too (without Redis: the
    cache in their data directory), so what this test publishes reaches them as a publish elsewhere would."""
    shared = {**settings.CACHES["default"], "LOCATION": str(data_dir / "cache")}
    settings.CACHES = {**settings.CACHES, "default": shared}


def fetch(url: str, **headers: str):
    """Return status, headers and body of a GET; an HTTP error is an answer too."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - localhost only
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_for(condition, what: str, seconds: float = 90) -> None:
    """Poll a real event (a port opening, a page going live, a row written) up to a deadline."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@contextmanager
def serving(*arguments: str, environment: dict[str, str], ready: str = "/admin/login/", seconds: float = 60):
    """Run `krant ARGUMENTS --port N` until the block ends; yield its address once `ready` answers 200.

    Its output is printed when it has stopped, so a failing test shows it.
    """
    port = free_port()
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
        wait_for(
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
