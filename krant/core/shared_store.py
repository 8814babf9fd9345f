"""The shared store without Redis: diskcache's Django cache, its SQLite connections kept between requests."""

from diskcache import DjangoCache


class SharedDiskCache(DjangoCache):
    """diskcache's DjangoCache that stays connected when a request ends.

    Django closes every cache at the end of each request, for clients of network caches. diskcache keeps
    one connection per thread and shard and opens new ones after a fork by itself, so closing them only
    makes the next request connect to each shard again and read its settings anew (about a millisecond
    of every render).
    """

    def close(self, **kwargs):
        pass
