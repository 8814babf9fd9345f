"""A push service on this machine (ports 8630-8649): it checks each request's VAPID signature and decrypts
the payload with the subscription's own private key and auth secret, as a browser would (RFC 8291/8292)."""

import base64
import json
import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import http_ece
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from krant.push import keys

PORTS = range(8630, 8650)


def b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Browser:
    """A browser's side of a subscription: a real P-256 key pair and a 16-byte auth secret."""

    endpoint: str
    private_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    auth: bytes = field(default_factory=lambda: os.urandom(16))

    def subscription(self) -> dict:
        point = self.private_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return {
            "endpoint": self.endpoint,
            "keys": {"p256dh": keys.b64url(point), "auth": keys.b64url(self.auth)},
        }


def check_vapid(authorization: str, origin: str) -> dict:
    """Verify `vapid t=<JWT>, k=<key>` (RFC 8292): an ES256 signature by k, for this origin, not expired."""
    scheme, _, rest = authorization.partition(" ")
    assert scheme == "vapid", authorization
    parts = dict(part.strip().split("=", 1) for part in rest.split(","))
    header, claims, signature = parts["t"].split(".")
    public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), b64decode(parts["k"]))
    raw = b64decode(signature)
    assert len(raw) == 64
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    try:
        public.verify(der, f"{header}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise AssertionError("the VAPID signature does not verify") from None
    assert json.loads(b64decode(header)) == {"typ": "JWT", "alg": "ES256"}
    payload = json.loads(b64decode(claims))
    assert payload["aud"] == origin
    assert time.time() < payload["exp"] <= time.time() + 24 * 3600
    assert payload["sub"].startswith(("mailto:", "https://"))
    return {"key": parts["k"], **payload}


class PushService:
    """Answers 201 unless told otherwise per subscription; keeps what each one received, decrypted."""

    def __init__(self):
        self.browsers: dict[str, Browser] = {}
        self.answers: dict[str, int] = {}
        self.received: list[tuple[str, dict, dict]] = []  # (subscription id, message, VAPID claims)
        self.hold_at: int | None = None  # the request number to hold (not answer) until `release`
        self.reached = threading.Event()
        self.release = threading.Event()
        self.server = None
        for port in PORTS:
            try:
                self.server = ThreadingHTTPServer(("127.0.0.1", port), self.handler())
                break
            except OSError:
                continue
        assert self.server is not None, "no free port in 8630-8649"
        self.origin = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def browser(self, name: str, answer: int = 201) -> Browser:
        self.browsers[name] = Browser(f"{self.origin}/push/{name}")
        self.answers[name] = answer
        return self.browsers[name]

    def names(self) -> list[str]:
        return [name for name, _message, _claims in self.received]

    def handler(self):
        service = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                name = self.path.rsplit("/", 1)[-1]
                body = self.rfile.read(int(self.headers["Content-Length"]))
                browser = service.browsers[name]
                claims = check_vapid(self.headers["Authorization"], service.origin)
                assert self.headers["Content-Encoding"] == "aes128gcm"
                assert int(self.headers["TTL"]) > 0
                # RFC 8291: the salt and the sender's key travel in the body's header; decrypt as a browser.
                message = http_ece.decrypt(
                    body, private_key=browser.private_key, auth_secret=browser.auth, version="aes128gcm"
                )
                service.received.append((name, json.loads(message), claims))
                if service.hold_at is not None and len(service.received) == service.hold_at:
                    service.reached.set()
                    service.release.wait(120)
                self.send_response(service.answers[name])
                self.send_header("Content-Length", "0")
                self.end_headers()

        return Handler

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def push_service(settings):
    settings.PUSH_LOCAL_ENDPOINTS = True
    service = PushService()
    yield service
    service.close()


@pytest.fixture(autouse=True)
def vapid_key(settings):
    """A key of the test's own, the same in every process it starts."""
    settings.PUSH_VAPID_PRIVATE_KEY = keys.private_raw(ec.generate_private_key(ec.SECP256R1()))
    keys.vapid.cache_clear()
    yield settings.PUSH_VAPID_PRIVATE_KEY
    keys.vapid.cache_clear()
