"""Which articles writes touched since the last recompute, so that the next one can start
from them instead of digesting every article to find what changed.

Every write that changes what is derived from an article (adding it, re-annotating it,
filling its metadata, correcting one of its quotes, its story or an interaction) appends
the article's id to the ``derive_state`` row ``touched``, in the write's own transaction.
A recompute takes the list and empties it at its start, in its transaction (on
PostgreSQL the row stays locked until it commits, so a concurrent writer appends after it,
never to a list it already took; a ``kill -9`` rolls both back).

The list is only *complete* while the row exists: a store written by an older version,
one whose state was wiped (``bulk``), or a row that does not read as a list of article ids,
gives None ("unknown"), and the recompute then finds changes by digesting every article as
before. Writers never create the row (an append to a missing row would look complete);
the recompute does. A migration that rewrites articles' annotations must delete
``derive_state`` (as :mod:`.bulk` does).

Each append rewrites the row, so a batch written without a recompute in between (one
ingest of a large file) would copy a growing list at every article: past
:data:`MAX_LISTED` ids the row is dropped ("unknown": a batch that large is grouped from
every article anyway).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, select, update

from presswatch.store import schema

__all__ = ["MAX_LISTED", "TOUCHED", "Touched", "record", "take"]

TOUCHED = "touched"
"""The ``derive_state`` row: article ids, each preceded by one space."""

MAX_LISTED = 5000
"""Ids the row holds at most (about 200 kB) before it is dropped."""

_ID = re.compile(r"[0-9a-f]{40}")
_ID_LENGTH = 41  # a space and 40 hex digits


def record(conn: Connection, articles: Iterable[str]) -> None:
    """Add ``articles`` to the list (in the caller's write transaction), if it is kept."""
    ids = sorted(set(articles))
    if ids:
        state = schema.derive_state
        conn.execute(update(state).where(state.c.name == TOUCHED).values(
            value=state.c.value + "".join(" " + a for a in ids)))
        conn.execute(delete(state).where(state.c.name == TOUCHED, func.length(state.c.value)
                                         > MAX_LISTED * _ID_LENGTH))


class Touched(frozenset[str]):
    """The articles touched, and (``repeated``) those written more than once since the
    last recompute: an article annotated again, or corrected, after it was written (a
    feed's batch writes each new article once)."""

    repeated: frozenset[str]

    def __new__(cls, ids: Iterable[str], repeated: Iterable[str] = ()) -> Touched:
        self = super().__new__(cls, ids)
        self.repeated = frozenset(repeated)
        return self


def take(conn: Connection) -> Touched | None:
    """The articles touched since the last recompute, or None when that is unknown; the
    list starts again empty (in the caller's transaction: the recompute's)."""
    state = schema.derive_state
    value = conn.execute(select(state.c.value).where(state.c.name == TOUCHED)
                         .with_for_update()).scalar()
    if value is None:
        conn.execute(state.insert().values(name=TOUCHED, value=""))
        return None
    conn.execute(update(state).where(state.c.name == TOUCHED).values(value=""))
    ids = value.split()
    if value and (value[0] != " " or not all(_ID.fullmatch(a) for a in ids)):
        return None
    return Touched(ids, [a for a, n in Counter(ids).items() if n > 1])
