"""FTS5's order of a few chosen rows (``ORDER BY rank, rowid``), worked out from those rows.

A speaker's matches of a common word: FTS5 ranks a row with ``bm25``, whose weight of a
phrase (its IDF) counts every row holding the phrase, once per statement (13 to 40 ms for
a word in a third of the quotes at a million quotes), and finding the speaker's matches
among the word's reads them all again (docs/performance.md). When the speaker's quotes
are few, their order needs neither. ``bm25`` (SQLite's ``fts5_aux.c``) scores a row

    score = Σ_i idf_i · f_i (k1 + 1) / (f_i + k1 (1 − b + b · D / avgdl)),  rank = −score

with ``f_i`` the instances of phrase ``i`` in the row (every column, each weighing 1) and
``D`` the row's tokens, ``avgdl`` the table's tokens per row, and ``idf_i = log((N − n_i +
0.5) / (n_i + 0.5))`` (``1e-6`` when not positive) for ``n_i`` of its ``N`` rows holding
the phrase. Here:

- ``f_i``, ``D`` and whether a row matches at all come from the rows' own text, read from
  the FTS5 table and tokenized by a scratch FTS5 table made from the same definition (in
  memory, one per thread, each use rolled back): the same tokenizer, the same query;
- ``N`` and the token total (``avgdl``) from the table's averages record, which FTS5 keeps
  up to date and reads for ``bm25`` itself (its on-disk format: a varint row count, then a
  varint token total per column; as committed: a transaction that wrote to the table sees
  its own totals in FTS5, not here, and the store reads in transactions of their own);
- ``n_i`` is counted (``MATCH`` the phrase alone) only for a query of several phrases:
  with one, ``idf`` is a positive factor common to every row, which keeps their order.

The order given is FTS5's: rows with the same ``f`` and ``D`` get the same score in both
(and come by rowid); rows whose scores here differ by less than rounding could come in
another order from FTS5 (a compiler may fuse its multiplications and additions), so then
:func:`ranked` gives None and the caller has FTS5 rank them. ``tests/test_fts_rank.py``
checks the scores against FTS5's own.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection

__all__ = ["K1", "B", "ranked", "score"]

K1, B = 1.2, 0.75
"""``bm25``'s constants in FTS5 (``k1`` and ``b``)."""
ROUNDING = 1e-9
"""Relative difference under which two scores computed here might be in the other order
in FTS5's arithmetic (a few units in the last place of a double, with room to spare)."""
_PHRASES = re.compile(r'(?:\s*"[^"]*")+\s*')
_DEFINITION = re.compile(r'CREATE\s+VIRTUAL\s+TABLE\s+"?\w+"?\s+USING\s+fts5\s*\((.*)\)\s*',
                         re.IGNORECASE | re.DOTALL)
_UNREAD_OPTIONS = re.compile(r"\b(content|content_rowid|columnsize|detail|contentless_delete)"
                             r"\s*=", re.IGNORECASE)
"""Definitions whose rows or sizes are not stored the way this reads them."""


class _Scratch(threading.local):
    """Per thread: the FTS5 definition (its arguments) and the in-memory database holding a
    table ``rows`` made from it, and ``phrases`` (the query's phrases, tokenized the same
    way), each with an ``fts5vocab`` table of its token instances."""

    arguments: str | None = None
    db: sqlite3.Connection | None = None

    def of(self, arguments: str) -> sqlite3.Connection:
        if self.db is None or self.arguments != arguments:
            db = sqlite3.connect(":memory:", isolation_level=None)
            for table in ("rows", "phrases"):
                db.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({arguments})")
                db.execute(f"CREATE VIRTUAL TABLE {table}_instances "
                           f"USING fts5vocab({table}, instance)")
            self.arguments, self.db = arguments, db
        return self.db


_scratch = _Scratch()


def _varints(blob: bytes) -> list[int]:
    """SQLite's varints (7 bits a byte, high bit set when more follow), as FTS5 writes its
    averages and row sizes (every value here is far below the 9-byte form)."""
    values, value = [], 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            values.append(value)
            value = 0
    return values


def score(frequencies: Sequence[float], size: int, avgdl: float,
           idf: Sequence[float] | None) -> float:
    """A row's ``bm25`` score, in FTS5's order of operations (without its sign): the
    phrases' ``frequencies`` in the row, its ``size`` in tokens; ``idf`` None: one phrase,
    whose idf is left out (a common positive factor)."""
    score = 0.0
    for i, f in enumerate(frequencies):
        part = (f * (K1 + 1.0)) / (f + K1 * (1 - B + B * float(size) / avgdl))
        score += part if idf is None else idf[i] * part
    return score


Positions = dict[str, dict[int, dict[str, set[int]]]]
"""Each term's token positions, by row, then column."""


def _instances(db: sqlite3.Connection, table: str, terms: set[str]) -> Positions:
    """Where each of ``terms`` is in ``table`` of the scratch database."""
    found: Positions = {}
    for term in terms:
        at: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for doc, col, offset in db.execute(
                f"SELECT doc, col, offset FROM {table}_instances WHERE term = ?", (term,)):
            at[doc][col].add(offset)
        found[term] = at
    return found


def _frequency(phrase: list[str], at: Positions, row: int) -> int:
    """Instances of ``phrase`` (its tokens in order) in ``row``: positions where each of
    its tokens follows the one before, in any column (as FTS5's ``xInst`` lists them)."""
    n = 0
    for col, starts in at[phrase[0]].get(row, {}).items():
        n += sum(all(p + j in at[t].get(row, {}).get(col, ()) for j, t in enumerate(phrase))
                 for p in starts)
    return n


def ranked(conn: Connection, table: str, rowids: Sequence[int], match: str
           ) -> list[int] | None:
    """The rows among ``rowids`` of FTS5 table ``table`` that match ``match`` (quoted
    phrases, as :func:`.fts.fts5_query` writes them), in FTS5's ``ORDER BY rank, rowid``.
    None when this cannot tell that order (a query or a table definition it does not read,
    scores apart by less than rounding): the caller then asks FTS5."""
    phrases_text = re.findall(r'"([^"]*)"', match)
    if not phrases_text or not _PHRASES.fullmatch(match):
        return None
    definition, custom_rank, averages = conn.exec_driver_sql(
        f"SELECT (SELECT sql FROM sqlite_master WHERE name = ?), "
        f"(SELECT count(*) FROM {table}_config WHERE k = 'rank'), "
        f"(SELECT block FROM {table}_data WHERE id = 1)", (table,)).one()
    parsed = _DEFINITION.fullmatch(definition or "")
    if (parsed is None or _UNREAD_OPTIONS.search(parsed.group(1)) or custom_rank
            or not averages or not _varints(averages)[0]):
        return None
    # the driver's own cursor: rows as tuples (SQLAlchemy's rows cost 7 µs each)
    cursor = conn.connection.cursor()
    cursor.execute(
        f"SELECT rowid, * FROM {table} WHERE rowid IN (SELECT value FROM json_each(?))",
        (json.dumps(list(rowids)),))
    columns, content = [d[0] for d in cursor.description[1:]], cursor.fetchall()
    cursor.close()
    try:
        db = _scratch.of(parsed.group(1))
    except sqlite3.Error:
        return None  # a tokenizer this connection's SQLite lacks (an extension's)
    db.execute("BEGIN")
    try:
        db.executemany(f"INSERT INTO rows(rowid, {', '.join(columns)}) "
                       f"VALUES ({', '.join('?' * (len(columns) + 1))})", content)
        db.executemany(f"INSERT INTO phrases(rowid, {columns[0]}) VALUES (?, ?)",
                       list(enumerate(phrases_text)))
        tokens: dict[int, list[str]] = defaultdict(list)
        for doc, term in db.execute("SELECT doc, term FROM phrases_instances "
                                    "ORDER BY doc, offset"):
            tokens[doc].append(term)
        phrases = [tokens[i] for i in range(len(phrases_text))]
        if not all(phrases):
            return None  # a phrase of no token: FTS5's own reading of it stands
        hits = [r[0] for r in db.execute("SELECT rowid FROM rows WHERE rows MATCH ?",
                                         (match,))]
        sizes = {row: sum(_varints(sz)) for row, sz in db.execute(
            "SELECT id, sz FROM rows_docsize WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(hits),))}
        at = _instances(db, "rows", {t for p in phrases for t in p})
    finally:
        db.execute("ROLLBACK")
    counts = _varints(averages)
    n_rows, avgdl = counts[0], float(sum(counts[1:])) / float(counts[0])
    idf = None
    if len(phrases) > 1:
        counted = {p: _idf(conn, table, p, n_rows) for p in set(phrases_text)}
        idf = [counted[p] for p in phrases_text]
    groups: dict[tuple[tuple[int, ...], int], list[int]] = defaultdict(list)
    for row in hits:
        groups[tuple(_frequency(p, at, row) for p in phrases), sizes[row]].append(row)
    scored = sorted(((score(f, size, avgdl, idf), sorted(rows)) for (f, size), rows
                     in groups.items()), key=lambda s: -s[0])
    for (high, _), (low, _) in itertools.pairwise(scored):
        if high - low <= ROUNDING * abs(high):
            return None
    return [row for _, rows in scored for row in rows]


def _idf(conn: Connection, table: str, phrase: str, n_rows: int) -> float:
    """FTS5's IDF of ``phrase``: from the rows of ``table`` holding it (counted)."""
    hit = conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?",
                               (f'"{phrase}"',)).scalar_one()
    idf = math.log((n_rows - hit + 0.5) / (hit + 0.5))
    return idf if idf > 0.0 else 1e-6
