"""Group articles about the same real-world event into stories.

Each article is reduced to compact features (its people's surnames, places, interaction
types, date), so grouping a whole run keeps little in memory. Two articles join when they
share most of their people and at least one place or interaction, and their dates (when
both are known) are close. Groups are the connected components; a story's id is derived
from its earliest member so it is stable across runs over the same articles.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from presswatch.nlp.dates import parse_article_date
from presswatch.textutil import fold

# Thresholds set on the dev gold stories (seed-* and dip-*); re-check with `presswatch eval`.
MIN_PEOPLE_OVERLAP = 0.5
MIN_SHARED_PEOPLE = 2
MAX_DAYS_APART = 4


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    id: str
    people: frozenset[str]
    places: frozenset[str]
    kinds: frozenset[tuple[str, frozenset[str]]]  # (interaction type, party surnames)
    day: date | None
    month: str | None = None  # "YYYY-MM" when the article date gives at least that


def _surname(name: str) -> str | None:
    words = name.split()
    return fold(words[-1]) if words and words[-1][:1].isupper() else None


def features(record: dict) -> StoryFeatures:
    """Compact features of one annotated article record: the people it names (persons
    only, not places or institutions), its interaction places and kinds, its date."""
    people = {s for p in record.get("people", []) if (s := _surname(p.get("name", "")))}
    places, kinds = set(), set()
    for ev in record.get("interactions", []):
        if ev.get("place"):
            places.add(fold(ev["place"]))
        parties = frozenset(s for n in ev.get("participants", []) for part in n.split(" et ")
                            if (s := _surname(part)))
        kinds.add((ev["type"], parties))
    day = parse_article_date(record.get("date"))
    if day is None:
        days = [ev.get("date") for ev in record.get("interactions", []) if ev.get("date")]
        day = parse_article_date(days[0]) if days else None
    month = (record.get("date") or "")[:7] or None
    return StoryFeatures(str(record.get("id")), frozenset(people), frozenset(places),
                         frozenset(kinds), day, month)


def same_story(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Two articles report one event: mostly the same people, and the same place when both
    name one (or, when one does not, the same kind of interaction), at compatible dates."""
    shared = a.people & b.people
    if len(shared) < MIN_SHARED_PEOPLE:
        return False
    if len(shared) / min(len(a.people), len(b.people)) < MIN_PEOPLE_OVERLAP:
        return False
    if a.day and b.day and abs((a.day - b.day).days) > MAX_DAYS_APART:
        return False
    if a.month and b.month and a.month != b.month and not (a.day and b.day):
        return False
    if a.places and b.places:
        return bool(a.places & b.places)
    # the same kind of interaction between the shared people (a phone call between two
    # other leaders mentioned in passing does not count)
    def between_shared(kinds: frozenset) -> set[str]:
        return {k for k, parties in kinds if len(parties & shared) >= 2}

    return bool((between_shared(a.kinds) & between_shared(b.kinds)) - {"press_conference"})


def story_id(anchor: str) -> str:
    """The id `group` gives a story whose smallest article id is ``anchor``."""
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


def group(feats: Sequence[StoryFeatures]) -> dict[str, str]:
    """Map article id → story id (single-link groups of two or more articles).

    Two articles can only be one story if they share at least MIN_SHARED_PEOPLE people,
    so only pairs found through an index of people are compared (a store of 10,000
    articles would otherwise need 50 million comparisons)."""
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


def assign_stories(records: list[dict]) -> None:
    """Set each record's `story` (None for an article alone in its story)."""
    mapping = group([features(r) for r in records])
    for r in records:
        r["story"] = mapping.get(str(r.get("id")))
