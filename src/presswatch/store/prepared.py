"""Statements compiled once and run straight on the driver's cursor: the hot reads' lane.

SQLAlchemy compiles a statement once (its compiled cache), but each execution still
builds its parameters, an execution context and a result whose rows are then copied into
dicts. On a speaker's page that came to about a tenth of the read. A :class:`Prepared`
statement keeps the SQL text, the order of its parameters, its column names and the
conversions its column types need (SQLite's 0/1 to booleans), and turns cursor tuples into
dicts directly; the driver then finds its own prepared statement by the same text every
time. Only statements whose parameters need no conversion on the way in and no expansion
at execution (``IN`` lists of varying length) are prepared; :func:`rows` runs any other
statement the ordinary way, with the same result. Driver errors are raised as SQLAlchemy's
(``OperationalError`` for an interrupted read), as from ``Connection.execute``.

Why it stays (issue 14, measured 2026-12-04, ``docs/performance.md``): with :func:`rows`
always running the statement through SQLAlchemy (the library route), six interleaved rounds
of ``PYTHONPATH=<tree>/src .venv/bin/python bench/http_load.py --db <store> --duration 15``
on 100,000 quotes (``presswatch serve --workers 2 --threads 1``, 2 cores shared with other
sessions) gave, speaker API at 50 clients, median (min–max): this lane 970 req/s (951–1198),
p95 77.1 ms (61.6–84.6), both targets met 6 times in 6; SQLAlchemy's results 1032 req/s
(842–1191), p95 73.5 ms (54.7–103.5), met 5 times in 6. The medians do not tell the two
apart on a shared machine; the one miss and the combinations do not let the lane go: with
uvicorn's workers as well the targets were met twice in 3 rounds, with all three library
routes never in 3 (p95 137–223 ms).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Dialect, Select
from sqlalchemy.exc import DBAPIError

__all__ = ["Prepared", "prepare", "rows"]

Processor = Callable[[Any], Any]


@dataclass(slots=True)
class Prepared:
    """One statement compiled for one dialect.

    Attributes:
        sql: The text the driver receives.
        order: Parameter names in placeholder order (positional drivers); None for
            drivers that take a mapping by name.
        fixed: Values bound when the statement was built (literals, limits).
        keys: Result column names, as ``Row._mapping`` has them.
        types: Result column types, for their conversions.
        dialect: The dialect it was compiled for.
    """

    sql: str
    order: tuple[str, ...] | None
    fixed: dict[str, Any]
    keys: tuple[str, ...]
    types: tuple[Any, ...]
    dialect: Dialect
    _processors: list[tuple[int, Processor]] | None = field(default=None, repr=False)

    def _arguments(self, params: Mapping[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        values = {**self.fixed, **params}
        if self.order is not None:
            return tuple(map(values.__getitem__, self.order))
        return {name: values[name] for name in self.fixed}

    def _conversions(self, description: Any) -> list[tuple[int, Processor]]:
        """The columns whose driver values need converting, and how (found once, from the
        first result's description, as SQLAlchemy does)."""
        found = []
        for i, type_ in enumerate(self.types):
            coltype = description[i][1] if description else None
            proc = type_.dialect_impl(self.dialect).result_processor(self.dialect, coltype)
            if proc is not None:
                found.append((i, proc))
        return found

    def dicts(self, conn: Connection, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Run it on ``conn`` with ``params``; its rows as dicts, every conversion made."""
        if not conn.in_transaction():
            conn.begin()  # what executing through SQLAlchemy would do (BEGIN on SQLite stores)
        args = self._arguments(params)
        error = self.dialect.loaded_dbapi.Error
        cursor = conn.connection.cursor()
        try:
            cursor.execute(self.sql, args)
            fetched = cursor.fetchall()
            description = cursor.description
        except error as err:
            raise DBAPIError.instance(self.sql, args, err, error,
                                      dialect=self.dialect) from err
        finally:
            cursor.close()
        if self._processors is None:
            self._processors = self._conversions(description)
        keys = self.keys
        out = [dict(zip(keys, row, strict=True)) for row in fetched]
        for i, proc in self._processors:
            key = keys[i]
            for one in out:
                one[key] = proc(one[key])
        return out


@functools.lru_cache(maxsize=256)
def prepare(statement: Select, dialect: Dialect) -> Prepared | None:
    """``statement`` compiled for ``dialect`` once (statements are immutable and the reads
    build theirs once, in caches of this size); None when it cannot run as a plain
    prepared statement."""
    compiled = statement.compile(dialect=dialect)
    if compiled.post_compile_params or compiled.literal_execute_params:
        return None
    for bind in compiled.binds.values():
        if bind.expanding or bind.type.dialect_impl(dialect).bind_processor(dialect):
            return None
    columns = statement.selected_columns
    names = columns.keys()  # a ColumnCollection iterates over its columns, not their keys
    return Prepared(sql=compiled.string,
                    order=tuple(compiled.positiontup) if compiled.positional else None,
                    fixed=dict(compiled.params),
                    keys=tuple(str(key) for key in names),  # plain str, as orjson wants them
                    types=tuple(c.type for c in columns), dialect=dialect)


def rows(conn: Connection, statement: Select, params: Mapping[str, Any]
         ) -> list[dict[str, Any]]:
    """The rows of ``statement`` run on ``conn`` with ``params``, as dicts: prepared when
    it can be (see :func:`prepare`), else through SQLAlchemy."""
    prepared = prepare(statement, conn.dialect)
    if prepared is not None:
        return prepared.dicts(conn, params)
    result = conn.execute(statement, dict(params))
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.fetchall()]
