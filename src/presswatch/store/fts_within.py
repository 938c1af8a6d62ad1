"""A speaker's full-text matches on SQLite: the speaker's quotes read, not every match.

With words and a speaker, the speaker's quotes are few (tens to thousands, listed by key:
:meth:`presswatch.store.Reads._listed_scope`) and the word's may be hundreds of thousands.
Ranking every match of the word and keeping the speaker's took 150 to 420 ms at a
million quotes (docs/performance.md). Two ways to rank the speaker's matches only, each
cheap on one side:

- **the speaker's side** (:mod:`.fts_rank`): the speaker's quotes are read (their rowids,
  then their text from FTS5's table) and FTS5's order of those that match is worked out
  from them: about 15 to 30 µs per quote of the speaker, whatever the word (a word in a
  third of the quotes: 5 to 12 ms for a speaker's 300 quotes, where FTS5 took 100 to 160);
- **the words' side**: FTS5 reads every match of the words in one pass bounded by the
  lowest and highest of the speaker's rowids, tests each against them (``+rowid IN``: the
  ``+`` keeps the condition away from FTS5, which would otherwise be asked once per rowid
  and count the word's matches again for each one it finds, to rank it) and ranks those
  that pass: 0.3 to 0.45 µs per match of the words, plus ``bm25``'s count of them.

:func:`within` takes the side with less to read: the speaker's quotes against the words'
matches estimated from the newest quotes (:data:`SAMPLED_QUOTES`), each weighed by what
it costs (:data:`QUOTE_COST`). Either gives the rows and order of ranking every match:
the same rows, in FTS5's ``rank`` (a row's rank does not depend on which other rows a
statement reads), and the listing still applies the speaker's scope and every other
filter. Measured at a million quotes: docs/performance.md.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CTE, ColumnElement, Connection, Float, Integer, column, text

from presswatch.store import fts_rank
from presswatch.store.schema import quotes

__all__ = ["MOST_ROWIDS", "QUOTE_COST", "SAMPLED_QUOTES", "SPEAKER_SIDE", "Within",
           "rowids_of", "within"]

MOST_ROWIDS = 20_000
"""Quotes linked to a speaker's people (likewise quotes of its speaker strings) listed at
most; beyond (a name fragment of three letters), every match is ranked, as before. One
JSON parameter carries them, so they may be more than a listing's keys
(:data:`.by_speaker.MAX_LISTED`): ``fam`` in 8,800 quotes of 174 people, 0.5 s with
the word ``lavrov`` where ranking its 268,000 matches took 3.6 s."""

SPEAKER_SIDE = 64
"""A speaker with at most this many quotes is always read on its side (at most 2 ms),
without estimating the words' matches first."""

QUOTE_COST = 50
"""What reading one of the speaker's quotes costs, in matches of the words read by FTS5
(about 20 µs against 0.4 at a million quotes, loaded or not, docs/performance.md)."""

SAMPLED_QUOTES = 10_000
"""The words' matches are estimated from those among the newest this many quotes (FTS5
reads them from that rowid on: under a millisecond for a word in a third of them)."""


@dataclass(frozen=True, slots=True)
class Within:
    """The rowids of ``quotes`` a speaker's matches are among, and, when read on the
    speaker's side, those matches in FTS5's order (``ranked``); None: FTS5 reads them in
    one pass over the words' matches."""

    rowids: tuple[int, ...]
    ranked: tuple[int, ...] | None = None

    def hits(self) -> tuple[CTE, ColumnElement, ColumnElement]:
        """(the matches among ``rowids``, their join to ``quotes``, the rank to order by),
        as :func:`.fts.quote_hits` gives them; the statement's values are :meth:`params`.
        The statement text is the same for every speaker (the rowids are one JSON
        parameter), so that it is built, compiled and prepared once."""
        return _hits(self.ranked is not None)

    def params(self, match: str) -> dict[str, Any]:
        """The parameters of :meth:`hits` for the FTS5 query ``match``."""
        if self.ranked is not None:
            return {"within_ranked": json.dumps(self.ranked)}
        lo, hi = (self.rowids[0], self.rowids[-1]) if self.rowids else (1, 0)
        return {"match": match, "within_ids": json.dumps(self.rowids), "within_lo": lo,
                "within_hi": hi}


@functools.cache
def _hits(ranked: bool) -> tuple[CTE, ColumnElement, ColumnElement]:
    """See :meth:`Within.hits`: (hit, rank) read once, whole, before the listing joins
    them (``MATERIALIZED``): joined row by row from ``quotes``, FTS5 would be asked once
    per quote, and would count the word's matches again for each. Ranked already, the
    rank is the place in that order."""
    if ranked:
        sql = "SELECT value AS hit, key AS rank FROM json_each(:within_ranked)"
    else:
        sql = ("SELECT rowid AS hit, rank FROM quotes_fts WHERE quotes_fts MATCH :match AND "
               "rowid BETWEEN :within_lo AND :within_hi AND "
               "+rowid IN (SELECT value FROM json_each(:within_ids))")
    hits = (text(sql).columns(column("hit", Integer), column("rank", Float))
            .cte("quotes_fts_hits").prefix_with("MATERIALIZED"))
    return hits, hits.c.hit == quotes.c.id, hits.c.rank


def rowids_of(conn: Connection, people: list[str], spoken: list[str], most: int
              ) -> list[int] | None:
    """The ids (FTS5 rowids) of the quotes linked to ``people`` and of those whose folded
    speaker string is one of ``spoken``: a speaker's quotes (:func:`.by_speaker.match_speaker`);
    None when either kind holds more than ``most``. Read by the driver, ids only: a
    common surname's 4,000 keys cost 70 ms of Python as SQLAlchemy rows and parameters.
    The speaker strings' quotes come with their ids from one index (``quotes_speaker_when``
    holds the key, and the id as every SQLite index does); the linked quotes' keys from
    another (``quote_people_person_when``), and only the keys not found already are
    looked up in ``quotes`` (usually none: a person's quotes are mostly those of a
    speaker string containing the name, and each lookup of an 80-character key costs 6
    to 17 µs: 25 ms for a surname's 3,200 quotes)."""
    cursor = conn.connection.cursor()  # tuples, not SQLAlchemy's rows (2 µs each)
    try:
        found: dict[str, int] = {}
        if spoken:
            cursor.execute(f"SELECT key, id FROM quotes WHERE speaker_folded IN "
                           f"({_marks(spoken)}) LIMIT {int(most) + 1}", tuple(spoken))
            found.update(cursor.fetchall())
            if len(found) > most:
                return None
        if people:
            cursor.execute(f"SELECT quote_key FROM quote_people WHERE person_id IN "
                           f"({_marks(people)}) LIMIT {int(most) + 1}", tuple(people))
            keys = cursor.fetchall()
            if len(keys) > most:
                return None
            rest = [k for (k,) in keys if k not in found]
            if rest:
                cursor.execute("SELECT key, id FROM quotes WHERE key IN "
                               "(SELECT value FROM json_each(?))", (json.dumps(rest),))
                found.update(cursor.fetchall())
    finally:
        cursor.close()
    return sorted(set(found.values()))


def _marks(values: list[str]) -> str:
    return ",".join("?" * len(values))


def within(conn: Connection, rowids: list[int], match: str) -> Within:
    """How FTS5's matches of ``match`` among ``rowids`` are read and ranked (see the
    module's docstring)."""
    ids = tuple(sorted(rowids))
    if len(ids) > SPEAKER_SIDE and len(ids) * QUOTE_COST > _matches(conn, match):
        return Within(ids)
    order = fts_rank.ranked(conn, "quotes_fts", ids, match)
    return Within(ids, None if order is None else tuple(order))


def _matches(conn: Connection, match: str) -> float:
    """About how many quotes match ``match``: those among the newest
    :data:`SAMPLED_QUOTES`, in proportion."""
    found, newest = conn.exec_driver_sql(
        "SELECT (SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid > "
        "(SELECT max(id) FROM quotes) - ?), (SELECT max(id) FROM quotes)",
        (match, SAMPLED_QUOTES)).one()
    return found * max(1.0, (newest or 0) / SAMPLED_QUOTES)
