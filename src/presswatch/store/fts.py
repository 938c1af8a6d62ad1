"""Full-text search over quotes and articles, one implementation per database.

SQLite: FTS5 tables (``quotes_fts``, ``articles_fts``) kept in step by triggers, so that a
row written by any SQL tool is searchable too; accents are folded (``securite`` finds
``sécurité``). PostgreSQL: a stored ``tsvector`` column per table (French configuration)
with a GIN index. Both take the same user syntax: words must all occur, ``"..."`` is a
phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Row,
    column,
    func,
    literal_column,
    text,
    true,
)
from sqlalchemy import select as select_
from sqlalchemy.sql import FromClause, Select, Subquery

from presswatch.store.fts_within import Within
from presswatch.store.schema import articles, quotes

__all__ = ["BEST_FIRST", "MATCHED", "RANKED_QUOTES", "create_search", "first_rows", "fts5_query",
           "match_articles", "match_quotes", "quote_hits"]

_TOKENIZER = "unicode61 remove_diacritics 2"
_PG_CONFIG = "french"

_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, tokenize='{_TOKENIZER}')",
    """CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
         INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
       END""",
    """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
         DELETE FROM quotes_fts WHERE rowid = old.id;
       END""",
    """CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
         UPDATE quotes_fts SET text = new.text, speaker = new.speaker WHERE rowid = old.id;
       END""",
    f"""CREATE VIRTUAL TABLE articles_fts USING fts5(
          article_id UNINDEXED, title, text, tokenize='{_TOKENIZER}')""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
         INSERT INTO articles_fts(article_id, title, text)
         VALUES (new.id, new.title, new.text);
       END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
         DELETE FROM articles_fts WHERE article_id = old.id;
       END""",
    "INSERT INTO quotes_fts(rowid, text, speaker) SELECT id, text, speaker FROM quotes",
    "INSERT INTO articles_fts(article_id, title, text) SELECT id, title, text FROM articles",
)

_PG_DDL = (
    f"""ALTER TABLE quotes ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
          to_tsvector('{_PG_CONFIG}', coalesce(text, '') || ' ' || coalesce(speaker, '')))
        STORED""",
    "CREATE INDEX quotes_tsv ON quotes USING gin (tsv)",
    f"""ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
          to_tsvector('{_PG_CONFIG}', coalesce(title, '') || ' ' || coalesce(text, '')))
        STORED""",
    "CREATE INDEX articles_tsv ON articles USING gin (tsv)",
)


def create_search(conn: Connection) -> None:
    """Create the search structures of ``conn``'s database (a named migration)."""
    ddl = _PG_DDL if conn.dialect.name == "postgresql" else _SQLITE_DDL
    for statement in ddl:
        conn.exec_driver_sql(statement)


_TERM = re.compile(r'"([^"]*)"|(\S+)')


def fts5_query(user: str) -> str:
    """A user's search text as a safe FTS5 query: every word required, ``"a b"`` a phrase.

    Each term is quoted, so FTS5 operators and punctuation in the text (``NOT``, ``-``,
    ``:``) are searched as words and can never make the query invalid.
    """
    terms = []
    for phrase, word in _TERM.findall(user):
        value = (phrase or word).replace('"', " ")
        words = re.findall(r"\w+", value)
        if words:
            terms.append('"' + " ".join(words) + '"')
    return " ".join(terms)


def _pg_query(user: str) -> ColumnElement:
    return func.websearch_to_tsquery(_PG_CONFIG, user)


def _fts5_hits(table: str, key: str, user: str, extra: str = "", best: int | None = None,
               newest: int | None = None) -> Subquery:
    """(key, rank[, snippet]) of the rows of FTS5 table ``table`` matching ``user``; with
    ``newest``, among the last ``newest`` quotes stored only (FTS5 reads its lists from
    that rowid on, and ranks only those); with ``best``, only that many, best first."""
    sql = f"SELECT {key} AS hit, rank{extra} FROM {table} WHERE {table} MATCH :match"
    if newest is not None:
        sql += f" AND rowid > (SELECT max(id) FROM quotes) - {int(newest)}"
    if best is not None:
        sql += f" ORDER BY rank, hit LIMIT {int(best)}"
    cols = [column("hit"), column("rank", Float)] + ([column("snippet")] if extra else [])
    return (text(sql).bindparams(match=fts5_query(user) or '""').columns(*cols)
            .subquery(f"{table}_hits"))


def match_quotes(select: Select, dialect: str, user: str) -> Select:
    """``select`` (over ``quotes``) narrowed to quotes matching ``user``, best first (ties
    in the order quotes were stored): every match ranked."""
    if dialect == "postgresql":
        tsv, query = literal_column("quotes.tsv"), _pg_query(user)
        return (select.where(tsv.op("@@")(query))
                .order_by(func.ts_rank(tsv, query).desc(), quotes.c.id))
    hits = _fts5_hits("quotes_fts", "rowid", user)
    return select.join(hits, hits.c.hit == quotes.c.id).order_by(hits.c.rank, quotes.c.id)


def quote_hits(dialect: str, user: str, *, best: int | None = None,
               newest: int | None = None, within: ColumnElement | None = None,
               among: Within | None = None
               ) -> tuple[FromClause, ColumnElement, ColumnElement]:
    """The quotes matching ``user`` as a driving subquery: (subquery, condition joining it
    to ``quotes``, the rank to order by, best first). With ``newest``, only the matches
    among the last ``newest`` quotes stored (the highest ids) are ranked (see
    :data:`RANKED_QUOTES`); with ``best``, only the ``best`` best-ranked are kept: a
    common word matches tens of thousands of quotes, and joining each to its article and
    corrections before keeping a page of them cost 100 ms at a million quotes (see
    :func:`first_rows`). A listing puts it first in FROM. On PostgreSQL each match is
    ranked as it is read (one visit of its row, whose ``tsv`` ``ts_rank`` needs), and
    ``within`` (a condition on ``quotes``: a speaker's listed keys) narrows the matches
    before they are ranked, not after: a frequent word's 100,000 matches are not ranked
    for a speaker's fifty. FTS5 ranks its matches from its own lists and ignores it (the
    listing applies it anyway); it takes ``among`` instead (SQLite: the speaker's quotes,
    :mod:`.fts_within`), and then ranks those matches only, all of them (``best`` and
    ``newest`` aside), the statement's values given by ``among.params``."""
    if dialect == "postgresql":
        # the user's query parsed once (a subquery run before the rows are read), not for
        # every row a prepared statement's general plan tests: 10,000 parses cost 100 ms
        tsv, query = literal_column("quotes.tsv"), select_(_pg_query(user)).scalar_subquery()
        rank = func.ts_rank(tsv, query).label("rank")
        matches = tsv.op("@@", is_comparison=True)(query)
        top = select_(quotes.c.id.label("hit"), rank)
        if newest is None:
            top = top.where(matches)
        else:
            # the newest quotes read by key, each tested: written ``IS TRUE``, the test is
            # one the text index cannot serve, so that no plan reads every match of a
            # common word from it to intersect them with the key range (a prepared
            # statement's general plan did: 85 ms for a word in 520,000 quotes, 10 ms
            # through the key range)
            stored = quotes.alias("stored")
            last = select_(func.max(stored.c.id)).scalar_subquery()
            top = top.where(quotes.c.id > last - newest, matches.is_(true()))
        if within is not None:
            top = top.where(within)
        if best is not None and newest is None:
            # how many matched before the cut: none was left out when they are no more
            # than ``best`` (:func:`first_rows` then needs no second read)
            top = top.add_columns(func.count().over().label(MATCHED))
        if best is not None:
            top = top.order_by(rank.desc(), quotes.c.id).limit(best)
        hits = top.subquery("quotes_hits")
        return hits, hits.c.hit == quotes.c.id, hits.c.rank.desc()
    if among is not None:  # its parameters: ``among.params``
        return among.hits()
    hits = _fts5_hits("quotes_fts", "rowid", user, best=best, newest=newest)
    return hits, hits.c.hit == quotes.c.id, hits.c.rank


RANKED_QUOTES = 10_000
"""A search whose words are its only filter ranks the matches among the last this many
quotes stored (the highest ids), and every match only when fewer than a page match there
(see :func:`first_rows`). Either database then reads at most this many rows to rank,
however common the word: ranking every quote of a word found in one quote out of ten took
60 to 130 ms at a million quotes on SQLite, and ranking its newest 10,000 matches 300 to
600 ms on PostgreSQL, which reads each match's row for its ``tsv`` (docs/performance.md).
Any other filter (speaker, dates, act, outlet…) narrows the quotes first and every match
is ranked."""


BEST_FIRST = 4
"""A page of ``n`` full-text matches is first looked for among the ``BEST_FIRST × n``
best-ranked ones; only filters that reject most of those make it read every match."""

MATCHED = "matched"
"""Column of PostgreSQL's best-ranked matches (every match ranked, none only among the
newest): how many matched before the cut."""


def first_rows(conn: Connection, build: Callable[[int | None, bool], Select], rows: int
               ) -> list[Row[Any]]:
    """The first ``rows`` rows of a listing driven by :func:`quote_hits`.
    ``build(best, newest)`` gives it with that ``best``, and whether words alone may rank
    the newest quotes only (:data:`RANKED_QUOTES`). Read from the best-ranked matches
    (among the newest quotes) when they are enough, else from every match: the same rows
    as reading every match at once when filters reject many of the best, since rows past
    the best ones rank after them."""
    best = BEST_FIRST * rows
    found = conn.execute(build(best, True).limit(rows)).all()
    if len(found) < rows and not (found and found[0]._mapping.get(MATCHED, best + 1) <= best):
        # PostgreSQL says whether every match was among the best (a speaker's 3,000
        # quotes of which 90 match were ranked twice, 110 ms each at a million quotes)
        found = conn.execute(build(None, False).limit(rows)).all()
    return found


def match_articles(dialect: str, user: str) -> Select:
    """Articles matching ``user``, best first: id, title, outlet, date, url and a snippet
    of the text around the match (``[...]`` marks the matched words)."""
    cols = (articles.c.id, articles.c.title, articles.c.outlet, articles.c.date,
            articles.c.url)
    if dialect == "postgresql":
        tsv = literal_column("articles.tsv")
        snippet = func.ts_headline(_PG_CONFIG, articles.c.text, _pg_query(user),
                                   "StartSel=[, StopSel=], MaxWords=25, MinWords=10")
        return (select_(*cols, snippet.label("snippet"))
                .where(tsv.op("@@")(_pg_query(user)))
                .order_by(func.ts_rank(tsv, _pg_query(user)).desc()))
    hits = _fts5_hits("articles_fts", "article_id", user,
                      ", snippet(articles_fts, 2, '[', ']', '…', 20) AS snippet")
    return (select_(*cols, hits.c.snippet).join(hits, hits.c.hit == articles.c.id)
            .order_by(hits.c.rank))
