"""Group articles about the same real-world event into stories.

Each article is reduced to compact features: its keywords (:mod:`story_text`), its people's
surnames, its interaction places and kinds, its main interaction and its date. Most
articles carry no date and outlets name the parties differently, so the evidence is what
the articles say: two articles are close when their keywords, weighed by how rare they are
in general news (frozen weights: :func:`story_text.general_idf`), have a high cosine
(shared place names, people, organisations, the event's words and the statements quoted).
Articles are grouped by average-link agglomeration: two groups join when their articles
are, on average, close enough, so one shared topic cannot chain a month of diplomacy into one story.

Recurring events of the same people stay apart: two articles can never be one story when
both are dated and far apart, or when both report a main interaction between the same
person and others that cannot be one event (a phone call and a meeting; a meeting with
Truss and one with Rubio). A story's id is derived from its smallest article id, so it is
stable across runs over the same articles; its label names the event (see :func:`label`).
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from presswatch.linking.labels import KIND_WORDS, located, short_name
from presswatch.linking.story_text import (
    WHEN_MARK,
    event_words,
    general_idf,
    is_name,
    keywords,
    term_of,
    weigh,
)
from presswatch.nlp.dates import parse_article_date
from presswatch.textutil import fold

__all__ = ["MAX_DAYS_APART", "MIN_SIMILARITY", "StoryFeatures", "assign_stories", "conflict",
           "features", "group", "label", "similarities", "story_id"]

MIN_SIMILARITY = 0.20
"""Average keyword cosine at which two groups of articles are one story (set on the tuning
part of the dev set; the blind part confirms it: see README)."""
MAX_DAYS_APART = 4
"""Two dated articles further apart than this report different events."""
DISTINCTIVE_SHARE = 0.02
DISTINCTIVE_MIN = 20
DISTINCTIVE_MAX = 100
"""A word found in at most max(DISTINCTIVE_MIN, DISTINCTIVE_SHARE × articles) articles,
and never in more than DISTINCTIVE_MAX, is distinctive: two articles are compared only when
they share one (a store of 10,000 articles would otherwise need 50 million comparisons, and
a share alone lets the comparisons grow with the square of a large store)."""
MIN_TERMS = 10
"""Keywords an article needs for its words to be compared: a one-line item (a reprinted
quotation) says too little to tell its event apart."""
LEAD_MENTIONS = 3
"""How often an article names a person for that person to be its lead: two articles whose
leads are each absent from the other report two events (`Sarkozy se pourvoit en cassation`
and `Fillon se pourvoit en cassation` share every word but the people)."""
LEAD_DAYS_APART = 31
"""How far the day and month a lead gives (`dimanche 4 août`, no year) may lie from another
article's date for both to report one event: a lead often recalls a day some weeks before
(`Le 21 mai, un homme se fait vacciner…` opens a report of 10 June), so a month, not
:data:`MAX_DAYS_APART`."""
MAIN_BONUS = 0.1
"""Added to the cosine of two articles whose main interactions are one (same family, two
shared parties): the structured evidence outweighs differently worded reports."""
IN_PERSON = {"meeting": "met", "talks": "met", "visit": "met", "summit": "met",
             "phone_call": "call"}
"""Families of a main interaction: one event is never both a call and a meeting."""


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """What grouping needs of one article."""

    id: str
    people: frozenset[str]
    places: frozenset[str]  # of its interactions, as written
    kinds: frozenset[tuple[str, frozenset[str]]]  # (interaction type, party surnames)
    day: date | None
    month: str | None = None  # "YYYY-MM" when the article date gives at least that
    terms: tuple[tuple[str, int], ...] = ()  # keywords and their counts
    main: tuple[str, frozenset[str]] | None = None  # its meeting or call: family, persons
    events: tuple[str, ...] = field(default=())  # event words among its keywords, most first
    lead: str | None = None  # the surname it names most, LEAD_MENTIONS times or more
    named: frozenset[str] = frozenset()  # its keywords and surnames, folded, lower case
    lead_day: tuple[int, int] | None = None  # (month, day) its lead gives, no year said
    until: int | None = None  # the latest year it can be from (a year it puts in the future)
    year: int | None = None  # its date's year, else its dateline's


def _surname(name: str) -> str | None:
    words = name.split()
    return fold(words[-1]) if words and words[-1][:1].isupper() else None


def _parties(ev: dict) -> frozenset[str]:
    return frozenset(s for n in ev.get("participants", []) for part in n.split(" et ")
                     if (s := _surname(part)))


def _when(terms: dict[str, int]) -> dict[str, str]:
    """The date evidence among the keywords (:func:`story_text.when_said`), taken out of
    them: ``{"dateline": "2019-06", "lead": "08-04", "until": "2014"}``."""
    out = {}
    for t in [t for t in terms if t.startswith(WHEN_MARK)]:
        del terms[t]
        kind, _, value = t[1:].partition(":")
        out[kind] = value
    return out


def _terms(record: dict) -> dict[str, int]:
    """The record's keywords; records written before keywords existed fall back on their
    text, else on their quotes and people (weaker, but not nothing)."""
    if record.get("keywords"):
        return dict(record["keywords"])
    if record.get("text"):
        return keywords(record["text"])
    said = " ".join(q.get("text") or "" for q in record.get("quotes", []))
    named = " ".join(p.get("name", "") for p in record.get("people", []))
    places = " ".join(ev.get("place") or "" for ev in record.get("interactions", []))
    return keywords(" ".join((named, places, said)))


def features(record: dict) -> StoryFeatures:
    """Compact features of one annotated article record (see the module docstring)."""
    people = {s for p in record.get("people", []) if (s := _surname(p.get("name", "")))}
    places, kinds = set(), set()
    main = None
    # a contact before a summit: a summit's attendee list (every office holder an article
    # about it names) says less about which encounter the article reports
    for ev in sorted(record.get("interactions", []), key=lambda ev: ev["type"] == "summit"):
        if ev.get("place"):
            places.add(ev["place"])
        kinds.add((ev["type"], _parties(ev)))
        persons = _parties(ev) & people
        if ev["type"] in IN_PERSON and (main is None or (
                len(persons) > len(main[1]) and ev["type"] != "summit")):
            main = (IN_PERSON[ev["type"]], frozenset(persons))
    day = parse_article_date(record.get("date"))
    if day is None:
        days = [ev.get("date") for ev in record.get("interactions", []) if ev.get("date")]
        day = parse_article_date(days[0]) if days else None
    terms = _terms(record)
    when = _when(terms)
    lead = when.get("lead", "")
    month = (record.get("date") or "")[:7] or None
    # a dateline marker is the month it was put online, some months after the event at
    # times (a summit of February online in May): only its year is evidence
    year = (record.get("date") or when.get("dateline") or "")[:4]
    lead_day = (int(lead[:2]), int(lead[3:5])) if len(lead) == 5 else None
    until = int(when["until"]) if when.get("until", "").isdigit() else None
    # a future before the article's own year is told of the past (`née à Lyon, elle
    # deviendra astronaute en 2009`, in a portrait of 2021): no bound on when it was written
    own = day.year if day else int(year) if year.isdigit() else None
    if until and own and until < own:
        until = None
    lexicon = event_words()
    events = tuple(t.lower() for t in terms if t.lower() in lexicon)
    counts: Counter[str] = Counter()
    for t, n in terms.items():
        counts[fold(t)] += n
    named = set(counts) | people
    mentions = {s: counts[_term(s)] for s in people}
    leads = [s for s, n in mentions.items() if n >= LEAD_MENTIONS]
    lead_name = max(leads, key=lambda s: (mentions[s], s)) if leads else None
    return StoryFeatures(str(record.get("id")), frozenset(people), frozenset(places),
                         frozenset(kinds), day, month, tuple(terms.items()), main, events,
                         lead_name, frozenset(named), lead_day, until,
                         int(year) if year.isdigit() else None)


def _term(surname: str) -> str:
    """A surname as the keywords spell it (`leroux` → `lerou`, `valls` → `vall`: a final s
    or x dropped by `term_of`), so that its mentions among them are counted."""
    return term_of(surname) or surname


def _names(f: StoryFeatures, surname: str) -> bool:
    """Whether the article `f` names `surname` (among its people or its keywords)."""
    return surname in f.named or _term(surname) in f.named


def conflict(a: StoryFeatures, b: StoryFeatures) -> bool:
    """True when two articles cannot report one event: dates far apart, months that
    differ, leads each absent from the other article, or main interactions of a shared
    person that are not one event (a call and a meeting, or two meetings with different
    counterparts)."""
    if a.day and b.day and abs((a.day - b.day).days) > MAX_DAYS_APART:
        return True
    if a.month and b.month and a.month != b.month and not (a.day and b.day):
        return True
    if _said_apart(a, b) or _said_apart(b, a):
        return True
    if a.lead and b.lead and not _names(b, a.lead) and not _names(a, b.lead):
        return True
    if a.main and b.main and a.main[1] & b.main[1]:
        if a.main[0] != b.main[0]:
            return True
        # two different counterparts, each unknown to the other article
        return not (a.main[1] - b.main[1]) & b.people and \
            not (b.main[1] - a.main[1]) & a.people and \
            len(a.main[1] & b.main[1]) < 2 <= min(len(a.main[1]), len(b.main[1]))
    return False


def _said_apart(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Whether the date article ``a``'s text gives (its lead's day and month with no year
    said, the year it puts in the future) rules out ``b``'s date: `dimanche 4 août` is no
    report of an event of 10 June whatever the year, `décollera en décembre 2014` none of a
    return in 2019. Why: undated reports of a recurring event share its words."""
    year = b.day.year if b.day else b.year
    if a.until and year and year > a.until:
        return True
    if a.lead_day and not a.day:
        month, day = a.lead_day
        if b.day:
            near = []
            for y in (b.day.year - 1, b.day.year, b.day.year + 1):
                try:
                    near.append(abs((date(y, month, day) - b.day).days))
                except ValueError:  # 29 February of a common year, 31 April
                    continue
            return bool(near) and min(near) > LEAD_DAYS_APART
        if b.lead_day and not b.day:
            return _gap(a.lead_day, b.lead_day) > LEAD_DAYS_APART
    return False


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two (month, day) pairs in a leap year, either way round the year."""
    days = abs((date(2024, *a) - date(2024, *b)).days) if all(
        _valid(x) for x in (a, b)) else 0
    return min(days, 366 - days)


def _valid(md: tuple[int, int]) -> bool:
    try:
        date(2024, *md)
    except ValueError:
        return False
    return True


def story_id(anchor: str) -> str:
    """The id `group` gives a story whose smallest article id is ``anchor``."""
    return "s-" + hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:10]


def document_frequencies(feats: Iterable[StoryFeatures]) -> Counter[str]:
    """How many of the articles use each keyword (folded to lower case)."""
    return Counter(t.lower() for f in feats for t, _c in f.terms)


def distinctive(df: Counter[str], articles: int) -> Callable[[str], bool]:
    """Whether a keyword is distinctive among ``articles`` articles of these document
    frequencies (see :data:`DISTINCTIVE_SHARE`)."""
    cap = min(DISTINCTIVE_MAX, max(DISTINCTIVE_MIN, DISTINCTIVE_SHARE * articles))
    return lambda term: 1 < df[term] <= cap


def similarities(feats: Sequence[StoryFeatures], *, df: Counter[str] | None = None,
                 articles: int | None = None, involving: Iterable[int] | None = None
                 ) -> dict[tuple[int, int], float]:
    """Keyword cosine of every pair of articles sharing a distinctive name (index pairs,
    smaller first); pairs sharing none are not compared, and count as 0: one event has
    named people, places or organisations that its reports share, while two fires in two
    villages share only their topic. ``df`` and ``articles`` say which names are
    distinctive when ``feats`` are a part of the articles grouped (by default, ``feats``
    are all of them); a pair's value never depends on the other articles. With
    ``involving`` (indices), only the pairs of which one of those is a member."""
    terms = [{t.lower(): c for t, c in f.terms} for f in feats]
    if df is None:
        df = Counter(t for ts in terms for t in ts)
    rare = distinctive(df, len(feats) if articles is None else articles)
    wanted = None if involving is None else set(involving)
    names = None if wanted is None else {t.lower() for i in wanted for t, _c in feats[i].terms}
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for t, _c in f.terms:
            if is_name(t) and (names is None or t.lower() in names) and rare(t.lower()):
                postings[t.lower()].append(i)
    pairs = {(a, b) for members in postings.values()
             for x, a in enumerate(members) for b in members[x + 1:]}
    if wanted is not None:
        pairs = {(a, b) for a, b in pairs if a in wanted or b in wanted}
    compared = sorted((a, b) for a, b in pairs
                      if min(len(terms[a]), len(terms[b])) >= MIN_TERMS)
    idf, needed = general_idf(), {i for pair in compared for i in pair}
    vecs = [weigh(ts, idf) if i in needed else {} for i, ts in enumerate(terms)]
    words = dict(zip(compared, _cosines(vecs, compared), strict=True))
    out = {}
    for a, b in sorted(pairs):
        if (s := words.get((a, b), 0.0) + _same_main(feats[a], feats[b])) > 0:
            out[(a, b)] = s
    return out


def _cosines(vecs: Sequence[dict[str, float]], pairs: Sequence[tuple[int, int]]) -> list[float]:
    """:func:`cosine` of each pair (sorted, smaller index first) at numpy's speed: each
    article's vector is scattered once into a dense row that its partners' words read."""
    vocab = {t: i for i, t in enumerate(sorted({t for v in vecs for t in v}))}
    sizes = np.array([len(v) for v in vecs], dtype=np.int64)
    start = np.concatenate(([0], np.cumsum(sizes)))
    ids = np.fromiter((vocab[t] for v in vecs for t in sorted(v)), np.int64, int(start[-1]))
    vals = np.fromiter((v[t] for v in vecs for t in sorted(v)), np.float64, int(start[-1]))
    dense = np.zeros(len(vocab))
    out: list[float] = []
    i = 0
    while i < len(pairs):
        a = pairs[i][0]
        j = i
        while j < len(pairs) and pairs[j][0] == a:
            j += 1
        bs = np.array([b for _a, b in pairs[i:j]], dtype=np.int64)
        own = slice(start[a], start[a + 1])
        dense[ids[own]] = vals[own]
        lens = sizes[bs]
        offsets = np.concatenate(([0], np.cumsum(lens)[:-1]))
        at = np.repeat(start[bs] - offsets, lens) + np.arange(int(lens.sum()))
        out += np.add.reduceat(dense[ids[at]] * vals[at], offsets).tolist()
        dense[ids[own]] = 0.0
        i = j
    return out


def _same_main(a: StoryFeatures, b: StoryFeatures) -> float:
    """MAIN_BONUS when both articles' main interaction is of one family between two or
    more of the same people (a visit and talks of Macron and Xi), else 0."""
    if a.main and b.main and a.main[0] == b.main[0] and len(a.main[1] & b.main[1]) >= 2:
        return MAIN_BONUS
    return 0.0


class _Groups:
    """Average-link agglomeration under cannot-link constraints. Two articles whose main
    interactions are one (``_same_main``) link their groups by their own similarity:
    that evidence is not diluted by the group's other, differently worded reports."""

    def __init__(self, feats: Sequence[StoryFeatures], sims: dict[tuple[int, int], float],
                 alone: frozenset[str] = frozenset(), indices: Iterable[int] | None = None):
        self.feats = feats
        self.alone = alone
        self.members: dict[int, list[int]] = {i: [i] for i in (
            range(len(feats)) if indices is None else indices)}
        self.links: dict[int, dict[int, float]] = defaultdict(dict)  # root → root → sum
        self.strong: dict[int, dict[int, float]] = defaultdict(dict)  # root → root → max
        for (a, b), s in sims.items():
            self.links[a][b] = self.links[b][a] = s
            if _same_main(feats[a], feats[b]):
                self.strong[a][b] = self.strong[b][a] = s

    def score(self, a: int, b: int) -> float:
        average = self.links[a].get(b, 0.0) / (len(self.members[a]) * len(self.members[b]))
        return max(average, self.strong[a].get(b, 0.0))

    def apart(self, a: int, b: int) -> bool:
        return any(self.feats[i].id in self.alone or self.feats[j].id in self.alone
                   or conflict(self.feats[i], self.feats[j])
                   for i in self.members[a] for j in self.members[b])

    def merge(self, a: int, b: int) -> int:
        keep, gone = min(a, b), max(a, b)
        self.members[keep] += self.members.pop(gone)
        for table, join in ((self.links, float.__add__), (self.strong, max)):
            for other, s in table.pop(gone, {}).items():
                del table[other][gone]
                if other != keep:
                    old = table[keep].get(other)
                    table[keep][other] = table[other][keep] = s if old is None else join(old, s)
            table[keep].pop(gone, None)
        return keep

    def run(self, threshold: float) -> list[list[int]]:
        # Only scores at the threshold enter the heap: one below it would be popped after
        # every score above, where the loop ends anyway.
        heap = [(-s, a, b) for a in self.links for b in self.links[a]
                if a < b and (s := self.score(a, b)) >= threshold]
        heapq.heapify(heap)
        while heap:
            neg, a, b = heapq.heappop(heap)
            if a not in self.members or b not in self.members or \
                    abs(self.score(a, b) + neg) > 1e-12 or self.apart(a, b):
                continue
            keep = self.merge(a, b)
            for other in self.links[keep]:
                if (s := self.score(keep, other)) >= threshold:
                    heapq.heappush(heap, (-s, min(keep, other), max(keep, other)))
        return list(self.members.values())


def group(feats: Sequence[StoryFeatures], threshold: float = MIN_SIMILARITY, *,
          together: Iterable[tuple[str, str]] = (), alone: Iterable[str] = ()
          ) -> dict[str, str]:
    """Map article id → story id (groups of two or more articles; see the module
    docstring). The result does not depend on the order of ``feats``.

    An analyst's corrections win over the rules: each pair of ``together`` is one story
    (with the rest of both groups), and an article of ``alone`` joins no story except
    through ``together``."""
    feats = sorted(feats, key=lambda f: f.id)
    parts = part_groups(feats, similarities(feats), threshold, alone)
    return stories_of([f.id for f in feats], [g for groups in parts for g in groups], together)


def part_groups(feats: Sequence[StoryFeatures], sims: dict[tuple[int, int], float],
                threshold: float = MIN_SIMILARITY, alone: Iterable[str] = ()
                ) -> list[list[list[int]]]:
    """The groups of each part of the articles (see :func:`_parts`), agglomerated alone:
    index lists into ``feats`` (sorted by id), one list of groups per part."""
    return [_Groups(feats, edges, frozenset(alone), part).run(threshold)
            for part, edges in _parts(len(feats), sims, threshold)]


def stories_of(ids: Sequence[str], groups: list[list[int]],
               together: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """Article id → story id of ``groups`` (index lists into ``ids``, the articles' ids
    sorted; articles in none are alone), after the analyst's ``together`` pairs joined
    theirs."""
    grouped = {i for members in groups for i in members}
    groups = groups + [[i] for i in range(len(ids)) if i not in grouped]
    out: dict[str, str] = {}
    for idxs in _join(groups, ids, together):
        if len(idxs) >= 2:
            sid = story_id(min(ids[i] for i in idxs))
            out.update({ids[i]: sid for i in idxs})
    return out


def _parts(n: int, sims: dict[tuple[int, int], float], threshold: float
           ) -> list[tuple[list[int], dict[tuple[int, int], float]]]:
    """The articles split where no pair reaches ``threshold`` (each part with the
    similarities inside it), singletons left out. Two groups join only when one of their
    pairs reaches the threshold (an average, or a strong pair's own similarity, is never
    above the best pair), so agglomerating each part alone gives the groups of agglomerating
    all at once, at a fraction of the cost."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), s in sims.items():
        if s >= threshold and (ra := find(a)) != (rb := find(b)):
            parent[max(ra, rb)] = min(ra, rb)
    parts: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        parts[find(i)].append(i)
    inside: dict[int, dict[tuple[int, int], float]] = defaultdict(dict)
    for (a, b), s in sims.items():
        if (root := find(a)) == find(b):
            inside[root][(a, b)] = s
    return [(members, inside[root]) for root, members in sorted(parts.items())
            if len(members) > 1]


def _join(groups: list[list[int]], ids: Sequence[str],
          together: Iterable[tuple[str, str]]) -> list[list[int]]:
    """Groups after putting each pair of ``together`` in one story."""
    index = {a: i for i, a in enumerate(ids)}
    of = {i: n for n, members in enumerate(groups) for i in members}
    parent = list(range(len(groups)))

    def find(g: int) -> int:
        while parent[g] != g:
            g = parent[g]
        return g

    for a, b in together:
        if a in index and b in index:
            ga, gb = find(of[index[a]]), find(of[index[b]])
            parent[max(ga, gb)] = min(ga, gb)
    merged: dict[int, list[int]] = defaultdict(list)
    for n, members in enumerate(groups):
        merged[find(n)] += members
    return list(merged.values())


def label(members: Sequence[StoryFeatures], people: Sequence[str] = (),
          first_date: str | None = None) -> str:
    """A readable name for a story: what happened (the event word most of its articles
    use, else its interactions' kind), who (``people``, main first, or the surnames most
    of its articles name), where and when."""
    lexicon = event_words()
    said = Counter(t for f in members for t in set(f.events[:3]))
    kinds = Counter(k for f in members for k in {k for k, _p in f.kinds})
    what = None
    if said:
        what = lexicon[min(said, key=lambda t: (-said[t], t))]
    elif kinds:
        kind = min(kinds, key=lambda k: (k == "press_conference", -kinds[k], k))
        what = KIND_WORDS.get(kind, kind)
    if not people:
        named = Counter(p for f in members for p in f.people)
        people = [p.title() for p in sorted(named, key=lambda p: (-named[p], p))[:2]
                  if named[p] > 1]
    who = " – ".join(short_name(n) for n in people[:2])
    places = Counter(fold(p) for f in members for p in f.places)
    text = ", ".join(x for x in (who, what) if x) or "?"
    if places:
        where = min(places, key=lambda p: (-places[p], p))
        text += " " + located(min(p for f in members for p in f.places if fold(p) == where))
    if first_date:
        text += f" ({first_date})"
    return text


def assign_stories(records: list[dict]) -> None:
    """Set each record's `story` (None for an article alone in its story)."""
    mapping = group([features(r) for r in records])
    for r in records:
        r["story"] = mapping.get(str(r.get("id")))

