"""The corrections overlay: quotes as users see them, written once for every read.

User corrections live in their own table (``corrections``: quote key, field, value), which no
ingest touches, so that they survive re-annotation. Every read that shows or counts quotes
lays them over the pipeline's values the same way: a corrected field replaces the pipeline's
(``coalesce(correction, quotes.field)``), and a quote whose ``deleted`` correction is one of
:data:`DELETED_VALUES` is gone. The listing reads, the web pages' reads and the recompute of
people and statements all build on :class:`Overlay`, so the three cannot drift apart;
:func:`quote_select` is the overlaid quote listing the CLI's reads start from (the same
values, each looked up per quote instead of joined: a query PostgreSQL plans cheaply).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Select,
    Table,
    and_,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.sql import Join, Subquery
from sqlalchemy.sql.selectable import Alias

from presswatch.store import schema

__all__ = ["DELETED_VALUES", "EFFECTIVE_FIELDS", "Overlay", "is_deleted", "quote_select"]

DELETED_VALUES = ("1", "true", "yes")
"""Values of a ``deleted`` correction that hide the quote (``presswatch correct --delete``
writes ``1``; ``--restore`` writes ``0``)."""

EFFECTIVE_FIELDS = ("speaker", "act", "type", "addressee")
"""Quote columns a correction replaces."""


def is_deleted(value: str | None) -> bool:
    """Whether a ``deleted`` correction's value hides its quote (None: no correction)."""
    return value in DELETED_VALUES


@dataclass(frozen=True, slots=True)
class Overlay:
    """One outer join of ``corrections`` per field, over ``schema.quotes``.

    Args:
        fields: The correctable fields a query needs (each costs one join).
        prefix: Alias prefix of the joined ``corrections`` (a query joining two overlays
            needs two).
    """

    fields: Sequence[str] = schema.CORRECTABLE_FIELDS
    prefix: str = "c_"

    def alias(self, name: str) -> Alias:
        """The joined ``corrections`` row of field ``name``."""
        if name not in self.fields:
            raise ValueError(f"{name!r} is not among this overlay's fields {self.fields}")
        return _alias(self.prefix, name)

    def correction(self, name: str) -> ColumnElement:
        """The corrected value of field ``name``, NULL when the user did not correct it."""
        return self.alias(name).c.value

    def value(self, name: str) -> ColumnElement:
        """Field ``name`` as users see it: the correction, else the pipeline's value."""
        return func.coalesce(self.correction(name), schema.quotes.c[name])

    def join(self, query: Select) -> Select:
        """``query`` (which selects from ``quotes``) with the overlay's joins added."""
        for name in self.fields:
            query = query.outerjoin(self.alias(name), self._on(name))
        return query

    def join_from(self, source: FromClause) -> FromClause:
        """``source`` (a FROM holding ``quotes``) with the overlay's joins added."""
        for name in self.fields:
            source = source.outerjoin(self.alias(name), self._on(name))
        return source

    def _on(self, name: str) -> ColumnElement:
        """The join condition of field ``name``'s corrections to their quote."""
        c = self.alias(name)
        return and_(c.c.quote_key == schema.quotes.c.key, c.c.field == name)

    def kept(self) -> ColumnElement:
        """True for the quotes no user deleted."""
        deleted = self.correction("deleted")
        return or_(deleted.is_(None), and_(*(deleted != v for v in DELETED_VALUES)))


@functools.cache
def _alias(prefix: str, name: str) -> Alias:
    """One alias object per name: a query must meet the same object in its columns and in
    its joins (two equal-named aliases are two FROM elements)."""
    return schema.corrections.alias(f"{prefix}{name}")


# ------------------------------------------------------------------------------------------
# Quotes as every listing reads them


def _driven(drivers: Sequence[tuple[Subquery, ColumnElement]]) -> Join | Table:
    """``quotes``, joined after the driving subqueries when there are some."""
    if not drivers:
        return schema.quotes
    (first, on), rest = drivers[0], drivers[1:]
    src = first.join(schema.quotes, on)
    for sub, cond in rest:
        src = src.join(sub, cond)
    return src


@functools.cache
def _lookup(name: str) -> ColumnElement:
    """The correction of field ``name`` of the quote the enclosing query reads (NULL when
    there is none): one primary-key lookup per quote read, planned on its own. Five outer
    joins of ``corrections`` made the listing a nine-table join that PostgreSQL spent 11
    to 15 ms planning at every call, ten times what running it took (docs/performance.md)."""
    c = schema.corrections
    return (select(c.c.value)
            .where(c.c.quote_key == schema.quotes.c.key, c.c.field == literal_column(
                f"'{name}'"))  # a constant, not a parameter: one plan serves every call
            .scalar_subquery())


def _quote_query(drivers: Sequence[tuple[Subquery, ColumnElement]] = ()
                 ) -> tuple[Select, dict[str, ColumnElement]]:
    """Quotes with their article, story and corrections applied. ``drivers`` are
    (subquery, condition joining it to ``quotes``) pairs that narrow the quotes down
    through indexes; they come first in FROM, so that PostgreSQL starts from them rather
    than from every quote. The corrections are the overlay's values, looked up per quote
    (:func:`_lookup`) rather than joined: the same values, in a join of three tables."""
    q, a, ast = schema.quotes, schema.articles, schema.article_stories
    eff = {f: func.coalesce(_lookup(f), q.c[f]) for f in EFFECTIVE_FIELDS}
    when = q.c.said_when  # said_on, else the article's date, kept in step on quotes
    query = select(
        q.c.key, q.c.article_id, q.c.quote_id, a.c.outlet, a.c.url, a.c.date,
        a.c.title, ast.c.story_id.label("story"), q.c.start, q.c.end, q.c.text,
        eff["type"].label("type"), eff["speaker"].label("speaker"),
        eff["act"].label("act"), q.c.cue, q.c.cue_start, q.c.cue_end, q.c.mention,
        eff["addressee"].label("addressee"), q.c.said_on, q.c.said_at, q.c.parent,
        q.c.in_boilerplate, q.c.confidence, q.c.sentence, q.c.sentence_start,
        q.c.pipeline_version,
        (_lookup("speaker").isnot(None) | _lookup("act").isnot(None)).label("corrected"),
    ).select_from(_driven(drivers).join(a, a.c.id == q.c.article_id)
                  .outerjoin(ast, ast.c.article_id == q.c.article_id))
    # not deleted: the same test as Overlay.kept, with one lookup instead of four
    deleted = [literal_column(f"'{v}'") for v in DELETED_VALUES]  # no expanding parameter
    query = query.where(func.coalesce(_lookup("deleted"), literal_column("''")).not_in(deleted))
    return query, {"when": when, "act": eff["act"], "fixed_speaker": _lookup("speaker")}


@functools.cache
def _undriven_quote_query() -> tuple[Select, dict[str, ColumnElement]]:
    """:func:`_quote_query` without drivers; statements are immutable, so one is shared."""
    return _quote_query()


def quote_select(drivers: Sequence[tuple[Subquery, ColumnElement]] = ()
                 ) -> tuple[Select, dict[str, ColumnElement]]:
    """Quotes with their article, story and the overlay applied, and the columns listings
    order and filter on (``when``, ``act``, ``fixed_speaker``). Without drivers, one
    statement built once: building it costs more than running it on a speaker's page."""
    return _quote_query(tuple(drivers)) if drivers else _undriven_quote_query()
