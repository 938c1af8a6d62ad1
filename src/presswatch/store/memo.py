"""What one recompute leaves for the next: digests of each unit's inputs, so that a unit
whose inputs did not change keeps the rows it derived instead of being derived again.

A batch of a few articles touches a few people; the statement variants of everyone else
come out as they were. Variant linking is a pure function of each person's quotes (their
keys, texts, contexts and days: :func:`.linking.statements.link_variants` never compares
quotes of two people), so a person whose quotes are exactly those of the last recompute
(same digest) keeps the links stored between them, and only the others are compared again.
A link between two quotes depends on those two quotes alone, never on whose they are, so a
stored link between two quotes of an unchanged person is the one linking would give again.

The digests live in ``derive_state`` next to the up-to-date mark, written in the same
transaction as the derived rows, so they always describe the stored rows (a recompute
killed halfway leaves both as they were). A missing or unreadable digest means "derive
again": ``relink`` (``full``) ignores them and writes them afresh.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection, delete, select

from presswatch.linking.people_parts import (
    Clusters,
    Kept,
    PeopleParts,
    clusters_from_json,
    clusters_to_json,
)
from presswatch.linking.statements import Link, Said, link_variants
from presswatch.linking.story_update import Parts
from presswatch.store import schema

__all__ = ["PEOPLE", "STORIES", "VARIANTS", "keep_people_parts", "keep_story_parts",
           "people_parts", "story_parts", "variant_links"]

PEOPLE = "people:"
"""``derive_state`` rows ``people:<digest>``: one per people part of the last recompute,
its entries' clusters (:mod:`.linking.people_parts`), read only for the parts found again."""

STORIES = "stories"
"""``derive_state`` row: the story parts of the last recompute (:class:`.story_update.Parts`)."""

VARIANTS = "variants"
"""``derive_state`` row: person id → digest of the quotes its variant links came from."""


def _digests(said: Sequence[Said]) -> dict[str, str]:
    """Person → digest of everything variant linking reads of its quotes."""
    by_person: dict[str, list[tuple[str, str, str, str | None]]] = defaultdict(list)
    for s in said:
        by_person[s.person].append((s.key, s.context, s.text,
                                    s.day.isoformat() if s.day else None))
    return {p: hashlib.sha1(json.dumps(sorted(rows), ensure_ascii=False).encode("utf-8"))
            .hexdigest()[:20] for p, rows in by_person.items()}


def _value(conn: Connection, name: str) -> str | None:
    state = schema.derive_state
    return conn.execute(select(state.c.value).where(state.c.name == name)).scalar()


def _stored(conn: Connection, name: str) -> dict[str, str]:
    value = _value(conn, name)
    try:
        found = json.loads(value) if value else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _keep(conn: Connection, name: str, value: str) -> None:
    state = schema.derive_state
    conn.execute(delete(state).where(state.c.name == name))
    conn.execute(state.insert().values(name=name, value=value))


def story_parts(conn: Connection) -> Parts | None:
    """The story parts the last recompute left, or None (group every article again)."""
    value = _value(conn, STORIES)
    return Parts.from_json(value) if value else None


def keep_story_parts(conn: Connection, parts: Parts) -> None:
    """Leave ``parts`` for the next recompute (in the caller's transaction)."""
    _keep(conn, STORIES, parts.to_json())


def people_parts(conn: Connection) -> Kept:
    """Reads the clusters the last recompute left for given part digests (unreadable ones
    are left out: those parts are clustered again)."""
    state = schema.derive_state

    def read(digests: Sequence[str]) -> dict[str, Clusters]:
        names = [PEOPLE + d for d in digests]
        out = {}
        for i in range(0, len(names), 500):
            for name, value in conn.execute(select(state.c.name, state.c.value).where(
                    state.c.name.in_(names[i:i + 500]))):
                if (found := clusters_from_json(value)) is not None:
                    out[name[len(PEOPLE):]] = found
        return out

    return read


def keep_people_parts(conn: Connection, parts: PeopleParts) -> None:
    """Leave ``parts`` for the next recompute (in the caller's transaction): a row per
    part, written when the part is new, deleted when it is gone."""
    state = schema.derive_state
    stored = {n[len(PEOPLE):] for n in conn.execute(select(state.c.name).where(
        state.c.name.like(PEOPLE + "%"))).scalars()}
    gone = [PEOPLE + d for d in stored - parts.clusters.keys()]
    stale = [PEOPLE + d for d in parts.fresh & stored]  # unreadable before, written again
    for i in range(0, len(gone + stale), 500):
        conn.execute(delete(state).where(state.c.name.in_((gone + stale)[i:i + 500])))
    new = [{"name": PEOPLE + d, "value": clusters_to_json(c)}
           for d, c in parts.clusters.items() if d not in stored or d in parts.fresh]
    if new:
        conn.execute(state.insert(), new)


def variant_links(conn: Connection, said: Sequence[Said], *, reuse: bool = True
                  ) -> list[Link]:
    """:func:`link_variants` of ``said`` (the same list), comparing again only the quotes
    of people whose quotes changed since the last recompute; with ``reuse`` False every
    person is compared again. Records the digests for the next recompute."""
    digests = _digests(said)
    before = _stored(conn, VARIANTS) if reuse else {}
    same = {p for p, d in digests.items() if before.get(p) == d}
    links: dict[tuple[str, str], Link] = {}
    if same:
        owners: dict[str, set[str]] = defaultdict(set)
        for s in said:
            if s.person in same:
                owners[s.key].add(s.person)
        qv = schema.quote_variants
        rows = conn.execute(select(qv.c.quote_key, qv.c.variant_key, qv.c.score,
                                   qv.c.shared_words, qv.c.how)
                            .where(qv.c.quote_key < qv.c.variant_key))
        for a, b, score, shared, how in rows:
            if owners.get(a, set()) & owners.get(b, set()):
                links[(a, b)] = Link(a, b, score, shared, how)
    for link in link_variants(s for s in said if s.person not in same):
        links[(link.a, link.b)] = link
    _keep(conn, VARIANTS, json.dumps(digests, sort_keys=True))
    return sorted(links.values(), key=lambda lk: (lk.a, lk.b))
