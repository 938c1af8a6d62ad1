"""Connections to a presswatch database: URLs, engines and the planner's statistics.

Kept apart from :mod:`.store` so that the migrations, which the Store runs when it opens a
database, can refresh statistics without importing the Store (no import cycle).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from presswatch.store.urls import database_url

__all__ = ["SQLITE_ANALYSIS_ROWS", "SQLITE_BUSY_TIMEOUT", "StoreError", "analyze",
           "make_engine", "parse_url", "reading", "writing"]

SQLITE_BUSY_TIMEOUT = 600.0
"""Seconds a SQLite connection waits for another writer before giving up: a second ingest
on one file waits its turn (the other's recompute included) rather than failing."""
_WRITE = "presswatch_write"
"""Execution option of a connection whose transaction writes (see :func:`writing`)."""
READ_SETTINGS = ("SELECT set_config('max_parallel_workers_per_gather', '0', true), "
                 "set_config('random_page_cost', '1.1', true), "
                 "set_config('plan_cache_mode', 'force_generic_plan', true)")
"""How PostgreSQL plans a read, for that transaction only (the recompute's whole-table
statements keep the server's settings). A read's page takes a few milliseconds of work:
parallel workers cost more to start than they save (a full-text page at a million quotes:
42 ms with two workers, 21 without) and, under many clients, take the cores other reads
need. Its rows are looked up by key in pages the server has cached: at the default cost
of a random page (4, a disk's) the planner hashed all 20,000 people to name a page's
speakers (12 ms) instead of looking up a hundred. A statement psycopg has prepared (run
five times) keeps its plan: PostgreSQL otherwise weighed, at every call, a plan for the
values given against the general one, and for a speaker's page (its name found through a
trigram index) and a full-text page it planned again every time (35 custom plans out of
35, 3 to 10 ms each at a million quotes; the general plan runs the speaker's page in
2.4 ms). One-off statements are still planned for their values. One statement, which
psycopg prepares."""
SQLITE_ANALYSIS_ROWS = 1000
"""Rows of each index ANALYZE samples on SQLite: approximate statistics, in bounded time."""


class StoreError(Exception):
    """A store that cannot be opened or used; the message is one readable sentence."""


def parse_url(url: str | URL) -> URL:
    """``url`` as a SQLAlchemy URL (PostgreSQL through psycopg 3; a plain path is a SQLite
    file); a malformed one is a :class:`StoreError`."""
    try:
        parsed = make_url(database_url(url) if isinstance(url, str) else url)
    except ArgumentError:
        raise StoreError(f"not a database URL: {url!r} (e.g. sqlite:///presswatch.db)") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_events(engine: Engine, *, wal: bool) -> None:
    """Real transactions on SQLite: the driver's own handling skips BEGIN before DDL and
    would commit half a migration; foreign keys on; WAL so readers never block ingest."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        if wal:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # a writer takes the write lock first (waiting up to the busy timeout): a deferred
        # transaction that read first cannot wait for it and fails with "database is locked"
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE)
                             else "BEGIN")


def make_engine(url: str | URL) -> Engine:
    """An engine for ``url`` with presswatch's connection settings."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        memory = parsed.database in (None, "", ":memory:")
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
        _sqlite_events(engine, wal=not memory)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that writes: committed at the end of the block, rolled back on an
    error. On SQLite it holds the write lock from its start, so concurrent writers (two
    ingests on one file) queue for it instead of failing."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE: True})
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A connection for reads, whose transaction ends with a commit, not the rollback a
    connection returned to the pool gets: psycopg forgets every statement it prepared on
    a rollback, so PostgreSQL planned each listing again at every call (a nine-table join
    took 11 to 15 ms to plan). Committing a transaction that only read changes nothing.
    An error still rolls back. On PostgreSQL its statements are planned for reads
    (:data:`READ_SETTINGS`)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(READ_SETTINGS)
        yield conn
        if conn.in_transaction():
            conn.commit()


def analyze(conn: Connection, tables: tuple[Table, ...] | None = None) -> None:
    """Refresh the query planner's statistics, of ``tables`` or of the whole database
    (after a batch or a migration changed sizes or indexes): without them SQLite may walk
    an index that matches every row, e.g. quotes without a said_on date, where the article
    date's index finds a week's quotes at once."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_ROWS}")
    if tables is None:
        conn.exec_driver_sql("ANALYZE")
        return
    quote = conn.dialect.identifier_preparer.quote
    for table in tables:
        conn.exec_driver_sql(f"ANALYZE {quote(table.name)}")
