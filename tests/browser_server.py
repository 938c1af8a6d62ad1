"""Serving the app on a loopback port inside this process (for browser tests and
``scripts/screenshots.py``), and how those drive a browser: Debian's Chromium, never a
browser Playwright would download. Test-only: it ships with the tests, not the package."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

__all__ = ["CHROMIUM", "CHROMIUM_ARGS", "STARTUP_TIMEOUT", "free_port", "running"]

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
