"""The corrections overlay: quotes as users see them, written once for every read.

User corrections live in their own table (``corrections``: quote key, field, value), which no
ingest touches, so that they survive re-annotation. Every read that shows or counts quotes
lays them over the pipeline's values the same way: a corrected field replaces the pipeline's
(``coalesce(correction, quotes.field)``), and a quote whose ``deleted`` correction is one of
:data:`DELETED_VALUES` is gone. The listing reads, the web pages' reads and the recompute of
people and statements all build on :class:`Overlay`, so the three cannot drift apart.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, FromClause, Select, and_, func, or_
from sqlalchemy.sql.selectable import Alias

from presswatch.store import schema

__all__ = ["DELETED_VALUES", "EFFECTIVE_FIELDS", "Overlay", "is_deleted"]

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
        q = schema.quotes
        for name in self.fields:
            c = self.alias(name)
            query = query.outerjoin(c, and_(c.c.quote_key == q.c.key, c.c.field == name))
        return query

    def join_from(self, source: FromClause) -> FromClause:
        """``source`` (a FROM holding ``quotes``) with the overlay's joins added."""
        q = schema.quotes
        for name in self.fields:
            c = self.alias(name)
            source = source.outerjoin(c, and_(c.c.quote_key == q.c.key, c.c.field == name))
        return source

    def kept(self) -> ColumnElement:
        """True for the quotes no user deleted."""
        deleted = self.correction("deleted")
        return or_(deleted.is_(None), and_(*(deleted != v for v in DELETED_VALUES)))


@functools.cache
def _alias(prefix: str, name: str) -> Alias:
    """One alias object per name: a query must meet the same object in its columns and in
    its joins (two equal-named aliases are two FROM elements)."""
    return schema.corrections.alias(f"{prefix}{name}")
