"""The listeners of bench/live.py, in a process of their own: many SSE streams, each event's arrival noted.

    python bench/live_listeners.py HOST PORT PATH COUNT

Opens COUNT streams on PATH, five per address in 127.1.0.0/16 (within the live process's per-address
limits), prints `{"open": N, "refused": M}` once all are open or refused, then notes the moment each
comment event arrives at each stream until a line comes on stdin; then prints the moments, one list per
stream, as JSON, and ends.

A browser has a machine of its own; here 2,000 share the two cores with the server, so a listener does as
little as a stream allows: a protocol callback (no coroutine per read) that counts the events in what came.
A moment is taken when the bytes are read, so this process's own delay still counts in an arrival.
"""

import asyncio
import functools
import json
import sys
import time

PER_ADDRESS = 5
MARKER = b'"type":"comment"'


class Listener(asyncio.Protocol):
    def __init__(self, request: bytes, done: asyncio.Future):
        self.request = request
        self.done = done  # set to whether the stream opened (its 200), once its status line came
        self.moments: list[float] = []
        self.head = b""  # the response's first bytes, until its status line is complete
        self.tail = b""  # the last bytes read: an event's marker may come split over two reads

    def connection_made(self, transport):
        transport.write(self.request)

    def data_received(self, data: bytes):
        if not self.done.done():
            self.head += data
            if b"\r\n" not in self.head:
                return
            self.done.set_result(b" 200 " in self.head.split(b"\r\n", 1)[0])
            data = self.head
        seen = self.tail + data
        count = seen.count(MARKER) - self.tail.count(MARKER)
        if count:
            now = time.time()
            self.moments.extend([now] * count)
        self.tail = seen[-(len(MARKER) - 1) :]

    def connection_lost(self, exc):
        if not self.done.done():
            self.done.set_result(False)


async def listen(host: str, port: int, path: str, count: int) -> None:
    loop = asyncio.get_running_loop()
    request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n".encode()
    listeners, transports, opened = [], [], []
    for number in range(count):
        address = f"127.1.{number // PER_ADDRESS // 250}.{number // PER_ADDRESS % 250 + 1}"
        done = loop.create_future()
        listener = Listener(request, done)
        try:
            transport, _ = await loop.create_connection(
                functools.partial(lambda made: made, listener), host, port, local_addr=(address, 0)
            )
        except OSError:
            done.set_result(False)
        else:
            transports.append(transport)
        listeners.append(listener)
        opened.append(done)
        if number % 100 == 99:
            await asyncio.sleep(0.05)  # let the live process accept them in steps
    results = await asyncio.gather(*opened)
    print(json.dumps({"open": sum(results), "refused": count - sum(results)}), flush=True)
    await loop.run_in_executor(None, sys.stdin.readline)  # the bench says when it is done
    for transport in transports:
        transport.close()
    arrivals = [listener.moments for listener, ok in zip(listeners, results, strict=True) if ok]
    print(json.dumps(arrivals), flush=True)


if __name__ == "__main__":
    host, port, path, count = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    asyncio.run(listen(host, port, path, count))
