"""Varnish in front of `krant serve` with deploy/varnish/krant.vcl: a publish purges exactly its pages there.

A real varnishd (Debian's varnish with the xkey vmod from varnish-modules) in front of a real krant serve;
the edit is published by another process, which purges Varnish through KRANT_PURGE_URLS.
"""

import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from krant.config import BLOCKING_THREADS
from tests.conftest import database_url, free_port
from tests.factories import make_article, make_site
from tests.live.test_hub import Stream
from tests.processes import fetch, krant_environment, serving, wait_until

VARNISHD = shutil.which("varnishd") or next(
    (path for path in ("/usr/sbin/varnishd",) if Path(path).exists()), None
)
VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "krant.vcl"

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(VARNISHD is None, reason="varnishd is missing: apt install varnish varnish-modules"),
]


@contextmanager
def varnish(directory: Path, backend_port: int):
    """Run varnishd with krant's VCL and a backends.vcl naming krant serve's port; yield its address."""
    (directory / "krant.vcl").write_text(VCL.read_text())
    (directory / "backends.vcl").write_text(
        f'backend app1 {{\n    .host = "127.0.0.1";\n    .port = "{backend_port}";\n}}\n\n'
        f'backend live1 {{\n    .host = "127.0.0.1";\n    .port = "{backend_port + 1}";\n}}\n\n'
        "sub vcl_init {\n    app.add_backend(app1);\n    live.add_backend(live1);\n}\n"
    )
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [
            VARNISHD,
            "-F",
            "-j",
            "none",  # the test's own user runs it, in the test's own directory
            "-n",
            str(directory / "work"),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(directory / "krant.vcl"),
            "-p",
            f"vcl_path={directory}",
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: process.poll() is None and fetch(base + "/robots.txt")[0] == 200, "varnishd", 30)
        yield base
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
        print(output)


def is_hit(headers) -> bool:
    """Varnish names two transactions in X-Varnish on a hit (this one and the one that stored it)."""
    return len(headers.get("X-Varnish", "").split()) == 2


def test_a_publish_purges_exactly_its_pages_in_varnish(tmp_path):
    """Article twice through Varnish: the second is a hit. An edited headline published by another process
    shows on the next request through Varnish; a page not showing that article is still a Varnish hit."""
    tree = make_site()
    story = make_article(tree.binnenland, "Dijk bij Zandmeer versterkt")
    other = make_article(tree.economie, "Rente blijft gelijk")
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, KRANT_PROXY_COUNT="1"
    )
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as app:
        with varnish(tmp_path, int(app.rsplit(":", 1)[1])) as base:
            status, headers, body = fetch(base + story.url)
            assert status == 200 and b"Dijk bij Zandmeer versterkt" in body
            assert "xkey" not in headers  # the keys are for Varnish, not for readers
            status, headers, body = fetch(base + story.url)
            assert is_hit(headers), headers
            assert b"Dijk bij Zandmeer versterkt" in body
            for _ in range(2):
                _, other_headers, _ = fetch(base + other.url)
            assert is_hit(other_headers)

            script = (
                "from krant.news.models import ArticlePage\n"
                f"article = ArticlePage.objects.get(pk={story.pk})\n"
                "article.title = 'Dijk bij Zandmeer nog hoger'\n"
                "article.save_revision().publish()\n"
            )
            publisher = {**environment, "KRANT_PURGE_URLS": base}
            subprocess.run([sys.executable, "-m", "krant", "shell", "-c", script], env=publisher, check=True)  # noqa: S603

            status, headers, body = fetch(base + story.url)
            assert b"Dijk bij Zandmeer nog hoger" in body
            assert not is_hit(headers)
            assert b"Dijk bij Zandmeer nog hoger" in fetch(base + "/")[2]
            _, other_headers, other_body = fetch(base + other.url)
            assert is_hit(other_headers)
            assert b"Dijk bij Zandmeer nog hoger" not in other_body


def test_account_pages_in_either_language_and_api_keys_pass_varnish(tmp_path):
    """The community's account pages, Dutch or English, and any request with an API key are never kept
    by Varnish; a public profile and the anonymous API are."""
    make_site()
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, KRANT_PROXY_COUNT="1"
    )
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as app:
        with varnish(tmp_path, int(app.rsplit(":", 1)[1])) as base:
            for path in ("/community/inloggen/", "/en/community/inloggen/", "/en/community/aanmelden/"):
                for _ in range(2):
                    status, headers, _ = fetch(base + path)
                assert status == 200 and not is_hit(headers), path
            key = {"Authorization": "Token 0123456789abcdef"}
            for _ in range(2):
                status, headers, _ = fetch(base + "/api/v1/sections/", headers=key)
            assert status == 200 and not is_hit(headers)
            for _ in range(2):
                status, headers, _ = fetch(base + "/api/v1/sections/")
            assert status == 200 and is_hit(headers)


def connections_to(port: int) -> int:
    """Return the open TCP connections to 127.0.0.1:port (from /proc/net/tcp: established, to that port)."""
    lines = Path("/proc/net/tcp").read_text().splitlines()[1:]
    local = f"0100007F:{port:04X}"
    return sum(1 for line in lines if line.split()[1] == local and line.split()[3] == "01")


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="counts connections in /proc/net/tcp (Linux)")
def test_varnish_leaves_no_idle_connection_holding_the_servers_backpressure(tmp_path):
    """krant serve takes a few connections per worker at a time (BLOCKING_THREADS) and counts an idle
    keep-alive connection as one. Varnish closes its backend connection after each fetch, so after a burst
    of misses (every page showing a publish) the server still answers the next fetch and other clients."""
    tree = make_site()
    stories = [make_article(tree.binnenland, f"Bericht {number}") for number in range(BLOCKING_THREADS + 2)]
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, KRANT_PROXY_COUNT="1"
    )
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as app:
        port = int(app.rsplit(":", 1)[1])
        with varnish(tmp_path, port) as base:
            with ThreadPoolExecutor(len(stories)) as pool:
                statuses = list(pool.map(lambda story: fetch(base + story.url)[0], stories))
            assert statuses == [200] * len(stories)
            wait_until(lambda: connections_to(port) == 0, "Varnish to close its backend connections", 20)
            assert fetch(app + tree.economie.url)[0] == 200
            assert fetch(base + tree.klimaat.url)[0] == 200


def test_thread_fragments_are_cached_and_a_members_comment_page_is_not(tmp_path):
    """Through Varnish: a thread's fragment is a hit the second time (with or without a session cookie),
    its personal part never is, and `<article>/reacties/` is a hit for readers but passed for a member,
    whose page has their own forms (krant.core.cache.MEMBER_FORM_PATHS)."""
    tree = make_site()
    story = make_article(tree.binnenland, "Dijk bij Zandmeer versterkt")
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, KRANT_PROXY_COUNT="1"
    )
    member = {"Cookie": "sessionid=abc; krant_account=member"}
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as app:
        with varnish(tmp_path, int(app.rsplit(":", 1)[1])) as base:
            fragment = f"{base}/community/draad/{story.pk}/"
            assert fetch(fragment)[0] == 200
            assert is_hit(fetch(fragment)[1])
            assert is_hit(fetch(fragment, member)[1])
            personal = f"{base}/community/draad/{story.pk}/ik/"
            for _ in range(2):
                status, headers, _ = fetch(personal, member)
                assert status == 200 and not is_hit(headers)
            comments_page = f"{base}{story.url}reacties/"
            for _ in range(2):
                _, reader_headers, _ = fetch(comments_page)
            assert is_hit(reader_headers)
            _, member_headers, _ = fetch(comments_page, member)
            assert not is_hit(member_headers)


def test_the_live_stream_passes_varnish_unbuffered_and_uncached(tmp_path):
    """Through Varnish, /live/ reaches the live process and each event arrives while the stream stays open
    (nothing waits for the response to end); /live/poll/ is never kept."""
    tree = make_site()
    article = make_article(tree.binnenland, "Sluis weer open")
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, KRANT_PROXY_COUNT="1"
    )
    with serving("serve", "--workers", "1", "--no-scheduler", "--no-worker", environment=environment) as app:
        with varnish(tmp_path, int(app.rsplit(":", 1)[1])) as base:
            wait_until(
                lambda: fetch(f"{base}/live/?kanaal=x")[0] == 400, "the live process behind Varnish", 30
            )
            stream = Stream(f"{base}/live/?kanaal=site")
            assert stream.response.status == 200
            assert stream.response.headers["Content-Type"].startswith("text/event-stream")
            script = (
                "from krant.news.models import ArticlePage\n"
                f"ArticlePage.objects.get(pk={article.pk}).save_revision().publish()\n"
            )
            subprocess.run(
                [sys.executable, "-m", "krant", "shell", "-c", script], env=environment, check=True
            )  # noqa: S603
            assert stream.next_event()[1] == {"channel": "site", "type": "article", "article": article.pk}
            stream.close()
            fetch(f"{base}/live/poll/?kanaal=site")
            again = fetch(f"{base}/live/poll/?kanaal=site")[1]
            assert not is_hit(again) and again["Cache-Control"] == "no-store"
