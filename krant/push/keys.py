"""The site's VAPID key pair (RFC 8292): browsers subscribe with its public key, every push is signed with it.

From KRANT_VAPID_PRIVATE_KEY, or else generated once into the data directory, like the demo's secret key:
never in the repository. Every process may race to make it; one key wins (see stored_key). The key
never changes while a process runs, so each process reads it once.

cryptography and py_vapid (about 8 MiB) load only where a key is made or a push signed: in the sender, and
in a web worker only for the first public key of a private key, which the shared store then keeps.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import os
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.cache import cache

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ec
    from py_vapid import Vapid

KEY_FILE = "vapid_private_key"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def private_raw(key: ec.EllipticCurvePrivateKey) -> str:
    return b64url(key.private_numbers().private_value.to_bytes(32, "big"))


def stored_key() -> str:
    """Return the data directory's key, making it first if there is none."""
    path = settings.DATA_DIR / KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written whole under a name of its own, then linked into place: a link fails if the name exists,
        # so of processes racing here one key wins and nobody reads a half-written file.
        draft = path.with_name(f"{KEY_FILE}.{os.getpid()}")
        from cryptography.hazmat.primitives.asymmetric import ec

        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(private_raw(ec.generate_private_key(ec.SECP256R1())))
        try:
            os.link(draft, path)
        except FileExistsError:
            pass  # another process was first: its key is the one
        finally:
            draft.unlink()
    return path.read_text().strip()


def private_key() -> str:
    return settings.PUSH_VAPID_PRIVATE_KEY or stored_key()


@functools.cache
def vapid() -> Vapid:
    """Return the site's VAPID signer."""
    from py_vapid import Vapid

    return Vapid.from_raw(private_key().encode())


def public_key() -> str:
    """Return the public key as browsers take it (applicationServerKey): the uncompressed point, base64url.

    Kept in the shared store under a digest of the private key, so a new key is a new entry."""
    name = "push:public-key:" + hashlib.sha256(private_key().encode()).hexdigest()[:32]
    return cache.get_or_set(name, derive_public_key, timeout=None)


def derive_public_key() -> str:
    from cryptography.hazmat.primitives import serialization

    point = vapid().public_key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return b64url(point)
