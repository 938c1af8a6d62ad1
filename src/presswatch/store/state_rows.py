"""A recompute's saved state as rows by key (article, event or story), written by key.

Quote inputs (per article), event digests (per event) and story labels (per story) were
each one JSON value in ``derive_state``, parsed and dumped whole at every recompute
whatever a batch touched. Each is now a table with one row per key (``quote_inputs``,
``event_digests``, ``story_labels``); a recompute compares what it made with the rows it
read and deletes or inserts only the keys that differ, in the caller's transaction (a
``kill -9`` leaves rows and derived tables as they were, together).

The rows are trusted only with their ``derive_state`` row of the same name, which holds
the version they were made under: a new store, a ``bulk`` build (it wipes
``derive_state``), another version or a value that does not read means "no state" (the
caller derives everything again, and every row is written afresh).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import Connection, Table, delete, select

from presswatch.store import schema
from presswatch.store.changes import fetch

__all__ = ["read_state", "write_state"]

_CHUNK = 500

State = dict[str, tuple[str, ...]]
"""Key → the row's other columns, in table order."""


def _marker(conn: Connection, table: Table) -> str | None:
    """The version the rows of ``table`` were made under (None: not trusted)."""
    state = schema.derive_state
    value = conn.execute(select(state.c.value).where(state.c.name == table.name)).scalar()
    try:
        found = json.loads(value) if value else None
    except ValueError:
        return None
    version = found.get("version") if isinstance(found, dict) else None
    return version if isinstance(version, str) else None


def read_state(conn: Connection, table: Table, version: str) -> State | None:
    """Every row of ``table`` (key → other columns), or None when they were not made
    under ``version`` (or no marker says they are valid)."""
    if _marker(conn, table) != version:
        return None
    return {row[0]: tuple(row[1:]) for row in fetch(conn, table)}


def write_state(conn: Connection, table: Table, version: str,
                now: Mapping[str, tuple[str, ...]], before: State | None) -> tuple[int, int]:
    """Bring ``table`` to ``now`` (key → other columns, a tuple as :func:`read_state`
    gives them: compared as they are): with ``before`` (the rows as
    :func:`read_state` gave them in this transaction) only the keys gone or different are
    deleted and the keys new or different inserted; without, every row is replaced. The
    marker says ``version``. Returns (deleted, inserted) rows."""
    key, *others = [c.name for c in table.columns]
    if before is None:
        conn.execute(delete(table))
        gone: list[str] = []
        fresh = sorted(now)
    else:
        gone = sorted(k for k, v in before.items() if now.get(k) != v)
        fresh = sorted(k for k, v in now.items() if before.get(k) != v)
    column = table.c[key]
    for i in range(0, len(gone), _CHUNK):
        conn.execute(delete(table).where(column.in_(gone[i:i + _CHUNK])))
    rows = [{key: k, **dict(zip(others, now[k], strict=True))} for k in fresh]
    for i in range(0, len(rows), _CHUNK * 4):
        conn.execute(table.insert(), rows[i:i + _CHUNK * 4])
    if before is None:  # else the marker already says ``version`` (read_state checked)
        state = schema.derive_state
        conn.execute(delete(state).where(state.c.name == table.name))
        conn.execute(state.insert().values(name=table.name,
                                           value=json.dumps({"version": version})))
    return len(gone), len(rows)
