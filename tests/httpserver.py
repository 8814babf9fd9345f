"""A real HTTP server on 127.0.0.1 for the tests of code that fetches from outside (feeds, images, URLs).

Each path answers what a test set with `serve` (or a `Reply` with a `write` callable that streams or stalls);
every other path is a 404. `requests` lists the paths asked for, in order.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.conftest import free_port


@dataclass
class Reply:
    """What the server answers on one path: a status, headers and a body, or a callable that writes."""

    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=dict)  # a None value leaves the header out
    content_type: str | None = "text/plain; charset=utf-8"
    write: Callable | None = None  # write(handler, server) answers by itself; handler.reply is this reply


def stall(handler, server) -> None:
    """Send the headers and promise a body, then say nothing more until the test is over."""
    handler.send_response(200)
    handler.send_header("Content-Type", handler.reply.content_type)
    handler.send_header("Content-Length", "100")
    handler.end_headers()
    server.stop.wait(30)


class LocalServer:
    def __init__(self, content_type: str = "text/plain; charset=utf-8"):
        self.content_type = content_type
        self.replies: dict[str, Reply] = {}
        self.requests: list[str] = []  # paths, in order of arrival
        self.headers: list[dict] = []  # the request headers, in the same order
        self.stop = threading.Event()  # ends streaming and stalled answers when the test is over
        self.httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), self.handler_class())
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"

    def handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - http.server's name
                server.requests.append(self.path)
                server.headers.append(dict(self.headers))
                self.reply = reply = server.replies.get(self.path) or Reply(b"niet gevonden", 404)
                if reply.write is not None:
                    reply.write(self, server)
                    return
                self.send_response(reply.status)
                headers = {"Content-Type": reply.content_type, "Content-Length": str(len(reply.body))}
                for name, value in {**headers, **reply.headers}.items():
                    if value is not None:
                        self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, *args):
                pass

        return Handler

    def serve(self, path: str, body: bytes | str = b"", **reply) -> str:
        """Answer GET `path` with this reply from now on; return its full URL."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        reply.setdefault("content_type", self.content_type)
        self.replies[path] = Reply(body=body, **reply)
        return self.url(path)

    def url(self, path: str = "/") -> str:
        return self.base + path

    def requests_for(self, path: str) -> list[dict]:
        """Return the headers of each request for `path`."""
        return [headers for seen, headers in zip(self.requests, self.headers, strict=True) if seen == path]

    def __enter__(self) -> "LocalServer":
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
