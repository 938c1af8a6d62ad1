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
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, select, tuple_, update

from presswatch.linking.people import Order
from presswatch.linking.people_parts import (
    Clusters,
    Kept,
    PeopleParts,
    clusters_from_json,
    clusters_to_json,
    part_from_json,
)
from presswatch.linking.people_update import Stored
from presswatch.linking.rules_version import rules_version
from presswatch.linking.statements import Link, Said, link_variants
from presswatch.store import schema
from presswatch.store.changes import fetch
from presswatch.store.state_rows import State, read_state, write_state

__all__ = ["LABELS_VERSION", "LABEL_RULES", "PEOPLE", "PEOPLE_INDEX", "VARIANTS", "Variants",
           "keep_people_parts", "keep_story_labels", "keep_variant_digests", "people_parts",
           "person_digests", "stored_people", "stored_state", "story_labels", "variant_links"]

PEOPLE = "people:"
"""``derive_state`` rows ``people:<digest>``: one per people part of the last recompute,
its entries' clusters (:mod:`.linking.people_parts`), read only for the parts found again."""

PEOPLE_INDEX = "people-index"
"""``derive_state`` row: the guard of the people parts (:func:`.people_update.guard`) and
the orphans (block → entries), written with the parts."""

LABEL_RULES = (("presswatch.linking", "stories.py"), ("presswatch.linking", "labels.py"),
               ("presswatch.linking", "story_text.py"), ("presswatch", "lexicon.py"),
               ("presswatch", "textutil.py"), ("presswatch.data", "event_words.tsv"),
               ("presswatch.data", "interaction_seats.tsv"),
               ("presswatch.data", "nationality_countries.tsv"))
"""What a story label is made by besides its story: :func:`.linking.stories.label` and
:func:`.linking.labels.located`, the modules that read their word lists (``story_text``:
the event words; ``lexicon``: seats and countries), the folding, and the lists."""

LABELS_VERSION = rules_version(*LABEL_RULES)
"""Version of the ``story_labels`` rows (story id → digest of its label's inputs, label;
:mod:`.state_rows`): a release that words labels otherwise labels every story again."""

VARIANTS = "variants"
"""``derive_state`` row: person id → digest of the quotes its variant links came from."""


def person_digests(said: Sequence[Said]) -> dict[str, str]:
    """Person → digest of everything variant linking reads of its quotes (each quote one
    line of reprs, which escape the separators: every quote is digested at every update)."""
    by_person: dict[str, list[str]] = defaultdict(list)
    for s in said:
        by_person[s.person].append(f"{s.key!r}\x1f{s.context!r}\x1f{s.text!r}\x1f{s.day}")
    return {p: hashlib.sha1("\n".join(sorted(rows)).encode()).hexdigest()[:20]
            for p, rows in by_person.items()}


def _value(conn: Connection, name: str) -> str | None:
    state = schema.derive_state
    return conn.execute(select(state.c.value).where(state.c.name == name)).scalar()


def stored_state(conn: Connection, name: str) -> dict[str, str]:
    """A ``derive_state`` row read as a JSON object ({} when missing or unreadable)."""
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


def story_labels(conn: Connection) -> State | None:
    """The story labels the last recompute left (see :func:`.derive._story_rows`): story
    id → (digest, label); None when they are not trusted (every label is made again)."""
    return read_state(conn, schema.story_labels, LABELS_VERSION)


def keep_story_labels(conn: Connection, labels: dict[str, tuple[str, str]],
                      before: State | None) -> None:
    """Leave ``labels`` for the next recompute (in the caller's transaction): only the
    stories whose label row differs from ``before`` (as read; None: every row)."""
    write_state(conn, schema.story_labels, LABELS_VERSION, labels, before)


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


def _stored_pids(conn: Connection, digests: Sequence[str]) -> dict[str, dict[Order, str]]:
    """The people of the clusters of those parts, as their stored rows give them (parts
    whose rows do not say are left out)."""
    state = schema.derive_state
    names = [PEOPLE + d for d in digests]
    out = {}
    for i in range(0, len(names), 500):
        for name, value in conn.execute(select(state.c.name, state.c.value).where(
                state.c.name.in_(names[i:i + 500]))):
            if (found := part_from_json(value)) is not None and found[3] is not None:
                out[name[len(PEOPLE):]] = found[3]
    return out


def stored_people(conn: Connection, guard: str) -> Stored | None:
    """Every people part the last recompute left, for :func:`.people_update.relink`; None
    when its guard is not ``guard`` or a part or the index does not read."""
    state = schema.derive_state
    try:
        index = json.loads(_value(conn, PEOPLE_INDEX) or "{}")
        if index.get("guard") != guard:
            return None
        orphans = {str(b): [(sys.intern(str(a)), int(i)) for a, i in keys]  # as ids are
                   for b, keys in index["orphans"].items()}
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    out = Stored({}, {}, {}, orphans)
    for name, value in fetch(conn, select(state.c.name, state.c.value).where(
            state.c.name.like(PEOPLE + "%"))):
        if (found := part_from_json(value)) is None:
            return None
        digest = name[len(PEOPLE):]
        out.clusters[digest], out.blocks[digest], out.others[digest], pids = found
        if pids is not None:
            out.pids[digest] = pids
    return out


def keep_people_parts(conn: Connection, parts: PeopleParts, guard: str,
                      pids: Mapping[Order, str], before: Stored | None = None) -> None:
    """Leave ``parts`` for the next recompute (in the caller's transaction): a row per
    part, written when the part is new, clustered again, or its clusters' people
    (``pids``) differ from those of its stored row (``before``: the rows as read, else
    read here), deleted when it is gone; and the index row (the ``guard`` they were
    clustered under, the orphans)."""
    state = schema.derive_state
    stored = {n[len(PEOPLE):] for n in conn.execute(select(state.c.name).where(
        state.c.name.like(PEOPLE + "%"))).scalars()}
    same = sorted(parts.clusters.keys() & stored - parts.fresh)
    had = before.pids if before is not None else _stored_pids(conn, same)

    def people_of(d: str) -> dict[Order, str]:
        return {o: pids[o] for o in set(parts.clusters[d].values()) if o in pids}

    again = {*(parts.fresh & stored), *(d for d in same if had.get(d) != people_of(d))}
    gone = [PEOPLE + d for d in stored - parts.clusters.keys()]
    stale = [PEOPLE + d for d in again]  # unreadable or other people before, written again
    for i in range(0, len(gone + stale), 500):
        conn.execute(delete(state).where(state.c.name.in_((gone + stale)[i:i + 500])))
    new = [{"name": PEOPLE + d, "value": clusters_to_json(
        c, parts.blocks.get(d, ()), parts.others.get(d, ()), pids)}
           for d, c in parts.clusters.items() if d not in stored or d in again]
    if new:
        conn.execute(state.insert(), new)
    _keep(conn, PEOPLE_INDEX, json.dumps({"guard": guard, "orphans": parts.orphans},
                                         sort_keys=True, ensure_ascii=False))


def keep_variant_digests(conn: Connection, digests: dict[str, str]) -> None:
    """Leave each person's variant digest for the next recompute (caller's transaction)."""
    _keep(conn, VARIANTS, json.dumps(digests, sort_keys=True))


@dataclass(slots=True)
class Variants:
    """Every variant link (what :func:`link_variants` of all quotes gives), and how the
    stored ``quote_variants`` rows differ from them: written by :meth:`write`, by key."""

    links: list[Link]
    gone: list[tuple[str, str]] = field(default_factory=list)  # stored, not found again
    changed: list[Link] = field(default_factory=list)  # stored with other values
    added: list[Link] = field(default_factory=list)

    def write(self, conn: Connection, *, chunk: int = 2000) -> tuple[int, int, int]:
        """Bring the stored rows (one each way) to :attr:`links`, touching only those of
        links gone, changed or new; (deleted, inserted, updated) links."""
        qv = schema.quote_variants
        both = [k for a, b in self.gone for k in ((a, b), (b, a))]
        for i in range(0, len(both), chunk):
            conn.execute(delete(qv).where(tuple_(qv.c.quote_key, qv.c.variant_key)
                                          .in_(both[i:i + chunk])))
        for lk in self.changed:
            for x, y in ((lk.a, lk.b), (lk.b, lk.a)):
                conn.execute(update(qv).where(qv.c.quote_key == x, qv.c.variant_key == y)
                             .values(score=lk.score, shared_words=lk.shared, how=lk.how))
        rows = [{"quote_key": x, "variant_key": y, "score": lk.score,
                 "shared_words": lk.shared, "how": lk.how}
                for lk in self.added for x, y in ((lk.a, lk.b), (lk.b, lk.a))]
        for i in range(0, len(rows), chunk):
            conn.execute(qv.insert(), rows[i:i + chunk])
        return len(self.gone), len(self.added), len(self.changed)


def variant_links(conn: Connection, said: Sequence[Said], *, reuse: bool = True
                  ) -> Variants:
    """:func:`link_variants` of ``said`` (the same list), comparing again only the quotes
    of people whose quotes changed since the last recompute; with ``reuse`` False every
    person is compared again (and nothing is read back: a full rebuild writes every row).
    Records the digests for the next recompute.

    A stored link stays when its two quotes share a person whose quotes did not change;
    every other link is one of those compared again, so only those can be new or
    different, and a stored link neither kept nor found again is gone."""
    digests = person_digests(said)
    before = stored_state(conn, VARIANTS) if reuse else {}
    same = {p for p, d in digests.items() if before.get(p) == d}
    stored: dict[tuple[str, str], Link] = {}
    if reuse:
        qv = schema.quote_variants
        stored = {(a, b): Link(a, b, score, shared, how) for a, b, score, shared, how in fetch(
            conn, select(qv.c.quote_key, qv.c.variant_key, qv.c.score, qv.c.shared_words,
                         qv.c.how).where(qv.c.quote_key < qv.c.variant_key))}
    links: dict[tuple[str, str], Link] = {}
    if same:
        owners: dict[str, set[str]] = defaultdict(set)
        for s in said:
            if s.person in same:
                owners[s.key].add(s.person)
        nobody: set[str] = set()
        for (a, b), link in stored.items():
            if not owners.get(a, nobody).isdisjoint(owners.get(b, nobody)):
                links[(a, b)] = link
    out = Variants([])
    for link in link_variants(s for s in said if s.person not in same):
        key = (link.a, link.b)
        links[key] = link
        if key not in stored:
            out.added.append(link)
        elif stored[key] != link:
            out.changed.append(link)
    out.gone = sorted(stored.keys() - links.keys())
    keep_variant_digests(conn, digests)
    out.links = sorted(links.values(), key=lambda lk: (lk.a, lk.b))
    return out
