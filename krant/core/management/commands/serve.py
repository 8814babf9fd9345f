import contextlib
import ctypes
import errno
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import traceback
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections
from django.db.migrations.executor import MigrationExecutor

from krant.config import BLOCKING_THREADS, CONNECTIONS_PER_WORKER
from krant.core.management.secret_key import require_fixed_secret_key

# WSGI: a hit is answered in one of BLOCKING_THREADS threads, before Django (krant.wsgi). RSGI: a hit is
# answered in the worker's event loop and Django gets its own BLOCKING_THREADS threads (krant.rsgi), so
# readers never wait behind writes, at some 30% of a hit's speed alone (decisions/2026-12-06-isolation.md).
INTERFACES = {
    "wsgi": ("krant.wsgi:application", {"blocking_threads": BLOCKING_THREADS}),
    "rsgi": ("krant.rsgi:application", {}),
}
CHILD_STOP_SECONDS = 60
# A worker that has not stopped this long after its stop signal is killed. Its requests end well before;
# but granian's worker can hang for good when a second signal lands inside the first one's handling (a
# Ctrl-C reaches the workers and granian's own stop follows), and the whole stop then waited forever.
WORKER_STOP_SECONDS = 30
LIVE_STOP_SECONDS = 2
ANY_ADDRESS = {"0.0.0.0", "::"}  # noqa: S104 - what --host may say; a browser needs a real address
# glibc gives every thread that allocates its own malloc arena (up to 8 per core), and memory freed in
# one is not reused by another: with granian's threads a worker held tens of MiB more than its objects.
# Two arenas cost no measurable speed with a few threads under the GIL (docs/decisions/2026-12-05-memory.md).
MALLOC_ARENAS = 2
# glibc serves a block above its mmap threshold with a mapping of its own, returned whole when freed, but
# raises the threshold to the size of every such block freed (up to 32 MiB): after a few large renders,
# querysets and bodies of up to that size were carved from the heap, where freed gaps between live blocks
# stay resident. A fixed threshold keeps them out of the heap (measured in-process under the bench mix:
# 171-174 -> 162-164 MiB; docs/decisions/2026-12-05-memory.md).
MALLOC_MMAP_THRESHOLD = 128 * 1024  # glibc's starting value, kept
M_MMAP_THRESHOLD, M_ARENA_MAX = -3, -8  # mallopt's parameter numbers in glibc's malloc.h
# A worker whose memory stays above this is replaced by a fresh one, after it finishes its requests: a
# safety net for a leak, well above what a worker holds after hours of load (the memory note).
WORKER_MAX_RSS_MIB = 256
RSS_SAMPLE_SECONDS = 30
RSS_SAMPLES = 3  # consecutive samples above: a burst of big renders does not restart a worker
# Cache backends each process keeps to itself: several processes would each see their own state.
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


class Command(BaseCommand):
    help = (
        "Serve krant with the production server (granian), static files, the scheduler, the live channel and "
        "the newsletter and video workers."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Address to listen on (default 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Port to listen on (default 8000).")
        parser.add_argument("--workers", type=int, default=2, help="Server processes (default 2).")
        parser.add_argument(
            "--no-scheduler",
            action="store_true",
            help="Do not run the publishing scheduler here (when another machine runs it).",
        )
        parser.add_argument(
            "--live-port",
            type=int,
            help="Port of the live channel's process (default --port + 1); a proxy sends /live/ there.",
        )
        parser.add_argument(
            "--no-live",
            action="store_true",
            help="Do not run the live channel's process here (when other machines serve /live/).",
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Do not run the newsletter and video workers here (when other machines run them).",
        )
        parser.add_argument(
            "--interface",
            choices=sorted(INTERFACES),
            default="wsgi",
            help="wsgi (default): the fastest cache hits and writes; rsgi: cache hits answered in each "
            "worker's event loop, so readers are served while writes hold every thread "
            "(one machine, no Varnish).",
        )

    def handle(
        self,
        *args,
        host,
        port,
        workers,
        no_scheduler,
        no_worker=False,
        live_port=None,
        no_live=False,
        interface="wsgi",
        **options,
    ):
        tune_malloc()  # first, before any thread of this process makes an arena of its own
        if not 0 < port < 65536:
            raise CommandError(f"--port: {port} is not a port number (1-65535)")
        if workers < 1:
            raise CommandError(f"--workers: needs at least 1, got {workers}")
        require_fixed_secret_key()
        self.check_shared_cache(workers + (not no_scheduler) + 2 * (not no_worker) + (not no_live))
        self.check_port_free(host, port)
        live_port = port + 1 if live_port is None else live_port
        if not no_live:
            if not 0 < live_port < 65536 or live_port == port:
                raise CommandError(f"--live-port: {live_port} is not a free port number other than --port")
            self.check_port_free(host, live_port, "--live-port")
        cache.set("krant:serve:ping", 1, 5)  # an unreachable Redis stops here, named by the CLI
        run_apart(self.prepare)
        # This process's storage may have read the manifest before collectstatic wrote it in the child; the
        # workers inherit the storage, and would name files by the hash of their uncollected content.
        staticfiles_storage.hashed_files, staticfiles_storage.manifest_hash = (
            staticfiles_storage.load_manifest()
        )
        settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
        children = []
        live = None
        if not no_scheduler:
            children.append(subprocess.Popen([sys.executable, "-m", "krant", "run_scheduler"]))  # noqa: S603
        if not no_worker:
            # Two workers, so that encoding a long clip never holds up a newsletter.
            for worker in ("send_newsletters", "process_videos"):
                children.append(subprocess.Popen([sys.executable, "-m", "krant", worker]))  # noqa: S603
        if not no_live:
            # Not `krant serve_live`, which loads all of Django first: the live process runs without it.
            command = [sys.executable, "-m", "krant.live", "--host", host, "--port", str(live_port)]
            # A session of its own: stopping it stops granian's worker too (serve's stop kills the group).
            live = subprocess.Popen(command, start_new_session=True)  # noqa: S603
            children.append(live)
            self.point_pages_at_live(host, live_port)
        try:
            self.run_server(host, port, workers, interface)
        finally:
            self.stop(children, live)

    def stop(self, children: list[subprocess.Popen], live: subprocess.Popen | None = None) -> None:
        """Stop the scheduler and the worker together; each finishes the job or batch in hand first.

        The live process would wait for its streams, which never end by themselves: it gets a moment, then
        goes. Its readers' browsers reconnect and resume after their last event.
        """
        for child in children:
            child.terminate()
        for child in children:
            try:
                child.wait(timeout=LIVE_STOP_SECONDS if child is live else CHILD_STOP_SECONDS)
            except subprocess.TimeoutExpired:
                child.kill()  # a batch it held is taken back by the next worker (krant.newsletters.delivery)
                child.wait()
        if live is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(live.pid, signal.SIGKILL)  # granian's worker, which outlives its main process

    def point_pages_at_live(self, host: str, live_port: int) -> None:
        """Without a proxy in front to send /live/ to the live process, let pages open its own port.

        The workers granian forks from this process inherit the setting (krant.live.templatetags).
        """
        if settings.CONFIG.live_url or settings.CONFIG.proxy_count:
            return
        site = urlsplit(settings.CONFIG.base_url or f"http://{host}")
        name = site.hostname if site.hostname not in ANY_ADDRESS else "127.0.0.1"
        name = f"[{name}]" if ":" in name else name
        settings.LIVE_URL = f"{site.scheme}://{name}:{live_port}/live/"

    def check_port_free(self, host: str, port: int, option: str = "--port") -> None:
        """Refuse a port another server listens on.

        granian listens with SO_REUSEPORT, so a second `krant serve` on the same port would start without
        a word and take half the traffic. A plain bind (SO_REUSEADDR only, so a restart does not trip over
        connections still closing) fails while anyone listens there. Another process may still take the
        port between this check and granian's bind; this catches the mistake, not a race.
        """
        try:
            family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        except socket.gaierror as error:
            raise CommandError(f"--host: cannot listen on {host!r}: {error.strerror}") from None
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as error:
                if error.errno == errno.EADDRINUSE:
                    raise CommandError(
                        f"{option}: {host}:{port} is already in use (another krant serve or another "
                        f"server listens there). Stop it, or choose another {option}."
                    ) from None
                raise CommandError(
                    f"--host/--port: cannot listen on {host}:{port}: {error.strerror}"
                ) from None

    def check_shared_cache(self, processes: int) -> None:
        """Refuse a per-process cache as the shared store when more than one process serves or publishes.

        Menus, cache versions and rate limits live there: with a store per process, a publish would be
        seen by one worker only and a limit would count per worker.
        """
        backend = settings.CACHES["default"]["BACKEND"]
        if processes > 1 and backend in PER_PROCESS_CACHES:
            raise CommandError(
                f"The shared cache (CACHES['default']) is {backend.rsplit('.', 1)[-1]}, which each of the "
                f"{processes} processes (workers, scheduler, newsletter and video workers, live process) "
                "would keep to itself. Use the default shared cache or KRANT_REDIS_URL, or serve with "
                "--workers 1 --no-scheduler --no-worker --no-live."
            )

    def check(self, *args, **kwargs):
        """Keep the system checks for prepare(), which runs them apart from this process."""
        self.checks_asked = (args, kwargs)

    def prepare(self) -> None:
        """Run the system checks (unless skipped), check the database and collect the static files.

        They load what no reader's worker needs: the system checks every URLconf with Wagtail's admin and
        its views, the database check every migration, collectstatic the storages and finders (500 modules,
        about 25 MiB). granian forks its workers from this process, so each worker would hold all of it:
        serve runs this in a child process of its own (run_apart).
        """
        if hasattr(self, "checks_asked"):
            args, kwargs = self.checks_asked
            super().check(*args, **kwargs)
        self.check_database()
        self.collect_static()

    def check_database(self):
        connection.ensure_connection()
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise CommandError("The database is not up to date: run `krant migrate` first.")
        # Whichever process checks, the workers granian forks must not inherit this connection.
        connections.close_all()

    def collect_static(self):
        """Collect, hash and compress the static files (about a second), so they match this version."""
        call_command("collectstatic", interactive=False, verbosity=0)

    def run_server(self, host, port, workers, interface="wsgi"):
        from granian.constants import Interfaces
        from granian.server import Server

        target, threads = INTERFACES[interface]

        self.stdout.write(f"Serving on http://{host}:{port}/ with {workers} workers.")
        self.stdout.flush()
        Server(
            target,
            address=host,
            port=port,
            interface=Interfaces(interface),
            workers=workers,
            **threads,
            # granian counts every open connection against backpressure, idle keep-alive ones included: at
            # the thread count, a few browsers' idle connections kept every other reader waiting.
            backpressure=CONNECTIONS_PER_WORKER,
            # No static mount for /media/: Django serves it (krant.core.media) with ETag, Last-Modified
            # and a year's lifetime for renditions, which granian's mount cannot give.
            respawn_failed_workers=True,
            workers_kill_timeout=WORKER_STOP_SECONDS,
            workers_max_rss=WORKER_MAX_RSS_MIB,
            rss_sample_interval=RSS_SAMPLE_SECONDS,
            rss_samples=RSS_SAMPLES,
        ).serve()


def run_apart(function) -> None:
    """Run `function` in a child forked from this process and wait for it; raise here what it raised.

    What the function loads and leaves behind goes with the child, so the workers granian later forks from
    this process do not inherit it. Outside Linux, where forking a process may not be safe, it runs here.
    """
    if not sys.platform.startswith("linux"):
        function()
        return
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    sys.stdout.flush()  # or the child writes what this process buffered a second time
    sys.stderr.flush()
    child = context.Process(target=report_to, args=(sending, function))
    child.start()
    sending.close()
    try:
        error = receiving.recv()
    except EOFError:  # the child ended without a word (killed, out of memory)
        error = None
    child.join()
    if error is None and child.exitcode:
        error = CommandError(f"Preparing to serve stopped with exit code {child.exitcode}.")
    if error is not None:
        raise error


def report_to(sending, function) -> None:
    """Run `function` and send the parent what it raised (None when nothing), for run_apart."""
    try:
        function()
    except Exception as error:
        if not isinstance(error, CommandError):
            traceback.print_exc()  # where it went wrong is in this process only
        try:
            sending.send(error)
        except Exception:  # one that does not pickle: its name and message, then
            sending.send(CommandError(f"{type(error).__name__}: {error}"))
    else:
        sending.send(None)


def tune_malloc() -> None:
    """Give this process, and the workers granian forks from it, at most MALLOC_ARENAS malloc arenas and a
    fixed mmap threshold.

    Set through mallopt, since glibc reads MALLOC_ARENA_MAX and MALLOC_MMAP_THRESHOLD_ only when a process
    starts; a value set in the environment wins, so an operator can measure another one. Other C libraries
    have no such options.
    """
    # The process's own symbols: find_library("c") runs ldconfig, which is not on every PATH.
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    if mallopt is None:
        return
    if "MALLOC_ARENA_MAX" not in os.environ:
        mallopt(M_ARENA_MAX, MALLOC_ARENAS)
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        mallopt(M_MMAP_THRESHOLD, MALLOC_MMAP_THRESHOLD)
