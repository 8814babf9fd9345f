import re
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import free_port

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_19b839fd26fbb91a.txt"
IMAGE_HOST = "http://images.invalid"  # in wordpress.xml; tests put the local image server's address there


def picture(kind: str, size=(64, 48), colour=(20, 90, 160)) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, colour).save(out, kind)
    return out.getvalue()


class ImageServer:
    """A real HTTP server on localhost that serves images, and the ways image servers go wrong."""

    def __init__(self):
        self.requests: list[str] = []
        self.release = threading.Event()  # the slow route waits for it (set when the test ends)
        self.routes = {
            "/wp-content/uploads/2024/05/pont.jpg": (200, "image/jpeg", picture("JPEG")),
            "/wp-content/uploads/2024/05/beker.png": (200, "image/png", picture("PNG", colour=(200, 40, 40))),
            "/plaatje.gif": (200, "image/gif", picture("GIF")),
            "/pagina.jpg": (200, "text/html; charset=utf-8", b"<html><body>Geen beeld</body></html>"),
            "/kapot.jpg": (200, "image/jpeg", b"\xff\xd8\xff\xe0 dit is geen jpeg"),
            "/groot.jpg": (200, "image/jpeg", picture("JPEG", size=(1600, 1200)) + b"\0" * (2 * 1024 * 1024)),
        }
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's hook name
                server.requests.append(self.path)
                if self.path == "/traag.jpg":
                    self.send_response(200)
                    self.send_header("Content-Type", "image/jpeg")
                    self.end_headers()
                    server.release.wait(30)  # holds the connection open until the test is over
                    return
                if self.path == "/omleiding.jpg":
                    self.send_response(302)
                    self.send_header("Location", "/wp-content/uploads/2024/05/pont.jpg")
                    self.end_headers()
                    return
                if self.path == "/rondje.jpg":
                    self.send_response(302)
                    self.send_header("Location", "/rondje.jpg")
                    self.end_headers()
                    return
                status, content_type, body = server.routes.get(
                    self.path, (404, "text/plain", b"niet gevonden")
                )
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def image_server():
    with ImageServer() as server:
        yield server


@pytest.fixture
def export_file(tmp_path, image_server):
    """The WordPress fixture, its images served by the local image server."""
    path = tmp_path / "export.xml"
    path.write_text(
        (FIXTURES / "wordpress.xml").read_text(encoding="utf-8").replace(IMAGE_HOST, image_server.url)
    )
    return path


@pytest.fixture
def saved(tmp_path):
    """Return a function that copies a fixture page to a fresh folder, as a file to import."""

    def copy(name: str, as_name: str | None = None) -> Path:
        target = tmp_path / "pages" / (as_name or name)
        target.parent.mkdir(exist_ok=True)
        shutil.copy(FIXTURES / name, target)
        return target

    return copy


def seed_structure(lines: list[str]) -> dict:
    """Find the seed page's parts by layout alone: bullets are menus, 'Door ' starts the byline."""
    bullet = re.compile(r"^\s*•")
    byline_at = next(i for i, line in enumerate(lines) if line.startswith("Door "))
    headline_at = max(i for i in range(byline_at) if lines[i].strip())
    footer_at = next(i for i in range(byline_at, len(lines)) if bullet.match(lines[i]))
    article = [line.strip() for line in lines[byline_at + 2 : footer_at] if line.strip()]
    community = [line for line in article if "reacties" in line.lower()]
    first_community = article.index(community[0])
    body = article[:first_community]
    intertitles = [line for line in body if not line.endswith((".", '"', "”", ":"))]
    return {
        "headline": lines[headline_at].strip(),
        "byline": lines[byline_at].strip(),
        "dateline": lines[byline_at + 1].strip(),
        "body": body,
        "intertitles": intertitles,
        "not_article": [
            *[line.strip().lstrip("• ").strip() for line in lines if bullet.match(line)],
            *article[first_community:],
            *[line.strip() for line in lines[footer_at:] if line.strip() and not bullet.match(line)],
            *[line.strip() for line in lines[:headline_at] if line.strip() and not bullet.match(line)][:2],
        ],
    }
