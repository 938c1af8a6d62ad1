"""Named read functions of the Store: what the CLI (and later the web app) may ask.

Every read returns plain dicts, applies the user's corrections (a corrected speaker or act
replaces the pipeline's, a deleted quote is gone) and is capped: a read asks for one row
more than its limit and says ``truncated`` instead of cutting silently (the Datasette habit).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    DateTime,
    Engine,
    Float,
    Integer,
    and_,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql import ColumnElement, Select

from presswatch.store import fts, schema
from presswatch.textutil import fold

__all__ = ["DEFAULT_LIMIT", "MAX_LIMIT", "QuoteFilter", "Reads", "Rows"]

DEFAULT_LIMIT = 100
MAX_LIMIT = 10_000
"""Most rows one read returns; ``export`` streams everything instead."""

_DELETED = ("1", "true", "yes")


@dataclass(frozen=True, slots=True)
class Rows:
    """A capped read: its rows, and whether more rows matched than were returned."""

    rows: list[dict[str, Any]]
    truncated: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


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
        second_hand: Include quotes reported inside another source's quote.
    """

    speaker: str | None = None
    act: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    story: str | None = None
    text: str | None = None
    second_hand: bool = True


def _kind(sql_type: Any) -> str:
    for kind, types in (("bool", (Boolean,)), ("int", (Integer,)), ("float", (Float,)),
                        ("datetime", (DateTime,))):
        if isinstance(sql_type, types):
            return kind
    return "str"


def _cap(limit: int | None) -> int:
    return max(1, min(MAX_LIMIT, limit or DEFAULT_LIMIT))


class Reads:
    """Read functions mixed into :class:`presswatch.store.Store` (which owns ``engine``)."""

    engine: Engine

    # ---- quotes ---------------------------------------------------------------------------

    def _quote_select(self) -> tuple[Select, dict[str, ColumnElement]]:
        q, a, ast = schema.quotes, schema.articles, schema.article_stories
        fix = {f: schema.corrections.alias(f"c_{f}") for f in schema.CORRECTABLE_FIELDS}
        eff = {f: func.coalesce(fix[f].c.value, q.c[f]) for f in ("speaker", "act", "type",
                                                                   "addressee")}
        when = func.coalesce(q.c.said_on, a.c.date)
        query = select(
            q.c.key, q.c.article_id, q.c.quote_id, a.c.outlet, a.c.url, a.c.date,
            a.c.title, ast.c.story_id.label("story"), q.c.start, q.c.end, q.c.text,
            eff["type"].label("type"), eff["speaker"].label("speaker"),
            eff["act"].label("act"), q.c.cue, q.c.cue_start, q.c.cue_end, q.c.mention,
            eff["addressee"].label("addressee"), q.c.said_on, q.c.said_at, q.c.parent,
            q.c.in_boilerplate, q.c.confidence, q.c.sentence, q.c.sentence_start,
            q.c.pipeline_version,
            (fix["speaker"].c.value.isnot(None) | fix["act"].c.value.isnot(None)).label(
                "corrected"),
        ).select_from(q.join(a, a.c.id == q.c.article_id)
                      .outerjoin(ast, ast.c.article_id == q.c.article_id))
        for f, c in fix.items():
            query = query.outerjoin(c, and_(c.c.quote_key == q.c.key, c.c.field == f))
        query = query.where(or_(fix["deleted"].c.value.is_(None),
                                fix["deleted"].c.value.not_in(_DELETED)))
        return query, {"when": when, "act": eff["act"], "fixed_speaker": fix["speaker"].c.value}

    def _person_ids(self, name: str) -> Select:
        """Ids of people one of whose aliases contains ``name`` (accents and case folded)."""
        pa = schema.person_aliases
        return select(pa.c.person_id).where(pa.c.alias_folded.contains(fold(name),
                                                                       autoescape=True))

    def _filtered(self, f: QuoteFilter) -> Select:
        query, col = self._quote_select()
        q, a = schema.quotes, schema.articles
        if f.speaker:
            qp = schema.quote_people
            linked = select(qp.c.quote_key).where(qp.c.person_id.in_(self._person_ids(
                f.speaker)))
            query = query.where(or_(q.c.key.in_(linked), and_(
                col["fixed_speaker"].is_(None),
                q.c.speaker_folded.contains(fold(f.speaker), autoescape=True))))
        if f.act:
            query = query.where(col["act"] == f.act.strip().lower())
        if f.since:
            query = query.where(col["when"] >= f.since.strip())
        if f.until:
            until = f.until.strip()
            query = query.where(func.substr(col["when"], 1, len(until)) <= until)
        if f.outlet:
            query = query.where(a.c.outlet.icontains(f.outlet.strip(), autoescape=True))
        if f.story:
            st = schema.stories
            ids = select(st.c.id).where(or_(st.c.id == f.story, st.c.label.icontains(
                f.story, autoescape=True)))
            query = query.where(schema.article_stories.c.story_id.in_(ids))
        if not f.second_hand:
            query = query.where(q.c.parent.is_(None))
        if f.text:
            return fts.match_quotes(query, self.engine.dialect.name, f.text)
        return query.order_by(col["when"], q.c.article_id, q.c.start)

    def quotes(self, filters: QuoteFilter | None = None, *, limit: int | None = None) -> Rows:
        """Quotes matching ``filters``, with outlet, URL, date, sentence and offsets, and
        ``people``: the canonical people the speaker string was linked to."""
        limit = _cap(limit)
        qp, p = schema.quote_people, schema.people
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in
                    conn.execute(self._filtered(filters or QuoteFilter()).limit(limit + 1))]
            who: dict[str, list[str]] = {}
            for r in conn.execute(select(qp.c.quote_key, p.c.name).join(
                    p, p.c.id == qp.c.person_id).where(qp.c.quote_key.in_(
                    [r["key"] for r in rows[:limit]])).order_by(p.c.name)):
                who.setdefault(r.quote_key, []).append(r.name)
        for r in rows:
            r["people"] = who.get(r["key"], [])
        return Rows(rows[:limit], len(rows) > limit)

    def iter_quotes(self, filters: QuoteFilter | None = None) -> Iterator[dict[str, Any]]:
        """Every matching quote, streamed (for exports: no cap)."""
        with self.engine.connect() as conn:
            result = conn.execute(self._filtered(filters or QuoteFilter())
                                  .execution_options(yield_per=1000))
            for r in result:
                yield dict(r._mapping)

    def iter_table(self, name: str) -> Iterator[dict[str, Any]]:
        """Every row of one public table, streamed (for exports)."""
        table = schema.metadata.tables[name]
        with self.engine.connect() as conn:
            for r in conn.execute(select(table).execution_options(yield_per=1000)):
                yield dict(r._mapping)

    def column_kinds(self, name: str) -> dict[str, str]:
        """Column → ``int``, ``float``, ``bool``, ``datetime`` or ``str`` for a table, or for
        ``quotes`` the cited rows of :meth:`iter_quotes`: typed exports need no guessing."""
        cols = (self._quote_select()[0].selected_columns if name == "quotes"
                else schema.metadata.tables[name].c)
        return {c.name: _kind(c.type) for c in cols}

    # ---- people ---------------------------------------------------------------------------

    def people(self, *, name: str | None = None, limit: int | None = None) -> Rows:
        """Canonical people, most quoted first, with their aliases and main role."""
        p, pa, pr = schema.people, schema.person_aliases, schema.person_roles
        limit = _cap(limit)
        query = select(p).order_by(p.c.quotes.desc(), p.c.articles.desc(), p.c.name)
        if name:
            query = query.where(p.c.id.in_(self._person_ids(name)))
        with self.engine.connect() as conn:
            found = [dict(r._mapping) for r in conn.execute(query.limit(limit + 1))]
            ids = [r["id"] for r in found[:limit]]
            aliases: dict[str, list[str]] = {}
            for r in conn.execute(select(pa.c.person_id, pa.c.alias).where(
                    pa.c.person_id.in_(ids)).order_by(pa.c.count.desc(), pa.c.alias)):
                aliases.setdefault(r.person_id, []).append(r.alias)
            roles: dict[str, str] = {}
            for r in conn.execute(select(pr.c.person_id, pr.c.role).where(
                    pr.c.person_id.in_(ids)).order_by(pr.c.count.desc(), pr.c.role)):
                roles.setdefault(r.person_id, r.role)
        rows = [{"id": r["id"], "name": r["name"], "quotes": r["quotes"],
                 "articles": r["articles"], "role": roles.get(r["id"]),
                 "aliases": aliases.get(r["id"], [])} for r in found[:limit]]
        return Rows(rows, len(found) > limit)

    def find_person(self, name: str) -> str | None:
        """The person ``name`` designates: an exact alias first, else the one person whose
        aliases contain it; None when nobody or several people match."""
        p, pa = schema.people, schema.person_aliases
        with self.engine.connect() as conn:
            exact = set(conn.execute(select(pa.c.person_id).where(
                pa.c.alias_folded == fold(name))).scalars())
            if len(exact) == 1:
                return exact.pop()
            ids = exact or set(conn.execute(self._person_ids(name)).scalars())
            if len(ids) == 1:
                return ids.pop()
            if ids:  # several: the most quoted, if clearly ahead
                ranked = conn.execute(select(p.c.id, p.c.quotes).where(p.c.id.in_(ids))
                                      .order_by(p.c.quotes.desc())).all()
                if len(ranked) == 1 or ranked[0].quotes > ranked[1].quotes:
                    return ranked[0].id
        return None

    def person(self, name: str) -> dict[str, Any] | None:
        """One person: aliases, roles with dates, quote counts by act, counterparts."""
        pid = self.find_person(name)
        if pid is None:
            return None
        p, pa, pr = schema.people, schema.person_aliases, schema.person_roles
        pp, qp = schema.participant_people, schema.quote_people
        with self.engine.connect() as conn:
            row = conn.execute(select(p).where(p.c.id == pid)).one()._mapping
            aliases = list(conn.execute(select(pa.c.alias).where(pa.c.person_id == pid)
                                        .order_by(pa.c.count.desc(), pa.c.alias)).scalars())
            roles = [dict(r._mapping) for r in conn.execute(
                select(pr.c.role, pr.c.first_seen, pr.c.last_seen, pr.c.count)
                .where(pr.c.person_id == pid)
                .order_by(pr.c.first_seen, pr.c.count.desc(), pr.c.role))]
            quotes, _col = self._quote_select()
            quotes = quotes.where(schema.quotes.c.key.in_(
                select(qp.c.quote_key).where(qp.c.person_id == pid))).subquery()
            acts = dict(conn.execute(select(quotes.c.act, func.count())
                                     .group_by(quotes.c.act)
                                     .order_by(func.count().desc(), quotes.c.act)).all())
            addressees = Counter(a for a in conn.execute(
                select(quotes.c.addressee).where(quotes.c.addressee.isnot(None))).scalars())
            other = pp.alias("other")
            met = conn.execute(
                select(p.c.name, func.count()).select_from(
                    pp.join(other, and_(other.c.article_id == pp.c.article_id,
                                        other.c.interaction_idx == pp.c.interaction_idx,
                                        other.c.person_id != pid))
                    .join(p, p.c.id == other.c.person_id))
                .where(pp.c.person_id == pid).group_by(p.c.name)
                .order_by(func.count().desc(), p.c.name)).all()
        return {"id": pid, "name": row["name"], "quotes": row["quotes"],
                "articles": row["articles"], "aliases": aliases, "roles": roles,
                "acts": acts, "counterparts": [{"name": n, "interactions": c} for n, c in met],
                "addressees": [{"name": n, "quotes": c} for n, c in addressees.most_common()]}

    def timeline(self, name: str, *, limit: int | None = None) -> Rows | None:
        """A person's dated interactions and quotes, oldest first (None: unknown person)."""
        pid = self.find_person(name)
        if pid is None:
            return None
        limit = _cap(limit)
        a, it, pp = schema.articles, schema.interactions, schema.participant_people
        quotes, _col = self._quote_select()
        qp = schema.quote_people
        said = quotes.where(schema.quotes.c.key.in_(
            select(qp.c.quote_key).where(qp.c.person_id == pid))).subquery()
        events = select(
            func.coalesce(it.c.date, a.c.date).label("date"), literal("interaction")
            .label("kind"), it.c.type.label("what"), it.c.place.label("detail"),
            a.c.outlet, a.c.url, it.c.article_id,
        ).select_from(pp.join(it, and_(it.c.article_id == pp.c.article_id,
                                       it.c.idx == pp.c.interaction_idx))
                      .join(a, a.c.id == it.c.article_id)).where(pp.c.person_id == pid)
        lines = select(func.coalesce(said.c.said_on, said.c.date).label("date"),
                       literal("quote").label("kind"), said.c.act.label("what"),
                       said.c.text.label("detail"), said.c.outlet, said.c.url,
                       said.c.article_id)
        both = union_all(events, lines).subquery()
        query = select(both).order_by(both.c.date.is_(None), both.c.date, both.c.kind,
                                      both.c.article_id).limit(limit + 1)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        return Rows(rows[:limit], len(rows) > limit)

    # ---- stories and search -----------------------------------------------------------------

    def stories(self, *, limit: int | None = None) -> Rows:
        """Stories, latest first, with the outlets that reported each."""
        st, ast, a = schema.stories, schema.article_stories, schema.articles
        limit = _cap(limit)
        with self.engine.connect() as conn:
            found = [dict(r._mapping) for r in conn.execute(
                select(st).order_by(st.c.first_date.desc(), st.c.articles.desc(), st.c.id)
                .limit(limit + 1))]
            ids = [r["id"] for r in found[:limit]]
            outlets: dict[str, set[str]] = {}
            for r in conn.execute(select(ast.c.story_id, a.c.outlet).join(
                    a, a.c.id == ast.c.article_id).where(ast.c.story_id.in_(ids))):
                if r.outlet:
                    outlets.setdefault(r.story_id, set()).add(r.outlet)
        rows = [{**r, "outlet_names": sorted(outlets.get(r["id"], ()))} for r in found[:limit]]
        return Rows(rows, len(found) > limit)

    def search(self, text: str, *, limit: int | None = None) -> Rows:
        """Full-text search over quotes and article texts; quotes first, best first."""
        limit = _cap(limit)
        with self.engine.connect() as conn:
            quotes, _col = self._quote_select()
            hits = [{"kind": "quote", "article_id": r.article_id, "key": r.key,
                     "speaker": r.speaker, "text": r.text, "outlet": r.outlet,
                     "date": r.date, "url": r.url}
                    for r in conn.execute(fts.match_quotes(quotes, self.engine.dialect.name, text)
                                          .limit(limit + 1))]
            if len(hits) <= limit:
                arts = fts.match_articles(self.engine.dialect.name, text)
                hits += [{"kind": "article", "article_id": r.id, "key": None, "speaker": None,
                          "text": r.snippet, "outlet": r.outlet, "date": r.date, "url": r.url}
                         for r in conn.execute(arts.limit(limit + 1 - len(hits)))]
        return Rows(hits[:limit], len(hits) > limit)

    def counts(self) -> dict[str, int]:
        """Rows per main table: a store's size at a glance."""
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.articles, schema.quotes, schema.people, schema.stories,
                              schema.interactions)}
