"""`krant serve` keeps its workers' memory in check: few malloc arenas, a grown worker replaced."""

import subprocess
import sys
from pathlib import Path

import pytest

from krant.core.management.commands.serve import MALLOC_ARENAS
from tests.conftest import database_url, free_port
from tests.processes import fetch, krant_environment, wait_until

# Eight threads allocate at once, as granian's threads do; glibc's malloc_info names each arena as a heap.
ARENAS = """
import ctypes, sys, tempfile, threading
from krant.core.management.commands.serve import limit_malloc_arenas
if sys.argv[1] == "limit":
    limit_malloc_arenas()
barrier = threading.Barrier(8)
def allocate():
    blocks = [bytearray(2000) for _ in range(2000)]
    barrier.wait()
threads = [threading.Thread(target=allocate) for _ in range(8)]
[thread.start() for thread in threads]
[thread.join() for thread in threads]
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
with tempfile.NamedTemporaryFile() as report:
    stream = libc.fopen(report.name.encode(), b"w")
    libc.malloc_info(0, ctypes.c_void_p(stream))
    libc.fclose(ctypes.c_void_p(stream))
    print(open(report.name).read().count("<heap nr="))
"""


def arenas(mode: str, tmp_path: Path, **variables: str) -> int:
    environment = krant_environment(tmp_path, **variables)
    environment.pop("MALLOC_ARENA_MAX", None)
    environment.update(variables)
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", ARENAS, mode], env=environment, capture_output=True, text=True, check=True
    )
    return int(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc arenas")
def test_serve_gives_its_threads_few_malloc_arenas(tmp_path):
    """Without the limit, eight allocating threads get arenas of their own (memory one frees, another
    cannot reuse); with it, at most MALLOC_ARENAS; an operator's MALLOC_ARENA_MAX is left as it is."""
    assert arenas("plain", tmp_path) > MALLOC_ARENAS
    assert arenas("limit", tmp_path) <= MALLOC_ARENAS
    assert arenas("limit", tmp_path, MALLOC_ARENA_MAX="4") > MALLOC_ARENAS


# `krant serve` with a limit below any worker's size, checked every second.
RECYCLED = """
import sys
from krant.core.management.commands import serve
serve.WORKER_MAX_RSS_MIB, serve.RSS_SAMPLE_SECONDS, serve.RSS_SAMPLES = 1, 1, 1
from krant.cli import main
main(sys.argv[1:])
"""


def worker_pids(server: int) -> set[int]:
    """Return the pids of the granian workers of this server (forked: they share its command line)."""
    command = Path(f"/proc/{server}/cmdline").read_bytes()
    found = set()
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            if int(fields["PPid"]) == server and (status.parent / "cmdline").read_bytes() == command:
                found.add(int(status.parent.name))
        except (OSError, KeyError, ValueError):
            continue
    return found


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_over_the_memory_limit_is_replaced_and_the_site_keeps_answering(tmp_path):
    """granian's resource monitor replaces a worker above WORKER_MAX_RSS_MIB by a fresh one, started
    before the old one stops."""
    port = free_port()
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    command = [sys.executable, "-c", RECYCLED, "serve", "--workers", "1", "--no-scheduler", "--no-worker"]
    server = subprocess.Popen(  # noqa: S603 - our own interpreter
        [*command, "--port", str(port)], env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    health = f"http://127.0.0.1:{port}/healthz"
    try:
        wait_until(lambda: server.poll() is not None or fetch(health)[0] == 200, "krant serve to answer")
        assert server.poll() is None
        first = worker_pids(server.pid)
        assert len(first) == 1
        wait_until(lambda: worker_pids(server.pid) - first, "a fresh worker")
        wait_until(lambda: not first & worker_pids(server.pid), "the old worker to stop")
        assert fetch(health)[0] == 200
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=90)
        print(output.decode())
