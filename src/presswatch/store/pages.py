"""The web pages' reads: one article, one story, one person by id, and paged lists of
articles and interactions (mixed into :class:`presswatch.store.reads.Reads`).

SQLAlchemy Core over the public schema, so every value is a bound parameter. Quotes come
back as every Store read gives them, through the one corrections overlay
(:mod:`presswatch.store.corrections`): speaker, act, type and addressee corrected, deleted
quotes gone. A story's statements are the store's (``quote_people.statement``, computed by
:mod:`presswatch.linking.statements` at each recompute), so the story page and
``presswatch variants`` agree on what one statement is.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, Engine, Select, and_, func, or_, select

from presswatch.linking.addressees import names_someone
from presswatch.store import schema
from presswatch.store.browse import article_conditions
from presswatch.store.corrections import EFFECTIVE_FIELDS, Overlay
from presswatch.store.engine import reading
from presswatch.textutil import fold

__all__ = ["QUOTES_PER_PERSON", "PageReads"]

QUOTES_PER_PERSON = 300
"""Statements listed on a person's page; the chart still counts all of them."""

def _quotes_select() -> Select:
    """Quotes joined to their article, with corrections applied and deleted ones left out."""
    q, a, fix = schema.quotes, schema.articles, Overlay()
    eff = {f: fix.value(f).label(f) for f in EFFECTIVE_FIELDS}
    return (select(q.c.key, q.c.article_id, q.c.quote_id, q.c.start, q.c.end, q.c.text,
                   eff["type"], eff["speaker"], eff["act"], eff["addressee"], q.c.cue,
                   q.c.cue_start, q.c.cue_end, q.c.mention, q.c.said_on, q.c.said_at,
                   q.c.parent, q.c.in_boilerplate, q.c.confidence, a.c.outlet, a.c.date,
                   a.c.url, a.c.title)
            .select_from(fix.join_from(q.join(a, a.c.id == q.c.article_id)))
            .where(fix.kept()))


def _with_people(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``people`` (id and name of the canonical people each quote is linked to)."""
    qp, p = schema.quote_people, schema.people
    who: dict[str, list[dict[str, str]]] = defaultdict(list)
    keys = [r["key"] for r in rows]
    for start in range(0, len(keys), 500):
        for r in conn.execute(select(qp.c.quote_key, p.c.id, p.c.name)
                              .join(p, p.c.id == qp.c.person_id)
                              .where(qp.c.quote_key.in_(keys[start:start + 500]))
                              .order_by(p.c.name)):
            who[r.quote_key].append({"id": r.id, "name": r.name})
    for r in rows:
        r["people"] = who.get(r["key"], [])
    return rows


def _quotes(conn: Connection, query: Select) -> list[dict[str, Any]]:
    return _with_people(conn, [dict(r._mapping) for r in conn.execute(query)])


def _story_of(conn: Connection, aid: str) -> dict[str, Any] | None:
    st, ast = schema.stories, schema.article_stories
    row = conn.execute(select(st.c.id, st.c.label).join(ast, ast.c.story_id == st.c.id)
                       .where(ast.c.article_id == aid)).first()
    return dict(row._mapping) if row else None


def _interactions(conn: Connection, where: Any) -> list[dict[str, Any]]:
    it, ip, a = schema.interactions, schema.interaction_participants, schema.articles
    rows = [dict(r._mapping) for r in conn.execute(
        select(it.c.article_id, it.c.idx, it.c.type, it.c.place,
               func.coalesce(it.c.date, a.c.date).label("date"), it.c.trigger,
               it.c.trigger_start, a.c.outlet,
               a.c.url, a.c.title)
        .join(a, a.c.id == it.c.article_id).where(where)
        .order_by(func.coalesce(it.c.date, a.c.date).desc(), it.c.article_id, it.c.idx))]
    if rows:
        wanted = {(r["article_id"], r["idx"]) for r in rows}
        found: dict[tuple[str, int], list[str]] = defaultdict(list)
        for r in conn.execute(select(ip.c.article_id, ip.c.interaction_idx, ip.c.participant)
                              .where(ip.c.article_id.in_({a for a, _ in wanted}))
                              .order_by(ip.c.position)):
            if (r.article_id, r.interaction_idx) in wanted:
                found[(r.article_id, r.interaction_idx)].append(r.participant)
        for r in rows:
            r["participants"] = found.get((r["article_id"], r["idx"]), [])
    return rows


def _period(day: str | None) -> str | None:
    return day[:7] if day and len(day) >= 7 else (day[:4] if day else None)


class PageReads:
    """The web pages' reads, mixed into :class:`presswatch.store.reads.Reads`."""

    engine: Engine

    def article(self, aid: str) -> dict[str, Any] | None:
        """One stored article with everything its page shows: text, quotes in text order,
        flagged boilerplate, the article's people and interactions, and its story."""
        a, b, ap = schema.articles, schema.boilerplate, schema.article_people
        with reading(self.engine) as conn:
            row = conn.execute(select(a.c.id, a.c.title, a.c.outlet, a.c.date, a.c.date_inferred,
                                      a.c.url, a.c.text, a.c.input_id, a.c.pipeline_version)
                               .where(a.c.id == aid)).first()
            if row is None:
                return None
            found = dict(row._mapping)
            q = schema.quotes
            found["quotes"] = _quotes(conn, _quotes_select().where(q.c.article_id == aid)
                                      .order_by(q.c.start, q.c.end.desc()))
            found["boilerplate"] = [dict(r._mapping) for r in conn.execute(
                select(b.c.start, b.c.end, b.c.kind).where(b.c.article_id == aid)
                .order_by(b.c.start))]
            found["people"] = [{"name": r.name, "roles": json.loads(r.roles or "[]")}
                               for r in conn.execute(select(ap.c.name, ap.c.roles)
                                                     .where(ap.c.article_id == aid)
                                                     .order_by(ap.c.idx))]
            found["interactions"] = _interactions(conn, schema.interactions.c.article_id == aid)
            found["story"] = _story_of(conn, aid)
        return found


    def articles_page(self, *, offset: int, limit: int, outlet: str | None = None,
                      since: str | None = None, until: str | None = None,
                      story: str | None = None, sort: str = "newest"
                      ) -> tuple[list[dict[str, Any]], bool]:
        """Articles without their text, newest first (``sort``: ``oldest`` first, most
        ``quotes`` first); and whether more matched."""
        a, q, ast = schema.articles, schema.quotes, schema.article_stories
        n_quotes = (select(func.count()).where(q.c.article_id == a.c.id).scalar_subquery()
                    .label("quotes"))
        query = (select(a.c.id, a.c.title, a.c.outlet, a.c.date, a.c.url, n_quotes,
                        ast.c.story_id.label("story"))
                 .outerjoin(ast, ast.c.article_id == a.c.id)
                 .where(*article_conditions(outlet, since, until, story)))
        order = {"newest": (a.c.date.is_(None), a.c.date.desc()),
                 "oldest": (a.c.date.is_(None), a.c.date),
                 "quotes": (n_quotes.desc(), a.c.date.desc())}[sort]
        query = query.order_by(*order, a.c.id)
        with reading(self.engine) as conn:
            rows = [dict(r._mapping) for r in conn.execute(query.offset(offset).limit(limit + 1))]
        return rows[:limit], len(rows) > limit


    def interactions_page(self, *, offset: int, limit: int, kind: str | None = None,
                          participant: str | None = None, since: str | None = None,
                          until: str | None = None) -> tuple[list[dict[str, Any]], bool]:
        """Interactions (meetings, calls, talks…) with their participants, newest first."""
        it, ip, a = schema.interactions, schema.interaction_participants, schema.articles
        when = func.coalesce(it.c.date, a.c.date)
        conds: list[Any] = []
        if kind:
            conds.append(it.c.type == kind)
        if since:
            conds.append(when >= since)
        if until:
            conds.append(func.substr(when, 1, len(until)) <= until)
        if participant:
            conds.append(select(ip.c.position).where(
                ip.c.article_id == it.c.article_id, ip.c.interaction_idx == it.c.idx,
                ip.c.participant.icontains(participant, autoescape=True)).exists())
        keys = (select(it.c.article_id, it.c.idx).join(a, a.c.id == it.c.article_id)
                .where(*conds).order_by(when.desc(), it.c.article_id, it.c.idx)
                .offset(offset).limit(limit + 1))
        with reading(self.engine) as conn:
            wanted = [(r.article_id, r.idx) for r in conn.execute(keys)]
            if not wanted:
                return [], False
            pairs = or_(*(and_(it.c.article_id == aid, it.c.idx == idx)
                          for aid, idx in wanted[:limit]))
            rows = _interactions(conn, pairs)
        return rows, len(wanted) > limit


    def person_by_id(self, pid: str) -> dict[str, Any] | None:
        """One canonical person by id: aliases, roles with dates, quote counts by act and
        month, counterparts met in interactions, addressees, and dated statements."""
        p, pa, pr = schema.people, schema.person_aliases, schema.person_roles
        qp = schema.quote_people
        with reading(self.engine) as conn:
            row = conn.execute(select(p).where(p.c.id == pid)).first()
            if row is None:
                return None
            found: dict[str, Any] = {"id": row.id, "name": row.name, "quotes": row.quotes,
                                     "articles": row.articles}
            found["aliases"] = list(conn.execute(select(pa.c.alias).where(pa.c.person_id == pid)
                                                 .order_by(pa.c.count.desc(), pa.c.alias))
                                    .scalars())
            found["roles"] = [dict(r._mapping) for r in conn.execute(
                select(pr.c.role, pr.c.first_seen, pr.c.last_seen, pr.c.count)
                .where(pr.c.person_id == pid).order_by(pr.c.first_seen, pr.c.role))]
            mine = _quotes_select().where(schema.quotes.c.key.in_(
                select(qp.c.quote_key).where(qp.c.person_id == pid))).subquery()
            when = func.coalesce(mine.c.said_on, mine.c.date)
            by_act: dict[str, Counter[str]] = defaultdict(Counter)
            acts: Counter[str] = Counter()
            addressees: Counter[str] = Counter()
            for r in conn.execute(select(when.label("day"), mine.c.act, mine.c.addressee,
                                         func.count().label("n"))
                                  .group_by(when, mine.c.act, mine.c.addressee)):
                acts[r.act or "?"] += r.n
                if r.addressee:
                    addressees[r.addressee] += r.n
                if (period := _period(r.day)) is not None:
                    by_act[period][r.act or "?"] += r.n
            found["acts"] = dict(acts.most_common())
            found["acts_by_period"] = {k: dict(v) for k, v in sorted(by_act.items())}
            found["addressees"] = addressee_list(conn, addressees)
            found["counterparts"] = counterparts(conn, pid)
            statements = _quotes(conn, select(mine).order_by(
                when.is_(None), when, mine.c.article_id, mine.c.start)
                .limit(QUOTES_PER_PERSON + 1))
        found["statements"] = statements[:QUOTES_PER_PERSON]
        found["statements_truncated"] = len(statements) > QUOTES_PER_PERSON
        return found


    def story(self, sid: str) -> dict[str, Any] | None:
        """One story: its row, its articles (oldest first) each with its quotes, and its
        ``statements`` (see :func:`_statements`)."""
        st, ast, a, q = schema.stories, schema.article_stories, schema.articles, schema.quotes
        qp = schema.quote_people
        with reading(self.engine) as conn:
            row = conn.execute(select(st).where(st.c.id == sid)).first()
            if row is None:
                return None
            found = dict(row._mapping)
            arts = [dict(r._mapping) for r in conn.execute(
                select(a.c.id, a.c.title, a.c.outlet, a.c.date, a.c.url)
                .join(ast, ast.c.article_id == a.c.id).where(ast.c.story_id == sid)
                .order_by(a.c.date.is_(None), a.c.date, a.c.outlet, a.c.id))]
            ids = [r["id"] for r in arts]
            quotes = _quotes(conn, _quotes_select().where(q.c.article_id.in_(ids))
                             .order_by(q.c.article_id, q.c.start))
            statement_of = {(r.quote_key, r.person_id): r.statement for r in conn.execute(
                select(qp.c.quote_key, qp.c.person_id, qp.c.statement)
                .where(qp.c.article_id.in_(ids), qp.c.statement.isnot(None)))}
        by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for quote in quotes:
            by_article[quote["article_id"]].append(quote)
        for art in arts:
            art["quotes"] = by_article.get(art["id"], [])
        found["articles_list"] = arts
        found["statements"] = _statements(arts, statement_of)
        return found


def _statements(articles: list[dict[str, Any]], statement_of: dict[tuple[str, str], str]
                ) -> list[dict[str, Any]]:
    """A story's statements, most widely reported first: ``{"speaker", "variants":
    {article_id: [quote, ...]}, "outlets": n}``.

    Two quotes are one statement when the store says so: the statement id the last
    recompute gave each quote of a canonical person (:func:`presswatch.linking.statements.
    statement_ids`, the definition ``presswatch variants`` lists). A quote is read as its
    first linked person's (by name); a quote linked to nobody is a statement of its own.
    """
    groups: dict[str, dict[str, Any]] = {}
    for art in articles:
        for quote in art.get("quotes") or []:
            people = quote.get("people") or []
            statement = statement_of.get((quote["key"], people[0]["id"])) if people else None
            group = groups.setdefault(statement or "quote:" + quote["key"], {
                "speaker": people[0]["name"] if people else quote.get("speaker"),
                "variants": {}})
            group["variants"].setdefault(art["id"], []).append(quote)
    ranked = sorted(groups.values(), key=lambda g: -len(g["variants"]))
    return [{"speaker": g["speaker"], "variants": g["variants"],
             "outlets": len(g["variants"])} for g in ranked]


def addressee_list(conn: Connection, counts: Counter[str]) -> list[dict[str, Any]]:
    """A person page's addressees, most quoted first: those that name someone
    (:func:`presswatch.linking.addressees.names_someone`), a known person's alias given as
    that person's name (`Mme Truss`, `le secrétaire d'État Blinken` → the person's full
    name), counts of one party summed."""
    pa, p = schema.person_aliases, schema.people
    kept = {a: n for a, n in counts.items() if names_someone(a)}
    forms = {a: {fold(a), fold(_untitled(a)), fold(_trailing_name(a))} for a in kept}
    known: dict[str, set[str]] = defaultdict(set)
    wanted = set().union(*forms.values()) if forms else set()
    if wanted:
        for r in conn.execute(select(pa.c.alias_folded, p.c.name)
                              .join(p, p.c.id == pa.c.person_id)
                              .where(pa.c.alias_folded.in_(wanted))):
            known[r.alias_folded].add(r.name)
    merged: Counter[str] = Counter()
    for a, n in kept.items():
        names = set().union(*(known.get(f, set()) for f in forms[a]))
        merged[names.pop() if len(names) == 1 else a] += n
    return [{"name": n, "quotes": c} for n, c in sorted(merged.items(),
                                                        key=lambda nc: (-nc[1], nc[0]))]


def _untitled(phrase: str) -> str:
    """`M. Darmanin` → `Darmanin`: the name after its titles."""
    from presswatch.linking.names import TITLES  # not at the top: it loads rapidfuzz,
    # which a query's start should not pay for

    words = phrase.split()
    while len(words) > 1 and fold(words[0]).rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


_JOINED = frozenset({"et", "ou", "ni", "&"})
"""Words that join parties: `les ministres Aubry et Roux` names two people, not Roux."""


def _trailing_name(phrase: str) -> str:
    """`le secrétaire d'État Blinken` → `Blinken`: the capitalised words closing a role
    phrase (the whole phrase when it is all capitalised or has none, or when it joins
    several parties, whose last name is not the only one addressed)."""
    words = phrase.split()
    if any(w in _JOINED or w.endswith(",") for w in words):
        return phrase
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    return " ".join(words[k:]) if 0 < k < len(words) else phrase


MAX_CONTACT_PEOPLE = 3
"""People linked to one interaction beyond which it is no contact between them (a summit's
attendees, or parties the rules took from every name of a sentence)."""
CONTACT_TYPES = ("meeting", "phone_call", "talks", "press_conference", "visit")
"""Interaction types whose people met one another (a summit's attendees did not, each)."""


def counterparts(conn: Connection, pid: str) -> list[dict[str, Any]]:
    """The people ``pid`` met, called or talked with, most often first: other people
    linked to a contact of at most ``MAX_CONTACT_PEOPLE`` people, so that a person named
    beside a summit or a crowded sentence is not listed as met."""
    p, pp, it = schema.people, schema.participant_people, schema.interactions
    crowd = (select(pp.c.article_id, pp.c.interaction_idx)
             .join(it, and_(it.c.article_id == pp.c.article_id,
                            it.c.idx == pp.c.interaction_idx))
             .where(it.c.type.in_(CONTACT_TYPES))
             .group_by(pp.c.article_id, pp.c.interaction_idx)
             .having(func.count(pp.c.person_id.distinct()) <= MAX_CONTACT_PEOPLE)
             .subquery())
    other = pp.alias("other")
    return [dict(r._mapping) for r in conn.execute(
        select(p.c.id, p.c.name, func.count().label("interactions"))
        .select_from(pp.join(crowd, and_(crowd.c.article_id == pp.c.article_id,
                                         crowd.c.interaction_idx == pp.c.interaction_idx))
                     .join(other, and_(other.c.article_id == pp.c.article_id,
                                       other.c.interaction_idx == pp.c.interaction_idx,
                                       other.c.person_id != pid))
                     .join(p, p.c.id == other.c.person_id))
        .where(pp.c.person_id == pid).group_by(p.c.id, p.c.name)
        .order_by(func.count().desc(), p.c.name))]
