"""The VAPID public key reaches a web worker without the cryptography libraries (krant.push.keys)."""

from tests.processes import python_answer

PUBLIC_KEY = """
import json, sys
import krant.wsgi
from krant.push import keys
print(json.dumps([keys.public_key(), "cryptography" in sys.modules, "py_vapid" in sys.modules]))
"""


def test_a_worker_reads_the_public_key_another_process_derived(tmp_path):
    """The first process derives the public key (and loads cryptography for it); the next one reads it from
    the shared store, the same key, without loading cryptography or py_vapid."""
    first, first_crypto, _ = python_answer(PUBLIC_KEY, tmp_path)
    second, second_crypto, second_vapid = python_answer(PUBLIC_KEY, tmp_path)
    assert first_crypto  # the derivation does need it: the second process's answer is the store's
    assert second == first and len(second) == 87  # base64url of the 65-byte uncompressed point
    assert not second_crypto and not second_vapid
