"""Events and their people, as a recompute derives them: the people of each interaction
(its participants resolved at the article's date, in its story's context; an article the
batch did not reach keeps its stored links), the events those mentions cluster into
(clustering again only what the batch can have changed), and their rows.

Kept apart from :mod:`.derive`, which runs the recompute and writes every table by key.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

from presswatch.linking import Linking
from presswatch.linking.event_update import EventState, Updated, update_events
from presswatch.linking.events import Event, Mention
from presswatch.linking.labels import event_label
from presswatch.store.derive_inputs import StoredArticle, day_of
from presswatch.textutil import fold

__all__ = ["cluster_events", "events_as_rows", "participant_links"]


def cluster_events(mentions: list[Mention], arts: dict[str, StoredArticle],
                   linking: Linking, before: EventState | None, *,
                   unchanged: Collection[str]) -> Updated:
    """Events of every mention, clustering again only what the batch can have changed
    (everything when ``before``, the stored state, is None or does not serve)."""
    outlets: dict[str, str | None] = {}

    def outlet(aid: str) -> str | None:
        if aid not in outlets:
            found = arts[aid].outlet
            outlets[aid] = fold(found) if found else None
        return outlets[aid]

    def shown(pid: str) -> str:  # what an event's rows show of a person
        person = linking.people[pid]
        return f"{person.name}\x1d{person.label_name}"

    return update_events(mentions, before, shown, outlet, unchanged)


def events_as_rows(events: list[Event], arts: dict[str, StoredArticle], linking: Linking
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of ``events``, ``event_mentions`` and ``event_people``."""
    rows, mentions, people = [], [], []
    for ev in events:
        names = Counter({linking.people[pid].label_name: n for pid, n in ev.participants})
        day = iso_day(ev.date)
        articles = {m.article_id for m in ev.mentions}
        outlets = {fold(arts[a].outlet) for a in articles if arts[a].outlet}
        rows.append({"id": ev.id, "type": ev.type, "types": ", ".join(ev.types),
                     "place": ev.place, "date": day, "date_inferred": ev.date_inferred,
                     "label": event_label(names, Counter([ev.type]),
                                          Counter([ev.place] if ev.place else []), day),
                     "story_id": ev.story, "mentions": len(ev.mentions),
                     "articles": len(articles), "outlets": len(outlets)})
        mentions += [{"article_id": m.article_id, "interaction_idx": m.index, "event_id": ev.id}
                     for m in ev.mentions]
        people += [{"event_id": ev.id, "person_id": pid, "mentions": n}
                   for pid, n in ev.participants]
    return rows, mentions, people


def participant_links(arts: dict[str, StoredArticle], linking: Linking,
                      context: dict[str, set[str]], kept: Collection[str] = frozenset(),
                      stored: Mapping[tuple[str, int], set[str]] | None = None
                      ) -> dict[tuple[str, int], Collection[str]]:
    """The people of each (article, interaction) in the order its participants name them;
    the ``kept`` articles' as ``stored`` (:func:`.index_changes.kept_participants`)."""
    out: dict[tuple[str, int], Collection[str]] = {
        k: pids for k, pids in stored.items() if k[0] in kept} if kept and stored else {}
    for art in arts.values():
        if art.id in kept:
            continue
        day = day_of(art.date)
        for i, ev in enumerate(art.interactions):
            found: dict[str, None] = {}
            out[(art.id, i)] = found
            for name in ev["participants"]:
                for pid, _how in linking.resolve(art.id, name, day=day,
                                                 context=context.get(art.id, ())):
                    found[pid] = None
    return out


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None
