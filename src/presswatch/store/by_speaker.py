"""A speaker's quotes in listing order, read from narrow indexes (the ``--speaker`` page).

A speaker filter matches part of a name against two small tables (``person_aliases`` and
``speakers``: tens of thousands of rows at a million quotes), never against every quote,
through their trigram indexes (:mod:`.name_search`). The quotes it designates come
out of two indexes already in listing order (said_when, article, offset):
``quote_people_person_when`` for the quotes linked to the matched people, and
``quotes_speaker_when`` for those whose speaker string matches, skipping the strings whose
every quote is linked to one of those people already (``speakers.person_id``). Only the
first keys of that order (a :class:`Window`) are read in full, by the general query in the
same statement, which applies every filter and correction; :meth:`Reads.quotes` widens
the window when filters leave too few of them. A page of a frequent surname costs a few
milliseconds whatever the store's size, where sorting all of a speaker's quotes cost tens.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    bindparam,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql import ColumnElement

from presswatch.store import name_search, prepared, schema

__all__ = ["MAX_LISTED", "SpeakerMatch", "Window", "linked_to_people", "match_speaker",
           "person_ids", "speaker_strings"]

MAX_LISTED = 5000
"""Most people, speaker strings or quote keys a query lists; beyond, a subquery."""


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    """What a ``--speaker`` string designates: people (by any alias) and speaker strings as
    written (folded), each containing it."""

    people: list[str]
    spoken: list[str]


def _containing(column: ColumnElement) -> ColumnElement:
    """``column`` contains the name of :func:`.name_search.name_params`' parameters, found
    through the database's trigram index (:mod:`.name_search`)."""
    return name_search.contains(column)


@functools.cache
def _people_query() -> Select:
    """Ids of people an alias of whom contains ``needle``."""
    pa = schema.person_aliases
    return select(pa.c.person_id).where(_containing(pa.c.alias_folded))


@functools.cache
def _spoken_query() -> Select:
    """Speaker strings containing ``needle``."""
    sp = schema.speakers
    return select(sp.c.speaker_folded).where(_containing(sp.c.speaker_folded))


def person_ids(name: str) -> Select:
    """Ids of people one of whose aliases contains ``name`` (accents and case folded)."""
    return _people_query().params(**name_search.name_params(name))


def speaker_strings(name: str) -> Select:
    """Folded speaker strings, as the pipeline wrote them, that contain ``name``."""
    return _spoken_query().params(**name_search.name_params(name))


@functools.cache
def _match_query() -> Select:
    """People (kind 0) and speaker strings (kind 1) containing ``needle``, at most ``n`` of
    each: one round trip."""
    n = bindparam("n", type_=Integer)
    people = _people_query().add_columns(literal(0).label("kind")).limit(n).subquery()
    spoken = _spoken_query().add_columns(literal(1).label("kind")).limit(n).subquery()
    return union_all(select(people.c.person_id, people.c.kind),
                     select(spoken.c.speaker_folded, spoken.c.kind))


def match_speaker(conn: Connection, name: str) -> SpeakerMatch | None:
    """The people and speaker strings ``name`` matches, listed; None when they are too many
    to list in a query (a two-letter name)."""
    found: tuple[dict[str, None], dict[str, None]] = ({}, {})  # ordered sets
    for value, kind in conn.execute(_match_query(), {**name_search.name_params(name),
                                                     "n": MAX_LISTED + 1}):
        found[kind][value] = None
    if max(map(len, found)) > MAX_LISTED:
        return None
    return SpeakerMatch(list(found[0]), list(found[1]))


def _dated(col: ColumnElement, since: bool, until: bool) -> list[ColumnElement]:
    """The date range of :class:`QuoteFilter` on a listing date (``until`` inclusive: its
    parameter ends with ``~``, which sorts after every digit and ``-``)."""
    return [*([col >= bindparam("since")] if since else []),
            *([col <= bindparam("until")] if until else [])]


@functools.cache
def _matched() -> Select:
    """The people whose aliases contain ``needle``, as a common table expression: a
    statement that asks three times scans the aliases once."""
    return select(_people_query().cte("matched"))


@functools.cache
def _window_query(since: bool, until: bool) -> Select:
    """See :class:`Window`; built once per combination of date bounds (building it costs
    more than running it)."""
    qp, q, sp = schema.quote_people, schema.quotes, schema.speakers
    size = bindparam("size", type_=Integer)
    linked = (select(qp.c.quote_key.label("key"), qp.c.said_when, qp.c.article_id,
                     qp.c.start)
              .where(qp.c.person_id.in_(_matched()),
                     *_dated(qp.c.said_when, since, until))
              .distinct()
              .order_by(qp.c.said_when, qp.c.article_id, qp.c.start, qp.c.quote_key)
              .limit(size).subquery("linked"))
    uncovered = _spoken_query().where(or_(sp.c.person_id.is_(None),
                                          sp.c.person_id.not_in(_matched())))
    written = (select(q.c.key, q.c.said_when, q.c.article_id, q.c.start)
               .where(q.c.speaker_folded.in_(uncovered),
                      *_dated(q.c.said_when, since, until))
               .order_by(q.c.said_when, q.c.article_id, q.c.start, q.c.key)
               .limit(size).subquery("written"))
    both = union_all(select(linked), select(written)).subquery("both")
    # every key of the merged branches, counted before the limit: the window is full when
    # they are at least ``size`` (the page's own statement says it, without a second run)
    return (select(both.c.key, func.count().over().label("held"))
            .group_by(both.c.said_when, both.c.article_id, both.c.start, both.c.key)
            .order_by(both.c.said_when, both.c.article_id, both.c.start, both.c.key)
            .limit(size))


@dataclass(frozen=True, slots=True)
class Window:
    """The keys of the first ``size`` quotes a speaker filter designates (the matched
    people's by link, the matched speaker strings' as written), in listing order, within
    the date bounds given.

    ``query`` selects them given ``params`` (which :func:`linked_to_people` takes too),
    each with ``held``: how many keys the two branches gave, at least ``size`` when the
    window is full.
    Each branch is cut at ``size`` on its own index before the two are merged: the first
    ``size`` of the union are among them. A key linked to two people counts once."""

    query: Select
    params: dict[str, Any]

    @classmethod
    def of(cls, speaker: str, size: int, *, since: str | None = None,
           until: str | None = None) -> Window:
        since, until = (since or "").strip(), (until or "").strip()
        return cls(_window_query(bool(since), bool(until)),
                   {**name_search.name_params(speaker), "size": size, "since": since,
                    "until": until + "~"})

    def count(self, conn: Connection) -> int:
        """How many keys it holds (fewer than ``size``: every key the filter designates)."""
        [row] = prepared.rows(conn, _counted(self.query), self.params)
        return row["n"]


@functools.cache
def _counted(query: Select) -> Select:
    return select(func.count().label("n")).select_from(query.subquery())


@functools.cache
def linked_to_people() -> ColumnElement:
    """Whether the quote is linked to one of the people whose aliases contain ``needle``: a
    user's corrected speaker keeps only those. One primary-key lookup per quote read."""
    qp, q = schema.quote_people, schema.quotes
    return exists().where(qp.c.quote_key == q.c.key, qp.c.person_id.in_(_matched()))
