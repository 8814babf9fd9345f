"""A server worker gives the memory malloc holds free back to the system."""

import sys

import pytest

from tests.processes import python_answer

# A worker that freed most of 100 MiB of small blocks, keeping every twentieth (so nothing is at the
# top of the heap for malloc to give back by itself); its resident size before and after a request.
WORKER = """
import json
import krant.wsgi
from django.core.signals import request_finished
from krant.core import memory

def resident_mib():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024

blocks = [bytearray(1000) for _ in range(100_000)]
kept = blocks[::20]
del blocks
before = resident_mib()
memory._last_trim[0] -= memory.TRIM_SECONDS  # the last trim was a minute ago
request_finished.send(sender=None)
print(json.dumps([before, resident_mib()]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_a_worker_returns_freed_memory_after_a_request(tmp_path):
    """After a request, a worker whose last trim is a minute old hands back the pages malloc kept free."""
    before, after = python_answer(WORKER, tmp_path)
    assert before - after > 40
