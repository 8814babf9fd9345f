"""What `krant serve` runs in each worker: cache hits in granian's event loop, the rest in Django's threads.

Under granian's WSGI interface every request, a hit of a few microseconds or a write of tens of
milliseconds, first waits for one of the worker's threads in one queue: beside 200 members writing, readers
of cached pages waited seconds (docs/decisions/2026-12-06-isolation.md). Here granian's RSGI interface hands
every request to the worker's event loop, which answers page cache hits itself (krant.core.pagecache's
FastPath.cached: a memo read, at most one read of the shared store) and passes everything else, with its
body, to a bounded pool of threads that run krant's WSGI application as granian's WSGI did.
"""

from __future__ import annotations

import asyncio
import io
import sys
from concurrent.futures import ThreadPoolExecutor

from krant.config import BLOCKING_THREADS
from krant.wsgi import application as wsgi_application

# A response body up to this size is sent in one piece; a longer one (a media file) is streamed.
WHOLE_BODY_BYTES = 256 * 2**10
# The request headers WSGI names without the HTTP_ prefix.
SPECIAL_HEADERS = {"content-type": "CONTENT_TYPE", "content-length": "CONTENT_LENGTH"}


class Application:
    """An RSGI application around a WSGI one that has FastPath's `cached` and `uncached`."""

    def __init__(self, wsgi, threads: int):
        self.wsgi = wsgi
        self.threads = ThreadPoolExecutor(threads, thread_name_prefix="krant-django")
        self.loop: asyncio.AbstractEventLoop | None = None

    def __rsgi_init__(self, loop):
        self.loop = loop

    def __rsgi_del__(self, loop):
        self.threads.shutdown(wait=True)  # a graceful stop: the requests in hand finish

    async def __rsgi__(self, scope, proto):
        if scope.proto != "http":
            proto.close(403)  # no websockets here: the live channel streams from its own process
            return
        environ = make_environ(scope)
        answer = self.wsgi.cached(environ)
        if answer is not None:
            status, headers, body = answer
            proto.response_bytes(int(status[:3]), headers, body)
            return
        body = await proto()
        environ["wsgi.input"] = io.BytesIO(body)
        loop = self.loop or asyncio.get_running_loop()
        whole = await loop.run_in_executor(self.threads, self.respond, environ, proto, loop)
        if whole is not None:
            proto.response_bytes(*whole)

    def respond(self, environ: dict, proto, loop: asyncio.AbstractEventLoop) -> tuple | None:
        """Run the WSGI application in this thread, its whole response included (Django's request_finished,
        which returns the thread's database connection, runs when the response is closed).

        Return status, headers and body, or None when the body was long and is streamed already.
        """
        started: list = []

        def start_response(status, headers, exc_info=None):
            started[:] = [int(status[:3]), headers]

        result = self.wsgi.uncached(environ, start_response)
        try:
            chunks, size, stream = [], 0, None
            for chunk in result:
                if stream is None:
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > WHOLE_BODY_BYTES:
                        stream = self.call(loop, start_stream(proto, *started))
                        for waiting in chunks:
                            self.call(loop, send(stream, waiting))
                elif chunk:
                    self.call(loop, send(stream, chunk))
            if stream is None:
                return (*started, b"".join(chunks))
        except (ConnectionError, RuntimeError):
            pass  # the reader left during a streamed body (granian's ProtocolClosed is a RuntimeError)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        return None

    @staticmethod
    def call(loop, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result()


async def start_stream(proto, status, headers):
    return proto.response_stream(status, headers)


async def send(stream, chunk: bytes) -> None:
    """Send a chunk: granian's send_bytes is an awaitable, not a coroutine run_coroutine_threadsafe takes."""
    await stream.send_bytes(chunk)


def make_environ(scope) -> dict:
    """Return the WSGI environ of an RSGI request as granian's WSGI interface makes it (PEP 3333)."""
    server_name, _, server_port = scope.server.rpartition(":")
    environ = {
        "REQUEST_METHOD": scope.method,
        "SCRIPT_NAME": "",
        # RSGI gives the path percent-decoded as text; WSGI wants the decoded bytes as latin-1.
        "PATH_INFO": scope.path.encode().decode("latin-1"),
        "QUERY_STRING": scope.query_string,
        "SERVER_NAME": server_name.strip("[]"),
        "SERVER_PORT": server_port,
        "SERVER_PROTOCOL": f"HTTP/{scope.http_version}",
        "REMOTE_ADDR": scope.client.rpartition(":")[0].strip("[]"),
        "wsgi.url_scheme": scope.scheme,
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.input_terminated": True,
    }
    for name, value in scope.headers.items():
        key = SPECIAL_HEADERS.get(name) or "HTTP_" + name.upper().replace("-", "_")
        if key in environ:  # a repeated header: joined as granian's WSGI joins them
            value = environ[key] + (";" if key == "HTTP_COOKIE" else ",") + value
        environ[key] = value
    return environ


application = Application(wsgi_application, BLOCKING_THREADS)
