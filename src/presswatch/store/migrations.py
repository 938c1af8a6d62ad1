"""Named, recorded schema migrations (the sqlite-utils ``Migrations`` habit).

Each migration is a function applied once per database, in its own transaction, and its
name recorded in ``schema_migrations`` in that same transaction: a database is always at a
known step, even after a crash during an upgrade. :func:`pending` only reads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, inspect, select

from presswatch.store.fts import create_search
from presswatch.store.schema import metadata, schema_migrations

__all__ = ["MIGRATIONS", "migrate", "pending"]


def _tables(conn: Connection) -> None:
    tables = [t for t in metadata.sorted_tables if t is not schema_migrations]
    metadata.create_all(conn, tables=tables)


MIGRATIONS: tuple[tuple[str, Callable[[Connection], None]], ...] = (
    ("0001_tables", _tables),
    ("0002_full_text_search", create_search),
)
"""Every migration, in order. Append new ones; never rename or edit an applied one."""


def _applied(conn: Connection) -> set[str]:
    if not inspect(conn).has_table(schema_migrations.name):
        return set()
    return set(conn.execute(select(schema_migrations.c.name)).scalars())


def pending(engine: Engine) -> list[str]:
    """Names of the migrations not yet applied to the database (reads only)."""
    with engine.connect() as conn:
        done = _applied(conn)
    return [name for name, _fn in MIGRATIONS if name not in done]


def migrate(engine: Engine) -> list[str]:
    """Apply every pending migration, each in its own transaction; return their names."""
    with engine.begin() as conn:
        schema_migrations.create(conn, checkfirst=True)
    applied = []
    for name, fn in MIGRATIONS:
        with engine.begin() as conn:
            if name in _applied(conn):
                continue
            fn(conn)
            conn.execute(schema_migrations.insert().values(name=name,
                                                           applied_at=datetime.now(UTC)))
            applied.append(name)
    return applied
