"""People linking in parts: after a batch only the parts of the name graph that changed are
clustered again; every other part keeps the clusters the last run gave it.

Why that is exact. :func:`.people_linking.link_people` clusters full names only with names of the
same phonetic surname (a *block*), merges two clusters only when every pair of their
surnames is close (:func:`.names.surnames_close`) and they meet in one article or story,
and attaches a surname alone or an initial only to clusters holding that surname. So two
blocks interact only when a user's identity names both, or one article or story names a
surname of each that are close; the connected sets of blocks under those links (*parts*)
are clustered independently. A run over one part's entries, with its identities and its
contexts met in the order of the run over everything (:data:`.people.Order`, ``rank``),
gives each entry the cluster the run over everything gives it. A part whose inputs (its
entries, identities and context order) have the digest of a part of the last run takes
that part's clusters; the others are clustered again. People are then built from all the
clusters as :func:`.people_linking.link_people` builds them (display names, roles, collisions of
two clusters under one name), so the result is the same ``Linking``.

What is memoised is the clustering only: every entry is still read and every person
built (see docs/performance.md for what an update still does over the whole store). Each
part also keeps its blocks and the entries no cluster took, so that after a feed's batch
:mod:`.people_update` finds the parts to cluster again from the batch's names alone.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from presswatch.lexicon import Lexicon, default_lexicon
from presswatch.linking.names import name_key, phonetic, surnames_close
from presswatch.linking.people import (
    Identity,
    Order,
    Person,
    PersonEntry,
    assign,
    attach_key,
    is_full,
)
from presswatch.linking.people_linking import Linking
from presswatch.linking.rules_version import rules_version

__all__ = ["Kept", "PeopleParts", "clusters_from_json", "clusters_to_json",
           "link_people_in_parts", "part_from_json"]

_VERSION = rules_version(*(("presswatch.linking", module) for module in (
    "people_parts.py", "people.py", "people_linking.py", "names.py")))
"""The clustering rules' own source: part of every part's digest, so a release that changes
the rules clusters every part again."""

Key = tuple[str, int]


Clusters = dict[Key, Order]
"""One part's entries and the cluster (by its order) each was given."""

Kept = Callable[[Sequence[str]], Mapping[str, Clusters]]
"""The clusters a previous run left for those part digests it knows (the store reads only
those)."""


def clusters_to_json(clusters: Clusters, blocks: Iterable[str] = (),
                     others: Iterable[Key] = (), pids: Mapping[Order, str] | None = None
                     ) -> str:
    """One part's clusters as the store keeps them (each order written once), with the
    part's blocks and its entries that no cluster took (what :mod:`.people_update` needs
    to find the part again from a batch's names), and the person each cluster made (what
    it needs to take those people as stored: :meth:`.people_linking.Linking.build`)."""
    orders = sorted(set(clusters.values()))
    at = {o: i for i, o in enumerate(orders)}
    data: dict[str, object] = {
        "orders": orders, "entries": [[a, i, at[o]] for (a, i), o in sorted(clusters.items())],
        "blocks": sorted(blocks), "others": sorted(others)}
    if pids is not None and all(o in pids for o in orders):
        data["pids"] = [pids[o] for o in orders]
    return json.dumps(data, ensure_ascii=False)


def clusters_from_json(text: str) -> Clusters | None:
    """One part's clusters, or None for anything unreadable (cluster the part again)."""
    found = part_from_json(text)
    return None if found is None else found[0]


def part_from_json(text: str
                   ) -> tuple[Clusters, list[str], list[Key], dict[Order, str] | None] | None:
    """One part as :func:`clusters_to_json` wrote it: clusters, blocks, other entries,
    each cluster's person (None when not written or unreadable); None for anything
    unreadable, or written before parts kept their blocks."""
    try:
        data = json.loads(text)
        orders = [tuple(o) for o in data["orders"]]
        if any(not 0 <= k < len(orders) for _a, _i, k in data["entries"]):
            return None  # a negative index would silently mean the last cluster
        pids = data.get("pids")
        # article ids interned, as the recompute's own are (``derive_inputs.article_features``): an
        # update compares these keys with every entry's (``people_update.relink``), and
        # equal ids that are one object compare without reading the strings (about 8 ms
        # of relink's 60 at 5,000 articles)
        intern = sys.intern
        return ({(intern(a), i): orders[k] for a, i, k in data["entries"]},
                list(data["blocks"]), [(intern(a), i) for a, i in data["others"]],
                dict(zip(orders, pids, strict=True)) if isinstance(pids, list)
                and all(isinstance(p, str) for p in pids) else None)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


@dataclass(frozen=True, slots=True)
class PeopleParts:
    """What one run leaves for the next: each part's digest and its entries' clusters,
    and which parts it clustered again (the others were kept)."""

    clusters: dict[str, Clusters]
    fresh: frozenset[str] = frozenset()
    blocks: dict[str, list[str]] = field(default_factory=dict)  # part digest -> its blocks
    others: dict[str, list[Key]] = field(default_factory=dict)  # entries no cluster took
    orphans: dict[str, list[Key]] = field(default_factory=dict)  # block no full name has ->
    # the surnames alone and initials of that block (they join a part once one does)
    reached: frozenset[str] | None = None  # after :func:`.people_update.relink`: the
    # articles whose entries were clustered again (each other entry keeps its person)


@dataclass(slots=True)
class _Part:
    entries: list[PersonEntry]
    identities: list[tuple[int, Identity]]
    contexts: set[str]
    full: list[bool]
    blocks: set[str] = field(default_factory=set)


class _Blocks:
    """Union-find over phonetic surname blocks."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, block: str) -> None:
        self.parent.setdefault(block, block)

    def find(self, block: str) -> str:
        root = block
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[block] != root:  # path compression
            self.parent[block], block = root, self.parent[block]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def identity_keys(identities: Sequence[Identity]) -> set[tuple[str, str]]:
    """Name keys the user's identities give as someone's (clustered as full names)."""
    return {k for ident in identities for n in (ident.name, *ident.aliases)
            if (k := name_key(n))}


def identity_blocks(ident: Identity) -> list[str]:
    """The blocks one identity names (its name, aliases and distinct names): one part."""
    return sorted({phonetic(k[1]) for n in (ident.name, *ident.aliases, *ident.distinct)
                   if (k := name_key(n))})


def _parts(entries: Sequence[PersonEntry], identities: Sequence[tuple[int, Identity]],
           lex: Lexicon, keys: set[tuple[str, str]],
           rank: dict[str, tuple[int, int]] | None = None
           ) -> tuple[list[_Part], dict[str, tuple[int, int]], dict[str, list[Key]]]:
    """The parts of the entries (see the module docstring), the rank of each context (the
    order in which the run over everything meets it: computed from the entries' order
    unless given), and the orphans (entries to attach whose block no full name has).
    ``keys``: :func:`identity_keys` of all the user's identities."""
    blocks = _Blocks()
    found_blocks = _identity_blocks(identities, blocks)
    ranked = rank is None
    rank = {} if rank is None else rank
    placed = _entry_blocks(entries, lex, keys, blocks, rank if ranked else None)
    _join_close_surnames(blocks, placed.surnames)
    root = {b: blocks.find(b) for b in blocks.parent}
    parts: dict[str, _Part] = {}
    for (pos, ident), found in zip(identities, found_blocks, strict=True):
        if found:
            parts.setdefault(root[found[0]], _Part([], [], set(), [])).identities.append(
                (pos, ident))
    orphans: dict[str, list[Key]] = defaultdict(list)
    for e, block, is_f in zip(entries, placed.block_of, placed.fulls, strict=True):
        if block is None:
            continue  # can name nobody, whatever else is stored
        if (r := root.get(block)) is None:
            orphans[block].append((e.article_id, e.index))  # a surname no full name carries
            continue
        if (p := parts.get(r)) is None:
            p = parts[r] = _Part([], [], set(), [])
        p.entries.append(e)
        p.full.append(is_f)
        p.contexts.add("a:" + e.article_id)
        if e.story:
            p.contexts.add("s:" + e.story)
    for b, r in root.items():
        parts[r].blocks.add(b)  # every block came from an identity or a full name: a part
    return [parts[r] for r in sorted(parts)], rank, dict(orphans)


def _identity_blocks(identities: Sequence[tuple[int, Identity]], blocks: _Blocks
                     ) -> list[list[str]]:
    """Each identity's blocks, added to ``blocks`` and joined into one."""
    found_blocks: list[list[str]] = []
    for _pos, ident in identities:
        found = identity_blocks(ident)
        for b in found:
            blocks.add(b)
        for b in found[1:]:
            blocks.union(found[0], b)
        found_blocks.append(found)
    return found_blocks


class _Placed(NamedTuple):
    """Each entry's block (None: it can name nobody) and whether it is a full name, and
    the surnames of full names by context (`a:` article, `s:` story)."""

    block_of: list[str | None]
    fulls: list[bool]
    surnames: dict[str, set[str]]


def _entry_blocks(entries: Sequence[PersonEntry], lex: Lexicon, keys: set[tuple[str, str]],
                  blocks: _Blocks, rank: dict[str, tuple[int, int]] | None) -> _Placed:
    """Each entry's block, a full name's added to ``blocks``; with ``rank``, the place of
    the first full entry of each context is written in it."""
    surnames: dict[str, set[str]] = defaultdict(set)
    block_of: list[str | None] = []
    fulls: list[bool] = []
    full_of: dict[tuple[str, bool, bool], str | None] = {}  # the same names recur
    for pos, e in enumerate(entries):
        shape = (e.name, e.from_speaker, e.gender is not None)
        if shape not in full_of:
            full_of[shape] = (name_key(e.name)[1]  # type: ignore[index]
                              if is_full(e, lex, keys) else None)
        surname = full_of[shape]
        fulls.append(surname is not None)
        if surname is None:
            block_of.append(attach_key(e.name)[0])
            continue
        block = phonetic(surname)
        blocks.add(block)
        block_of.append(block)
        article = "a:" + e.article_id
        if rank is not None and article not in rank:
            rank[article] = (pos, 0)
        surnames[article].add(surname)
        if e.story:
            story = "s:" + e.story
            if rank is not None and story not in rank:
                rank[story] = (pos, 1)
            surnames[story].add(surname)
    return _Placed(block_of, fulls, surnames)


def _join_close_surnames(blocks: _Blocks, surnames: dict[str, set[str]]) -> None:
    """Join the blocks of two surnames one context holds when they are close spellings of
    one name (`surnames_close`)."""
    close: dict[tuple[str, str], bool] = {}
    for names in surnames.values():
        if len(names) > 1:
            ordered = sorted(names)
            for x, a in enumerate(ordered):
                for b in ordered[x + 1:]:
                    pa, pb = phonetic(a), phonetic(b)
                    if blocks.find(pa) == blocks.find(pb):
                        continue
                    if (a, b) not in close:
                        close[(a, b)] = surnames_close(a, b)
                    if close[(a, b)]:
                        blocks.union(pa, pb)


def _digest(part: _Part, rank: dict[str, tuple[int, int]]) -> str:
    """Everything clustering reads of one part, order included."""
    contexts = sorted((c for c in part.contexts if c in rank), key=rank.__getitem__)
    data = (_VERSION, [(e.article_id, e.index, e.name, e.story, e.from_speaker,
                        e.gender is not None) for e in part.entries], part.full,
            [(pos, repr(ident)) for pos, ident in part.identities], contexts)
    return hashlib.sha1(repr(data).encode("utf-8")).hexdigest()[:24]


def link_people_in_parts(entries: Iterable[PersonEntry], identities: Sequence[Identity] = (),
                         *, lex: Lexicon | None = None, previous: Kept | None = None
                         ) -> tuple[Linking, PeopleParts]:
    """:func:`.people_linking.link_people` of the same entries (the same result), clustering again
    only the parts whose inputs changed since the run ``previous`` reads the clusters of
    (None: every part); and what to keep for the next run."""
    lex = lex or default_lexicon()
    entries = list(entries)
    parts, rank, orphans = _parts(entries, list(enumerate(identities)), lex,
                                  identity_keys(identities))
    return cluster_parts(entries, identities, lex, parts, rank, previous, orphans=orphans)


def cluster_parts(entries: list[PersonEntry], identities: Sequence[Identity], lex: Lexicon,
                  parts: Sequence[_Part], rank: dict[str, tuple[int, int]],
                  previous: Kept | None, *, kept: PeopleParts | None = None,
                  orphans: dict[str, list[Key]],
                  people: Mapping[Order, Person] | None = None, was: Iterable[str] = ()
                  ) -> tuple[Linking, PeopleParts]:
    """Linking of ``entries`` from ``parts`` (each clustered again unless ``previous``
    knows its digest) and the clusters of ``kept`` (parts left as they were, by digest);
    ``people`` and ``was``: the last run's people of the kept clusters and those the
    others made (:meth:`.people_linking.Linking.build`)."""
    digests = [_digest(p, rank) for p in parts]
    known = previous(digests) if previous is not None else {}
    clusters: dict[str, Clusters] = dict(kept.clusters) if kept else {}
    blocks: dict[str, list[str]] = dict(kept.blocks) if kept else {}
    others: dict[str, list[Key]] = dict(kept.others) if kept else {}
    fresh = set()
    for p, digest in zip(parts, digests, strict=True):
        if digest not in clusters:
            found = known.get(digest)
            if found is None:
                found = assign(p.entries, p.identities, lex, rank)
                fresh.add(digest)
            clusters[digest] = found
            blocks[digest] = sorted(p.blocks)
            others[digest] = [k for e in p.entries
                              if (k := (e.article_id, e.index)) not in found]
    assignment: dict[Key, Order] = {}
    for found in clusters.values():
        assignment.update(found)
    linking = Linking.build(entries, assignment, identities, lex, kept=people,
                            was=frozenset(was))
    return linking, PeopleParts(clusters, frozenset(fresh), blocks, others, orphans)
