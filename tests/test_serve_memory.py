"""`krant serve` keeps its workers' memory in check: few malloc arenas, a fixed mmap threshold, a grown
worker replaced."""

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from krant.core.management.commands.serve import MALLOC_ARENAS, MALLOC_MMAP_THRESHOLD
from tests.conftest import database_url, free_port
from tests.processes import fetch, krant_environment, wait_until
from tests.test_wsgi import NEVER_IN_A_WEB_WORKER, NOT_BEFORE_AN_ADMIN_REQUEST, NOT_ON_SQLITE

# Eight threads allocate at once, as granian's threads do; glibc's malloc_info names each arena as a heap.
ARENAS = """
import ctypes, sys, tempfile, threading
from krant.core.management.commands.serve import tune_malloc
if sys.argv[1] == "limit":
    tune_malloc()
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


# A block of 1 MiB freed, then one of twice the threshold asked for: mapped on its own (counted in
# mallinfo2's hblks) or carved from the heap. glibc maps a block only when the heap's free top cannot hold
# it, and how much the imports left there varies: the heap is trimmed first.
MAPPED = """
import ctypes, sys
from krant.core.management.commands.serve import MALLOC_MMAP_THRESHOLD, tune_malloc
if sys.argv[1] == "limit":
    tune_malloc()
class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
                 "fordblks", "keepcost")]
libc = ctypes.CDLL(None)
libc.malloc.restype, libc.mallinfo2.restype = ctypes.c_void_p, Info
libc.free(ctypes.c_void_p(libc.malloc(1 << 20)))
libc.malloc_trim(0)
before = libc.mallinfo2().hblks
block = libc.malloc(2 * MALLOC_MMAP_THRESHOLD)
print(libc.mallinfo2().hblks - before)
"""


def mapped(mode: str, tmp_path: Path, **variables: str) -> bool:
    environment = krant_environment(tmp_path, **variables)
    environment.pop("MALLOC_MMAP_THRESHOLD_", None)
    environment.update(variables)
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", MAPPED, mode], env=environment, capture_output=True, text=True, check=True
    )
    return int(done.stdout) == 1


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mmap threshold")
def test_serve_keeps_the_mmap_threshold_where_it_is(tmp_path):
    """glibc raises its mmap threshold to the size of a freed mapped block, so later blocks below it come
    from the heap; with the fixed threshold they stay mapped and go back whole when freed. An operator's
    MALLOC_MMAP_THRESHOLD_ is left as it is."""
    assert MALLOC_MMAP_THRESHOLD < 1 << 19
    assert not mapped("plain", tmp_path)
    assert mapped("limit", tmp_path)
    assert not mapped("limit", tmp_path, MALLOC_MMAP_THRESHOLD_=str(1 << 21))


# `krant serve` with a limit below any worker's size, checked every second.
RECYCLED = """
import sys
from krant.core.management.commands import serve
serve.WORKER_MAX_RSS_MIB, serve.RSS_SAMPLE_SECONDS, serve.RSS_SAMPLES = 1, 1, 1
from krant.cli import main
main(sys.argv[1:])
"""


# `krant serve` that kills a worker one second after its stop signal.
QUICK_KILL = """
import sys
from krant.core.management.commands import serve
serve.WORKER_STOP_SECONDS = 1
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


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_that_does_not_stop_is_killed_and_serve_ends(tmp_path):
    """A worker that cannot act on its stop signal (here: stopped with SIGSTOP, as one hung in granian's
    signal handling is) is killed after WORKER_STOP_SECONDS, and `krant serve` ends instead of waiting."""
    port = free_port()
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    command = [sys.executable, "-c", QUICK_KILL, "serve", "--workers", "1", "--no-scheduler", "--no-worker"]
    server = subprocess.Popen(  # noqa: S603 - our own interpreter
        [*command, "--no-live", "--port", str(port)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    worker = None
    try:
        health = f"http://127.0.0.1:{port}/healthz"
        wait_until(lambda: server.poll() is not None or fetch(health)[0] == 200, "krant serve to answer")
        (worker,) = worker_pids(server.pid)
        os.kill(worker, signal.SIGSTOP)
        server.send_signal(signal.SIGINT)
        output, _ = server.communicate(timeout=60)
    finally:
        if server.poll() is None:  # the stopped worker holds the output pipe: it goes too
            server.kill()
            if worker is not None:
                os.kill(worker, signal.SIGKILL)
            server.communicate()
    assert server.returncode is not None
    assert b"refused to gracefully stop" in output


# `krant serve` that, where it would start granian, prints the modules of the process granian forks its
# workers from.
FORKS_FROM = """
import json, sys
from krant.core.management.commands import serve
serve.Command.run_server = lambda *args, **kwargs: print(
    json.dumps(sorted(name for name, module in sys.modules.items() if module is not None))
)
from krant.cli import main
main(sys.argv[1:])
"""

# `krant serve` with a system check that fails.
FAILING_CHECK = """
import sys
import django
from django.core import checks
django.setup()
checks.register(lambda app_configs, **kwargs: [checks.Error("Kapot gezet.", id="bench.E001")])
from krant.cli import main
main(sys.argv[1:])
"""


def serve_once(script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    environment = krant_environment(tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50)
    command = [sys.executable, "-c", script, "serve", "--workers", "1", "--no-scheduler", "--no-worker"]
    return subprocess.run(  # noqa: S603 - our own interpreter
        [*command, "--no-live", "--port", str(free_port())],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_workers_do_not_inherit_what_the_checks_before_serving_load(tmp_path):
    """The system checks (every URLconf, Wagtail's admin with it), the database check (every migration)
    and collectstatic run in a child of `krant serve`: the process granian forks its workers from, and so
    every worker, holds none of what they load and readers never need."""
    done = serve_once(FORKS_FROM, tmp_path)
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(done.stdout.splitlines()[-1]))
    loaded = {name.partition(".")[0] for name in modules}
    assert "wagtail" in loaded  # Django's apps are set up, for the workers to share
    assert sorted(loaded & set(NEVER_IN_A_WEB_WORKER)) == []
    assert sorted(modules & set(NOT_BEFORE_AN_ADMIN_REQUEST)) == []
    assert [name for name in modules if re.search(r"\.migrations\.\d{4}_", name)] == []
    assert "django.contrib.staticfiles.management.commands.collectstatic" not in modules
    if connection.vendor == "sqlite":
        assert sorted(modules & set(NOT_ON_SQLITE)) == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_serve_still_refuses_to_start_when_a_system_check_fails(tmp_path):
    """The checks run in the child, and their errors still stop `krant serve` with their message."""
    done = serve_once(FAILING_CHECK, tmp_path)
    assert done.returncode == 1
    assert "bench.E001" in done.stderr
    assert "Kapot gezet." in done.stderr
