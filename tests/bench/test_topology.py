"""The one-command topology: two krant servers on PostgreSQL and Redis behind Varnish, started and stopped."""

import os
import signal
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from bench.stack import VARNISHD, drop_database, fetch
from tests.conftest import free_port
from tests.processes import free_port_pair, wait_until
from tests.redis_dbs import redis_url

TOPOLOGY = Path(__file__).resolve().parents[2] / "bench" / "topology.py"


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.skipif(not os.path.exists(VARNISHD), reason=f"needs Varnish ({VARNISHD})")
def test_topology_serves_through_varnish_and_stops_on_ctrl_c(tmp_path):
    """bench/topology.py serves the demo through Varnish from both app servers; Ctrl-C stops everything."""
    database = f"krant_topology_{uuid.uuid4().hex[:8]}"
    ports = [free_port_pair(), free_port_pair()]
    varnish_port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            str(TOPOLOGY),
            "--database",
            database,
            "--redis",
            redis_url("bench"),
        ]
        + ["--ports", *map(str, ports), "--varnish-port", str(varnish_port), "--data-dir", str(tmp_path)],
        env={key: value for key, value in os.environ.items() if not key.startswith("KRANT_")},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    varnish = f"http://127.0.0.1:{varnish_port}"
    try:
        wait_until(lambda: process.poll() is not None or listening(varnish_port), "Varnish to listen", 300)
        assert process.poll() is None, process.communicate()[0]

        status, headers, body = fetch(varnish + "/economie/")
        assert status == 200
        assert "varnish" in headers["Via"].lower()
        assert b"Economie" in body
        for port in ports:  # both app servers answer, from the same database
            direct = fetch(f"http://127.0.0.1:{port}/economie/")[2]
            assert direct.count(b"<article") == body.count(b"<article") > 0

        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=120)
        assert process.returncode == 0, output
        assert f"Varnish:      {varnish}/" in output
        assert not any(listening(port) for port in [*ports, varnish_port])
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
        drop_database(database)
