"""Write a derived table's new rows as changes: only the rows that differ are touched.

After a batch of a few articles most derived rows come out as they were; deleting and
rewriting every one of them (hundreds of thousands on a large store) made each ingest
rewrite the database's derived half, its indexes and the WAL. Here the stored rows are
compared with the new ones by primary key: rows gone are deleted, rows new are inserted,
rows whose values changed are updated in place (never deleted and inserted again: a
``people`` row's delete would cascade to its quotes' links). New and changed rows are
written parents first and gone rows deleted children first, so a foreign key never points
at a missing row and no delete cascades onto a row that stays. All inside the caller's
transaction, so readers see the old tables or the new ones.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Select, Table, and_, bindparam, delete, select, tuple_, update

from presswatch.store import schema

__all__ = ["Changed", "fetch", "write_changes"]


class Changed(dict[str, tuple[int, int, int]]):
    """Rows (deleted, inserted, updated) by table name: what one update touched."""


def _key(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def fetch(conn: Connection, query: Select | Table) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as plain tuples in column order, read through the driver's
    cursor: SQLAlchemy's per-row processing cost more than what a recompute does with most
    rows (derived inputs and tables hold strings, numbers and booleans, which the drivers
    give as Python values; SQLite's 0/1 for a boolean compares equal to False/True).
    Parameters are written into the statement (literal binds): no query here takes
    user text."""
    statement = select(query) if isinstance(query, Table) else query
    sql = str(statement.compile(dialect=conn.dialect,
                                compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def _delete(conn: Connection, table: Table, keys: list[tuple[Any, ...]], chunk: int) -> None:
    cols = _key(table)
    for part in _chunks(keys, chunk):
        cond = cols[0].in_([k[0] for k in part]) if len(cols) == 1 else \
            tuple_(*cols).in_(part)
        conn.execute(delete(table).where(cond))


def _update(conn: Connection, table: Table, rows: list[dict[str, Any]], chunk: int) -> None:
    cols = _key(table)
    names = {c.name for c in cols}
    stmt = update(table).where(and_(*[c == bindparam("k_" + c.name) for c in cols])).values(
        {c.name: bindparam("v_" + c.name) for c in table.columns if c.name not in names})
    params = [{**{"k_" + c.name: row[c.name] for c in cols},
               **{"v_" + k: v for k, v in row.items() if k not in names}} for row in rows]
    for part in _chunks(params, chunk):
        conn.execute(stmt, list(part))


def write_changes(conn: Connection, rows: Mapping[Table, Sequence[dict[str, Any]]], *,
                  chunk: int = 2000,
                  stored: Mapping[Table, Sequence[tuple[Any, ...]]] | None = None) -> Changed:
    """Make each derived table of ``rows`` hold exactly its rows, touching only those that
    differ from the stored ones (a derived table absent from ``rows`` is left alone: its
    caller writes it by key). With ``stored`` (each table's stored rows in column order
    that the new rows may replace, read by the caller by key) only those are compared:
    every other stored row stands. Returns how many rows of each table were touched."""
    changed = Changed()
    plans = {}
    tables = [t for t in schema.DERIVED_TABLES if t in rows]
    for table in tables:
        names = [c.name for c in table.columns]
        at = [names.index(c.name) for c in _key(table)]
        key = itemgetter(*at) if len(at) > 1 else lambda v, i=at[0]: (v[i],)
        as_tuple = itemgetter(*names)
        new_rows = {as_tuple(r): r for r in rows[table]}
        have = set(fetch(conn, table) if stored is None else stored[table])
        same = have & new_rows.keys()  # most rows after a small batch: set operations in C
        old = {key(v): v for v in have - same}
        new = {key(v): r for v, r in new_rows.items() if v not in same}
        plans[table] = (sorted(old.keys() - new.keys()),
                        [r for k, r in new.items() if k not in old],
                        [r for k, r in new.items() if k in old])
        changed[table.name] = tuple(len(x) for x in plans[table])
    for table in reversed(tables):  # parents first: inserts find them
        _gone, added, differ = plans[table]
        _update(conn, table, differ, chunk)
        for part in _chunks(added, chunk):
            conn.execute(table.insert(), list(part))
    for table in tables:  # children first: nothing left to cascade to
        _delete(conn, table, plans[table][0], chunk)
    return changed
