"""Story grouping's state as rows: what one recompute leaves for the next, written by key.

:class:`.linking.story_update.Parts` (each article's feature digest and names, its part of
the story graph and its group there, the document frequencies) was one JSON value in
``derive_state``, read and rewritten whole at every recompute: about 250 bytes an article,
25 MB at 100,000 articles for a batch of fifty. Here it is one row per article
(``story_articles``) and one per keyword (``story_terms``); a recompute writes only the rows
that differ from what it read (the new articles, the terms they use, the articles of the
parts grouped again). The rules' version and the number of articles live in the
``derive_state`` row ``stories``, written in the same transaction: without it (a new
store, a ``bulk`` build, a state wiped or garbled) the rows are not trusted and grouping
starts from every article (and rewrites them all).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from sqlalchemy import Connection, bindparam, delete, select, update

from presswatch.linking.stories import distinctive
from presswatch.linking.story_update import Parts
from presswatch.store import schema
from presswatch.store.changes import fetch

__all__ = ["STORIES", "keep_story_parts", "story_parts"]

STORIES = "stories"
"""``derive_state`` row: {"version", "articles"} of the rows kept (see the docstring)."""

_CHUNK = 500


def _marker(conn: Connection) -> dict[str, object] | None:
    state = schema.derive_state
    value = conn.execute(select(state.c.value).where(state.c.name == STORIES)).scalar()
    try:
        found = json.loads(value) if value else None
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def story_parts(conn: Connection) -> Parts | None:
    """The story parts the last recompute left, or None (group every article again)."""
    marker = _marker(conn)
    if marker is None or not isinstance(marker.get("version"), str):
        return None
    sa, st = schema.story_articles, schema.story_terms
    rows = fetch(conn, select(sa.c.article_id, sa.c.digest, sa.c.names, sa.c.part, sa.c.grp))
    distinct = list(dict.fromkeys(r[2] for r in rows))  # articles of one story share names
    try:  # one parse for all: a JSON list of the stored JSON lists
        lists = json.loads("[" + ",".join(distinct) + "]")
        if len(lists) != len(distinct) or not all(isinstance(x, list) for x in lists):
            return None
    except ValueError:
        return None
    parsed = dict(zip(distinct, lists, strict=True))
    digests = {aid: digest for aid, digest, _n, _p, _g in rows}
    names_of = {aid: parsed[names] for aid, _d, names, _p, _g in rows}
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for aid, _d, _n, part, grp in rows:
        if part is not None:
            groups[part][grp or aid].append(aid)
    df = Counter({term: n for term, n in fetch(conn, select(st.c.term, st.c.df))})
    if marker.get("articles") != len(digests):
        return None  # rows and marker from different recomputes: trust neither
    rare = distinctive(df, len(digests))
    names = frozenset(t for t in set().union(*lists) if rare(t))
    parts = [[sorted(g) for _k, g in sorted(part.items())] for _p, part in sorted(groups.items())]
    return Parts(names, digests, parts, names_of, dict(df), str(marker["version"]))


def _placement(parts: Parts, skip: frozenset[int] = frozenset()
               ) -> dict[str, tuple[str | None, str | None]]:
    """Each article's part key and group key (the smallest id of each), as stored; for
    the parts whose ``id`` is not in ``skip``."""
    where: dict[str, tuple[str | None, str | None]] = {}
    for part in parts.parts:
        if id(part) in skip:
            continue
        key = min(a for g in part for a in g)
        for g in part:
            first = min(g)
            where.update({a: (key, first) for a in g})
    return where


def _scope(parts: Parts, before: Parts) -> tuple[set[str], frozenset[int]]:
    """The articles whose row may differ from ``before``'s, and the parts whose rows need
    no placement worked out: those both share (the same list objects: grouping keeps a
    part it did not reach as it was, so its articles' parts and groups are as stored). The
    articles are those of the other parts, before or now, and those whose digest or names
    differ or that came or went (in no part, or in one of the others: when one is in a
    shared part, which a feed's batch never leaves, no part is skipped)."""
    shared = frozenset({id(p) for p in before.parts} & {id(p) for p in parts.parts})
    scope = {a for ps in (parts.parts, before.parts) for p in ps if id(p) not in shared
             for g in p for a in g}
    names, old_names, old = parts.names_of, before.names_of, before.digests
    differ = {a for a, d in parts.digests.items() if old.get(a) != d or (
        (n := names.get(a, [])) is not (m := old_names.get(a, [])) and n != m)}
    differ.update(old.keys() - parts.digests.keys())
    if any(a in differ for p in parts.parts if id(p) in shared for g in p for a in g):
        return set(parts.digests.keys() | old.keys()), frozenset()
    return scope | differ, shared


def keep_story_parts(conn: Connection, parts: Parts, before: Parts | None) -> None:
    """Leave ``parts`` for the next recompute (in the caller's transaction): the rows that
    differ from ``before`` (what :func:`story_parts` read; None: rewrite them all), looked
    for among the articles of the parts grouped again and those whose features changed."""
    sa, st = schema.story_articles, schema.story_terms
    if before is None:
        conn.execute(delete(sa))
        conn.execute(delete(st))
        where = _placement(parts)
        old_rows: dict[str, tuple[str, list[str], str | None, str | None]] = {}
        old_df: dict[str, int] = {}
        scope = parts.digests.keys()
    else:
        scope, shared = _scope(parts, before)
        where = _placement(parts, shared)
        was = _placement(before, shared)
        old_rows = {a: (before.digests[a], before.names_of.get(a, []),
                        *was.get(a, (None, None))) for a in scope if a in before.digests}
        old_df = before.df
    rows = {a: (parts.digests[a], parts.names_of.get(a, []), *where.get(a, (None, None)))
            for a in scope if a in parts.digests}
    gone = sorted(old_rows.keys() - rows.keys())
    added = [a for a in rows if a not in old_rows]
    moved = [a for a in rows if a in old_rows and old_rows[a][0] == rows[a][0]
             and old_rows[a][1] == rows[a][1] and old_rows[a][2:] != rows[a][2:]]
    changed = [a for a in rows if a in old_rows and (old_rows[a][0] != rows[a][0]
                                                      or old_rows[a][1] != rows[a][1])]
    for i in range(0, len(gone + changed), _CHUNK):
        conn.execute(delete(sa).where(sa.c.article_id.in_((gone + changed)[i:i + _CHUNK])))
    new = [{"article_id": a, "digest": rows[a][0],
            "names": json.dumps(rows[a][1], ensure_ascii=False), "part": rows[a][2],
            "grp": rows[a][3]} for a in added + changed]
    for i in range(0, len(new), _CHUNK):
        conn.execute(sa.insert(), new[i:i + _CHUNK])
    if moved:
        conn.execute(update(sa).where(sa.c.article_id == bindparam("a")).values(
            part=bindparam("p"), grp=bindparam("g")),
            [{"a": a, "p": rows[a][2], "g": rows[a][3]} for a in moved])
    _keep_terms(conn, parts.df, old_df)
    state = schema.derive_state
    conn.execute(delete(state).where(state.c.name == STORIES))
    conn.execute(state.insert().values(name=STORIES, value=json.dumps(
        {"version": parts.version, "articles": len(parts.digests)})))


def _keep_terms(conn: Connection, df: dict[str, int], before: dict[str, int]) -> None:
    st = schema.story_terms
    gone = sorted(t for t, n in before.items() if not df.get(t))
    added = [{"term": t, "df": n} for t, n in df.items() if n and t not in before]
    changed = [{"t": t, "n": n} for t, n in df.items() if t in before and before[t] != n]
    for i in range(0, len(gone), _CHUNK):
        conn.execute(delete(st).where(st.c.term.in_(gone[i:i + _CHUNK])))
    for i in range(0, len(added), _CHUNK):
        conn.execute(st.insert(), added[i:i + _CHUNK])
    if changed:
        conn.execute(update(st).where(st.c.term == bindparam("t")).values(
            df=bindparam("n")), changed)
