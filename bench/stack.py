"""The processes the benchmarks and the topology run: krant servers, Varnish, nginx, databases, wrk.

Every process starts in a session of its own, so stopping it stops its children too (granian's workers,
krant's scheduler, Varnish's child), and nothing outlives the run.
"""

import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
KRANT = [sys.executable, "-m", "krant"]
VARNISH_VCL = REPOSITORY / "deploy" / "varnish" / "krant.vcl"
VARNISHD = "/usr/sbin/varnishd"
SECRET_KEY = "bench-" + "x" * 50  # noqa: S105 - a throwaway key for a local run


def free_port() -> int:
    """Return a port nobody listens on, below the kernel's range for outgoing connections.

    A port the kernel hands out (bind to 0) can be taken a moment later as the local end of some process's
    connection to PostgreSQL or Redis, and then a server that binds it fails with 'already in use'.
    """
    lowest_ephemeral = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    while True:
        # One below the range, so that `krant serve`'s live process on the next port is outside it too.
        port = random.randrange(10_000, max(lowest_ephemeral, 11_000) - 1)  # noqa: S311 - not a secret
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port


def fetch(
    url: str, headers: dict | None = None, method: str = "GET", timeout: float = 30
) -> tuple[int, dict, bytes]:
    """Return status, headers and body; an HTTP error is an answer too."""
    request = urllib.request.Request(url, headers=headers or {}, method=method)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - local servers only
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_until(condition, what: str, seconds: float = 90) -> None:
    """Poll a real condition (a port answering, a title showing) until it holds or the deadline passes."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"timed out after {seconds:.0f} s waiting for {what}")


def answers(url: str) -> bool:
    return fetch(url)[0] < 500


def krant_environment(data_dir: Path, **variables: str) -> dict[str, str]:
    """Return this environment without its KRANT_* variables, plus a data directory and these.

    The scheduler fetches no weather: a bench or a test never reaches outside the machine.
    """
    environment = {key: value for key, value in os.environ.items() if not key.startswith("KRANT_")}
    environment.update(KRANT_DATA_DIR=str(data_dir), KRANT_WEATHER_FETCH="off", **variables)
    return environment


def krant_knows(variable: str) -> bool:
    """Whether this krant reads `variable` (it refuses unknown KRANT_* variables)."""
    from krant.config import VARIABLES

    return variable in VARIABLES


def krant(environment: dict, *arguments: str) -> str:
    """Run a krant command to its end; return its output, or stop with it when the command fails."""
    done = subprocess.run([*KRANT, *arguments], env=environment, capture_output=True, text=True)  # noqa: S603
    if done.returncode:
        raise RuntimeError(f"krant {' '.join(arguments)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def create_database(name: str, server: str = "postgres://postgres@127.0.0.1:5432") -> str:
    """Create PostgreSQL database `name` unless it exists; return its URL."""
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def drop_database(name: str, server: str = "postgres://postgres@127.0.0.1:5432") -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Processes:
    """The processes of one run; `stop()` (or leaving the `with` block) ends them, newest first."""

    def __init__(self):
        self.running: list[tuple[str, subprocess.Popen]] = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self, name: str, command: list[str], log: Path, **options) -> subprocess.Popen:
        with log.open("ab") as output:
            process = subprocess.Popen(  # noqa: S603
                command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True, **options
            )
        self.running.append((name, process))
        return process

    def stop(self, seconds: float = 30) -> None:
        for _, process in reversed(self.running):
            signal_group(process, signal.SIGTERM)
        deadline = time.monotonic() + seconds
        for _, process in reversed(self.running):
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                signal_group(process, signal.SIGKILL)
                process.wait()
            signal_group(process, signal.SIGKILL)  # children the leader left behind
        self.running.clear()

    def check(self) -> None:
        """Stop with the name of a process that has died."""
        for name, process in self.running:
            if process.poll() is not None:
                raise RuntimeError(f"{name} stopped (exit {process.returncode})")


def signal_group(process: subprocess.Popen, number: int) -> None:
    try:
        os.killpg(process.pid, number)
    except ProcessLookupError:
        pass


def start_krant(
    processes: Processes, environment: dict, port: int, log: Path, *options: str, workers: int = 2
) -> str:
    """Start `krant serve` on 127.0.0.1:port; return its address once it answers."""
    process = processes.start(
        f"krant serve :{port}",
        [*KRANT, "serve", "--port", str(port), "--workers", str(workers), *options],
        log,
        env=environment,
    )
    base = f"http://127.0.0.1:{port}"
    wait_until(lambda: process.poll() is not None or answers(base + "/"), f"krant serve on :{port}", 120)
    if process.poll() is not None:
        raise RuntimeError(f"krant serve on :{port} stopped; see {log}")
    return base


def backends_vcl(ports: list[int]) -> str:
    """Return a backends.vcl for deploy/varnish/krant.vcl naming one krant server per port, and the live
    process each starts on the port after its own."""
    lines = ["# Generated: the krant servers behind this Varnish."]
    for number, port in enumerate(ports, 1):
        lines.append(f'backend app{number} {{\n    .host = "127.0.0.1";\n    .port = "{port}";\n}}')
        lines.append(f'backend live{number} {{\n    .host = "127.0.0.1";\n    .port = "{port + 1}";\n}}')
    additions = "\n".join(
        f"    app.add_backend(app{number});\n    live.add_backend(live{number});"
        for number in range(1, len(ports) + 1)
    )
    lines.append(f"sub vcl_init {{\n{additions}\n}}\n")
    return "\n".join(lines)


def start_varnish(processes: Processes, work_dir: Path, port: int, backend_ports: list[int]) -> str:
    """Start Varnish with krant.vcl in front of the krant servers on `backend_ports`; return its address."""
    work_dir.mkdir(parents=True, exist_ok=True)
    (work_dir / "backends.vcl").write_text(backends_vcl(backend_ports))
    processes.start(
        f"varnishd :{port}",
        [
            VARNISHD,
            "-F",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(VARNISH_VCL),
            "-p",
            f"vcl_path={work_dir}",
            "-n",
            str(work_dir / "state"),
            "-s",
            "malloc,256M",
            # As root Varnish would compile the VCL as another user, who cannot read our private temp dir.
            *(["-j", "none"] if os.geteuid() == 0 else []),
        ],
        work_dir / "varnish.log",
    )
    base = f"http://127.0.0.1:{port}"
    wait_until(lambda: answers(base + "/"), f"Varnish on :{port}", 60)
    return base


NGINX_CONF = """\
{user}
worker_processes 2;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {root}/tmp;
    proxy_temp_path {root}/tmp;
    fastcgi_temp_path {root}/tmp;
    uwsgi_temp_path {root}/tmp;
    scgi_temp_path {root}/tmp;
    gzip_static on;  # N.gz next to N: the stored gzip copy, as krant and Varnish keep one
    gzip_vary on;
    server {{
        listen 127.0.0.1:{port};
        charset utf-8;
        root {root}/html;
{locations}
    }}
}}
"""


@dataclass
class SavedPage:
    """A page as krant sent it: its content type, its bytes, and its gzip bytes when krant sends gzip."""

    content_type: str
    body: bytes
    gzipped: bytes | None


def start_nginx(processes: Processes, work_dir: Path, port: int, pages: dict[str, SavedPage]) -> str:
    """Start nginx answering each address in `pages` with its bytes (gzip when asked); return its address."""
    (work_dir / "html").mkdir(parents=True, exist_ok=True)
    (work_dir / "tmp").mkdir(exist_ok=True)
    locations = []
    for number, (path, page) in enumerate(pages.items()):
        (work_dir / "html" / str(number)).write_bytes(page.body)
        if page.gzipped is not None:
            (work_dir / "html" / f"{number}.gz").write_bytes(page.gzipped)
        media_type = page.content_type.split(";")[0]
        locations.append(
            f"        location = {path} {{ default_type {media_type}; try_files /{number} =404; }}"
        )
    user = "user root;" if os.geteuid() == 0 else ""  # its workers read files in our private temp dir
    config = NGINX_CONF.format(user=user, root=work_dir, port=port, locations="\n".join(locations))
    (work_dir / "nginx.conf").write_text(config)
    processes.start(
        f"nginx :{port}",
        ["nginx", "-c", str(work_dir / "nginx.conf"), "-p", str(work_dir), "-g", "daemon off;"],  # noqa: S607
        work_dir / "nginx.log",
    )
    base = f"http://127.0.0.1:{port}"
    first = next(iter(pages))
    wait_until(lambda: fetch(base + first)[0] == 200, f"nginx on :{port}", 30)
    return base


@dataclass
class WrkResult:
    rps: float
    p50: float  # milliseconds
    p99: float
    requests: int
    non_2xx: int  # wrk's 'Non-2xx or 3xx responses'
    errors: int  # connect, read, write and timeout errors


def run_wrk(
    url: str, duration: int, connections: int, script: Path | None = None, headers: dict | None = None
) -> WrkResult:
    """Load `url` with wrk (two threads), sending `headers` with every request; return what it measured."""
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return WrkResult(
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p50=to_ms(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        p99=to_ms(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        requests=int(re.search(r"(\d+) requests in", output).group(1)),
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        errors=sum(int(n) for n in socket_errors.groups()) if socket_errors else 0,
    )


def to_ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def worker_rss_mib(pid: int) -> list[float]:
    """Return the resident memory (MiB) of each granian worker of the `krant serve` with this pid.

    granian forks its workers, so they are the children that carry the server's own command line (the
    scheduler and the newsletter worker are `krant run_scheduler` and `krant send_newsletters`).
    """
    command = Path(f"/proc/{pid}/cmdline").read_bytes()
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
            if int(fields["PPid"]) == pid and (status.parent / "cmdline").read_bytes() == command:
                sizes.append(int(fields["VmRSS"].split()[0]) / 1024)
        except (OSError, KeyError):
            continue  # a process that ended while we looked
    return sizes
