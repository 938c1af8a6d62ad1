"""Many new articles written at once: a large store filled in minutes, not hours.

``Store.add_article`` writes one article per transaction and checks each for a stored
copy: right for a feed, but a benchmark store of 100,000 articles took half an hour that
way (``docs/performance.md``). :func:`add_articles` writes a batch of annotated articles
with the same rows (:mod:`.rows`, the functions ``add_article`` uses) in one transaction,
each table's rows in one go: PostgreSQL's ``COPY``, SQLite's ``executemany``. It is for
articles known to be new and distinct (a fresh store, synthetic records): a stored copy
is an integrity error, not skipped, and no analyst's interaction fix is applied (there
is none to apply in a fresh store). Derived tables are left to ``Store.recompute``, as
after any ingest.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Table, delete

from presswatch.store import schema
from presswatch.store.engine import writing
from presswatch.store.rows import annotation_rows, article_rows

if TYPE_CHECKING:
    from presswatch.reading import Article

__all__ = ["add_articles", "write_rows"]

_TABLES = (schema.articles, schema.quotes, schema.article_people, schema.interactions,
           schema.interaction_participants, schema.boilerplate, schema.article_credits)
"""What an article's rows go into, parents first."""


def write_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts of ``table``'s columns) in one statement: ``COPY`` on
    PostgreSQL (a tenth of the time of batched INSERTs there), ``executemany`` on SQLite.
    Columns the first row lacks take their database default (NULL)."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(table.insert(), list(rows))
        return
    names = [c.name for c in table.columns if c.name in rows[0]]
    quote = conn.dialect.identifier_preparer.quote
    sql = (f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           "FROM STDIN")
    with conn.connection.cursor() as cur, cur.copy(sql) as copy:
        for row in rows:
            copy.write_row([row.get(n) for n in names])


def add_articles(engine: Engine, items: Iterable[tuple[Article, dict[str, Any]]], *,
                 pipeline_version: str) -> int:
    """Write annotated articles (new and distinct ones: see the module's docstring) and
    their annotations in one transaction; how many were written. The speaker strings of
    their quotes are listed in ``speakers`` unlinked, and the derived tables marked out of
    date, as ``add_article`` does."""
    now = datetime.now(UTC)
    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in _TABLES}
    for article, record in items:
        row = article_rows(article, record, pipeline_version=pipeline_version, now=now)
        rows["articles"].append(row)
        for name, some in annotation_rows(row["id"], row["text"], record, pipeline_version,
                                          article_date=row["date"]).items():
            rows[name] += some
    with writing(engine) as conn:
        stored = set(conn.execute(schema.speakers.select()
                                  .with_only_columns(schema.speakers.c.speaker_folded))
                     .scalars())
        for table in _TABLES:
            write_rows(conn, table, rows[table.name])
        spoken = {q["speaker_folded"] for q in rows["quotes"]} - {None} - stored
        write_rows(conn, schema.speakers,
                   [{"speaker_folded": s, "person_id": None} for s in sorted(spoken)])
        conn.execute(delete(schema.derive_state))
    return len(rows["articles"])
