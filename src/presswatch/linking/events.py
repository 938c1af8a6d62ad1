"""Events across articles: the interaction mentions of many articles clustered into the
real-world meetings, calls and press conferences they report.

One meeting comes back from five outlets as five mentions, called ``meeting`` in one and
``talks`` in another, with or without a place, dated ``vendredi`` in one article and not at
all in the next. Two mentions are one event when they are of one kind, involve the same
canonical people (or, within one story, do not contradict each other), and their dates and
places are compatible. Mentions are merged greedily, strongest evidence first, and a merge
that would give an event two dates or two places is refused, so that weak links cannot
chain two meetings of the same people into one.

Everything here is a pure function of compact per-mention features (canonical person ids,
place, dates, story), so the store can recompute it after every ingest batch.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from presswatch.textutil import fold

__all__ = [
    "EVENT_PARTICIPANT_SHARE",
    "EXACT_DATE_TOLERANCE_DAYS",
    "MIN_SHARED_PARTICIPANTS",
    "REPORT_DAYS",
    "TYPE_FAMILIES",
    "Event",
    "Mention",
    "article_dates",
    "cluster_events",
    "event_id",
    "family",
    "inferred_article_dates",
]

TYPE_FAMILIES = {"meeting": "meeting", "talks": "meeting"}
"""Interaction types that name one kind of event (outlets call one meeting a ``meeting``
or ``talks``); every other type is its own kind (a call is never a meeting)."""
MIN_SHARED_PARTICIPANTS = 2
"""Two mentions of one event share this many canonical people (fewer when one of them
names fewer)."""
REPORT_DAYS = 4
"""An article reports an event it does not date at most this many days after it (the
same window as stories use)."""
EXACT_DATE_TOLERANCE_DAYS = 1
"""Two resolved dates of one event may differ by this much (``vendredi soir`` in Geneva is
``samedi`` in Moscow's papers; a longer gap is another event)."""
EVENT_PARTICIPANT_SHARE = 0.5
"""A person is a participant of an event when at least this share of its mentions (those
that name anyone) name them: a leader mentioned in passing in one outlet's sentence is not."""


def family(kind: str) -> str:
    """The kind of event an interaction type names (``talks`` → ``meeting``)."""
    return TYPE_FAMILIES.get(kind, kind)


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """One interaction mention of one stored article: the compact input of clustering.

    Attributes:
        article_id, index: Where it is (``interactions.article_id``, ``interactions.idx``).
        type: As the article's pipeline typed it (``meeting``, ``talks``, ``phone_call``...).
        people: Canonical person ids its participants were linked to.
        place: As written, or None.
        date: The date the article gives for it (``vendredi`` resolved), or None.
        reported: The date of the article itself (not an inferred one), or None.
        context: The article's story id, or ``a:<article id>`` when it is in no story.

    Never changed once made; not frozen for the reason :class:`.people.PersonEntry` gives
    (one per interaction of every article at each recompute).
    """

    article_id: str
    index: int
    type: str
    people: frozenset[str] = frozenset()
    place: str | None = None
    date: date | None = None
    reported: date | None = None
    context: str = ""

    @property
    def key(self) -> str:
        return f"{self.article_id}:{self.index}"


@dataclass(slots=True)
class Event:
    """One real-world event and the mentions that report it."""

    id: str
    type: str
    place: str | None
    date: date | None
    date_inferred: bool  # True: from its articles' dates, not from a date the text gives
    participants: list[tuple[str, int]]  # (person id, mentions naming them), most first
    mentions: list[Mention] = field(default_factory=list)

    @property
    def types(self) -> list[str]:
        """The types outlets gave it, most used first."""
        kinds = Counter(m.type for m in self.mentions)
        return sorted(kinds, key=lambda k: (-kinds[k], k))

    @property
    def story(self) -> str | None:
        """The story most of its mentions belong to (None when none is in a story)."""
        stories = Counter(m.context for m in self.mentions if not m.context.startswith("a:"))
        return min(stories, key=lambda s: (-stories[s], s)) if stories else None


def event_id(anchor: str) -> str:
    """Stable id of an event whose first mention key is ``anchor``."""
    return "e-" + hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:10]


# --------------------------------------------------------------------------------------------
# Clustering


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    family: str
    places: set[str]
    exact: tuple[date, date] | None  # earliest and latest resolved date
    reported: tuple[date, date] | None  # earliest and latest article date

    @classmethod
    def of(cls, i: int, m: Mention) -> _Cluster:
        return cls([i], family(m.type), {fold(m.place)} if m.place else set(),
                   (m.date, m.date) if m.date else None,
                   (m.reported, m.reported) if m.reported else None)


def _span(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date, date] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _dates_fit(exact: tuple[date, date] | None, reported: tuple[date, date] | None) -> bool:
    """One event: its resolved dates agree, and every article reporting it is dated on or
    after it and at most REPORT_DAYS later."""
    tol = timedelta(days=EXACT_DATE_TOLERANCE_DAYS)
    if exact and exact[1] - exact[0] > tol:
        return False
    if reported and reported[1] - reported[0] > timedelta(days=REPORT_DAYS):
        return False
    if exact and reported:
        return reported[0] >= exact[1] - tol and reported[1] <= exact[0] + timedelta(
            days=REPORT_DAYS)
    return True


def _dated(m: Mention) -> bool:
    return m.date is not None or m.reported is not None


def _needed(a: Mention, b: Mention) -> int:
    return min(MIN_SHARED_PARTICIPANTS, len(a.people), len(b.people))


def _pair_fits(a: Mention, b: Mention) -> bool:
    """Evidence that two mentions report one event, before dates are checked.

    Same kind; the same people when both name someone; outside one story both dated and
    the same place when both give one. Within a story a mention naming nobody may join,
    and two places may differ only when the same two people meet (``au Kremlin`` and
    ``à Moscou``)."""
    if family(a.type) != family(b.type):
        return False
    shared = len(a.people & b.people)
    same_context = a.context == b.context
    if a.people and b.people:
        if shared < max(1, _needed(a, b)):
            return False
    elif not same_context:
        return False
    places_differ = bool(a.place and b.place and fold(a.place) != fold(b.place))
    if same_context:
        return not places_differ or shared >= MIN_SHARED_PARTICIPANTS
    return _dated(a) and _dated(b) and not places_differ


def _candidate_pairs(ms: Sequence[Mention]) -> list[tuple[int, int]]:
    """Pairs worth comparing: within one story (or article), and across stories those
    sharing a person whose dates are close (never every pair of a busy person's mentions)."""
    pairs: set[tuple[int, int]] = set()
    by_context: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_person: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        by_context[(m.context, family(m.type))].append(i)
        if _dated(m):
            for p in m.people:
                by_person[p].append(i)
    for members in by_context.values():
        pairs.update((a, b) for x, a in enumerate(members) for b in members[x + 1:])
    window = timedelta(days=REPORT_DAYS + EXACT_DATE_TOLERANCE_DAYS)
    for members in by_person.values():
        members.sort(key=lambda i: (ms[i].date or ms[i].reported, i))  # type: ignore[return-value]
        for x, a in enumerate(members):
            day_a = ms[a].date or ms[a].reported
            for b in members[x + 1:]:
                if (ms[b].date or ms[b].reported) - day_a > window:  # type: ignore[operator]
                    break
                pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


def _strength(ms: Sequence[Mention], pair: tuple[int, int]) -> tuple:
    a, b = ms[pair[0]], ms[pair[1]]
    day_a, day_b = a.date or a.reported, b.date or b.reported
    gap = abs((day_a - day_b).days) if day_a and day_b else REPORT_DAYS + 1
    return (a.context != b.context, -len(a.people & b.people), gap, a.key, b.key)


class _Merger:
    def __init__(self, ms: Sequence[Mention]) -> None:
        self.ms = ms
        self.parent = list(range(len(ms)))
        self.clusters = {i: _Cluster.of(i, m) for i, m in enumerate(ms)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def try_merge(self, i: int, j: int, *, places_may_differ: bool) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        a, b = self.clusters[ri], self.clusters[rj]
        if a.family != b.family:
            return False
        if a.places and b.places and not a.places & b.places and not places_may_differ:
            return False
        exact, reported = _span(a.exact, b.exact), _span(a.reported, b.reported)
        if not _dates_fit(exact, reported):
            return False
        keep, gone = (ri, rj) if ri < rj else (rj, ri)
        self.parent[gone] = keep
        self.clusters[keep] = _Cluster(a.members + b.members, a.family, a.places | b.places,
                                       exact, reported)
        del self.clusters[gone]
        return True


def _attach_undated(merger: _Merger) -> None:
    """A mention left alone and undated joins the one dated event of its kind at its place
    with the same two or more people; with several candidates, none (no guessing)."""
    ms = merger.ms
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for root, c in merger.clusters.items():
        if c.exact or c.reported:
            for place in c.places:
                index[(c.family, place)].append(root)
    for i, m in enumerate(ms):
        root = merger.find(i)
        if (_dated(m) or not m.place or len(m.people) < MIN_SHARED_PARTICIPANTS
                or len(merger.clusters[root].members) > 1):
            continue
        fits = []
        # an event indexed above may have taken in an undated mention since (its root
        # moved to the smaller index): look each one up by its root now
        for r in sorted({merger.find(r) for r in index.get((family(m.type), fold(m.place)), ())}):
            people = set().union(*(ms[k].people for k in merger.clusters[r].members))
            if len(m.people & people) >= MIN_SHARED_PARTICIPANTS:
                fits.append(r)
        if len(fits) == 1:
            merger.try_merge(fits[0], i, places_may_differ=False)


def _event(members: list[Mention]) -> Event:
    members = sorted(members, key=lambda m: m.key)
    kinds = Counter(m.type for m in members)
    kind = min(kinds, key=lambda k: (-kinds[k], k))
    places = Counter(fold(m.place) for m in members if m.place)
    place = None
    if places:
        best = min(places, key=lambda p: (-places[p], p))
        spellings = Counter(m.place for m in members if m.place and fold(m.place) == best)
        place = min(spellings, key=lambda s: (-spellings[s], s))
    exact = Counter(m.date for m in members if m.date)
    if exact:
        day, inferred = min(exact, key=lambda d: (-exact[d], d)), False
    else:
        reported = [m.reported for m in members if m.reported]
        day, inferred = (min(reported), True) if reported else (None, False)
    naming = [m for m in members if m.people]
    support = Counter(p for m in naming for p in m.people)
    need = math.ceil(EVENT_PARTICIPANT_SHARE * len(naming))
    participants = sorted(((p, n) for p, n in support.items() if n >= need),
                          key=lambda pn: (-pn[1], pn[0]))
    return Event(event_id(members[0].key), kind, place, day, inferred, participants, members)


def cluster_events(mentions: Iterable[Mention]) -> list[Event]:
    """Group interaction mentions of many articles into events.

    Args:
        mentions: Every interaction mention of the store, with canonical people.
    Returns:
        Events (one per mention at least), ordered by date (undated last) then id.
    """
    ms = list(mentions)
    merger = _Merger(ms)
    for i, j in sorted(_candidate_pairs(ms), key=lambda p: _strength(ms, p)):
        if _pair_fits(ms[i], ms[j]):
            a, b = ms[i], ms[j]
            may_differ = (a.context == b.context
                          and len(a.people & b.people) >= MIN_SHARED_PARTICIPANTS)
            merger.try_merge(i, j, places_may_differ=may_differ)
    _attach_undated(merger)
    events = [_event([ms[k] for k in c.members]) for c in merger.clusters.values()]
    return sorted(events, key=lambda e: (e.date is None, e.date or date.min, e.id))


def inferred_article_dates(events: Iterable[Event]) -> dict[str, tuple[date, bool]]:
    """For every article, the latest date among the events it reports, and whether that
    date was given by some article's text (an article is published on or after every
    event it reports). Articles reporting no dated event are absent."""
    return article_dates((ev.date, ev.date_inferred, [m.article_id for m in ev.mentions])
                         for ev in events)


def article_dates(events: Iterable[tuple[date | None, bool, Iterable[str]]]
                  ) -> dict[str, tuple[date, bool]]:
    """:func:`inferred_article_dates` of events given as (date, date_inferred, the
    articles of their mentions), in the same order."""
    out: dict[str, tuple[date, bool]] = {}
    for day, inferred, articles in events:
        if day is None:
            continue
        for aid in articles:
            old = out.get(aid)
            if old is None or day > old[0]:
                out[aid] = (day, not inferred)
    return out
