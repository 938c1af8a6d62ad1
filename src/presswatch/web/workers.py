"""``presswatch serve --workers N``: N server processes, connections dealt to them in turn.

The parent process accepts every connection and hands it, already accepted, to the
workers in turn over a Unix socket (the file descriptor itself travels, as with Node's
cluster module); each worker serves its connections with uvicorn as if it had accepted
them. Left to the kernel (each worker binding the port with ``SO_REUSEPORT``), a
connection goes to a worker by a hash of its addresses: 50 keep-alive clients split 18/32
as often as 25/25, and the clients of the busier worker wait almost twice as long. Dealt in
turn, a few long-lived connections (a load generator, a proxy's keep-alive pool) are
shared evenly.

Why it stays (issue 14, measured 2026-12-04, ``docs/performance.md``): against uvicorn's own
``--workers`` (``uvicorn.run("...:factory", factory=True, workers=2)``: every process
accepting on one inherited socket), six interleaved rounds of ``PYTHONPATH=<tree>/src
.venv/bin/python bench/http_load.py --db <store> --duration 15`` on 100,000 quotes
(``--workers 2 --threads 1``, 2 cores shared with other sessions) gave, speaker API at 50
clients, median (min–max): dealt in turn 970 req/s (951–1198), p95 77.1 ms (61.6–84.6), both
targets met 6 times in 6; uvicorn's workers 1136 req/s (953–1290), p95 75.2 ms (61.7–100.3),
met 5 times in 6, with the widest search p95 (26.4–56.7 ms against 28.5–37.5). uvicorn's
route answers as many requests or more, but its p95 varied more from run to run (where the
kernel wakes one accepting process, connections need not split evenly; not measured here);
with the store's plain SQLAlchemy results as well it met the targets twice in 3 rounds (p95
70.2–108.4 ms).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import multiprocessing
import os
import signal
import socket
import threading
import time
from typing import Any

import uvicorn

__all__ = ["BACKLOG", "listening_socket", "run_workers"]

logger = logging.getLogger(__name__)

BACKLOG = 2048
"""Connections the kernel queues before the parent accepts them."""

PASSED_AT_ONCE = 64
"""Most connections a worker takes from its channel per wake-up."""


def listening_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port``.

    Raises:
        OSError: The port cannot be bound.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(BACKLOG)
    return sock


def _deal(sock: socket.socket, channels: list[socket.socket], stopping: threading.Event
          ) -> None:
    """Accept connections on ``sock`` and pass each to the next worker's channel, until
    ``stopping`` is set or a worker's channel is gone (which stops the server)."""
    for n in itertools.count():
        try:
            conn, _ = sock.accept()
        except OSError:
            if stopping.is_set():
                return
            time.sleep(0.01)  # out of file descriptors, a connection reset before accept…
            continue
        with conn:  # the worker holds its own copy once the message is sent
            try:
                socket.send_fds(channels[n % len(channels)], [b"c"], [conn.fileno()])
            except OSError:
                if not stopping.is_set():
                    logger.error("a worker stopped taking connections; stopping the others")
                    os.kill(os.getpid(), signal.SIGTERM)
                return


class _DealtServer(uvicorn.Server):
    """A uvicorn server with no listening socket: its connections arrive accepted, as file
    descriptors on ``channel``; it stops when the parent closes the channel."""

    def __init__(self, config: uvicorn.Config, channel: socket.socket) -> None:
        super().__init__(config)
        self.channel = channel
        self._opening: set[asyncio.Task[Any]] = set()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])
        self.channel.setblocking(False)
        asyncio.get_running_loop().add_reader(self.channel.fileno(), self._take)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        asyncio.get_running_loop().remove_reader(self.channel.fileno())
        await super().shutdown(sockets=sockets)

    def _protocol(self) -> asyncio.Protocol:
        """What uvicorn's own listening server would make for an accepted connection."""
        return self.config.http_protocol_class(config=self.config,
                                               server_state=self.server_state,
                                               app_state=self.lifespan.state)

    def _take(self) -> None:
        loop = asyncio.get_running_loop()
        for _ in range(PASSED_AT_ONCE):
            try:
                data, fds, _flags, _addr = socket.recv_fds(self.channel, 1, 1)
            except BlockingIOError:
                return
            if not data:  # the parent is gone
                loop.remove_reader(self.channel.fileno())
                self.should_exit = True
                return
            for fd in fds:
                conn = socket.socket(fileno=fd)
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                task = loop.create_task(loop.connect_accepted_socket(self._protocol, conn))
                self._opening.add(task)  # the loop keeps only a weak reference
                task.add_done_callback(self._opening.discard)


def _worker(app_options: dict[str, Any], channel: socket.socket,
            server_options: dict[str, Any]) -> None:
    """One worker process: its own app (and so its own database connections)."""
    from presswatch.web.app import create_app

    config = uvicorn.Config(create_app(**app_options), **server_options)
    _DealtServer(config, channel).run()


def run_workers(app_options: dict[str, Any], *, host: str, port: int, workers: int,
                **server_options: Any) -> int:
    """Serve ``create_app(**app_options)`` from ``workers`` processes until interrupted
    (SIGINT or SIGTERM, passed on to them) or until one of them stops; the exit status.
    This process accepts the connections and deals them to the workers in turn.

    Raises:
        OSError: The port cannot be bound.
    """
    sock = listening_socket(host, port)
    spawn = multiprocessing.get_context("spawn")
    pairs = [socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET) for _ in range(workers)]
    procs = [spawn.Process(target=_worker, args=(app_options, theirs, server_options),
                           name=f"presswatch-worker-{n}")
             for n, (_ours, theirs) in enumerate(pairs)]
    stopping = threading.Event()

    def stop(signum: int, _frame: Any) -> None:
        stopping.set()
        for proc in procs:
            if proc.pid is not None and proc.is_alive():
                os.kill(proc.pid, signal.SIGTERM)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)
    for proc in procs:
        proc.start()
    for _ours, theirs in pairs:
        theirs.close()
    dealer = threading.Thread(target=_deal, args=(sock, [ours for ours, _ in pairs], stopping),
                              name="presswatch-dealer", daemon=True)
    dealer.start()
    while not stopping.is_set() and all(proc.is_alive() for proc in procs):
        stopping.wait(0.5)
    failed = not stopping.is_set()
    if failed:
        logger.error("a worker stopped (exit code %s); stopping the others",
                     next(p.exitcode for p in procs if not p.is_alive()))
        stop(signal.SIGTERM, None)
    stopping.set()
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)  # wakes the dealer's accept
    sock.close()
    for proc in procs:
        proc.join()
    for ours, _theirs in pairs:
        ours.close()
    stopped = {0, -signal.SIGTERM, -signal.SIGINT}  # uvicorn re-raises the signal it got
    return 1 if failed or any(proc.exitcode not in stopped for proc in procs) else 0
