import re
import shutil
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from tests.httpserver import LocalServer, Reply, stall

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_19b839fd26fbb91a.txt"
IMAGE_HOST = "http://images.invalid"  # in wordpress.xml; tests put the local image server's address there


def picture(kind: str, size=(64, 48), colour=(20, 90, 160)) -> bytes:
    out = BytesIO()
    Image.new("RGB", size, colour).save(out, kind)
    return out.getvalue()


@pytest.fixture
def image_server():
    """A real HTTP server on 127.0.0.1 that serves images, and the ways image servers go wrong."""
    with LocalServer() as server:
        for path, (content_type, body) in {
            "/wp-content/uploads/2024/05/pont.jpg": ("image/jpeg", picture("JPEG")),
            "/wp-content/uploads/2024/05/beker.png": ("image/png", picture("PNG", colour=(200, 40, 40))),
            "/plaatje.gif": ("image/gif", picture("GIF")),
            "/pagina.jpg": ("text/html; charset=utf-8", b"<html><body>Geen beeld</body></html>"),
            "/kapot.jpg": ("image/jpeg", b"\xff\xd8\xff\xe0 dit is geen jpeg"),
            "/groot.jpg": ("image/jpeg", picture("JPEG", size=(1600, 1200)) + b"\0" * (2 * 1024 * 1024)),
        }.items():
            server.serve(path, body, content_type=content_type)
        server.serve(
            "/omleiding.jpg", status=302, headers={"Location": "/wp-content/uploads/2024/05/pont.jpg"}
        )
        server.serve("/rondje.jpg", status=302, headers={"Location": "/rondje.jpg"})
        server.replies["/traag.jpg"] = Reply(write=stall, content_type="image/jpeg")
        yield server


@pytest.fixture
def export_file(tmp_path, image_server):
    """The WordPress fixture, its images served by the local image server."""
    path = tmp_path / "export.xml"
    path.write_text(
        (FIXTURES / "wordpress.xml").read_text(encoding="utf-8").replace(IMAGE_HOST, image_server.base)
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
