"""A real HTTP server on 127.0.0.1 that serves good, broken, huge, slow and hostile feeds."""

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from krant.othermedia.models import OtherMediaPage, OutletFeed, OutletItem, item_key
from tests.conftest import free_port
from tests.factories import add_page


@dataclass
class Reply:
    """What the server answers on one path: a status, headers and a body, or a callable that writes."""

    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=dict)
    content_type: str = "application/rss+xml; charset=utf-8"
    write: object = None  # callable(handler, server): streams the answer itself


class FeedServer:
    def __init__(self):
        self.replies: dict[str, Reply] = {}
        self.requests: list[tuple[str, dict]] = []  # (path, headers) in order of arrival
        self.stop = threading.Event()  # ends the streaming answers when the test is over
        port = free_port()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), self.handler_class())
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server's name
                server.requests.append((self.path, dict(self.headers)))
                reply = server.replies.get(self.path) or Reply(
                    b"niet gevonden", 404, content_type="text/plain"
                )
                if reply.write is not None:
                    reply.write(self, server)
                    return
                self.send_response(reply.status)
                headers = {"Content-Type": reply.content_type, "Content-Length": str(len(reply.body))}
                headers.update(reply.headers)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, *args):
                pass

        return Handler

    def serve(self, path: str, body: bytes | str = b"", **kwargs) -> str:
        """Answer GET `path` with this reply from now on; return its full URL."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.replies[path] = Reply(body=body, **kwargs)
        return self.url(path)

    def url(self, path: str) -> str:
        return self.base + path

    def requests_for(self, path: str) -> list[dict]:
        return [headers for seen, headers in self.requests if seen == path]


@pytest.fixture
def feed_server(settings):
    """Start the server; fetching may reach 127.0.0.1 for the length of the test."""
    settings.OTHERMEDIA_FETCH = {"allow_private_addresses": True}
    server = FeedServer()
    server.thread.start()
    yield server
    server.stop.set()
    server.httpd.shutdown()
    server.httpd.server_close()


def make_feed(url: str, name: str = "Dagblad De Kade", **fields) -> OutletFeed:
    return OutletFeed.objects.create(name=name, feed_url=url, **fields)


def rss(*items: str, channel: str = "Dagblad De Kade", encoding: str = "utf-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n<rss version="2.0"><channel><title>{channel}</title>'
        f"<link>https://www.dekade.example/</link><description>Nieuws</description>{''.join(items)}"
        "</channel></rss>"
    )


def rss_item(
    title: str,
    link: str,
    description: str = "",
    guid: str | None = None,
    date: str | None = "",
) -> str:
    """An RSS item; `date` "" is an hour ago, None leaves the date out."""
    if date == "":
        date = rfc822(timezone.now() - timedelta(hours=1))
    parts = [f"<title>{title}</title>", f"<link>{link}</link>"]
    if description:
        parts.append(f"<description>{description}</description>")
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if date is not None:
        parts.append(f"<pubDate>{date}</pubDate>")
    return f"<item>{''.join(parts)}</item>"


def rfc822(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def make_item(feed: OutletFeed, title: str, minutes_ago: int = 60, **fields) -> OutletItem:
    """Store an item as the fetcher would, published `minutes_ago` minutes back."""
    when = timezone.now() - timedelta(minutes=minutes_ago)
    link = fields.pop("link", f"https://www.dekade.example/{item_key(title)[:12]}")
    fields.setdefault("summary", "Een korte samenvatting van het verhaal.")
    return OutletItem.objects.create(
        feed=feed, key=item_key(link), title=title, link=link, published_at=when, fetched_at=when, **fields
    )


@pytest.fixture
def other_media_page(tree) -> OtherMediaPage:
    """The 'Uit andere media' page under the front page of the test site."""
    return add_page(tree.home, OtherMediaPage(title="Uit andere media", slug="uit-andere-media"))
