"""Read-only connections under a time budget, for the web app's reads.

Reads go through the Store's own named read functions (:class:`Reader` is
:class:`presswatch.store.reads.Reads` over an engine of the caller's choice) but over a
separate engine that cannot write: SQLite files are opened with ``mode=ro`` and PostgreSQL
sessions are ``default_transaction_read_only``. A request's reads stop after
:data:`READ_TIME_LIMIT` seconds (the Datasette habit), so one pathological search cannot
hold a worker thread for minutes: the caller sets :data:`budget` for the current request.
"""

from __future__ import annotations

import sqlite3
import time
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from presswatch import settings
from presswatch.store.reads import Reads
from presswatch.store.store import Store

__all__ = ["READ_TIME_LIMIT", "ReadBudget", "Reader", "budget", "read_only_engine"]

READ_TIME_LIMIT: float = settings.default("read_time_limit")
"""Seconds one request's reads may take before SQLite interrupts them (PostgreSQL: per
statement); see :mod:`presswatch.settings`."""

READ_POOL_SIZE = 8
READ_POOL_OVERFLOW = 32
"""Read connections kept open and extra ones allowed: 40 matches the worker threads that
run synchronous endpoints, so no request waits for a connection it could have."""

READ_MMAP_BYTES = 256 * 2**20
"""How much of a SQLite file read connections map into memory: pages are then read from
the OS page cache in place, shared by every connection and worker process, instead of being
copied into each connection's small cache (6 % off a 100,000-quote speaker page)."""

PROGRESS_STEPS = 10_000
"""SQLite virtual-machine steps between two deadline checks (well under a millisecond)."""

class ReadBudget:
    """The time one request's reads may take. The clock starts at its first long read, not
    at its arrival: time spent queued for a worker thread under load is not the query's
    fault, and counting it would turn an overloaded server's slowness into errors."""

    __slots__ = ("limit", "started")

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.started: float | None = None

    def exceeded(self) -> bool:
        now = time.monotonic()
        if self.started is None:
            self.started = now
        return now - self.started > self.limit


budget: ContextVar[ReadBudget | None] = ContextVar("presswatch_read_budget", default=None)
"""The current request's :class:`ReadBudget`; set by middleware, and seen by the worker
thread because Starlette runs sync endpoints in a copy of the request's context."""


def _over_time() -> int:
    """SQLite progress handler: a non-zero return interrupts the running statement."""
    current = budget.get()
    return 1 if current is not None and current.exceeded() else 0


class Reader(Reads):
    """The Store's named read functions over an engine of the caller's choice."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine


def _sqlite_reader(path: Path) -> Engine:
    uri = f"{path.resolve().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)
        conn.set_progress_handler(_over_time, PROGRESS_STEPS)  # read now: tests patch it
        conn.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
        return conn

    return create_engine("sqlite://", creator=connect, poolclass=QueuePool,
                         pool_size=READ_POOL_SIZE, max_overflow=READ_POOL_OVERFLOW)


def _postgres_reader(store: Store) -> Engine:
    engine = create_engine(store.url, pool_pre_ping=True, pool_size=READ_POOL_SIZE,
                           max_overflow=READ_POOL_OVERFLOW)

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SET default_transaction_read_only = on")
            cur.execute(f"SET statement_timeout = {int(READ_TIME_LIMIT * 1000)}")
        dbapi_conn.commit()

    return engine


def read_only_engine(store: Store) -> Engine:
    """An engine over ``store``'s database that cannot write; an in-memory SQLite database
    can only share the Store's own engine (then returned as is)."""
    path = store.path
    if path is not None:
        return _sqlite_reader(path)
    if store.url.get_backend_name() == "postgresql":
        return _postgres_reader(store)
    return store.engine
