"""A speaker's full-text matches on SQLite: FTS5 asked about the speaker's quotes only.

With words and a speaker, the speaker's quotes are few (tens to thousands, listed by key:
:meth:`presswatch.store.Reads._listed_scope`) and the word's may be hundreds of thousands.
Ranking every match of the word and keeping the speaker's took 150 to 420 ms at a
million quotes (docs/performance.md). FTS5 offers two ways to look at fewer rows, and
neither is cheap on its own:

- ``rowid IN (...)`` with ``MATCH``: FTS5 is asked once per rowid (0.1 ms each for a
  word; an AND of words may read on to the end of their lists at each ask, 2 ms), and its
  ``rank`` (``bm25``) counts every match of each phrase again at each ask that finds one
  (``bm25``'s document frequency: its data lives as long as one ask), 12 ms for a word
  in a third of a million quotes, per match found;
- ``+rowid IN (...)`` (the ``+`` keeps the condition away from FTS5): one pass over every
  match of the words, each tested against the list and ranked only if it passes: one
  count, then 0.1 to 0.3 µs per match of the words (1 to 4 ms for a word in 15,000
  quotes, 25 to 110 ms for one in 358,000: the floor of a very common word, 1.5 % of
  the words the benchmark draws).

A speaker's quotes are read the second way, in one pass bounded by the lowest and highest
of their rowids, unless they are so few (:data:`ASKED_ONE_BY_ONE`) that asking for each
costs less whatever the word (:func:`within`). The rows and their order are those of
ranking every match: the same ``rank`` of the same rows (a row's rank does not depend on
which other rows a statement reads), and the listing still applies the speaker's scope
and every other filter. Measured at a million quotes: docs/performance.md.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CTE, ColumnElement, Connection, Float, Integer, column, text

from presswatch.store.schema import quotes

__all__ = ["ASKED_ONE_BY_ONE", "MOST_ROWIDS", "Within", "rowids_of", "within"]

MOST_ROWIDS = 20_000
"""Quotes linked to a speaker's people (likewise quotes of its speaker strings) listed at
most; beyond (a name fragment of three letters), every match is ranked, as before. One
JSON parameter carries them, so they may be more than a listing's keys
(:data:`.by_speaker.MAX_LISTED`): ``fam`` in 8,800 quotes of 174 people, 0.5 s with
the word ``lavrov`` where ranking its 268,000 matches took 3.6 s."""

ASKED_ONE_BY_ONE = 8
"""A speaker's quotes FTS5 is asked for one by one at most: at worst (every one a match of
a very common word) eight counts of its matches, less than one pass over them (a count
costs about a tenth of a pass, which tests each match against the list)."""

@dataclass(frozen=True, slots=True)
class Within:
    """The rowids of ``quotes`` a speaker's matches are among, and how FTS5 reads them:
    ``one_by_one`` (each asked for by rowid, and ranked on its own) or in one pass over
    the matches between the lowest and the highest of them."""

    rowids: tuple[int, ...]
    one_by_one: bool

    def hits(self) -> tuple[CTE, ColumnElement, ColumnElement]:
        """(the matches among ``rowids``, their join to ``quotes``, the rank to order by),
        as :func:`.fts.quote_hits` gives them; the statement's values are :meth:`params`.
        The statement text is the same for every speaker (the rowids are one JSON
        parameter), so that it is built, compiled and prepared once."""
        return _hits(self.one_by_one)

    def params(self, match: str) -> dict[str, Any]:
        """The parameters of :meth:`hits` for the FTS5 query ``match``."""
        ids = {"match": match, "within_ids": json.dumps(self.rowids)}
        if self.one_by_one:
            return ids
        return {**ids, "within_lo": self.rowids[0], "within_hi": self.rowids[-1]}


@functools.cache
def _hits(one_by_one: bool) -> tuple[CTE, ColumnElement, ColumnElement]:
    """See :meth:`Within.hits`: (hit, rank) read once, whole, before the listing joins
    them (``MATERIALIZED``): joined row by row from ``quotes``, FTS5 would be asked once
    per quote, and would count the word's matches again for each."""
    listed = "(SELECT value FROM json_each(:within_ids))"
    where = (f"rowid IN {listed}" if one_by_one else
             f"rowid BETWEEN :within_lo AND :within_hi AND +rowid IN {listed}")
    sql = "SELECT rowid AS hit, rank FROM quotes_fts WHERE quotes_fts MATCH :match AND " + where
    hits = (text(sql).columns(column("hit", Integer), column("rank", Float))
            .cte("quotes_fts_hits").prefix_with("MATERIALIZED"))
    return hits, hits.c.hit == quotes.c.id, hits.c.rank


def rowids_of(conn: Connection, people: list[str], spoken: list[str], most: int
              ) -> list[int] | None:
    """The ids (FTS5 rowids) of the quotes linked to ``people`` and of those whose folded
    speaker string is one of ``spoken``: a speaker's quotes (:func:`.by_speaker.match_speaker`);
    None when either kind holds more than ``most``. Read by the driver, ids only: a
    common surname's 4,000 keys cost 70 ms of Python as SQLAlchemy rows and parameters."""
    found: set[int] = set()
    for values, sql in ((people, "SELECT q.id FROM quote_people qp JOIN quotes q ON q.key = "
                                 "qp.quote_key WHERE qp.person_id IN ({})"),
                        (spoken, "SELECT id FROM quotes WHERE speaker_folded IN ({})")):
        if not values:
            continue
        ids = [row[0] for row in conn.exec_driver_sql(
            sql.format(",".join("?" * len(values))) + f" LIMIT {int(most) + 1}",
            tuple(values))]
        if len(ids) > most:
            return None
        found.update(ids)
    return sorted(found)


def within(rowids: list[int]) -> Within:
    """How FTS5 should read the matches among ``rowids`` (see the module's docstring)."""
    return Within(tuple(sorted(rowids)), one_by_one=len(rowids) <= ASKED_ONE_BY_ONE)
