"""This process's own cache keeps to its byte budget, whatever a crawler makes it hold."""

import pytest
from django.core.cache import caches

from krant.core.local_cache import BoundedLocMemCache

BUDGET = 64 * 1024


@pytest.fixture
def store():
    cache = BoundedLocMemCache("test-bounded", {"OPTIONS": {"MAX_ENTRIES": 100_000, "MAX_BYTES": BUDGET}})
    yield cache
    cache.clear()


def held_bytes(cache: BoundedLocMemCache) -> int:
    """Return what the entries really hold: keys and pickles (the budget also counts their overhead)."""
    return sum(len(key) + len(pickled) for key, pickled in cache._cache.items())


def test_many_distinct_writes_never_exceed_the_byte_budget(store):
    """Thousands of distinct fragments of 1-20 KiB, more than the entry limit would ever stop, stay within
    the budget at every step; the newest are kept."""
    for number in range(3000):
        store.set(f"page:{number}", "x" * (1024 * (1 + number % 20)))
        assert store.used_bytes <= BUDGET
        assert held_bytes(store) <= BUDGET
    assert store.get("page:2999") is not None
    assert store.get("page:0") is None


def test_the_least_recently_used_go_first(store):
    """An entry read again stays while older, unread ones make room for new ones."""
    store.set("hot", "h" * 10_000)
    for number in range(20):
        store.get("hot")
        store.set(f"cold:{number}", "c" * 10_000)
    assert store.get("hot") is not None
    assert store.get("cold:0") is None


def test_replacing_deleting_and_clearing_count_off_what_they_drop(store):
    """Overwriting a key counts only its new value; a delete, an expiry and a clear free their bytes."""
    store.set("a", "x" * 10_000)
    store.set("a", "y" * 100)
    store.set("b", "z" * 1000)
    assert store.used_bytes < 2000 + 600
    store.delete("b")
    store.set("gone", "g" * 1000, timeout=-1)  # expired at once
    assert store.get("gone") is None
    assert store.used_bytes < 200 + 300
    store.clear()
    assert store.used_bytes == 0


def test_an_entry_larger_than_the_budget_is_not_kept(store):
    """One huge value would push out everything else: it is not kept, and the rest stays."""
    store.set("small", "s")
    store.set("huge", "h" * (BUDGET + 1))
    assert store.get("huge") is None
    assert store.get("small") == "s"


def test_counting_up_keeps_the_count(store):
    """incr keeps working, and its bytes are counted."""
    store.set("count", 1)
    assert store.incr("count", 5) == 6
    assert store.get("count") == 6
    assert 0 < store.used_bytes < 400


def test_the_local_cache_of_every_process_has_a_byte_budget():
    """caches['local'] (fragments, menus, routing) is this bounded cache, with a budget of a few MiB."""
    local = caches["local"]
    assert isinstance(local, BoundedLocMemCache)
    assert local.max_bytes <= 16 * 2**20
