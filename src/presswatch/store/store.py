"""The Store: the one owner of presswatch's SQL (writes here, reads in :mod:`.reads`).

Any SQLAlchemy URL works; SQLite (the default, one file) and PostgreSQL are tested. Writes
follow three rules that make ingest safe to interrupt and to repeat: every article is
written in its own transaction (a ``kill -9`` leaves it whole or absent); rows go in with
insert-or-ignore on the article's content hash and URL (the same article twice is stored
once); user corrections live in their own table that no ingest touches.
"""

from __future__ import annotations

import hashlib
import logging
import os
import weakref
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, delete, or_, select, update
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from presswatch.linking.provenance import find_provenance
from presswatch.store import schema, touched
from presswatch.store.engine import StoreError, analyze, make_engine, parse_url, writing
from presswatch.store.interaction_fixes import apply as apply_interaction_fixes
from presswatch.store.interaction_fixes import check as check_interaction_fix
from presswatch.store.interaction_fixes import record as record_interaction_fix
from presswatch.store.migrations import migrate, pending
from presswatch.store.reads import Reads
from presswatch.store.rows import (
    annotation_rows,
    article_rows,
    iso_date,
    keywords_json,
    text_hash,
)
from presswatch.store.urls import DEFAULT_URL

if TYPE_CHECKING:  # imported by recompute: reads need neither it nor spaCy's stop words
    from presswatch.linking import Identity  # nor the linking rules,
    from presswatch.reading import Article  # nor the reading package
    from presswatch.store import derive

__all__ = ["DEFAULT_URL", "Store", "StoreError"]

logger = logging.getLogger(__name__)

INSERT_CHUNK = 2000
"""Rows per executemany call when rebuilding derived tables."""
RECOMPUTE_LOCK = 0x70726573
"""PostgreSQL advisory lock a recompute holds: two at once would both rewrite the derived
tables and one would fail on the other's rows."""


def _forget_in_children(engine: Engine) -> None:
    """Worker processes forked by ``--workers`` must not reuse the parent's connections."""
    ref = weakref.ref(engine)

    def after_fork() -> None:
        if (e := ref()) is not None:
            e.dispose(close=False)

    os.register_at_fork(after_in_child=after_fork)


def _insert(conn: Connection, table: Any) -> Any:
    """The dialect's INSERT of ``table``, which has ON CONFLICT (imported here: the
    PostgreSQL dialect's modules are a tenth of a query command's start)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def _insert_ignore(conn: Connection, table: Any, row: dict[str, Any]) -> bool:
    """Insert ``row`` unless it collides with any unique key; whether it was written.

    RETURNING, not rowcount: drivers may report -1 for an upsert that wrote nothing."""
    stmt = _insert(conn, table).values(row).on_conflict_do_nothing().returning(table.c.id)
    return conn.execute(stmt).first() is not None


def _add_speakers(conn: Connection, folded: set[str]) -> None:
    """List these speaker strings in ``speakers``, linked to no one until the next
    recompute links their new quotes."""
    if folded:
        upsert = _insert(conn, schema.speakers).on_conflict_do_update(
            index_elements=["speaker_folded"], set_={"person_id": None})
        conn.execute(upsert, [{"speaker_folded": s, "person_id": None} for s in sorted(folded)])


_DERIVED = "derived"


def _outdated(conn: Connection, *articles: str) -> None:
    """Inputs of the derived tables changed (those of ``articles``, or of none: an
    identity): the next recompute must compute, starting from those articles."""
    conn.execute(delete(schema.derive_state).where(schema.derive_state.c.name == _DERIVED))
    touched.record(conn, articles)


def _relist_linked(conn: Connection, quotes: list[dict[str, Any]]) -> None:
    """Give the ``quote_people`` rows of these quote keys (a re-annotated article's, before
    the next recompute) the listing date the quotes now have. Only keys written again can
    be listed; rows of vanished keys match no quote and are never shown."""
    qp = schema.quote_people
    by_date: dict[str | None, list[str]] = {}
    for q in quotes:
        by_date.setdefault(q["said_when"], []).append(q["key"])
    for day, keys in by_date.items():
        conn.execute(update(qp).where(qp.c.quote_key.in_(keys)).values(said_when=day))


class Store(Reads):
    """All reads and writes of one presswatch database.

    Args:
        url: A SQLAlchemy URL (``sqlite:///presswatch.db``, ``postgresql://...``).
        create: Create a missing SQLite file; with False a missing file is a StoreError,
            so that a mistyped ``--db`` in a query does not leave an empty database behind.
    """

    def __init__(self, url: str | URL = DEFAULT_URL, *, create: bool = True) -> None:
        self.url = parse_url(url)
        if self.url.get_backend_name() == "sqlite" and self.url.database not in (
                None, "", ":memory:"):
            path = Path(self.url.database)
            if not create and not path.exists():
                raise StoreError(f"no database at {path} (run `presswatch ingest` first)")
            if not path.parent.exists():
                raise StoreError(f"cannot create {path}: no folder {path.parent}")
        self.engine = make_engine(self.url)
        _forget_in_children(self.engine)
        try:  # only when one is pending: a migration takes the write lock, and a query
            if pending(self.engine):  # must not wait for an ingest's recompute to get it
                migrate(self.engine)
        except OperationalError as err:
            raise StoreError(f"cannot open {self.url.render_as_string()}: {err.orig}") from None

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path | None:
        """The SQLite file, when the store is one."""
        if self.url.get_backend_name() == "sqlite" and self.url.database not in (
                None, "", ":memory:"):
            return Path(self.url.database)
        return None

    # ---- writes -------------------------------------------------------------------------

    def has_article(self, text: str, url: str | None = None) -> bool:
        """True if an article with this normalised text, or this URL, is stored already."""
        cond = schema.articles.c.text_hash == text_hash(text)
        if url:
            cond = or_(cond, schema.articles.c.url == url)
        with self.engine.connect() as conn:
            return conn.execute(select(schema.articles.c.id).where(cond).limit(1)).first() \
                is not None

    def complete_article(self, article: Article) -> tuple[str, ...]:
        """Fill in what the stored copy of ``article`` (same normalised text) lacks: URL,
        outlet, date, title. Nothing it has is overwritten, except a date the store only
        inferred, which the article's own date replaces; the id, and so every permalink,
        stays. A URL another stored article has is left out (URLs are unique).

        Returns:
            The fields filled, in that order; empty when nothing was missing (or nothing
            is stored under this text).
        """
        a = schema.articles
        given = {"url": article.url or None, "outlet": article.outlet or None,
                 "date": iso_date(article.date), "title": article.title or None}
        with writing(self.engine) as conn:
            stored = conn.execute(select(a.c.id, a.c.url, a.c.outlet, a.c.date, a.c.title,
                                         a.c.date_inferred)
                                  .where(a.c.text_hash == text_hash(article.text))).first()
            if stored is None:
                return ()
            lacking = {"url": stored.url is None, "outlet": stored.outlet is None,
                       "date": stored.date is None or bool(stored.date_inferred),
                       "title": stored.title is None}
            fill = {k: v for k, v in given.items() if v is not None and lacking[k]}
            if "url" in fill and conn.execute(
                    select(a.c.id).where(a.c.url == fill["url"])).first() is not None:
                del fill["url"]
            if not fill:
                return ()
            if "date" in fill:
                fill.update(date_inferred=False, date_basis=None)
            conn.execute(update(a).where(a.c.id == stored.id).values(**fill))
            _outdated(conn, stored.id)  # stories and events read outlets and dates
            if "date" in fill:  # quotes without a date of their own are listed under it
                q = schema.quotes
                conn.execute(update(q).where(q.c.article_id == stored.id,
                                             q.c.said_on.is_(None))
                             .values(said_when=fill["date"]))
                _relist_linked(conn, [row._asdict() for row in conn.execute(
                    select(q.c.key, q.c.said_when).where(q.c.article_id == stored.id))])
        return tuple(k for k in given if k in fill)

    def add_article(self, article: Article, record: dict[str, Any], *,
                    pipeline_version: str) -> str | None:
        """Store one annotated article and its annotations in one transaction.

        Returns:
            The stored article id, or None when the article was stored already (same URL
            or same normalised text): nothing is written then.
        """
        row = article_rows(article, record, pipeline_version=pipeline_version,
                           now=datetime.now(UTC))
        with writing(self.engine) as conn:
            if not _insert_ignore(conn, schema.articles, row):
                return None
            self._insert_annotations(conn, row, record, pipeline_version)
            _outdated(conn, row["id"])
        return row["id"]

    def replace_annotations(self, aid: str, record: dict[str, Any], *,
                            pipeline_version: str) -> None:
        """Re-annotation: swap one article's annotations for new ones, atomically.

        Corrections are keyed by quote position, not by these rows, so they apply to the
        new quotes wherever the pipeline finds the same span again.
        """
        a = schema.articles
        with writing(self.engine) as conn:
            stored = conn.execute(select(a.c.id, a.c.text, a.c.date).where(a.c.id == aid)).one()
            for table in schema.ANNOTATION_TABLES:
                conn.execute(delete(table).where(table.c.article_id == aid))
            self._insert_annotations(conn, stored._asdict(), record, pipeline_version)
            conn.execute(update(a).where(a.c.id == aid)
                         .values(pipeline_version=pipeline_version,
                                 byline=find_provenance(stored.text).byline,
                                 keywords=keywords_json(record, stored.text)))
            _outdated(conn, aid)

    @staticmethod
    def _insert_annotations(conn: Connection, article: dict[str, Any], record: dict[str, Any],
                            pipeline_version: str) -> None:
        """Write one article's annotation rows (``article``: its stored id, text and date),
        and keep what listing reads from in step: the speakers table, and the listing date
        that ``quote_people`` copies of a quote key written again."""
        rows = annotation_rows(article["id"], article["text"], record, pipeline_version,
                               article_date=article["date"])
        for table in (schema.quotes, schema.article_people, schema.interactions,
                      schema.interaction_participants, schema.boilerplate,
                      schema.article_credits):
            if rows[table.name]:
                conn.execute(table.insert(), rows[table.name])
        apply_interaction_fixes(conn, article["id"])
        _add_speakers(conn, {q["speaker_folded"] for q in rows["quotes"]} - {None})
        _relist_linked(conn, rows["quotes"])

    def stored_articles(self, *, outdated_for: str | None = None) -> Iterator[Article]:
        """Stored articles as :class:`Article` (id = stored id), for re-annotation.

        Ids are read first and each article fetched on its own, so no read stays open
        while the caller writes (SQLite without WAL would lock itself out).

        Args:
            outdated_for: Only those annotated by another pipeline version than this one.
        """
        a = schema.articles
        query = select(a.c.id).order_by(a.c.id)
        if outdated_for is not None:
            query = query.where(a.c.pipeline_version != outdated_for)
        with self.engine.connect() as conn:
            ids = list(conn.execute(query).scalars())
        for aid in ids:
            with self.engine.connect() as conn:
                r = conn.execute(select(a.c.id, a.c.text, a.c.title, a.c.url, a.c.date,
                                        a.c.outlet, a.c.source).where(a.c.id == aid)).first()
            if r is not None:
                from presswatch.reading import Article

                yield Article(id=r.id, text=r.text, title=r.title, url=r.url, date=r.date,
                              outlet=r.outlet, source=r.source or "")

    def correct(self, quote_key: str, field: str, value: str | None) -> None:
        """Record a user's correction of one quote field (the latest one wins).

        Args:
            quote_key: ``article_id:start-end`` as the ``key`` column of ``quotes`` gives.
            field: One of :data:`schema.CORRECTABLE_FIELDS`.
            value: The corrected value; for ``deleted``, ``"1"`` hides the quote.
        """
        if field not in schema.CORRECTABLE_FIELDS:
            raise ValueError(f"cannot correct {field!r}: one of {schema.CORRECTABLE_FIELDS}")
        c = schema.corrections
        row = {"quote_key": quote_key, "field": field, "value": value,
               "created_at": datetime.now(UTC)}
        with writing(self.engine) as conn:
            conn.execute(delete(c).where(c.c.quote_key == quote_key, c.c.field == field))
            conn.execute(c.insert().values(row))
            _outdated(conn, quote_key.split(":")[0])

    def correct_story(self, article: str, with_article: str | None) -> None:
        """Record an analyst's story correction (the latest one for an article wins):
        ``article`` belongs to ``with_article``'s story, or to no story when it is None.
        Articles are given by stored id or input id; kept apart from derived tables, it
        applies at every recompute.

        Raises:
            ValueError: An article is not in the store.
        """
        ids = [self._article_id(x) for x in (article, with_article) if x is not None]
        c = schema.story_corrections
        with writing(self.engine) as conn:
            conn.execute(delete(c).where(c.c.article_id == ids[0]))
            conn.execute(c.insert().values(article_id=ids[0], with_article=(
                ids[1] if len(ids) > 1 else None), created_at=datetime.now(UTC)))
            _outdated(conn, *ids)

    def correct_interaction(self, article: str, trigger_start: int, field: str,
                            value: str | list[str] | None) -> None:
        """Record an analyst's fix of one interaction mention (the latest per field wins):
        its ``type``, its ``participants`` (a list, as the article should name them), or
        ``deleted`` (``"1"``: it reports no interaction). The mention is the one whose
        trigger starts at character ``trigger_start`` of the article (given by stored or
        input id); the fix is kept apart and applied again at every re-annotation, and
        events and person pages follow at the next :meth:`recompute`.

        Raises:
            ValueError: An unknown article, field, type or mention, or no participant.
        """
        stored = check_interaction_fix(field, value)
        aid = self._article_id(article)
        with writing(self.engine) as conn:
            record_interaction_fix(conn, aid, int(trigger_start), field, stored)
            _outdated(conn, aid)

    def _article_id(self, given: str) -> str:
        a = schema.articles
        with self.engine.connect() as conn:
            found = conn.execute(select(a.c.id).where(or_(a.c.id == given,
                                                          a.c.input_id == given))).first()
        if found is None:
            raise ValueError(f"no stored article {given!r}")
        return found.id

    def recompute(self, identities: Sequence[Identity] = (), *,
                  full: bool = False) -> derive.Summary:
        """Bring people, their links to quotes, stories, events and variants up to date
        with the stored articles, in one transaction (readers see the old or the new state,
        never a mix). Only rows that changed are written, and nothing is computed when no
        article, correction or identity changed since the last recompute (a feed's run that
        found nothing new); ``full`` deletes and rewrites every derived row instead
        (``presswatch relink``): the same tables either way."""
        from presswatch.store import derive

        digest = hashlib.sha1(repr(list(identities)).encode("utf-8")).hexdigest()
        state = schema.derive_state
        with writing(self.engine) as conn:
            if conn.dialect.name == "postgresql":  # one recompute at a time (SQLite: the lock)
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({RECOMPUTE_LOCK})")
            done = conn.execute(select(state.c.value).where(state.c.name == _DERIVED)).scalar()
            if done == digest and not full:
                return derive.summarize(conn)
            summary = derive.recompute(conn, identities, chunk=INSERT_CHUNK, full=full)
            _outdated(conn)
            conn.execute(state.insert().values(name=_DERIVED, value=digest))
        self.analyze()
        return summary

    def analyze(self) -> None:
        """Refresh the query planner's statistics after a batch changed the tables' sizes
        (see :func:`.engine.analyze`)."""
        with writing(self.engine) as conn:
            analyze(conn)
