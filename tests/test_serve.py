"""`krant serve`: the production server with hashed static files, media and the publishing scheduler."""

import os
import re
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import replace
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Revision

from krant.config import BLOCKING_THREADS
from krant.core.management.commands import serve
from krant.video.models import Video
from tests.conftest import database_url, free_port
from tests.factories import make_article, make_site
from tests.processes import fetch, krant_environment, serving, share_store, wait_until
from tests.video.conftest import make_clip, make_video

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def server(tmp_path, settings):
    share_store(settings, tmp_path)  # the server caches the site and its settings until a change purges them
    environment = krant_environment(
        tmp_path, KRANT_DATABASE_URL=database_url(), KRANT_SECRET_KEY="s" * 50, KRANT_SCHEDULER_INTERVAL="1"
    )
    with serving("serve", "--workers", "1", environment=environment) as base:
        yield base, tmp_path


def test_serves_pages_hashed_compressed_static_and_media(server, db):
    make_site()
    base, data_dir = server
    status, _, body = fetch(f"{base}/")
    assert status == 200
    status, _, body = fetch(f"{base}/admin/login/")
    css = re.search(rb"/static/wagtailadmin/css/core\.[0-9a-f]{12}\.css", body)
    assert css, "the admin's CSS is not served under a hashed name"
    status, headers, _ = fetch(base + css.group().decode(), {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers.get("Content-Encoding") == "gzip"
    assert "max-age=315360000" in headers.get("Cache-Control", "")

    (data_dir / "media" / "hallo.txt").write_text("media")
    status, _, body = fetch(f"{base}/media/hallo.txt")
    assert (status, body) == (200, b"media")


def test_idle_keep_alive_connections_keep_no_reader_waiting(server, db):
    """Browsers keep connections open between pages (up to six each): more idle ones than the server has
    threads must not keep a new reader waiting."""
    make_site()
    base, _ = server
    host, port = base.removeprefix("http://").split(":")
    idle = []
    try:
        for _ in range(3 * BLOCKING_THREADS):
            connection = socket.create_connection((host, int(port)), timeout=10)
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            assert connection.recv(64).startswith(b"HTTP/1.1 200")
            idle.append(connection)  # answered, kept open, as a browser does
        status, _, _ = fetch(f"{base}/", timeout=10)
        assert status == 200
    finally:
        for connection in idle:
            connection.close()


def head(url, **headers):
    request = urllib.request.Request(url, headers=headers, method="HEAD")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - localhost only
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def test_media_has_validators_and_lifetimes(server, db):
    """/media/ answers HEAD with Content-Length, ETag and Last-Modified, and a range with a 206; renditions
    are immutable for a year, originals are revalidated; a validator gives 304; pages are gzipped, their
    ETag weak."""
    make_site()
    base, data_dir = server
    (data_dir / "media" / "images").mkdir(parents=True, exist_ok=True)
    (data_dir / "media" / "original_images").mkdir(parents=True, exist_ok=True)
    (data_dir / "media" / "images" / "dijk.fill-320x180.webp").write_bytes(b"R" * 1234)
    (data_dir / "media" / "original_images" / "dijk.jpg").write_bytes(b"O" * 4321)

    status, headers = head(f"{base}/media/images/dijk.fill-320x180.webp")
    assert status == 200
    assert headers["Content-Length"] == "1234"
    assert headers["ETag"] and headers["Last-Modified"]
    assert headers["Content-Type"] == "image/webp"
    assert "max-age=31536000" in headers["Cache-Control"] and "immutable" in headers["Cache-Control"]

    status, headers, body = fetch(f"{base}/media/original_images/dijk.jpg")
    assert (status, len(body)) == (200, 4321)
    assert "immutable" not in headers["Cache-Control"] and "max-age=3600" in headers["Cache-Control"]
    assert fetch(f"{base}/media/original_images/dijk.jpg", {"If-None-Match": headers["ETag"]})[0] == 304
    since = {"If-Modified-Since": headers["Last-Modified"]}
    assert fetch(f"{base}/media/original_images/dijk.jpg", since)[0] == 304
    status, headers, body = fetch(f"{base}/media/original_images/dijk.jpg", {"Range": "bytes=4300-"})
    assert (status, body, headers["Content-Range"]) == (206, b"O" * 21, "bytes 4300-4320/4321")

    assert fetch(f"{base}/media/../secret_key")[0] == 404
    assert fetch(f"{base}/media/geen-bestand.jpg")[0] == 404

    status, headers, body = fetch(f"{base}/", {"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in headers["Vary"] and headers["ETag"].startswith('W/"')
    assert fetch(f"{base}/", {"Accept-Encoding": "gzip", "If-None-Match": headers["ETag"]})[0] == 304


def test_scheduler_publishes_due_article_without_cron(server, db):
    """An article whose embargo has passed goes live while the server runs, with no cron job."""
    tree = make_site()
    article = make_article(tree.binnenland, "Embargo voorbij", published=False)
    article.go_live_at = timezone.now() + timedelta(days=1)
    article.save_revision().publish()
    assert not type(article).objects.get(pk=article.pk).live
    # Let the embargo pass (rather than waiting a day): move the scheduled time into the past.
    past = timezone.now() - timedelta(seconds=1)
    revision = Revision.objects.get(object_id=str(article.pk), approved_go_live_at__isnull=False)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    base, _ = server
    url = f"{base}/binnenland/{article.pk}/{article.slug}/"
    wait_until(lambda: fetch(url)[0] == 200, "the scheduler to publish the article")
    article.refresh_from_db()
    assert article.live


def test_an_uploaded_clip_is_processed_by_the_worker_serve_starts(server, settings):
    """Nobody runs `krant process_videos` by hand: the clip queued on upload becomes ready."""
    _base, data_dir = server
    settings.MEDIA_ROOT = data_dir / "media"
    video = make_video(make_clip(data_dir / "upload.mp4").read_bytes())
    assert video.status == Video.Status.PENDING
    wait_until(
        lambda: Video.objects.get(pk=video.pk).status in (Video.Status.READY, Video.Status.FAILED),
        "the video worker to process the clip",
        120,
    )
    video.refresh_from_db()
    assert video.status == Video.Status.READY, video.error


def test_second_serve_on_the_same_port_refuses(server, tmp_path):
    """A second `krant serve` on a port the first listens on stops with a clear error; the first serves on."""
    base, _ = server
    port = base.rsplit(":", 1)[1]
    environment = {key: value for key, value in os.environ.items() if not key.startswith("KRANT_")}
    environment.update(
        KRANT_DATA_DIR=str(tmp_path / "second"),
        KRANT_DATABASE_URL=database_url(),
        KRANT_SECRET_KEY="s" * 50,
    )
    second = subprocess.Popen(  # noqa: S603 - our own command
        [sys.executable, "-m", "krant", "serve", "--port", port, "--workers", "1"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # so that a second server that did start is stopped with all its children
    )
    try:
        stdout, stderr = second.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(second.pid, signal.SIGTERM)
        second.communicate(timeout=90)
        raise AssertionError("a second krant serve started on a port in use") from None
    assert second.returncode != 0
    assert f"--port: 127.0.0.1:{port} is already in use" in stderr
    assert "Serving on" not in stdout
    assert fetch(f"{base}/admin/login/")[0] == 200


def test_several_processes_refuse_a_per_process_cache(settings):
    """Workers, scheduler, newsletter and video workers and live process must share one store: a cache
    each keeps to itself would let a publish reach one worker only, or count a reader's openings of the
    live channel apart from their polls, so `krant serve` refuses to start on one."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    }
    with pytest.raises(CommandError, match="which each of the 6 processes .* would keep to itself"):
        call_command("serve", "--workers", "2", "--port", str(free_port()))
    with pytest.raises(CommandError, match="each of the 3 processes"):
        call_command("serve", "--workers", "1", "--no-worker", "--port", str(free_port()))
    # One worker and the live process: the live process's limits would count apart from the worker's.
    with pytest.raises(CommandError, match="each of the 2 processes .*live process"):
        call_command("serve", "--workers", "1", "--no-worker", "--no-scheduler", "--port", str(free_port()))


def test_the_live_process_needs_a_port_of_its_own(settings):
    port = free_port()
    with pytest.raises(CommandError, match="--live-port"):
        call_command(
            "serve",
            "--workers",
            "1",
            "--no-scheduler",
            "--no-worker",
            "--port",
            str(port),
            "--live-port",
            str(port),
        )


@pytest.mark.parametrize(
    ("host", "base_url", "proxies", "live_url", "expected"),
    [
        ("127.0.0.1", "", 0, "", "http://127.0.0.1:8001/live/"),
        ("0.0.0.0", "", 0, "", "http://127.0.0.1:8001/live/"),  # noqa: S104
        ("0.0.0.0", "https://krant.example", 0, "", "https://krant.example:8001/live/"),  # noqa: S104
        ("127.0.0.1", "", 1, "", "/live/"),  # a proxy in front sends /live/ to the live process
        ("127.0.0.1", "", 0, "https://live.krant.example/live/", "/live/"),  # the operator's choice stands
    ],
)
def test_pages_open_the_live_process_where_browsers_reach_it(
    settings, host, base_url, proxies, live_url, expected
):
    settings.LIVE_URL = "/live/"
    settings.CONFIG = replace(settings.CONFIG, base_url=base_url, proxy_count=proxies, live_url=live_url)
    serve.Command().point_pages_at_live(host, 8001)
    assert settings.LIVE_URL == expected
