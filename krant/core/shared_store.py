"""The shared store's cache backends: Django's Redis cache, and diskcache's for one machine without Redis."""

from diskcache import DjangoCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedDiskCache(DjangoCache):
    """diskcache's DjangoCache that stays connected when a request ends.

    Django closes every cache at the end of each request, for clients of network caches. diskcache keeps
    one connection per thread and shard and opens new ones after a fork by itself, so closing them only
    makes the next request connect to each shard again and read its settings anew (about a millisecond
    of every render).
    """

    def close(self, **kwargs):
        pass


class KeptRedisClients(RedisCacheClient):
    """Django's Redis cache client with one `redis.Redis` per connection pool, made once.

    Django makes a new `redis.Redis` for every cache call, and redis-py builds two tables of some 160
    reply handlers in each: about a tenth of a comment write's CPU went to that, at nine calls a write.
    A `redis.Redis` on a pool is safe to share between threads (each command takes a connection from the
    pool), and its pool reconnects after a fork by itself.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class SharedRedisCache(RedisCache):
    """Django's Redis cache, keeping its clients (KeptRedisClients)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = KeptRedisClients
