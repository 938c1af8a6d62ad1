"""Serving the app: ``presswatch serve``'s worker processes, the app on a loopback port
inside this process (for browser tests and screenshots), and how those drive a browser:
Debian's Chromium, never a browser Playwright would download."""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from fastapi import FastAPI

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "STARTUP_TIMEOUT", "free_port", "reuse_port_socket",
           "run_workers", "running"]

logger = logging.getLogger(__name__)

CHROMIUM = "/usr/bin/chromium"
"""The browser the tests and the screenshot script drive (Debian package ``chromium``)."""
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync")
"""Offline, quiet, container-friendly: no sandbox (root in CI), no network of its own."""

STARTUP_TIMEOUT = 20.0
"""Seconds to wait for the server to accept connections."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@contextmanager
def running(app: FastAPI, *, host: str = "127.0.0.1", port: int | None = None,
            log_level: str = "warning") -> Iterator[str]:
    """Serve ``app`` with uvicorn in a background thread; yields its base URL and stops
    it (waiting for the thread) on exit."""
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port or free_port(host),
                                           log_level=log_level, lifespan="on"))
    thread = threading.Thread(target=server.run, name="presswatch-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the server did not start on {host}:{server.config.port}")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


# ---- presswatch serve --workers N ----------------------------------------------------------

BACKLOG = 2048
"""Connections the kernel queues for a worker that has not accepted them yet."""


def reuse_port_socket(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` that other processes may bind too
    (``SO_REUSEPORT``): the kernel then spreads new connections evenly over the workers.
    On one shared socket, the worker that wakes first accepts every connection waiting,
    and a burst of clients ends up on one process while the other idles."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(BACKLOG)
    return sock


def _worker(app_options: dict[str, Any], host: str, port: int,
            server_options: dict[str, Any]) -> None:
    """One worker process: its own app (and so its own connections), its own socket."""
    from presswatch.web.app import create_app

    sock = reuse_port_socket(host, port)
    config = uvicorn.Config(create_app(**app_options), **server_options)
    uvicorn.Server(config).run(sockets=[sock])


def run_workers(app_options: dict[str, Any], *, host: str, port: int, workers: int,
                **server_options: Any) -> int:
    """Serve ``create_app(**app_options)`` from ``workers`` processes until interrupted
    (SIGINT or SIGTERM, passed on to them) or until one of them stops; the exit status.
    Each process binds the port itself with ``SO_REUSEPORT`` (see
    :func:`reuse_port_socket`).

    Raises:
        OSError: The port cannot be bound, or the system lacks ``SO_REUSEPORT``.
    """
    if not hasattr(socket, "SO_REUSEPORT"):
        raise OSError("several workers need SO_REUSEPORT, which this system lacks")
    reuse_port_socket(host, port).close()  # the port is free: fail here, not in each worker
    spawn = multiprocessing.get_context("spawn")
    procs = [spawn.Process(target=_worker, args=(app_options, host, port, server_options),
                           name=f"presswatch-worker-{n}") for n in range(workers)]
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
    while not stopping.is_set() and all(proc.is_alive() for proc in procs):
        stopping.wait(0.5)
    failed = not stopping.is_set()
    if failed:
        logger.error("a worker stopped (exit code %s); stopping the others",
                     next(p.exitcode for p in procs if not p.is_alive()))
        stop(signal.SIGTERM, None)
    for proc in procs:
        proc.join()
    stopped = {0, -signal.SIGTERM, -signal.SIGINT}  # uvicorn re-raises the signal it got
    return 1 if failed or any(proc.exitcode not in stopped for proc in procs) else 0
