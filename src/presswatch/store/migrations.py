"""Named, recorded schema migrations (the sqlite-utils ``Migrations`` habit).

Each migration is a function applied once per database, in its own transaction, and its
name recorded in ``schema_migrations`` in that same transaction: a database is always at a
known step, even after a crash during an upgrade. :func:`pending` only reads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, Table, delete, func, inspect, select, update

from presswatch.linking.provenance import find_provenance
from presswatch.store import schema
from presswatch.store.engine import analyze, writing
from presswatch.store.fts import create_search
from presswatch.store.name_search import create_name_search
from presswatch.store.rows import credit_rows, keywords_json
from presswatch.store.schema import metadata, schema_migrations

__all__ = ["MIGRATIONS", "migrate", "pending"]


def _tables(conn: Connection) -> None:
    tables = [t for t in metadata.sorted_tables if t is not schema_migrations]
    metadata.create_all(conn, tables=tables)


def _add_columns(conn: Connection, table: Table, names: tuple[str, ...]) -> None:
    """``ALTER TABLE ... ADD COLUMN`` for those of ``names`` the table lacks (a database
    that 0001 created from the current schema has them already)."""
    have = {c["name"] for c in inspect(conn).get_columns(table.name)}
    quote = conn.dialect.identifier_preparer.quote
    for name in names:
        if name not in have:
            kind = table.c[name].type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE {quote(table.name)} ADD COLUMN {quote(name)} "
                                 f"{kind}")


_PROVENANCE_BATCH = 500


def _events_variants_provenance(conn: Connection) -> None:
    """Events, statement variants and provenance: their tables and columns, and the
    credits and byline of the articles stored before (read from their texts)."""
    metadata.create_all(conn, tables=[schema.article_credits, schema.events,
                                      schema.event_mentions, schema.event_people,
                                      schema.quote_variants])
    _add_columns(conn, schema.articles, ("date_basis", "byline"))
    _add_columns(conn, schema.people, ("statements",))
    _add_columns(conn, schema.quote_people, ("statement",))
    schema.quotes_said_on.create(conn, checkfirst=True)
    a, ac = schema.articles, schema.article_credits
    done = select(ac.c.article_id).distinct()
    ids = list(conn.execute(select(a.c.id).where(a.c.id.not_in(done))).scalars())
    for n in range(0, len(ids), _PROVENANCE_BATCH):
        batch = ids[n:n + _PROVENANCE_BATCH]
        for aid, text in conn.execute(select(a.c.id, a.c.text).where(a.c.id.in_(batch))).all():
            if rows := credit_rows(aid, text):
                conn.execute(ac.insert(), rows)
            if (byline := find_provenance(text).byline) is not None:
                conn.execute(update(a).where(a.c.id == aid).values(byline=byline))


def _listing_order(conn: Connection) -> None:
    """What a speaker's page is read from: each quote's listing date (``said_when``), copied
    with its article and offset into ``quote_people``, two indexes in listing order (they
    replace the single-column ones), and the ``speakers`` table of distinct speakers."""
    from presswatch.store.derive import fill_speakers  # here: opening a store (a query's
    # start) must not import numpy and the linking rules

    q, a, qp, sp = schema.quotes, schema.articles, schema.quote_people, schema.speakers
    metadata.create_all(conn, tables=[sp])
    _add_columns(conn, q, ("said_when",))
    _add_columns(conn, qp, ("said_when", "article_id", "start"))
    conn.execute(update(q).values(said_when=func.coalesce(q.c.said_on, select(a.c.date).where(
        a.c.id == q.c.article_id).scalar_subquery())))
    conn.execute(update(qp).values({
        name: select(q.c[name]).where(q.c.key == qp.c.quote_key).scalar_subquery()
        for name in ("said_when", "article_id", "start")}))
    fill_speakers(conn)
    for old in ("quotes_speaker_folded", "quote_people_person"):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {old}")
    schema.quotes_by_speaker.create(conn, checkfirst=True)
    schema.quote_people_by_person.create(conn, checkfirst=True)
    analyze(conn, (q, qp, sp))  # else SQLite plans a speaker's page from guesses (5 % slower)


def _story_keywords(conn: Connection) -> None:
    """Every article's keywords (story grouping compares them), read from the texts of the
    articles stored before."""
    a = schema.articles
    _add_columns(conn, a, ("keywords",))
    ids = list(conn.execute(select(a.c.id).where(a.c.keywords.is_(None))).scalars())
    for n in range(0, len(ids), _PROVENANCE_BATCH):
        batch = ids[n:n + _PROVENANCE_BATCH]
        for aid, text in conn.execute(select(a.c.id, a.c.text).where(a.c.id.in_(batch))).all():
            conn.execute(update(a).where(a.c.id == aid).values(
                keywords=keywords_json({}, text)))


def _story_corrections(conn: Connection) -> None:
    """The table of an analyst's story merges and splits."""
    metadata.create_all(conn, tables=[schema.story_corrections])


def _interaction_corrections(conn: Connection) -> None:
    """The table of an analyst's interaction fixes."""
    metadata.create_all(conn, tables=[schema.interaction_corrections])


def _derive_state(conn: Connection) -> None:
    """The mark a recompute leaves when the derived tables are up to date."""
    metadata.create_all(conn, tables=[schema.derive_state])


def _listing_date_index(conn: Connection) -> None:
    """An index in listing order (date, article, offset): a date range's first page is read
    from it without sorting every quote of the range."""
    schema.quotes_by_date.create(conn, checkfirst=True)
    analyze(conn, (schema.quotes,))


def _story_state(conn: Connection) -> None:
    """Story grouping's state as rows (was one JSON value rewritten at every recompute)."""
    metadata.create_all(conn, tables=[schema.story_articles, schema.story_terms])


def _state_rows(conn: Connection) -> None:
    """Quote inputs, event digests and story labels as rows by key (each was one JSON value
    in derive_state, read and rewritten whole at every recompute); the old values go (the
    first recompute after this derives those parts again)."""
    metadata.create_all(conn, tables=[schema.quote_inputs, schema.event_digests,
                                      schema.story_labels])
    state = schema.derive_state
    conn.execute(delete(state).where(state.c.name.in_(
        ("quote-inputs", "events", "story-labels"))))


MIGRATIONS: tuple[tuple[str, Callable[[Connection], None]], ...] = (
    ("0001_tables", _tables),
    ("0002_full_text_search", create_search),
    ("0003_events_variants_provenance", _events_variants_provenance),
    ("0004_listing_order", _listing_order),
    ("0005_story_keywords", _story_keywords),
    ("0006_story_corrections", _story_corrections),
    ("0007_interaction_corrections", _interaction_corrections),
    ("0008_derive_state", _derive_state),
    ("0009_listing_date_index", _listing_date_index),
    ("0010_name_search", create_name_search),
    ("0011_story_state", _story_state),
    ("0012_state_rows", _state_rows),
)
"""Every migration, in order. Append new ones; never rename or edit an applied one."""


def _applied(conn: Connection) -> set[str]:
    if not inspect(conn).has_table(schema_migrations.name):
        return set()
    return set(conn.execute(select(schema_migrations.c.name)).scalars())


def pending(engine: Engine) -> list[str]:
    """Names of the migrations not yet applied to the database (reads only)."""
    with engine.connect() as conn:
        done = _applied(conn)
    return [name for name, _fn in MIGRATIONS if name not in done]


def migrate(engine: Engine) -> list[str]:
    """Apply every pending migration, each in its own transaction; return their names."""
    with writing(engine) as conn:
        schema_migrations.create(conn, checkfirst=True)
    applied = []
    for name, fn in MIGRATIONS:
        with writing(engine) as conn:
            if name in _applied(conn):
                continue
            fn(conn)
            conn.execute(schema_migrations.insert().values(name=name,
                                                           applied_at=datetime.now(UTC)))
            applied.append(name)
    return applied
