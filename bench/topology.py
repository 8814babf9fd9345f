"""Run the production topology on one machine: two krant servers on PostgreSQL and Redis behind Varnish.

    python bench/topology.py [--database krant_topology] [--redis redis://127.0.0.1:6379/0]
                             [--ports 8001 8003] [--varnish-port 8080] [--data-dir DIR]

Creates the PostgreSQL database unless it exists (on the server of --postgres), runs `krant migrate` and
`krant load_demo` (both keep what is there), starts `krant serve` on each port (the first runs the
scheduler and the newsletter worker, the others `--no-scheduler --no-worker`, as the other machines of a
real deployment would) and Varnish with deploy/varnish/krant.vcl and a generated backends.vcl naming them.
krant purges that Varnish (KRANT_PURGE_URLS). Prints the addresses and runs until Ctrl-C, then stops all.
"""

import argparse
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import (  # noqa: E402 - run as a script, bench/ is not on the path
    SECRET_KEY,
    VARNISHD,
    Processes,
    create_database,
    krant,
    krant_environment,
    krant_knows,
    start_krant,
    start_varnish,
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="krant_topology", help="PostgreSQL database name.")
    parser.add_argument(
        "--postgres", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL server (no database)."
    )
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0", help="Redis URL with db number.")
    parser.add_argument(
        "--ports", type=int, nargs="+", default=[8001, 8003], help="krant serve ports (live: the next)."
    )
    parser.add_argument("--varnish-port", type=int, default=8080, help="Varnish port (default 8080).")
    parser.add_argument("--workers", type=int, default=2, help="granian workers per krant serve.")
    parser.add_argument("--data-dir", type=Path, help="Data directory (default: a new temporary one).")
    args = parser.parse_args(argv)
    if not Path(VARNISHD).exists():
        sys.exit(f"topology: {VARNISHD} is missing (Debian: apt install varnish varnish-modules)")

    with tempfile.TemporaryDirectory(prefix="krant-topology-") as temporary:
        data_dir = args.data_dir or Path(temporary) / "data"
        run_dir = Path(temporary)
        varnish = f"http://127.0.0.1:{args.varnish_port}"
        environment = krant_environment(
            data_dir,
            KRANT_SECRET_KEY=SECRET_KEY,
            KRANT_DATABASE_URL=create_database(args.database, args.postgres),
            KRANT_REDIS_URL=args.redis,
            KRANT_BASE_URL=varnish,
            KRANT_PROXY_COUNT="1",  # Varnish adds the reader's address to X-Forwarded-For
        )
        if krant_knows("KRANT_PURGE_URLS"):
            environment["KRANT_PURGE_URLS"] = varnish
        else:
            print("topology: this krant has no KRANT_PURGE_URLS yet; Varnish keeps pages for their max-age")
        print(f"Migrating {args.database} and loading the demo ...", flush=True)
        krant(environment, "migrate", "--verbosity", "0")
        krant(environment, "load_demo")

        # Ctrl-C (or a SIGTERM from a test) ends the wait below; the `with` block then stops everything.
        signal.signal(signal.SIGTERM, interrupt)
        signal.signal(signal.SIGINT, interrupt)  # also when started with SIGINT ignored (a background job)
        with Processes() as processes:
            try:
                apps = []
                for number, port in enumerate(args.ports):
                    options = [] if number == 0 else ["--no-scheduler", "--no-worker"]
                    log = run_dir / f"serve-{port}.log"
                    apps.append(
                        start_krant(processes, environment, port, log, *options, workers=args.workers)
                    )
                start_varnish(processes, run_dir / "varnish", args.varnish_port, args.ports)
                print("\n".join(f"krant serve:  {app}/" for app in apps))
                print(f"Varnish:      {varnish}/   (read the site here)")
                print(f"Admin:        {apps[0]}/admin/")
                print(f"Logs:         {run_dir}/   Stop with Ctrl-C.", flush=True)
                while True:
                    processes.check()
                    time.sleep(0.5)
            except KeyboardInterrupt:
                print("Stopping ...", flush=True)
            except RuntimeError as error:
                print(f"topology: {error}", file=sys.stderr)
                for log in run_dir.rglob("*.log"):
                    print(f"--- {log.name}\n{log.read_text()[-3000:]}", file=sys.stderr)
                sys.exit(1)


def interrupt(*_) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    main()
