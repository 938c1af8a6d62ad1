"""Rebuild what is derived across articles: stories, canonical people, their quotes.

Runs after each ingest batch over compact per-article features read back from the store
(people entries, interactions, dates), never over article texts, so it stays cheap as the
store grows. All derived tables are deleted and rewritten inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, func, select, update

from presswatch import stories as story_rules
from presswatch.grouping import group_stories
from presswatch.linking import Identity, Linking, PersonEntry, link_people
from presswatch.nlp.dates import parse_article_date
from presswatch.store import schema
from presswatch.textutil import fold

__all__ = ["Summary", "recompute", "story_label"]

_KIND_WORDS = {"meeting": "rencontre", "talks": "pourparlers", "phone_call": "appel",
               "press_conference": "conférence de presse", "summit": "sommet",
               "visit": "visite"}


@dataclass(frozen=True, slots=True)
class Summary:
    """What one recompute produced."""

    people: int
    stories: int
    linked_quotes: int


@dataclass(slots=True)
class _Article:
    id: str
    date: str | None
    outlet: str | None
    people: list[dict[str, Any]]
    interactions: list[dict[str, Any]]
    speakers: set[str]


def _articles(conn: Connection) -> dict[str, _Article]:
    a, ap = schema.articles, schema.article_people
    it, ip = schema.interactions, schema.interaction_participants
    out = {r.id: _Article(r.id, r.date, r.outlet, [], [], set()) for r in
           conn.execute(select(a.c.id, a.c.date, a.c.outlet))}
    q, c = schema.quotes, schema.corrections
    said = (select(q.c.article_id, func.coalesce(c.c.value, q.c.speaker).label("speaker"))
            .outerjoin(c, and_(c.c.quote_key == q.c.key, c.c.field == "speaker")).distinct())
    for r in conn.execute(said):
        if r.speaker:
            out[r.article_id].speakers.add(r.speaker)
    for r in conn.execute(select(ap).order_by(ap.c.article_id, ap.c.idx)):
        out[r.article_id].people.append({"idx": r.idx, "name": r.name, "gender": r.gender,
                                         "names": json.loads(r.names),
                                         "roles": json.loads(r.roles)})
    events: dict[tuple[str, int], dict[str, Any]] = {}
    for r in conn.execute(select(it).order_by(it.c.article_id, it.c.idx)):
        ev = {"type": r.type, "place": r.place, "date": r.date, "participants": []}
        events[(r.article_id, r.idx)] = ev
        out[r.article_id].interactions.append(ev)
    for r in conn.execute(select(ip).order_by(ip.c.article_id, ip.c.interaction_idx,
                                              ip.c.position)):
        events[(r.article_id, r.interaction_idx)]["participants"].append(r.participant)
    return out


def _infer_dates(conn: Connection, arts: dict[str, _Article], story_of: dict[str, str]) -> None:
    """An undated article in a story takes the story's earliest date, marked inferred."""
    first: dict[str, str] = {}
    for aid, sid in story_of.items():
        d = arts[aid].date
        if d and len(d) == 10 and (sid not in first or d < first[sid]):
            first[sid] = d
    for aid, sid in story_of.items():
        if arts[aid].date is None and sid in first:
            arts[aid].date = first[sid]
            conn.execute(update(schema.articles).where(schema.articles.c.id == aid)
                         .values(date=first[sid], date_inferred=True))


SPEAKER_ENTRY_OFFSET = 10_000
"""Index of the first entry made from a speaker string (after the article's own people)."""


def _entries(arts: dict[str, _Article], story_of: dict[str, str]) -> Iterator[PersonEntry]:
    """The articles' people entries, plus each quote speaker written as a full name that
    the article's people lack (the pipeline may attribute a quote to a name it did not
    list among the article's people)."""
    for art in arts.values():
        day = parse_article_date(art.date)
        known = set()
        for p in art.people:
            known |= {fold(n) for n in (p["name"], *p["names"])}
            yield PersonEntry(art.id, p["idx"], p["name"], tuple(p["names"]),
                              tuple(p["roles"]), p["gender"], day, story_of.get(art.id))
        extra = sorted(s for s in art.speakers if fold(s) not in known)
        for n, speaker in enumerate(extra):
            yield PersonEntry(art.id, SPEAKER_ENTRY_OFFSET + n, speaker, (), (), None, day,
                              story_of.get(art.id), from_speaker=True)


def story_label(people: Counter[str], kinds: Counter[str], places: Counter[str],
                first_date: str | None) -> str:
    """A readable name for a story: its main people, what happened, where and when."""
    who = " – ".join(n.split()[-1] for n, _ in people.most_common(2)) or "?"
    label = who
    kind = next((k for k, _ in kinds.most_common() if k != "press_conference"), None) or (
        kinds.most_common(1)[0][0] if kinds else None)
    if kind:
        label += f", {_KIND_WORDS.get(kind, kind)}"
    if places:
        label += f" à {places.most_common(1)[0][0]}"
    if first_date:
        label += f" ({first_date})"
    return label


def _story_rows(arts: dict[str, _Article], story_of: dict[str, str],
                linking: Linking) -> list[dict[str, Any]]:
    members: dict[str, list[_Article]] = defaultdict(list)
    for aid, sid in story_of.items():
        members[sid].append(arts[aid])
    rows = []
    for sid, group in sorted(members.items()):
        people: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        places: Counter[str] = Counter()
        for art in group:
            for p in art.people:
                if (pid := linking.entry_person.get((art.id, p["idx"]))) is not None:
                    people[linking.people[pid].name] += 1
            kinds.update(ev["type"] for ev in art.interactions)
            places.update(ev["place"] for ev in art.interactions if ev["place"])
        dates = sorted(a.date for a in group if a.date)
        rows.append({"id": sid, "label": story_label(people, kinds, places,
                                                     dates[0] if dates else None),
                     "first_date": dates[0] if dates else None,
                     "last_date": dates[-1] if dates else None, "articles": len(group),
                     "outlets": len({fold(a.outlet) for a in group if a.outlet})})
    return rows


def _quote_links(conn: Connection, arts: dict[str, _Article], linking: Linking,
                 context: dict[str, set[str]]) -> Iterator[tuple[dict[str, Any], bool]]:
    """quote_people rows (and whether the quote counts: not deleted by a user)."""
    q, c = schema.quotes, schema.corrections
    cs, cd = c.alias("cs"), c.alias("cd")
    query = (select(q.c.key, q.c.article_id, q.c.speaker, q.c.said_on,
                    cs.c.value.label("fixed"), cd.c.value.label("deleted"))
             .outerjoin(cs, and_(cs.c.quote_key == q.c.key, cs.c.field == "speaker"))
             .outerjoin(cd, and_(cd.c.quote_key == q.c.key, cd.c.field == "deleted")))
    for r in conn.execute(query):
        speaker = r.fixed if r.fixed is not None else r.speaker
        day = parse_article_date(r.said_on) or parse_article_date(arts[r.article_id].date)
        for pid, how in linking.resolve(r.article_id, speaker, day=day,
                                        context=context.get(r.article_id, ())):
            yield ({"quote_key": r.key, "person_id": pid,
                    "how": "correction" if r.fixed is not None else how},
                   r.deleted not in ("1", "true", "yes"))


def _participant_links(arts: dict[str, _Article], linking: Linking,
                       context: dict[str, set[str]]) -> list[dict[str, Any]]:
    rows = {}
    for art in arts.values():
        day = parse_article_date(art.date)
        for i, ev in enumerate(art.interactions):
            for name in ev["participants"]:
                for pid, _how in linking.resolve(art.id, name, day=day,
                                                 context=context.get(art.id, ())):
                    rows[(art.id, i, pid)] = {"article_id": art.id, "interaction_idx": i,
                                              "person_id": pid}
    return list(rows.values())


def _insert(conn: Connection, table: Table, rows: Iterable[dict[str, Any]], chunk: int) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            conn.execute(table.insert(), batch)
            batch = []
    if batch:
        conn.execute(table.insert(), batch)


def recompute(conn: Connection, identities: Sequence[Identity] = (), *,
              chunk: int = 2000) -> Summary:
    """Rebuild every derived table inside ``conn``'s transaction."""
    arts = _articles(conn)
    feats = [story_rules.features({"id": a.id, "date": a.date, "people": a.people,
                                   "interactions": a.interactions}) for a in arts.values()]
    story_of = group_stories(feats)
    _infer_dates(conn, arts, story_of)
    linking = link_people(_entries(arts, story_of), identities)
    in_story: dict[str, set[str]] = defaultdict(set)
    for (aid, _idx), pid in linking.entry_person.items():
        in_story[story_of.get(aid, "a:" + aid)].add(pid)
    context = {aid: in_story[story_of.get(aid, "a:" + aid)] for aid in arts}

    for table in schema.DERIVED_TABLES:
        conn.execute(delete(table))
    quote_rows, counted = [], Counter()
    for row, counts in _quote_links(conn, arts, linking, context):
        quote_rows.append(row)
        if counts:
            counted[row["person_id"]] += 1
    _insert(conn, schema.people, ({"id": p.id, "name": p.name, "articles": len(p.articles),
                                   "quotes": counted[p.id], "pinned": p.pinned}
                                  for p in linking.people.values()), chunk)
    _insert(conn, schema.person_aliases, (
        {"person_id": p.id, "alias": alias, "alias_folded": fold(alias), "count": n}
        for p in linking.people.values() for alias, n in p.aliases.items()), chunk)
    _insert(conn, schema.person_roles, (
        {"person_id": p.id, "role": span.role, "role_key": " ".join(sorted(sig)),
         "first_seen": _iso(span.first_seen), "last_seen": _iso(span.last_seen),
         "count": span.count}
        for p in linking.people.values() for sig, span in p.roles.items()), chunk)
    _insert(conn, schema.quote_people, quote_rows, chunk)
    _insert(conn, schema.participant_people, _participant_links(arts, linking, context), chunk)
    story_rows = _story_rows(arts, story_of, linking)
    _insert(conn, schema.stories, story_rows, chunk)
    _insert(conn, schema.article_stories, ({"article_id": aid, "story_id": sid}
                                           for aid, sid in story_of.items()), chunk)
    return Summary(len(linking.people), len(story_rows), len({r["quote_key"]
                                                               for r in quote_rows}))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
