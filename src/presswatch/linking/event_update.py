"""Events after a batch: only the mentions whose clustering can have changed are clustered
again; every other event is kept as the last recompute left it.

Why that is exact. :func:`.events.cluster_events` merges two mentions' clusters only along
a candidate pair (same story or article and kind, or a shared person a few days apart) or
when an undated mention joins an event of its kind at its place; so the mentions fall into
*components* under those relations (:func:`neighbours` is a superset of them: same context
and kind, a shared person within the date window, the same kind and place for a mention
that may attach or be attached to), and the events of a component depend on its own
mentions only, met in the order of the run over all of them (candidate pairs sorted by
strength, attachment in mention order). An event whose mentions have the features of the
last run (its *digest*: kinds, people and their names, places, dates, contexts, outlets)
was made in a component that is still there, unless one of that component's mentions
changed, went, or is now a neighbour of a mention that changed or is new. So: the
*changed* mentions are those of events whose digest differs and new ones; every event of
the last run's component of a changed one is changed too (its old neighbours are known
through the component, not through features that are gone); the mentions to cluster again
are the closure of those under :func:`neighbours` and the last run's components. Their
events are clustered again alone (a union of whole components, in the order of the run
over everything); every other event stands.

Each event's digest and component (its least event id) are what the store keeps
(:mod:`.store.event_state`); a state that does not account for every stored event, or
written by other rules (:data:`VERSION`), means clustering every mention.
"""

from __future__ import annotations

import bisect
import hashlib
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources

from presswatch.linking.events import (
    EXACT_DATE_TOLERANCE_DAYS,
    MIN_SHARED_PARTICIPANTS,
    REPORT_DAYS,
    Event,
    Mention,
    cluster_events,
    family,
)
from presswatch.textutil import fold

__all__ = ["VERSION", "EventState", "Updated", "components", "event_digest", "update_events"]


def _rules_version() -> str:
    """A digest of the clustering rules' source (``events.py`` and this module): stored
    events made by other rules are never kept."""
    digest = hashlib.sha1()
    for module in ("events.py", "event_update.py"):
        digest.update(resources.files("presswatch.linking").joinpath(module).read_bytes())
    return digest.hexdigest()[:12]


VERSION = _rules_version()

_WINDOW = timedelta(days=REPORT_DAYS + EXACT_DATE_TOLERANCE_DAYS)


@dataclass(frozen=True, slots=True)
class EventState:
    """What the last recompute left: each event's digest and component, its mentions'
    keys (``article_id:idx``), and its date as stored (for the dates it gives articles)."""

    digests: dict[str, str]
    component: dict[str, str]
    members: dict[str, list[str]]
    dates: dict[str, tuple[date | None, bool]]


@dataclass(slots=True)
class Updated:
    """Events of one update: those clustered again, the ids of stored events they
    replace, the ids kept, and every event's digest and component for the next one."""

    events: list[Event]
    replaced: set[str] | None  # None: every stored event (all clustered again)
    kept: list[Event] = field(default_factory=list)  # id, date and mentions' articles only
    digests: dict[str, str] = field(default_factory=dict)
    component: dict[str, str] = field(default_factory=dict)


def event_digest(mentions: Sequence[Mention], names: Callable[[str], str],
                 outlet: Callable[[str], str | None]) -> str:
    """Everything an event's rows are made from: its mentions' features, the display name
    of each person they name and each article's outlet."""
    data = sorted((m.key, m.type, sorted((p, names(p)) for p in m.people), m.place,
                   m.date and m.date.isoformat(), m.reported and m.reported.isoformat(),
                   m.context, outlet(m.article_id)) for m in mentions)
    return hashlib.sha1(repr(data).encode("utf-8")).hexdigest()[:20]


def _day(m: Mention) -> date | None:
    return m.date or m.reported


class _Index:
    """Who may interact with whom among all mentions (see :func:`neighbours`)."""

    def __init__(self, ms: Sequence[Mention]) -> None:
        self.ms = ms
        self.by_context: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.by_person: dict[str, list[tuple[date, int]]] = defaultdict(list)
        self.by_place: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.attachable: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, m in enumerate(ms):
            kind = family(m.type)
            self.by_context[(m.context, kind)].append(i)
            if (day := _day(m)) is not None:
                for p in m.people:
                    self.by_person[p].append((day, i))
            if m.place:
                where = (kind, fold(m.place))
                self.by_place[where].append(i)
                if self._attaches(m):
                    self.attachable[where].append(i)
        for members in self.by_person.values():
            members.sort()

    @staticmethod
    def _attaches(m: Mention) -> bool:
        return _day(m) is None and len(m.people) >= MIN_SHARED_PARTICIPANTS

    def neighbours(self, i: int) -> list[int]:
        """Mentions ``i`` may be compared with or attached to (a superset)."""
        m = self.ms[i]
        kind = family(m.type)
        out = list(self.by_context[(m.context, kind)])
        if (day := _day(m)) is not None:
            for p in m.people:
                members = self.by_person[p]
                lo = bisect.bisect_left(members, (day - _WINDOW, -1))
                hi = bisect.bisect_right(members, (day + _WINDOW, len(self.ms)))
                out.extend(j for _d, j in members[lo:hi])
        if m.place:
            where = (kind, fold(m.place))
            out.extend(self.by_place[where] if self._attaches(m) else self.attachable[where])
        return out


def components(ms: Sequence[Mention], within: Sequence[int] | None = None,
               index: _Index | None = None) -> dict[int, int]:
    """Mention position → the least position of its component (over ``within``, which
    must be closed under :func:`neighbours`; every mention when None)."""
    index = index or _Index(ms)
    todo = range(len(ms)) if within is None else within
    root: dict[int, int] = {}
    for start in todo:
        if start in root:
            continue
        found, stack = [start], [start]
        root[start] = start
        while stack:
            for j in index.neighbours(stack.pop()):
                if j not in root:
                    root[j] = start
                    found.append(j)
                    stack.append(j)
        least = min(found)
        for j in found:
            root[j] = least
    return root


def _label_components(events: Sequence[Event], root: Mapping[int, int],
                      at: Mapping[str, int]) -> dict[str, str]:
    """Event id → its component's name: the least event id among the component's."""
    least: dict[int, str] = {}
    for ev in events:
        r = root[at[ev.mentions[0].key]]
        least[r] = min(least.get(r, ev.id), ev.id)
    return {ev.id: least[root[at[ev.mentions[0].key]]] for ev in events}


def update_events(ms: Sequence[Mention], stored: EventState | None,
                  names: Callable[[str], str], outlet: Callable[[str], str | None]
                  ) -> Updated:
    """:func:`.events.cluster_events` of ``ms`` (the same events), clustering again only
    the mentions :func:`_reached` finds (all of them when ``stored`` is None or does not
    account for the stored events)."""
    index = _Index(ms)
    at = {m.key: i for i, m in enumerate(ms)}
    old_of = {} if stored is None else {
        k: e for e, keys in stored.members.items() for k in keys}
    todo = None if stored is None else _reached(ms, stored, old_of, names, outlet, index, at)
    if todo is None:
        events = cluster_events(ms)
        out = Updated(events, None)
        root = components(ms, None, index)
    else:
        events = cluster_events(ms[i] for i in todo)
        gone = {e for i in todo if (e := old_of.get(ms[i].key)) is not None}
        gone |= {e for e, keys in stored.members.items() if any(k not in at for k in keys)}
        out = Updated(events, gone)
        for e in sorted(stored.members.keys() - gone):
            day, inferred = stored.dates[e]
            mentions = [Mention(k.rsplit(":", 1)[0], int(k.rsplit(":", 1)[1]), "")
                        for k in stored.members[e]]
            out.kept.append(Event(e, "", None, day, inferred, [], mentions))
            out.digests[e], out.component[e] = stored.digests[e], stored.component[e]
        root = components(ms, todo, index)
    for ev in events:
        out.digests[ev.id] = event_digest(ev.mentions, names, outlet)
    out.component.update(_label_components(events, root, at))
    return out


def _reached(ms: Sequence[Mention], stored: EventState, old_of: Mapping[str, str],
             names: Callable[[str], str], outlet: Callable[[str], str | None],
             index: _Index, at: Mapping[str, int]) -> list[int] | None:
    """Positions of the mentions to cluster again (see the module docstring), in order;
    None when the state does not account for a stored event."""
    if any(e not in stored.digests or e not in stored.component or e not in stored.dates
           for e in stored.members):
        return None
    of_component: dict[str, list[str]] = defaultdict(list)
    for e, c in stored.component.items():
        if e in stored.members:
            of_component[c].append(e)
    changed_components = set()
    for e, keys in stored.members.items():
        if any(k not in at for k in keys) or event_digest(
                [ms[at[k]] for k in keys], names, outlet) != stored.digests[e]:
            changed_components.add(stored.component[e])
    seeds = {i for i, m in enumerate(ms) if m.key not in old_of}
    for c in changed_components:
        seeds.update(at[k] for e in of_component[c] for k in stored.members[e] if k in at)
    reached, stack = set(seeds), list(seeds)
    done_components = set(changed_components)
    while stack:
        for j in index.neighbours(stack.pop()):
            if j in reached:
                continue
            reached.add(j)
            stack.append(j)
            old = old_of.get(ms[j].key)
            if old is not None and (c := stored.component[old]) not in done_components:
                done_components.add(c)
                for e in of_component[c]:
                    for k in stored.members[e]:
                        if k in at and at[k] not in reached:
                            reached.add(at[k])
                            stack.append(at[k])
    return sorted(reached)
