"""This process's own cache (`caches["local"]`), bounded by the bytes it holds as well as by its entries.

Django's LocMemCache counts entries only, and its entries range from a 100-byte routing memo to a
30 KiB article body: 2,000 of the largest would hold 60 MiB in every worker. This one also keeps the
pickled size of each entry and, past MAX_BYTES, drops the least recently used until it fits again, so a
crawler asking for every address cannot make a worker hold more than its budget.
"""

from django.core.cache.backends.locmem import LocMemCache

ENTRY_OVERHEAD = 200  # bytes each entry costs beside its key and pickle: dict slots, expiry, objects
DEFAULT_MAX_BYTES = 8 * 2**20

# The sizes live beside Django's own per-name store: every thread's cache object shares them.
_sizes: dict[str, dict[str, int]] = {}
_totals: dict[str, list[int]] = {}


class BoundedLocMemCache(LocMemCache):
    """LocMemCache that never holds more than OPTIONS["MAX_BYTES"] (keys, pickles and overhead)."""

    def __init__(self, name, params):
        super().__init__(name, params)
        options = params.get("OPTIONS", {})
        self.max_bytes = int(options.get("MAX_BYTES", DEFAULT_MAX_BYTES))
        self._sizes = _sizes.setdefault(name, {})
        self._total = _totals.setdefault(name, [0])  # a list: shared and changed in place

    @property
    def used_bytes(self) -> int:
        return self._total[0]

    def _set(self, key, value, timeout=None):
        # Called with the lock held, by set() and add(); `value` is the pickle.
        self._delete(key)
        size = len(key) + len(value) + ENTRY_OVERHEAD
        if size > self.max_bytes:
            return  # would push out everything else for one entry
        super()._set(key, value, timeout)
        self._sizes[key] = size
        self._total[0] += size
        while self._total[0] > self.max_bytes:
            self._evict()

    def incr(self, key, delta=1, version=None):
        value = super().incr(key, delta, version)
        key = self.make_and_validate_key(key, version=version)
        with self._lock:  # Django's incr replaces the pickle without _set: count its new size
            pickled = self._cache.get(key)
            if pickled is not None:
                size = len(key) + len(pickled) + ENTRY_OVERHEAD
                self._total[0] += size - self._sizes.get(key, 0)
                self._sizes[key] = size
        return value

    def _evict(self) -> None:
        key, _ = self._cache.popitem()  # the least recently used: Django moves each use to the front
        del self._expire_info[key]
        self._total[0] -= self._sizes.pop(key, 0)

    def _cull(self):
        # Django's cull pops entries directly; drop them through _evict so their bytes are counted off.
        count = len(self._cache) if self._cull_frequency == 0 else len(self._cache) // self._cull_frequency
        for _ in range(count):
            self._evict()

    def _delete(self, key):
        if not super()._delete(key):
            return False
        self._total[0] -= self._sizes.pop(key, 0)
        return True

    def clear(self):
        with self._lock:
            self._cache.clear()
            self._expire_info.clear()
            self._sizes.clear()
            self._total[0] = 0
