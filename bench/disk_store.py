"""Reads from the shared store without Redis (diskcache), with its files mapped into memory and without.

    python bench/disk_store.py [--entries 3000] [--reads 40000] [--rounds 5]

Fills two stores with the same entries (page-cache-sized values, 2-30 KiB), then reads random keys from
each in turn, in rounds, in one process and one run; prints the time per read and the ratio, without
mapping against diskcache's default (64 MiB mapped per connection). krant's settings read without
mapping (docs/decisions/2026-12-05-memory.md).
"""

import argparse
import random
import tempfile
import time

from diskcache import FanoutCache

SHARDS = 4


def store(directory: str, *, mapped: bool) -> FanoutCache:
    settings = {} if mapped else {"sqlite_mmap_size": 0, "sqlite_cache_size": 128}  # as krant.settings
    return FanoutCache(directory, shards=SHARDS, size_limit=2**30, **settings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=3000)
    parser.add_argument("--reads", type=int, default=40000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    chance = random.Random(1)  # noqa: S311 - made-up entries, the same in every run
    values = {f"entry-{n}": chance.randbytes(chance.randint(2, 30) * 1024) for n in range(args.entries)}
    keys = [chance.choice(list(values)) for _ in range(args.reads)]
    with tempfile.TemporaryDirectory() as mapped_dir, tempfile.TemporaryDirectory() as read_dir:
        stores = {
            "mapped (diskcache's default)": store(mapped_dir, mapped=True),
            "read (krant)": store(read_dir, mapped=False),
        }
        for each in stores.values():
            for key, value in values.items():
                each.set(key, value)
        spent = dict.fromkeys(stores, 0.0)
        for _ in range(args.rounds):
            for name, each in stores.items():
                started = time.perf_counter()
                for key in keys:
                    each.get(key)
                spent[name] += time.perf_counter() - started
        reads = args.reads * args.rounds
        for name, seconds in spent.items():
            print(f"{name:30} {seconds / reads * 1e6:7.1f} µs per read")
        mapped, read = spent.values()
        print(f"read / mapped: {read / mapped:.2f}")


if __name__ == "__main__":
    main()
