"""A speaker's quotes in listing order, read from narrow indexes (the ``--speaker`` page).

A speaker filter matches part of a name against two small tables (``person_aliases`` and
``speakers``, hundreds of rows), not against every quote. The people and speaker strings it
matches are listed in the next query, whose quote keys come out of two indexes already in
listing order (said_when, article, offset): ``quote_people_person_when`` for the quotes
linked to those people, ``quotes_speaker_when`` for the quotes whose speaker string matches.
Only the first keys of that order (a *window*) are then read in full by the general query,
which applies every filter and correction; :meth:`Reads.quotes` widens the window when
filters leave too few of them. A page of a frequent surname costs a few milliseconds
whatever the store's size, where sorting all of a speaker's quotes cost tens.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import Connection, Integer, Select, bindparam, func, literal, select, union_all
from sqlalchemy.sql import ColumnElement

from presswatch.store import schema
from presswatch.textutil import fold

__all__ = ["MAX_LISTED", "SpeakerMatch", "match_speaker", "person_ids", "speaker_strings",
           "window"]

MAX_LISTED = 5000
"""Most people, speaker strings or quote keys a query lists; beyond, a subquery."""


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    """What a ``--speaker`` string designates: people (by any alias) and speaker strings as
    written (folded), each containing it."""

    people: list[str]
    spoken: list[str]


def _pattern(name: str) -> str:
    """A ``LIKE`` pattern matching ``name`` (folded) anywhere, ``/`` escaping wildcards."""
    escaped = fold(name).replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


def person_ids(name: str) -> Select:
    """Ids of people one of whose aliases contains ``name`` (accents and case folded)."""
    return _people_query().params(pattern=_pattern(name))


def speaker_strings(name: str) -> Select:
    """Folded speaker strings, as the pipeline wrote them, that contain ``name``."""
    return _spoken_query().params(pattern=_pattern(name))


@functools.cache
def _people_query() -> Select:
    pa = schema.person_aliases
    return select(pa.c.person_id).where(pa.c.alias_folded.like(bindparam("pattern"),
                                                               escape="/"))


@functools.cache
def _spoken_query() -> Select:
    sp = schema.speakers
    return select(sp.c.speaker_folded).where(sp.c.speaker_folded.like(bindparam("pattern"),
                                                                      escape="/"))


@functools.cache
def _listed_query(people: bool) -> Select:
    """People or speaker strings matching ``pattern``, at most ``n`` of them."""
    query = _people_query().distinct() if people else _spoken_query()
    return query.limit(bindparam("n", type_=Integer))


def match_speaker(conn: Connection, name: str) -> SpeakerMatch | None:
    """The people and speaker strings ``name`` matches, listed; None when they are too many
    to list in a query (a two-letter name)."""
    args = {"pattern": _pattern(name), "n": MAX_LISTED + 1}
    people = list(conn.execute(_listed_query(True), args).scalars())
    spoken = list(conn.execute(_listed_query(False), args).scalars())
    if max(len(people), len(spoken)) > MAX_LISTED:
        return None
    return SpeakerMatch(people, spoken)


def _dated(col: ColumnElement, since: bool, until: bool) -> list[ColumnElement]:
    """The date range of :class:`QuoteFilter` on a listing date (``until`` inclusive: its
    parameter ends with ``~``, which sorts after every digit and ``-``)."""
    return [*([col >= bindparam("since")] if since else []),
            *([col <= bindparam("until")] if until else [])]


@functools.cache
def _window_query(since: bool, until: bool) -> Select:
    """See :func:`window`; built once per combination of date bounds (building it costs
    more than running it)."""
    qp, q = schema.quote_people, schema.quotes
    size = bindparam("size", type_=Integer)
    linked = (select(qp.c.quote_key.label("key"), qp.c.said_when, qp.c.article_id,
                     qp.c.start, literal(1).label("linked"))
              .where(qp.c.person_id.in_(bindparam("people", expanding=True)),
                     *_dated(qp.c.said_when, since, until))
              .distinct()
              .order_by(qp.c.said_when, qp.c.article_id, qp.c.start, qp.c.quote_key)
              .limit(size).subquery("linked"))
    written = (select(q.c.key, q.c.said_when, q.c.article_id, q.c.start,
                      literal(0).label("linked"))
               .where(q.c.speaker_folded.in_(bindparam("spoken", expanding=True)),
                      *_dated(q.c.said_when, since, until))
               .order_by(q.c.said_when, q.c.article_id, q.c.start, q.c.key)
               .limit(size).subquery("written"))
    both = union_all(select(linked), select(written)).subquery("both")
    return (select(both.c.key, func.max(both.c.linked))
            .group_by(both.c.key, both.c.said_when, both.c.article_id, both.c.start)
            .order_by(both.c.said_when, both.c.article_id, both.c.start, both.c.key)
            .limit(size))


def window(conn: Connection, match: SpeakerMatch, size: int, *, since: str | None = None,
           until: str | None = None) -> list[tuple[str, bool]]:
    """The first ``size`` quote keys the match designates, in listing order, each with
    whether it is linked to one of the people (a user's corrected speaker keeps only those).

    Each branch is cut at ``size`` on its own index before the two are merged: the first
    ``size`` of the union are among them. A key linked to two people counts once."""
    since, until = (since or "").strip(), (until or "").strip()
    args = {"people": match.people, "spoken": match.spoken, "size": size,
            "since": since, "until": until + "~"}
    query = _window_query(bool(since), bool(until))
    return [(key, bool(flag)) for key, flag in conn.execute(query, args)]
