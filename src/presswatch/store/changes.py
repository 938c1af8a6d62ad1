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

Reading every stored row back to compare cost as much as deriving them (83,000 rows at
5,050 articles). So the rows of each table are split into *buckets* by a few characters of
their first key column (the hex digits of an id or an article's key), and each recompute
leaves a digest of every bucket's rows (:func:`row_digests`, kept in ``derive_state``, in
the transaction that wrote the rows). The next recompute reads back only the buckets whose
digest differs: a batch of 50 articles changes a few hundred buckets of thousands. A write
outside a recompute that touches a derived table (a new article's speakers, a re-annotated
article's listing dates) forgets that table's digests (:func:`forget_digests`): it is
compared whole next time, as is a table whose digests are missing or unreadable.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    Table,
    and_,
    bindparam,
    delete,
    func,
    select,
    tuple_,
    update,
)

from presswatch.store import schema

__all__ = ["Changed", "Digests", "fetch", "forget_digests", "keep_digests", "kept_digests",
           "row_digests", "write_changes"]

DIGESTS = "rows:"
"""``derive_state`` rows ``rows:<table>``: the bucket digests of that table's stored rows."""

_BUCKET_START = {"events": 3, "event_people": 3, "person_aliases": 3, "person_roles": 3,
                 "stories": 3, "people": 3}
"""Where a table's bucket characters start in its first key column (1-based, as SQL's
``substr``): after ``e-``, ``p-``, ``s-`` of derived ids; elsewhere the column starts with
an article's hex id (or is a folded speaker string)."""


@dataclass(frozen=True, slots=True)
class Digests:
    """One table's rows in buckets: the digest of each bucket's rows, the bucket being
    ``width`` characters of the first key column (more for a larger table)."""

    width: int
    buckets: dict[str, str]

    def to_json(self) -> str:
        return json.dumps({"width": self.width, "buckets": self.buckets}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Digests | None:
        """Digests as :meth:`to_json` wrote them, or None for anything else."""
        try:
            data = json.loads(text or "")
            width, buckets = data["width"], data["buckets"]
        except (ValueError, KeyError, TypeError):
            return None
        if not isinstance(width, int) or width < 1 or not isinstance(buckets, dict):
            return None
        return cls(width, buckets)


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


def _width(rows: int) -> int:
    """Bucket characters for a table of ``rows`` rows: a few rows per bucket (hex ids give
    16 buckets a character)."""
    width = 1
    while 16 ** width * 4 < rows and width < 8:
        width += 1
    return width


def _bucket_slice(table: Table, width: int) -> slice:
    start = _BUCKET_START.get(table.name, 1) - 1
    return slice(start, start + width)


def row_digests(rows: Mapping[Table, list[dict[str, Any]]]) -> dict[str, Digests]:
    """The bucket digests of each table's new rows (see the module docstring): the
    digest of a bucket is that of its rows' reprs, sorted, so the order rows come in does
    not matter (the repr of strings, numbers, booleans and None is canonical)."""
    out = {}
    for table, table_rows in rows.items():
        width = _width(len(table_rows))
        cut = _bucket_slice(table, width)
        first = _key(table)[0].name
        names = [c.name for c in table.columns]
        as_tuple = itemgetter(*names)
        grouped: dict[str, list[str]] = defaultdict(list)
        for r in table_rows:
            grouped[r[first][cut]].append(repr(as_tuple(r)))
        out[table.name] = Digests(width, {
            b: hashlib.sha1("\n".join(sorted(reprs)).encode("utf-8")).hexdigest()[:16]
            for b, reprs in grouped.items()})
    return out


def kept_digests(conn: Connection) -> dict[str, Digests]:
    """The bucket digests the last recompute left, by table (unreadable ones left out)."""
    state = schema.derive_state
    out = {}
    for name, value in conn.execute(select(state.c.name, state.c.value).where(
            state.c.name.like(DIGESTS + "%"))):
        if (found := Digests.from_json(value)) is not None:
            out[name[len(DIGESTS):]] = found
    return out


def keep_digests(conn: Connection, digests: Mapping[str, Digests]) -> None:
    """Leave ``digests`` for the next recompute (in the caller's transaction)."""
    state = schema.derive_state
    conn.execute(delete(state).where(state.c.name.like(DIGESTS + "%")))
    conn.execute(state.insert(), [{"name": DIGESTS + t, "value": d.to_json()}
                                  for t, d in sorted(digests.items())])


def forget_digests(conn: Connection, table: Table) -> None:
    """A write outside a recompute changed rows of ``table``: its stored digests no longer
    describe it, so the next recompute compares it whole."""
    state = schema.derive_state
    conn.execute(delete(state).where(state.c.name == DIGESTS + table.name))


def _stored(conn: Connection, table: Table, buckets: Sequence[str] | None, width: int
            ) -> set[tuple[Any, ...]]:
    """The stored rows of ``table``, only those of ``buckets`` unless None."""
    if buckets is None:
        return set(fetch(conn, table))
    column = _key(table)[0]
    part = func.substr(column, _BUCKET_START.get(table.name, 1), width)
    out: set[tuple[Any, ...]] = set()
    for some in _chunks(sorted(buckets), 500):
        out.update(fetch(conn, select(table).where(part.in_(list(some)))))
    return out


def write_changes(conn: Connection, rows: Mapping[Table, list[dict[str, Any]]], *,
                  chunk: int = 2000, digests: Mapping[str, Digests] | None = None,
                  previous: Mapping[str, Digests] | None = None) -> Changed:
    """Make each derived table of ``rows`` hold exactly its rows, touching only those that
    differ from the stored ones. With ``digests`` (of ``rows``) and ``previous`` (of the
    stored rows), only the buckets whose digests differ are read and compared. Returns
    how many rows of each table were touched."""
    changed = Changed()
    plans = {}
    for table in schema.DERIVED_TABLES:
        names = [c.name for c in table.columns]
        at = [names.index(c.name) for c in _key(table)]
        key = itemgetter(*at) if len(at) > 1 else lambda v, i=at[0]: (v[i],)
        as_tuple = itemgetter(*names)
        now, before = (digests or {}).get(table.name), (previous or {}).get(table.name)
        if now is not None and before is not None and now.width == before.width:
            buckets = {b for b in now.buckets.keys() | before.buckets.keys()
                       if now.buckets.get(b) != before.buckets.get(b)}
            cut, first = _bucket_slice(table, now.width), _key(table)[0].name
            new_rows = {as_tuple(r): r for r in rows[table] if r[first][cut] in buckets}
            stored = _stored(conn, table, buckets, now.width)
        else:
            new_rows = {as_tuple(r): r for r in rows[table]}
            stored = _stored(conn, table, None, 1)
        same = stored & new_rows.keys()  # most rows after a small batch: set operations in C
        old = {key(v): v for v in stored - same}
        new = {key(v): r for v, r in new_rows.items() if v not in same}
        plans[table] = (sorted(old.keys() - new.keys()),
                        [r for k, r in new.items() if k not in old],
                        [r for k, r in new.items() if k in old])
        changed[table.name] = tuple(len(x) for x in plans[table])
    for table in reversed(schema.DERIVED_TABLES):  # parents first: inserts find them
        _gone, added, differ = plans[table]
        _update(conn, table, differ, chunk)
        for part in _chunks(added, chunk):
            conn.execute(table.insert(), list(part))
    for table in schema.DERIVED_TABLES:  # children first: nothing left to cascade to
        _delete(conn, table, plans[table][0], chunk)
    return changed
