"""People after a feed's batch: the parts of the name graph are found again from the
batch's names only, not from every entry of the store.

:func:`.people_parts.link_people_in_parts` works out every part (blocks of phonetic
surnames joined by identities and by close surnames met in one article or story) from
every entry, and digests each, before it can tell which parts a batch changed. When the
only entries that changed are those of *dirty* articles (new ones, and old ones whose
story changed), the parts that can differ are known from the last run's blocks:

- a *dirty context* is the article of a dirty entry, or a story a dirty article is in
  now or was in before; its entries are the *seeds* (a context's surnames, and which of
  its entries comes first, decide unions and the order merges meet it);
- a part of the last run is *reached* when one of its blocks is the block of a seed;
  everything else kept its entries, its contexts' surnames and their order (entries of
  clean articles keep their relative positions), so its digest and clusters stand;
- the reached parts' entries, the seeds, and the surnames alone whose block only a seed
  names (*orphans* of the last run) are split into parts again: a union between one of
  them and an unreached block could only come from a clean context, which gave it before
  (the blocks would then share a part) or from a dirty one (its blocks are seeds).

Each context's rank (where the run over every entry first meets a full name in it) is
taken from the entries of its article or story, which the store holds anyway. Anything
else (identities or the lexicon changed since, an entry of the last run gone, a part the
store could not read) returns None: then every part is worked out again.

The people of the kept parts need not be counted again either. A kept cluster has the
last run's members, entries of articles not written since (their names, roles and days
are those of then: a day inferred from a story moves only when a member of that story
changes, which makes every article of the story a seed), so it makes the person it made
then; each part's row keeps the id of the person each cluster made. A person none of whose
clusters now or then lies in a reached part is made of the same clusters as then, hence
the person the last run stored (its rows: :mod:`.store.people_rows`), which the caller
passes as ``people``; two clusters shown under one name make one person, even across
parts, so a person another cluster makes now, or made then, is built again from all its
clusters (:meth:`.people_linking.Linking.build`). With identities every person is built (a stored
row does not keep an identity's declared role ends).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from presswatch.lexicon import Lexicon
from presswatch.linking.names import name_key, phonetic
from presswatch.linking.people import Identity, Order, Person, PersonEntry, attach_key, is_full
from presswatch.linking.people_linking import Linking
from presswatch.linking.people_parts import (
    _VERSION,
    Clusters,
    Key,
    PeopleParts,
    _parts,
    cluster_parts,
    identity_blocks,
    identity_keys,
)

__all__ = ["People", "Stored", "guard", "relink"]

_FIRST_NAMES: dict[int, tuple[object, str]] = {}


def guard(identities: Sequence[Identity], lex: Lexicon) -> str:
    """A digest of what clustering reads besides the entries (the rules' source, the
    user's identities, the first names of the lexicon): :func:`relink` needs the last
    run's to be this one."""
    cached = _FIRST_NAMES.get(id(lex))
    if cached is None or cached[0] is not lex.first_names:
        names = hashlib.sha1(repr(sorted(lex.first_names.items())).encode("utf-8"))
        cached = _FIRST_NAMES[id(lex)] = (lex.first_names, names.hexdigest())
    data = (_VERSION, cached[1], [repr(i) for i in identities])
    return hashlib.sha1(repr(data).encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Stored:
    """What the last run left: each part's clusters, blocks and other entries (by part
    digest), the orphans by block, and each part's clusters' people (by part digest; a
    part missing means the people are not known)."""

    clusters: dict[str, Clusters]
    blocks: dict[str, list[str]]
    others: dict[str, list[Key]]
    orphans: Mapping[str, Sequence[Key]]
    pids: dict[str, dict[Order, str]] = field(default_factory=dict)


People = Callable[[Collection[str]], Mapping[str, Person]]
"""The people of the last run with those ids, as stored (those it can read)."""


def relink(entries: Sequence[PersonEntry], identities: Sequence[Identity], lex: Lexicon,
           stored: Stored, dirty: Collection[str], old_stories: Collection[str],
           people: People | None = None) -> tuple[Linking, PeopleParts] | None:
    """:func:`.people_parts.link_people_in_parts` of ``entries`` (the same linking and
    parts), given that only the entries of the ``dirty`` articles changed since the run
    that left ``stored`` (``old_stories``: the stories those articles were in then), and
    that its guard is this run's (the caller checks); None when the stored parts do not
    account for the entries (work out every part). With ``people`` (the last run's, as
    stored), the people of the kept parts are taken from it rather than built again
    (:func:`_kept_people`)."""
    entries = list(entries)
    at: dict[Key, int] = {}
    of_article: dict[str, list[int]] = defaultdict(list)
    members: dict[str, list[str]] = defaultdict(list)
    for pos, e in enumerate(entries):
        at[(e.article_id, e.index)] = pos
        positions = of_article[e.article_id]
        if not positions and e.story:
            members[e.story].append(e.article_id)
        positions.append(pos)
    keys = identity_keys(identities)
    full_of: dict[tuple[str, bool, bool], bool] = {}

    def full(e: PersonEntry) -> bool:
        shape = (e.name, e.from_speaker, e.gender is not None)
        if (found := full_of.get(shape)) is None:
            found = full_of[shape] = is_full(e, lex, keys)
        return found

    def block(e: PersonEntry) -> str | None:
        return phonetic(name_key(e.name)[1]) if full(e) else attach_key(e.name)[0]  # type: ignore[index]

    known: set[Key] = set()
    for d, found in stored.clusters.items():
        known.update(found, stored.others[d])
    for ks in stored.orphans.values():
        known.update(ks)
    if not known <= at.keys() or any(
            k[0] not in dirty and block(entries[at[k]]) is not None for k in at.keys() - known):
        return None  # an entry of the last run gone, or a new one outside the batch
    stories = set(old_stories) | {entries[of_article[a][0]].story for a in dirty
                                  if a in of_article}
    seeds = {p for a in {*dirty, *(a for s in stories if s for a in members.get(s, ()))}
             for p in of_article.get(a, ())}
    seed_blocks = {b for p in seeds if (b := block(entries[p])) is not None}
    part_of = {b: d for d, bs in stored.blocks.items() for b in bs}
    reached = {part_of[b] for b in seed_blocks if b in part_of}
    todo = set(seeds)
    for d in reached:
        todo.update(at[k] for k in (*stored.clusters[d], *stored.others[d]))
    for b in seed_blocks:
        todo.update(at[k] for k in stored.orphans.get(b, ()))
    todo_entries = [entries[p] for p in sorted(todo)]
    rank = _ranks(entries, todo_entries, of_article, members, full)
    reached_blocks = seed_blocks | {b for d in reached for b in stored.blocks[d]}
    chosen = [(pos, ident) for pos, ident in enumerate(identities)
              if reached_blocks.intersection(identity_blocks(ident))]
    parts, rank, orphans = _parts(todo_entries, chosen, lex, keys, rank)
    kept = {d for d in stored.clusters if d not in reached}
    left = PeopleParts({d: stored.clusters[d] for d in kept}, frozenset(),
                       {d: stored.blocks[d] for d in kept}, {d: stored.others[d] for d in kept})
    all_orphans = {b: list(ks) for b, ks in stored.orphans.items() if b not in seed_blocks}
    all_orphans.update(orphans)
    taken, was = _kept_people(stored, kept, reached, people, identities)
    linking, found = cluster_parts(entries, identities, lex, parts, rank,
                                   lambda digests: {d: stored.clusters[d] for d in digests
                                                    if d in stored.clusters},
                                   kept=left, orphans=all_orphans, people=taken, was=was)
    # an entry outside ``todo`` is in a kept part (same cluster, so the same members, display
    # name and person id) or in none: its article's people are the last run's
    return linking, replace(found, reached=frozenset(
        {*dirty, *(entries[p].article_id for p in todo)}))


def _kept_people(stored: Stored, kept: Collection[str], reached: Collection[str],
                 people: People | None, identities: Sequence[Identity]
                 ) -> tuple[dict[Order, Person], set[str]]:
    """The kept parts' clusters with the person the last run made of each, as stored, and
    the people the reached parts' clusters made then (see :meth:`.people_linking.Linking.build`);
    nothing when a part's people are unknown or identities are given (a stored row lacks
    an identity's declared role ends: such people are built again)."""
    if people is None or identities or any(d not in stored.pids for d in stored.clusters):
        return {}, set()
    pids = {o: pid for d in kept for o, pid in stored.pids[d].items()}
    found = people(set(pids.values()))
    if any(pid not in found for pid in pids.values()):
        return {}, set()
    return ({o: found[pid] for o, pid in pids.items()},
            {pid for d in reached for pid in stored.pids[d].values()})


def _ranks(entries: Sequence[PersonEntry], todo: Sequence[PersonEntry],
           of_article: Mapping[str, list[int]], members: Mapping[str, list[str]],
           full: Callable[[PersonEntry], bool]) -> dict[str, tuple[int, int]]:
    """The rank of every context of ``todo`` that has a full name: (position of its first
    full entry among all ``entries``, 0 for an article and 1 for a story)."""

    def first(articles: Sequence[str]) -> int | None:
        found = [next((p for p in of_article[a] if full(entries[p])), None)
                 for a in articles]
        return min((p for p in found if p is not None), default=None)

    rank: dict[str, tuple[int, int]] = {}
    seen: set[str] = set()  # contexts looked at (some have no full name: no rank)
    for e in todo:
        if (article := "a:" + e.article_id) not in seen:
            seen.add(article)
            if (p := first([e.article_id])) is not None:
                rank[article] = (p, 0)
        if e.story and (story := "s:" + e.story) not in seen:
            seen.add(story)
            if (p := first(members[e.story])) is not None:
                rank[story] = (p, 1)
    return rank
