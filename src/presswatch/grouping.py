"""Story grouping for a whole store: :func:`presswatch.stories.group` without its n² loop.

``stories.group`` compares every pair of articles of one run, fine for a few hundred but
50 million comparisons for a store of 10,000 articles. Two articles can only be one story
if they share at least :data:`~presswatch.stories.MIN_SHARED_PEOPLE` people, so only pairs
found through an index of people are compared; the rule (:func:`stories.same_story`) and
the story ids are exactly those of ``stories.group``.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

from presswatch.stories import MAX_DAYS_APART, MIN_SHARED_PEOPLE, StoryFeatures, same_story

__all__ = ["group_stories", "story_id"]


def story_id(anchor: str) -> str:
    """The id ``stories.group`` gives a story whose smallest article id is ``anchor``."""
    return "s-" + hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:10]


def _pairs_of(members: list[int], feats: Sequence[StoryFeatures]) -> list[tuple[int, int]]:
    """Pairs among the articles naming one person that dates do not already rule out:
    dated articles only within MAX_DAYS_APART of each other, undated ones with all."""
    dated = sorted((i for i in members if feats[i].day), key=lambda i: feats[i].day)  # type: ignore[arg-type,return-value]
    undated = [i for i in members if not feats[i].day]
    pairs = [(a, b) for x, a in enumerate(undated) for b in undated[x + 1:]]
    pairs += [(a, b) for a in undated for b in dated]
    for x, a in enumerate(dated):
        for b in dated[x + 1:]:
            if (feats[b].day - feats[a].day).days > MAX_DAYS_APART:  # type: ignore[operator]
                break
            pairs.append((a, b))
    return pairs


def _candidate_pairs(feats: Sequence[StoryFeatures]) -> set[tuple[int, int]]:
    by_person: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for person in f.people:
            by_person[person].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in by_person.values():
        for a, b in _pairs_of(members, feats):
            shared[(min(a, b), max(a, b))] += 1
    return {pair for pair, n in shared.items() if n >= MIN_SHARED_PEOPLE}


def group_stories(feats: Sequence[StoryFeatures]) -> dict[str, str]:
    """Map article id → story id, for stories of two articles or more."""
    parent = list(range(len(feats)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(_candidate_pairs(feats)):
        if find(i) != find(j) and same_story(feats[i], feats[j]):
            parent[find(j)] = find(i)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(feats)):
        members[find(i)].append(i)
    out: dict[str, str] = {}
    for idxs in members.values():
        if len(idxs) >= 2:
            sid = story_id(min(feats[i].id for i in idxs))
            out.update({feats[i].id: sid for i in idxs})
    return out
