"""Reads of what is derived across articles: people, a person's page and timeline,
stories, events, credited sources; full-text search; table counts.

Mixed into :class:`presswatch.store.reads.Reads`. Several start from the quote listing with
corrections applied (:func:`presswatch.store.corrections.quote_select`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Select, and_, func, literal, or_, select, union_all

from presswatch.linking.events import TYPE_FAMILIES, family
from presswatch.store import by_speaker, fts, schema
from presswatch.store.browse import with_outlet_names
from presswatch.store.capped import Rows
from presswatch.store.capped import cap as _cap
from presswatch.store.corrections import quote_select
from presswatch.store.engine import reading
from presswatch.store.pages import addressee_list, counterparts
from presswatch.textutil import fold

__all__ = ["CatalogReads", "EventFilter"]


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of :meth:`Reads.events`, combined with AND.

    Attributes:
        person: A participant (any alias, as for ``presswatch person``).
        since, until: Date range of the event (same forms as for quotes).
        type: The event's kind (``meeting`` and ``talks`` are one kind: outlets call one
            meeting either).
        story: A story id, or part of its label.
    """

    person: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    story: str | None = None


class CatalogReads:
    """People, stories, events, sources, search and counts (see the module docstring)."""

    engine: Engine
    _decorate: Callable[[Connection, list[dict[str, Any]]], None]
    """Adds ``people`` and ``sources`` to quote rows (:class:`presswatch.store.reads.Reads`)."""

    @staticmethod
    def _person_ids(name: str) -> Select:
        """Ids of people one of whose aliases contains ``name`` (accents and case folded)."""
        return by_speaker.person_ids(name)

    # ---- people ---------------------------------------------------------------------------

    def people(self, *, name: str | None = None, limit: int | None = None,
               sort: str = "quotes") -> Rows:
        """Canonical people with their aliases and main role: most quoted first, or in
        most ``articles`` first, or by ``name``."""
        p, pa, pr = schema.people, schema.person_aliases, schema.person_roles
        limit = _cap(limit)
        order = {"quotes": (p.c.quotes.desc(), p.c.articles.desc()),
                 "articles": (p.c.articles.desc(), p.c.quotes.desc()), "name": ()}[sort]
        query = select(p).order_by(*order, p.c.name)
        if name:
            query = query.where(p.c.id.in_(self._person_ids(name)))
        with reading(self.engine) as conn:
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
                 "statements": r["statements"], "articles": r["articles"],
                 "role": roles.get(r["id"]),
                 "aliases": aliases.get(r["id"], [])} for r in found[:limit]]
        return Rows(rows, len(found) > limit)

    def find_person(self, name: str) -> str | None:
        """The person ``name`` designates: an exact alias first, else the one person whose
        aliases contain it; None when nobody or several people match."""
        p, pa = schema.people, schema.person_aliases
        with reading(self.engine) as conn:
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
        qp = schema.quote_people
        with reading(self.engine) as conn:
            row = conn.execute(select(p).where(p.c.id == pid)).one()._mapping
            aliases = list(conn.execute(select(pa.c.alias).where(pa.c.person_id == pid)
                                        .order_by(pa.c.count.desc(), pa.c.alias)).scalars())
            roles = [dict(r._mapping) for r in conn.execute(
                select(pr.c.role, pr.c.first_seen, pr.c.last_seen, pr.c.count)
                .where(pr.c.person_id == pid)
                .order_by(pr.c.first_seen, pr.c.count.desc(), pr.c.role))]
            quotes, _col = quote_select()
            quotes = quotes.where(schema.quotes.c.key.in_(
                select(qp.c.quote_key).where(qp.c.person_id == pid))).subquery()
            acts = dict(conn.execute(select(quotes.c.act, func.count())
                                     .group_by(quotes.c.act)
                                     .order_by(func.count().desc(), quotes.c.act)).all())
            addressees = addressee_list(conn, Counter(a for a in conn.execute(
                select(quotes.c.addressee).where(quotes.c.addressee.isnot(None))).scalars()))
            met = [(c["name"], c["interactions"]) for c in counterparts(conn, pid)]
        return {"id": pid, "name": row["name"], "quotes": row["quotes"],
                "statements": row["statements"], "articles": row["articles"],
                "aliases": aliases, "roles": roles,
                "acts": acts, "counterparts": [{"name": n, "interactions": c} for n, c in met],
                "addressees": addressees}

    def timeline(self, name: str, *, limit: int | None = None) -> Rows | None:
        """A person's dated interactions and quotes, oldest first (None: unknown person)."""
        pid = self.find_person(name)
        if pid is None:
            return None
        limit = _cap(limit)
        a, it, pp = schema.articles, schema.interactions, schema.participant_people
        quotes, _col = quote_select()
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
        with reading(self.engine) as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        return Rows(rows[:limit], len(rows) > limit)

    # ---- stories and search -----------------------------------------------------------------

    def stories(self, *, limit: int | None = None) -> Rows:
        """Stories, latest first, with the outlets that reported each."""
        st = schema.stories
        limit = _cap(limit)
        with reading(self.engine) as conn:
            found = [dict(r._mapping) for r in conn.execute(
                select(st).order_by(st.c.first_date.desc(), st.c.articles.desc(), st.c.id)
                .limit(limit + 1))]
            rows = with_outlet_names(conn, found[:limit])
        return Rows(rows, len(found) > limit)

    def events(self, filters: EventFilter | None = None, *, limit: int | None = None
               ) -> Rows | None:
        """Events (interactions clustered across articles), oldest first, undated last,
        with their participants and the outlets that reported them. None when
        ``filters.person`` designates no single person."""
        f = filters or EventFilter()
        ev, ep, em = schema.events, schema.event_people, schema.event_mentions
        p, a = schema.people, schema.articles
        limit = _cap(limit)
        query = select(ev).order_by(ev.c.date.is_(None), ev.c.date, ev.c.articles.desc(),
                                    ev.c.id)
        if f.person:
            pid = self.find_person(f.person)
            if pid is None:
                return None
            query = query.where(ev.c.id.in_(select(ep.c.event_id).where(ep.c.person_id == pid)))
        if f.since:
            query = query.where(ev.c.date >= f.since.strip())
        if f.until:
            until = f.until.strip()
            query = query.where(func.substr(ev.c.date, 1, len(until)) <= until)
        if f.type:
            kind = f.type.strip()
            same = {t for t, fam in TYPE_FAMILIES.items() if fam == family(kind)} | {kind}
            query = query.where(ev.c.type.in_(sorted(same)))
        if f.story:
            st = schema.stories
            query = query.where(ev.c.story_id.in_(select(st.c.id).where(or_(
                st.c.id == f.story, st.c.label.icontains(f.story, autoescape=True)))))
        with reading(self.engine) as conn:
            found = [dict(r._mapping) for r in conn.execute(query.limit(limit + 1))]
            ids = [r["id"] for r in found[:limit]]
            who: dict[str, list[str]] = {}
            for r in conn.execute(select(ep.c.event_id, p.c.name)
                                  .join(p, p.c.id == ep.c.person_id)
                                  .where(ep.c.event_id.in_(ids))
                                  .order_by(ep.c.event_id, ep.c.mentions.desc(), p.c.name)):
                who.setdefault(r.event_id, []).append(r.name)
            outlets: dict[str, set[str]] = {}
            for r in conn.execute(select(em.c.event_id, a.c.outlet).join(
                    a, a.c.id == em.c.article_id).where(em.c.event_id.in_(ids))):
                if r.outlet:
                    outlets.setdefault(r.event_id, set()).add(r.outlet)
        rows = [{**r, "participants": who.get(r["id"], []),
                 "outlet_names": sorted(outlets.get(r["id"], ()))} for r in found[:limit]]
        return Rows(rows, len(found) > limit)

    def sources(self, *, limit: int | None = None) -> Rows:
        """The agencies and outlets articles credit, most crediting articles first."""
        ac, a = schema.article_credits, schema.articles
        limit = _cap(limit)
        n = func.count(func.distinct(ac.c.article_id))
        query = (select(ac.c.name_folded, func.min(ac.c.name).label("name"),
                        func.max(ac.c.kind).label("kind"), n.label("articles"),
                        func.count(func.distinct(a.c.outlet)).label("outlets"))
                 .join(a, a.c.id == ac.c.article_id).group_by(ac.c.name_folded)
                 .order_by(n.desc(), ac.c.name_folded).limit(limit + 1))
        with reading(self.engine) as conn:
            found = [{k: v for k, v in r._mapping.items() if k != "name_folded"}
                     for r in conn.execute(query)]
        return Rows(found[:limit], len(found) > limit)

    def article_sources(self, article_id: str) -> dict[str, Any] | None:
        """One article's byline and credits (name, kind, phrase, offsets); None if unknown."""
        a, ac = schema.articles, schema.article_credits
        with reading(self.engine) as conn:
            row = conn.execute(select(a.c.id, a.c.outlet, a.c.byline)
                               .where(a.c.id == article_id)).first()
            if row is None:
                return None
            credits = [dict(r._mapping) for r in conn.execute(
                select(ac.c.name, ac.c.kind, ac.c.phrase, ac.c.start, ac.c.end)
                .where(ac.c.article_id == article_id).order_by(ac.c.idx))]
        return {"id": row.id, "outlet": row.outlet, "byline": row.byline, "credits": credits}

    def search(self, text: str, *, limit: int | None = None) -> Rows:
        """Full-text search over quotes and article texts; quotes first, best first. Every
        hit has ``people`` (a quote's canonical speakers, as :meth:`quotes` gives them, so
        that both cite it alike) and ``sources`` (what its article credits)."""
        limit = _cap(limit)
        with reading(self.engine) as conn:
            dialect = self.engine.dialect.name

            def ranked(best: int | None, newest: bool) -> Select:
                found, on, rank = fts.quote_hits(dialect, text, best=best,
                                                 newest=fts.RANKED_QUOTES if newest else None)
                return quote_select([(found, on)])[0].order_by(rank, schema.quotes.c.id)

            hits = [{"kind": "quote", "article_id": r.article_id, "key": r.key,
                     "speaker": r.speaker, "text": r.text, "type": r.type,
                     "act": r.act, "outlet": r.outlet, "date": r.date, "url": r.url}
                    for r in fts.first_rows(conn, ranked, limit + 1)]
            if len(hits) <= limit:
                arts = fts.match_articles(self.engine.dialect.name, text)
                hits += [{"kind": "article", "article_id": r.id, "key": None, "speaker": None,
                          "text": r.snippet, "type": None, "act": None, "outlet": r.outlet,
                          "date": r.date, "url": r.url}
                         for r in conn.execute(arts.limit(limit + 1 - len(hits)))]
            self._decorate(conn, hits[:limit])
        return Rows(hits[:limit], len(hits) > limit)

    def counts(self) -> dict[str, int]:
        """Rows per main table: a store's size at a glance."""
        with reading(self.engine) as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (schema.articles, schema.quotes, schema.people, schema.stories,
                              schema.interactions)}
