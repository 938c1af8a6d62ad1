"""Events after a batch: only the mentions whose clustering can have changed are clustered
again; every other event is kept as the last recompute left it.

Why that is exact. :func:`.events.cluster_events` merges two mentions' clusters only along
a candidate pair (same story or article and kind, or a shared person a few days apart) or
when an undated mention attaches to an event of its kind at its place naming two of its
people; so the mentions fall into *components* under those relations (:func:`components`
joins a superset of them), and the events of a component depend on its own mentions only,
met in the order of the run over all of them (candidate pairs sorted by strength,
attachment in mention order). An event whose mentions have the features of the last run
(its *digest*: kinds, people and their names, places, dates, contexts, outlets) was made
in a component that is still there, unless one of that component's mentions changed, went,
or is now joined to a mention that changed or is new. So: the *changed* components are
those of the last run holding an event whose digest differs (its old links are known
through the stored component, not through features that are gone) and those of this run
holding a new mention; the mentions to cluster again are those of the changed components
and of every component, of this run or the last, that overlaps one of them, until none is
left. Their events are clustered again alone (a union of whole components, in the order of
the run over everything); every other event stands, with its rows.

Each event's digest and component (its least event id) are what the store keeps
(:mod:`.store.event_state`); a state that does not account for every stored event, or
written by other rules (:data:`VERSION`), means clustering every mention.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from presswatch.linking.events import (
    EXACT_DATE_TOLERANCE_DAYS,
    MIN_SHARED_PARTICIPANTS,
    REPORT_DAYS,
    Event,
    Mention,
    article_dates,
    cluster_events,
    family,
)
from presswatch.linking.rules_version import rules_version
from presswatch.textutil import fold

__all__ = ["VERSION", "EventState", "Updated", "components", "event_digest", "update_events"]


VERSION = rules_version(("presswatch.linking", "events.py"),
                        ("presswatch.linking", "event_update.py"))
"""The clustering rules' source: stored events made by other rules are never kept."""

_WINDOW = timedelta(days=REPORT_DAYS + EXACT_DATE_TOLERANCE_DAYS)


@dataclass(frozen=True, slots=True)
class EventState:
    """What the last recompute left: each event's digest and component, its mentions'
    keys (``article_id:idx``), and its date as stored (for the dates it gives articles)."""

    digests: dict[str, str]
    component: dict[str, str]
    members: dict[str, list[str]]
    dates: dict[str, tuple[date | None, bool]]
    articles: dict[str, list[str]]  # event id -> the articles of its mentions


@dataclass(slots=True)
class Updated:
    """Events of one update: those clustered again, the ids of stored events they
    replace, the ids kept, and every event's digest and component for the next one."""

    events: list[Event]
    replaced: set[str] | None  # None: every stored event (all clustered again)
    kept: list[tuple[str, date | None, bool, list[str]]] = field(default_factory=list)
    # (id, date, date_inferred, articles) of each event kept as stored
    digests: dict[str, str] = field(default_factory=dict)
    component: dict[str, str] = field(default_factory=dict)

    def article_dates(self) -> dict[str, tuple[date, bool]]:
        """:func:`.events.inferred_article_dates` of every event, kept or made again."""
        dated = [(e.id, e.date, e.date_inferred, [m.article_id for m in e.mentions])
                 for e in self.events] + self.kept
        dated.sort(key=lambda d: (d[1] is None, d[1] or date.min, d[0]))  # as clustered
        return article_dates((day, inferred, arts) for _e, day, inferred, arts in dated)


def event_digest(mentions: Sequence[Mention], names: Callable[[str], str],
                 outlet: Callable[[str], str | None]) -> str:
    """Everything an event's rows are made from: its mentions' features, the display name
    of each person they name and each article's outlet (texts as their repr, which escapes
    the separators; digested for every stored event at every update, so kept cheap)."""
    digest = hashlib.sha1()
    for m in sorted(mentions, key=_key):
        people = "\x1e".join(f"{p!r}\x1d{names(p)!r}" for p in sorted(m.people))
        digest.update(f"{m.key!r}\x1f{m.type!r}\x1f{people}\x1f{m.place!r}\x1f{m.date}"
                      f"\x1f{m.reported}\x1f{m.context!r}\x1f{outlet(m.article_id)!r}\x1c"
                      .encode())
    return digest.hexdigest()[:20]


def _key(m: Mention) -> tuple[str, int]:
    return m.article_id, m.index


def _day(m: Mention) -> date | None:
    return m.date or m.reported


def _attaches(m: Mention) -> bool:
    """``m`` may attach to an event after the merges (:func:`.events._attach_undated`)."""
    return _day(m) is None and bool(m.place) and len(m.people) >= MIN_SHARED_PARTICIPANTS


def components(ms: Sequence[Mention]) -> list[int]:
    """Each mention's component: the position of one of its mentions, the same for all.

    Two mentions are joined when :func:`.events.cluster_events` may compare them (same
    context and kind; a shared person, both dated within the window: consecutive ones in
    date order suffice, a pair within the window is joined through those between), and a
    mention that may attach joins every component with a mention of its kind at its place
    whose mentions name two of its people (the event it attaches to, or is kept from, lies
    in one; the people of what already attached count, hence the repeated passes)."""
    parent = list(range(len(ms)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb:
            return False
        parent[max(ra, rb)] = min(ra, rb)
        return True

    first: dict[tuple[str, str], int] = {}
    by_person: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for i, m in enumerate(ms):
        union(first.setdefault((m.context, family(m.type)), i), i)
        if (day := _day(m)) is not None:
            for p in m.people:
                by_person[p].append((day, i))
    for members in by_person.values():
        members.sort()
        for (da, a), (db, b) in itertools.pairwise(members):
            if db - da <= _WINDOW:
                union(a, b)
    waiting = [i for i, m in enumerate(ms) if _attaches(m)]
    if not waiting:
        return [find(i) for i in range(len(ms))]
    people: dict[int, set[str]] = defaultdict(set)
    places: dict[tuple[str, str], set[int]] = defaultdict(set)
    for i, m in enumerate(ms):
        r = find(i)
        people[r] |= m.people
        if m.place:
            places[(family(m.type), fold(m.place))].add(r)
    changed = True
    while changed:
        changed = False
        for i in waiting:
            m = ms[i]
            for r in sorted({find(r) for r in places[(family(m.type), fold(m.place))]}):  # type: ignore[arg-type]
                a, b = find(i), find(r)
                if a != b and len(m.people & people[b]) >= MIN_SHARED_PARTICIPANTS:
                    union(a, b)
                    keep = find(a)
                    people[keep] = people[a] | people[b]
                    changed = True
    return [find(i) for i in range(len(ms))]


def _label_components(events: Sequence[Event], root: Sequence[int],
                      at: Mapping[str, int]) -> dict[str, str]:
    """Event id → its component's name: the least event id among the component's."""
    least: dict[int, str] = {}
    for ev in events:
        r = root[at[ev.mentions[0].key]]
        least[r] = min(least.get(r, ev.id), ev.id)
    return {ev.id: least[root[at[ev.mentions[0].key]]] for ev in events}


def update_events(ms: Sequence[Mention], stored: EventState | None,
                  names: Callable[[str], str], outlet: Callable[[str], str | None],
                  unchanged: Collection[str] = frozenset()) -> Updated:
    """:func:`.events.cluster_events` of ``ms`` (the same events), clustering again only
    the mentions :func:`_reached` finds (all of them when ``stored`` is None or does not
    account for the stored events). ``unchanged``: keys of mentions the caller knows
    have every feature a digest reads as the run that left ``stored`` had them; an event
    of those alone keeps its digest without being digested again."""
    root = components(ms)
    at = {m.key: i for i, m in enumerate(ms)}
    old_of = {} if stored is None else {
        k: e for e, keys in stored.members.items() for k in keys}
    todo = None if stored is None else _reached(ms, stored, old_of, names, outlet, root, at,
                                                unchanged)
    if todo is None:
        events = cluster_events(ms)
        out = Updated(events, None)
    else:
        events = cluster_events(ms[i] for i in todo)
        gone = {e for i in todo if (e := old_of.get(ms[i].key)) is not None}
        gone |= {e for e, keys in stored.members.items() if any(k not in at for k in keys)}
        out = Updated(events, gone)
        for e in sorted(stored.members.keys() - gone):
            out.kept.append((e, *stored.dates[e], stored.articles[e]))
            out.digests[e], out.component[e] = stored.digests[e], stored.component[e]
    for ev in events:
        out.digests[ev.id] = event_digest(ev.mentions, names, outlet)
    out.component.update(_label_components(events, root, at))
    return out


def _reached(ms: Sequence[Mention], stored: EventState, old_of: Mapping[str, str],
             names: Callable[[str], str], outlet: Callable[[str], str | None],
             root: Sequence[int], at: Mapping[str, int], unchanged: Collection[str] = ()
             ) -> list[int] | None:
    """Positions of the mentions to cluster again (see the module docstring), in order:
    the components, this run's and the last run's, that hold a new mention or one of an
    event whose digest changed, and those they overlap, until none is left; None when the
    state does not account for a stored event."""
    if any(e not in stored.digests or e not in stored.component or e not in stored.dates
           for e in stored.members):
        return None
    old_members: dict[str, list[int]] = defaultdict(list)  # last run's component -> now
    for e, keys in stored.members.items():
        old_members[stored.component[e]].extend(at[k] for k in keys if k in at)
    new_members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(root):
        new_members[r].append(i)
    old_todo: set[str] = set()
    new_todo = {root[i] for i, m in enumerate(ms) if m.key not in old_of}
    for e, keys in stored.members.items():
        if any(k not in at for k in keys) or (
                not all(k in unchanged for k in keys) and event_digest(
                    [ms[at[k]] for k in keys], names, outlet) != stored.digests[e]):
            old_todo.add(stored.component[e])
    reached: set[int] = set()
    olds, news = list(old_todo), list(new_todo)
    while olds or news:
        found = [i for c in olds for i in old_members[c]]
        found += [i for r in news for i in new_members[r]]
        olds, news = [], []
        for i in found:
            if i in reached:
                continue
            reached.add(i)
            if (r := root[i]) not in new_todo:
                new_todo.add(r)
                news.append(r)
            if (e := old_of.get(ms[i].key)) is not None and (
                    c := stored.component[e]) not in old_todo:
                old_todo.add(c)
                olds.append(c)
    return sorted(reached)
