"""Part of a name found among every name without reading each one: trigram indexes.

A ``--speaker`` string is looked for *inside* people's aliases and speaker strings
(``lanviani`` finds ``ghada lanviani``): ``LIKE '%...%'``, which no ordinary index
serves. At a million quotes that is 40,000 aliases and 20,000 speaker strings read and
matched one by one, 6 to 15 ms of a speaker's page on either database at a quiet moment,
three times that on a loaded machine (docs/performance.md). Both databases ship an index of
the three-letter pieces of a text instead:

- PostgreSQL: ``pg_trgm``'s GIN index (a contrib extension, in Debian's ``postgresql``
  package; trusted, so a user who may create tables in the database may create it). It
  serves the same ``LIKE`` as it is written. Where the extension cannot be created the
  migration leaves the tables as they are and the ``LIKE`` reads them whole, as before:
  slower, same rows.
- SQLite: an FTS5 table with the ``trigram`` tokenizer (SQLite 3.34) over each column,
  kept in step by triggers (any SQL tool writing those tables keeps it right), which
  serves ``GLOB`` (not ``LIKE ... ESCAPE``, which FTS5 reads whole). Names are folded to
  lower case already, so ``GLOB`` with the needle's wildcards bracketed means what the
  ``LIKE`` meant. An older SQLite gets the default tokenizer: FTS5 then checks every row,
  as before. The tables point at rows by rowid (FTS5's external content); SQLite's
  documentation allows ``VACUUM`` to renumber the rowids of a table without an integer
  key (3.40 kept them), and ``INSERT INTO speakers_grams(speakers_grams) VALUES
  ('rebuild')`` (likewise ``person_aliases_grams``) rebuilds one from its table.

:func:`contains` writes the condition for either database: one statement serves both (the
speaker's statements are built once, not per database).
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Boolean, Connection, bindparam
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from presswatch.textutil import fold

__all__ = ["INDEXED", "contains", "create_name_search", "name_params"]

INDEXED = (("person_aliases", "alias_folded"), ("speakers", "speaker_folded"))
"""The (table, column) pairs a speaker string is looked for in."""


def _sqlite_ddl(table: str, col: str, tokenizer: str) -> tuple[str, ...]:
    grams = f"{table}_grams"
    return (
        f"""CREATE VIRTUAL TABLE {grams} USING fts5({col}, content='{table}',
              content_rowid='rowid', tokenize='{tokenizer}')""",
        f"""CREATE TRIGGER {grams}_insert AFTER INSERT ON {table} BEGIN
              INSERT INTO {grams}(rowid, {col}) VALUES (new.rowid, new.{col});
            END""",
        f"""CREATE TRIGGER {grams}_delete AFTER DELETE ON {table} BEGIN
              INSERT INTO {grams}({grams}, rowid, {col}) VALUES ('delete', old.rowid, old.{col});
            END""",
        f"""CREATE TRIGGER {grams}_update AFTER UPDATE OF {col} ON {table} BEGIN
              INSERT INTO {grams}({grams}, rowid, {col}) VALUES ('delete', old.rowid, old.{col});
              INSERT INTO {grams}(rowid, {col}) VALUES (new.rowid, new.{col});
            END""",
        f"INSERT INTO {grams}({grams}) VALUES ('rebuild')",
    )


def _sqlite_tokenizer(conn: Connection) -> str:
    """``trigram`` where this SQLite has it (3.34 and later), else FTS5's default."""
    version = tuple(int(p) for p in conn.exec_driver_sql(
        "SELECT sqlite_version()").scalar_one().split("."))
    return "trigram" if version >= (3, 34) else "unicode61"


def _pg_trigrams(conn: Connection) -> bool:
    """Whether ``pg_trgm`` is (or could be made) available in this database; a refusal
    (no such extension installed, or no right to create it) leaves the transaction as it
    was, through a savepoint."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError:
        return False
    return True


def create_name_search(conn: Connection) -> None:
    """Index the names a speaker string is looked for in (a named migration)."""
    if conn.dialect.name == "sqlite":
        tokenizer = _sqlite_tokenizer(conn)
        for table, col in INDEXED:
            for statement in _sqlite_ddl(table, col, tokenizer):
                conn.exec_driver_sql(statement)
    elif _pg_trigrams(conn):
        for table, col in INDEXED:
            conn.exec_driver_sql(f"CREATE INDEX {table}_grams ON {table} "
                                 f"USING gin ({col} gin_trgm_ops)")
            conn.exec_driver_sql(f"ANALYZE {table}")


def name_params(name: str) -> dict[str, str]:
    """The parameters of :func:`contains` for a user's ``name`` (accents and case
    folded): ``needle`` for ``LIKE ... ESCAPE '/'``, ``glob`` for ``GLOB``, each with its
    wildcards escaped, so that a name is only ever matched as written."""
    folded = fold(name)
    return {"needle": folded.replace("/", "//").replace("%", "/%").replace("_", "/_"),
            "glob": "".join(f"[{c}]" if c in "*?[" else c for c in folded)}


class _Contains(ColumnElement[bool]):
    """``column`` (of one of :data:`INDEXED`, not aliased) contains the bound name."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a condition: no ``= 1`` after it where booleans are 0/1
    _traverse_internals: ClassVar[list[tuple[str, Any]]] = [
        ("column", InternalTraversal.dp_clauseelement),
        ("needle", InternalTraversal.dp_clauseelement),
        ("glob", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.needle = bindparam("needle")
        self.glob = bindparam("glob")


def contains(column: ColumnElement[Any]) -> ColumnElement[bool]:
    """Whether ``column`` contains the name given by :func:`name_params`' parameters,
    through the database's trigram index. The pattern is built in SQL, not bound whole:
    SQLite recompiles a statement whose ``LIKE`` takes a bare parameter every time that
    parameter is bound (its value might allow an index range), which cost a quarter of a
    speaker's page."""
    return _Contains(column)


@compiles(_Contains)
def _like(element: _Contains, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column.contains(element.needle, escape="/"), **kw)


@compiles(_Contains, "sqlite")
def _glob(element: _Contains, compiler: SQLCompiler, **kw: Any) -> str:
    table, col = element.column.table.name, element.column.name
    grams = f"{table}_grams"
    return (f"{table}.rowid IN (SELECT rowid FROM {grams} WHERE {grams}.{col} GLOB "
            f"'*' || {compiler.process(element.glob, **kw)} || '*')")
