"""Named read functions of the Store: what the CLI and the web app may ask.

:class:`Reads` gathers them: the quote listing here (filters, a speaker's page through
indexes, variants, exports), people, stories, events and search in :mod:`.catalog`, the
web pages' reads in :mod:`.pages`. Every read returns plain dicts, applies the user's
corrections through the one overlay (:mod:`.corrections`: a corrected speaker or act
replaces the pipeline's, a deleted quote is gone) and is capped (:mod:`.capped`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import (
    ARRAY,
    Boolean,
    Connection,
    DateTime,
    Engine,
    Float,
    Integer,
    String,
    and_,
    any_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    union,
    union_all,
)
from sqlalchemy.sql import ColumnElement, Select, Subquery

from presswatch.linking.provenance import default_agencies
from presswatch.store import by_speaker, fts, fts_within, name_search, prepared, schema
from presswatch.store.browse import (
    FACET_SIZE,
    BrowseReads,
    facets_of,
    speaker_facet,
    year_of,
)
from presswatch.store.capped import DEFAULT_LIMIT, MAX_LIMIT, Rows
from presswatch.store.capped import cap as _cap
from presswatch.store.catalog import CatalogReads, EventFilter
from presswatch.store.corrections import quote_select
from presswatch.store.engine import reading
from presswatch.store.fts_within import Within
from presswatch.store.pages import PageReads
from presswatch.textutil import fold

__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "EventFilter", "QuoteFilter", "Reads", "Rows"]

MAX_LISTED_KEYS = by_speaker.MAX_LISTED
"""A speaker's quotes are listed by key in the query up to this many; beyond, a subquery."""
DECORATED_AT_ONCE = 512
"""Quotes (and articles) one decoration statement takes: few statement texts, few
parameters."""
WINDOW_GROWTH = 4
"""How much a speaker page's window of keys grows when filters leave too few rows in it."""
WINDOW_HELD = "window_held"
"""Column of a speaker page's rows saying how many keys its window held (then removed)."""
MIN_PARTIAL_SOURCE = 4
"""A ``--source`` this long matches inside credited names and outlets (``monde`` finds
``Le Monde``); a shorter one (``AP``, ``AFP``) must be the whole name."""


@dataclass(frozen=True, slots=True)
class Scope:
    """A speaker's quotes: ``keys`` narrows ``quotes`` down, as a condition or as a driving
    (subquery, join condition) pair (None when the speaker's subquery drives already);
    ``linked`` holds for those linked to the speaker's people; ``listed``: how many keys
    the condition lists, when it does."""

    keys: ColumnElement | tuple[Subquery, ColumnElement] | None
    linked: ColumnElement
    listed: int | None = None


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Filters of :meth:`Reads.quotes`; every one is optional and they combine with AND.

    Attributes:
        speaker: Part of any alias of a person (every alias and role-linked quote of the
            people it matches), or part of the speaker string as written.
        act: A speech act (``accusation``).
        since: First date, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the quote's said_on,
            else its article's date).
        until: Last date, same forms, inclusive (``2022-02`` includes 28 February).
        outlet: Part of the outlet name.
        story: A story id, or part of its label.
        text: Full-text search in the quote and its speaker.
        second_hand: Include quotes reported inside another source's quote (``parent``).
        only_second_hand: Only those.
        source: An agency or outlet the quote's article credits (``AFP`` also finds
            ``l'Agence France-Presse``), or its publishing outlet: an article is its own
            source too.
        newest_first: List the newest quotes first (without ``text``; the oldest first
            by default).
    """

    speaker: str | None = None
    act: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    story: str | None = None
    text: str | None = None
    second_hand: bool = True
    only_second_hand: bool = False
    source: str | None = None
    newest_first: bool = False


_UNLISTED = object()
"""A speaker scope not looked up yet (None is a scope too many keys to list)."""


def _among(col: ColumnElement, values: list[str], dialect: str) -> ColumnElement:
    """``col`` is one of ``values``: on PostgreSQL one array parameter (``= ANY``), not a
    parameter per value (a speaker's 300 keys cost 20 ms of Python at each call to render
    and for psycopg to parse again: it caches statements of at most 50 parameters)."""
    if dialect == "postgresql":
        return col == any_(bindparam(None, values, type_=ARRAY(String)))
    return col.in_(values)


def _kind(sql_type: Any) -> str:
    for kind, types in (("bool", (Boolean,)), ("int", (Integer,)), ("float", (Float,)),
                        ("datetime", (DateTime,))):
        if isinstance(sql_type, types):
            return kind
    return "str"


def _narrowed(f: QuoteFilter, scope: Scope | None,
              first: tuple[Subquery, ColumnElement] | None = None
              ) -> tuple[Select, dict[str, Any]]:
    """The quotes matching ``f`` but its full-text search, unordered, and the columns that
    order them (``col["order"]``). A speaker's quotes are those of ``scope`` when given,
    else found by a driving subquery."""
    q, a = schema.quotes, schema.articles
    drivers: list[tuple[Subquery, ColumnElement]] = [first] if first is not None else []
    if f.speaker and scope is None:
        qp, q2 = schema.quote_people, schema.quotes.alias("q2")
        linked = select(qp.c.quote_key).where(qp.c.person_id.in_(by_speaker.person_ids(
            f.speaker)))
        as_written = select(q2.c.key).where(q2.c.speaker_folded.in_(
            by_speaker.speaker_strings(f.speaker)))
        said = union(linked, as_written).subquery("by_speaker")
        drivers.append((said, said.c.quote_key == q.c.key))
        scope = Scope(None, q.c.key.in_(linked))
    if scope is not None and isinstance(scope.keys, tuple):
        drivers.append(scope.keys)
    query, col = quote_select(drivers)
    # the listing date's index (in listing order) serves a date range and its order alike:
    # a week of a million quotes is read from its first row to the page's last, no more.
    # ``until`` is inclusive at its precision: ISO dates sort as text, and ``~`` sorts after
    # every digit and ``-``, so ``2022-02`` takes in ``2022-02-28``
    if f.since:
        query = query.where(col["when"] >= f.since.strip())
    if f.until:
        query = query.where(col["when"] <= f.until.strip() + "~")
    if scope is not None:
        if scope.keys is not None and not isinstance(scope.keys, tuple):
            query = query.where(scope.keys)
        # a speaker a user corrected is the corrected one only (the cheap test first:
        # most quotes have no correction, and SQL stops there)
        query = query.where(or_(col["fixed_speaker"].is_(None), scope.linked))
    if f.act:
        query = query.where(col["act"] == f.act.strip().lower())
    if f.outlet:
        query = query.where(a.c.outlet.icontains(f.outlet.strip(), autoescape=True))
    if f.story:
        st = schema.stories
        ids = select(st.c.id).where(or_(st.c.id == f.story, st.c.label.icontains(
            f.story, autoescape=True)))
        query = query.where(schema.article_stories.c.story_id.in_(ids))
    if not f.second_hand:
        query = query.where(q.c.parent.is_(None))
    if f.only_second_hand:
        query = query.where(q.c.parent.isnot(None))
    if f.source:
        query = query.where(Reads._from_source(f.source))
    return query, {**col, "order": (col["when"], q.c.article_id, q.c.start, q.c.key)}


@functools.lru_cache(maxsize=256)
def _windowed(f: QuoteFilter, window: Select, rows: int) -> Select:
    """The first ``rows`` quotes matching ``f`` (its speaker aside) among the keys of a
    speaker's ``window``, in listing order. One statement per filter: on a speaker's page
    building it would cost as much as running it. Its speaker's parameters come with the
    window's. The window drives (comes first in FROM): PostgreSQL keeps the written join
    order of this many tables, and given ``key IN (window)`` read every quote first."""
    keys = window.subquery("window")
    scope = Scope((keys, keys.c.key == schema.quotes.c.key), by_speaker.linked_to_people())
    query, col = _narrowed(f, scope)
    return query.add_columns(keys.c.held.label(WINDOW_HELD)).order_by(*col["order"]).limit(rows)


@functools.lru_cache(maxsize=16)
def _decoration(slots: int | None) -> Select:
    """The people linked to quotes (kind 0, by quote key, names in order) and the sources
    articles credit (kind 1, by article, in their order): one round trip for a page. Up
    to ``slots`` keys (``k0``…) and articles (``a0``…), the spare ones padded (see
    :func:`_padded`): one statement text for pages of any size up to it, which the driver
    prepares once. ``slots`` None: two array parameters (``keys``, ``articles``), for
    PostgreSQL, where psycopg parses again every statement of more than 50 parameters
    for its placeholders (2.5 ms of Python on each page of a hundred quotes)."""
    qp, p, ac = schema.quote_people, schema.people, schema.article_credits
    if slots is None:
        keys, owners = qp.c.quote_key == any_(bindparam("keys")), ac.c.article_id == any_(
            bindparam("articles"))
    else:
        keys = qp.c.quote_key.in_([bindparam(f"k{i}") for i in range(slots)])
        owners = ac.c.article_id.in_([bindparam(f"a{i}") for i in range(slots)])
    who = (select(literal(0).label("kind"), qp.c.quote_key.label("owner"), p.c.name,
                  literal(0).label("idx"))
           .join(p, p.c.id == qp.c.person_id).where(keys))
    credits = select(literal(1), ac.c.article_id, ac.c.name, ac.c.idx).where(owners)
    both = union_all(who, credits).subquery()
    return (select(both.c.kind, both.c.owner, both.c.name)
            .order_by(both.c.kind, case((both.c.kind == 0, both.c.name), else_=both.c.owner),
                      both.c.idx))


def _slots(n: int) -> int:
    """Parameter slots of a decoration statement for ``n`` values: a power of two, so that
    pages of any size share a few statements."""
    return max(8, 1 << (n - 1).bit_length())


@functools.cache
def _slot_names(prefix: str, slots: int) -> tuple[str, ...]:
    return tuple(f"{prefix}{i}" for i in range(slots))


def _padded(prefix: str, values: list[str], slots: int) -> dict[str, str | None]:
    """``values`` as the parameters ``prefix0``… of ``slots`` slots, the spare ones
    repeating the last value (an ``IN`` list takes it once; cheaper than NULLs)."""
    last = values[-1] if values else None
    return dict(zip(_slot_names(prefix, slots),
                    [*values, *[last] * (slots - len(values))], strict=True))


class Reads(CatalogReads, PageReads, BrowseReads):
    """Read functions mixed into :class:`presswatch.store.Store` (which owns ``engine``)."""

    engine: Engine

    # ---- quotes ---------------------------------------------------------------------------

    def _listed_scope(self, conn: Connection, speaker: str) -> Scope | None:
        """The keys of the quotes linked to the people ``speaker`` names, and of those whose
        speaker string contains it, listed; None when they are too many to list in a query.
        Each step's result is listed in the next query, so that neither database has to
        guess how many rows a ``LIKE '%...%'`` matches (PostgreSQL guesses thousands and
        scans)."""
        qp, q = schema.quote_people, schema.quotes
        match = by_speaker.match_speaker(conn, speaker)
        if match is None:
            return None
        keys = []
        dialect = conn.dialect.name
        for query in (select(qp.c.quote_key).where(_among(qp.c.person_id, match.people,
                                                           dialect)),
                      select(q.c.key).where(_among(q.c.speaker_folded, match.spoken, dialect))):
            keys.append(list(conn.execute(query.limit(MAX_LISTED_KEYS + 1)).scalars()))
            if len(keys[-1]) > MAX_LISTED_KEYS:
                return None
        every = sorted(set(keys[0]) | set(keys[1]))
        return Scope(_among(q.c.key, every, dialect), _among(q.c.key, keys[0], dialect),
                     len(every))

    @staticmethod
    def _within(conn: Connection, f: QuoteFilter) -> Within | None:
        """SQLite, words and a speaker: the speaker's quotes, that FTS5 reads and ranks
        instead of every match of the words (:mod:`.fts_within`); None when they are too
        many to list (:data:`.fts_within.MOST_ROWIDS`)."""
        if not (f.text and f.speaker) or conn.dialect.name != "sqlite":
            return None
        match = by_speaker.match_speaker(conn, f.speaker)
        rowids = None if match is None else fts_within.rowids_of(
            conn, match.people, match.spoken, fts_within.MOST_ROWIDS)
        return None if rowids is None else fts_within.within(
            conn, rowids, fts.fts5_query(f.text) or '""')

    def _filtered(self, f: QuoteFilter, conn: Connection | None = None, *,
                  best: int | None = None, page: bool = False,
                  listed: Scope | object | None = _UNLISTED,
                  within: Within | object | None = _UNLISTED) -> Select:
        """The quotes matching ``f``. Speaker and dates narrow them down through indexes
        first (with ``conn``, a speaker's quote keys are looked up beforehand and listed:
        both databases then plan from a known, short list), so that such a query never
        walks every quote. ``best``: see :func:`.fts.quote_hits`; ``page``: a capped read's
        first try, whose words alone rank only the matches among the newest quotes
        (:data:`.fts.RANKED_QUOTES`; exports, counts and the second try take every match);
        ``listed``: the speaker's :meth:`_listed_scope`, when looked up already; ``within``:
        its :meth:`_within`, likewise."""
        if within is _UNLISTED:
            within = self._within(conn, f) if conn is not None else None
        if within is not None:
            # FTS5 reads the speaker's quotes only: left to check, a corrected speaker
            scope: Scope | None = Scope(None, by_speaker.linked_to_people())
        elif listed is not _UNLISTED:
            scope = cast(Scope | None, listed)
        else:
            scope = (self._listed_scope(conn, f.speaker) if f.speaker and conn is not None
                     else None)
        if f.text:
            alone = page and replace(f, text=None, newest_first=False) == QuoteFilter()
            listed = scope.keys if scope is not None and not isinstance(
                scope.keys, tuple) else None
            hits, on, rank = fts.quote_hits(self.engine.dialect.name, f.text, best=best,
                                            newest=fts.RANKED_QUOTES if alone else None,
                                            within=listed, among=cast(Within | None, within))
            query, _col = _narrowed(f, scope, (hits, on))
            if fts.MATCHED in hits.c:
                query = query.add_columns(hits.c[fts.MATCHED])
            if within is not None:
                query = query.params(**name_search.name_params(f.speaker or ""),
                                     **cast(Within, within).params(fts.fts5_query(f.text)
                                                                   or '""'))
            return query.order_by(rank, schema.quotes.c.id)
        query, col = _narrowed(f, scope)
        if f.newest_first:
            return query.order_by(*(c.desc() for c in col["order"]))
        return query.order_by(*col["order"])

    def _speaker_page(self, conn: Connection, f: QuoteFilter, limit: int
                      ) -> list[dict[str, Any]] | None:
        """The first ``limit + 1`` quotes of a speaker filter, read through a window of the
        speaker's quote keys in listing order (:class:`presswatch.store.by_speaker.Window`):
        the general query reads only those keys, in the same statement. Filters and
        corrections may leave fewer than needed; the window then grows until it holds
        enough rows or every key. None (read the general way) past :data:`MAX_LISTED_KEYS`
        keys."""
        size = limit + 1
        while size <= MAX_LISTED_KEYS:
            window = by_speaker.Window.of(f.speaker or "", size, since=f.since, until=f.until)
            query = _windowed(replace(f, speaker=None), window.query, limit + 1)
            rows = prepared.rows(conn, query, window.params)
            held = rows[0][WINDOW_HELD] if rows else window.count(conn)
            for row in rows:
                del row[WINDOW_HELD]
            if len(rows) > limit or held < size:
                return rows
            size *= WINDOW_GROWTH
        return None

    @staticmethod
    def _from_source(source: str) -> ColumnElement:
        """Quotes whose article credits ``source`` or is published by it."""
        q, a, ac = schema.quotes, schema.articles, schema.article_credits
        name = fold(default_agencies().canonical(source) or source.strip())
        if len(name) >= MIN_PARTIAL_SOURCE:
            credited = ac.c.name_folded.contains(name, autoescape=True)
            own = a.c.outlet.icontains(source.strip(), autoescape=True)
        else:
            credited = ac.c.name_folded == name
            own = func.lower(a.c.outlet) == source.strip().lower()
        return or_(q.c.article_id.in_(select(ac.c.article_id).where(credited)), own)

    def _decorate(self, conn: Any, rows: list[dict[str, Any]]) -> None:
        """Add ``people`` (the canonical people the speaker string was linked to) and
        ``sources`` (what the quote's article credits) to quote rows."""
        found: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
        keys, articles = [r["key"] for r in rows], sorted({r["article_id"] for r in rows})
        for start in range(0, max(len(keys), len(articles)), DECORATED_AT_ONCE):
            some = keys[start:start + DECORATED_AT_ONCE]
            their = articles[start:start + DECORATED_AT_ONCE]
            if conn.dialect.name == "postgresql":
                slots, params = None, {"keys": some, "articles": their}
            else:
                slots = _slots(max(len(some), len(their)))
                params = {**_padded("k", some, slots), **_padded("a", their, slots)}
            for r in prepared.rows(conn, _decoration(slots), params):
                found[r["kind"]].setdefault(r["owner"], []).append(r["name"])
        for r in rows:
            r["people"] = found[0].get(r["key"], [])
            r["sources"] = found[1].get(r["article_id"], [])

    def quotes(self, filters: QuoteFilter | None = None, *, limit: int | None = None) -> Rows:
        """Quotes matching ``filters``, with outlet, URL, date, sentence and offsets,
        ``people`` (the canonical people the speaker string was linked to) and ``sources``
        (the agencies and outlets its article credits)."""
        f, limit = filters or QuoteFilter(), _cap(limit)
        with reading(self.engine) as conn:
            fast = f.speaker and not f.text and not f.newest_first  # its window is oldest first
            rows = self._speaker_page(conn, f, limit) if fast else None
            if rows is None and f.text:
                # the speaker's keys looked up once for both tries of the page
                within = self._within(conn, f)
                listed = (self._listed_scope(conn, f.speaker) if f.speaker and within is None
                          else None)

                def build(best: int | None, newest: bool) -> Select:
                    return self._filtered(f, conn, best=best, page=newest, listed=listed,
                                          within=within)

                # the speaker's matches only are ranked already, or are no more than the
                # first try would rank: one read, not two (a speaker with fewer matches
                # than a page ranked them all twice)
                few = (listed is not None and listed.listed is not None
                       and listed.listed <= fts.BEST_FIRST * (limit + 1))
                rows = [dict(r._mapping) for r in (
                    conn.execute(build(None, False).limit(limit + 1))
                    if within is not None or few else fts.first_rows(conn, build, limit + 1))]
            elif rows is None:
                rows = [dict(r._mapping) for r in conn.execute(self._filtered(f, conn)
                                                               .limit(limit + 1))]
            for row in rows:
                row.pop(fts.MATCHED, None)
            self._decorate(conn, rows[:limit])
        return Rows(rows[:limit], len(rows) > limit)

    def quote_facets(self, filters: QuoteFilter | None = None) -> dict[str, Any]:
        """How many quotes match ``filters``, and the facets that narrow them: speakers
        (canonical people), acts, types, outlets, stories and years, each value with its
        count. Two passes over the matching quotes, not one per facet: one counts their
        combinations of act, type, outlet, story and year
        (:func:`presswatch.store.browse.facets_of`), one their speakers."""
        if filters is None or replace(filters, newest_first=False) == QuoteFilter():
            return self._every_quote_facets()  # the browse page's first view: counted fast
        qp, st = schema.quote_people, schema.stories
        with reading(self.engine) as conn:
            sub = self._filtered(filters, conn).order_by(None).subquery()
            year = year_of(func.coalesce(sub.c.said_on, sub.c.date))
            dims = (sub.c.act, sub.c.type, sub.c.outlet, sub.c.story, st.c.label, year)
            combos = conn.execute(select(*dims, func.count())
                                  .select_from(sub.outerjoin(st, st.c.id == sub.c.story))
                                  .group_by(*dims)).all()
            n = func.count().label("count")
            spoken = conn.execute(select(qp.c.person_id, n)
                                  .where(qp.c.quote_key.in_(select(sub.c.key)))
                                  .group_by(qp.c.person_id).order_by(n.desc(), qp.c.person_id)
                                  .limit(FACET_SIZE)).all()
            speakers = speaker_facet(conn, [tuple(r) for r in spoken])
        total, facets = facets_of(combos, ("act", "type", "outlet", "story", "label", "year"))
        return {"count": total, "facets": {"speaker": speakers, **facets}}

    def variants(self, quote_key: str, *, limit: int | None = None) -> Rows:
        """The other renderings of the statement ``quote_key`` reports: quotes of the same
        speaker, in this story or reprinted, that say the same thing in other words (or the
        same words). ``score`` (0-100) and ``how`` (``reprint``, ``variant``) say how alike
        each is to this quote; None when it is linked through another rendering only.
        Best first; empty for a quote with no variant or an unknown key."""
        limit = _cap(limit)
        qp, qv, q = schema.quote_people, schema.quote_variants, schema.quotes
        statements = select(qp.c.statement).where(qp.c.quote_key == quote_key,
                                                  qp.c.statement.isnot(None))
        members = select(qp.c.quote_key).where(qp.c.statement.in_(statements),
                                               qp.c.quote_key != quote_key)
        query, col = quote_select()
        query = (query.add_columns(qv.c.score, qv.c.shared_words, qv.c.how)
                 .outerjoin(qv, and_(qv.c.quote_key == quote_key, qv.c.variant_key == q.c.key))
                 .where(q.c.key.in_(members))
                 .order_by(qv.c.score.is_(None), qv.c.score.desc(), col["when"], q.c.key))
        with reading(self.engine) as conn:
            rows = [dict(r._mapping) for r in conn.execute(query.limit(limit + 1))]
            self._decorate(conn, rows[:limit])
        return Rows(rows[:limit], len(rows) > limit)

    def iter_quotes(self, filters: QuoteFilter | None = None) -> Iterator[dict[str, Any]]:
        """Every matching quote, streamed (for exports: no cap)."""
        with reading(self.engine) as conn:
            result = conn.execute(self._filtered(filters or QuoteFilter())
                                  .execution_options(yield_per=1000))
            for r in result:
                yield dict(r._mapping)

    def quote_keys_like(self, given: str, *, limit: int = 3) -> list[str]:
        """Stored quote keys ``given`` names, sorted: itself when stored, else the keys it
        abbreviates: a prefix of them, or ``<article id prefix>:<start>-<end>`` (the short
        form tables show). At most ``limit``: the caller only needs to know one from many."""
        q = schema.quotes
        given = given.strip()
        if not given:
            return []
        article, sep, span = given.partition(":")
        if sep and span:
            cond = or_(q.c.key.startswith(given, autoescape=True),
                       and_(q.c.key.startswith(article + ":" if len(article) == 40 else article,
                                               autoescape=True),
                            q.c.key.endswith(":" + span, autoescape=True)))
        else:
            cond = q.c.key.startswith(given, autoescape=True)
        with reading(self.engine) as conn:
            if conn.execute(select(q.c.key).where(q.c.key == given)).first() is not None:
                return [given]
            return list(conn.execute(select(q.c.key).where(cond).order_by(q.c.key)
                                     .limit(limit)).scalars())

    def iter_cited_quotes(self, filters: QuoteFilter | None = None
                          ) -> Iterator[dict[str, Any]]:
        """:meth:`iter_quotes` with ``people`` and ``sources``, as :meth:`quotes` gives
        them (streamed, decorated :data:`DECORATED_AT_ONCE` rows at a time)."""
        batch: list[dict[str, Any]] = []
        for row in self.iter_quotes(filters):
            batch.append(row)
            if len(batch) == DECORATED_AT_ONCE:
                yield from self._decorated(batch)
                batch = []
        yield from self._decorated(batch)

    def _decorated(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if rows:
            with reading(self.engine) as conn:
                self._decorate(conn, rows)
        return rows

    def iter_table(self, name: str) -> Iterator[dict[str, Any]]:
        """Every row of one public table, streamed (for exports)."""
        table = schema.metadata.tables[name]
        with reading(self.engine) as conn:
            for r in conn.execute(select(table).execution_options(yield_per=1000)):
                yield dict(r._mapping)

    def column_kinds(self, name: str) -> dict[str, str]:
        """Column → ``int``, ``float``, ``bool``, ``datetime`` or ``str`` for a table, or for
        ``quotes`` the cited rows of :meth:`iter_quotes`: typed exports need no guessing."""
        cols = (quote_select()[0].selected_columns if name == "quotes"
                else schema.metadata.tables[name].c)
        return {c.name: _kind(c.type) for c in cols}
