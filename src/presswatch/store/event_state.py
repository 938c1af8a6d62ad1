"""Events' state between recomputes, and their rows written by key.

:func:`.linking.event_update.update_events` clusters again only the mentions a batch can
have changed; it needs each stored event's digest and component (kept here, a row per
event in ``event_digests`` valid under the rules' version (:mod:`.state_rows`), written
by key in the same transaction as the event rows: a recompute killed halfway leaves both
as they were), the mentions of each
stored event (``event_mentions``) and its date (``events``). The rows of the events
clustered again are then compared with the stored rows of those events only, and written
as changes; the other events' rows are not read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, select

from presswatch.linking.event_update import VERSION, EventState, Updated
from presswatch.linking.events import Mention
from presswatch.store import schema
from presswatch.store.changes import fetch, write_changes
from presswatch.store.state_rows import read_state, write_state

__all__ = ["keep_events", "stored_events", "unchanged_mentions", "write_events"]

_CHUNK = 500


def unchanged_mentions(mentions: Sequence[Mention], written: Collection[str],
                       stored: Mapping[Table, Sequence[tuple[Any, ...]]],
                       story_of: Mapping[str, str], renamed: Collection[str],
                       linked: Mapping[tuple[str, int], set[str]] | None = None) -> set[str]:
    """Keys of the mentions whose every feature an event digest reads (see
    :func:`.event_update.event_digest`) is as the last recompute had it, found without
    digesting: the article was not written since (its interactions, dates and outlet are
    as they were), its story is the one in the stored ``article_stories``, its people are
    those of the stored ``participant_people`` and none is ``renamed`` (shown otherwise
    than its stored rows: :func:`.people_rows.renamed_people`; ``stored``: those tables,
    read in this transaction before any of them is written). Those rows and the
    events' state are written in one transaction, so they are the same run's."""
    before_story = dict(stored[schema.article_stories])
    before_people = linked  # (``linked``: those rows by interaction, if the caller has them)
    if before_people is None:
        before_people = defaultdict(set)
        for aid, idx, pid in stored[schema.participant_people]:
            before_people[(aid, idx)].add(pid)
    return {m.key for m in mentions
            if m.article_id not in written
            and story_of.get(m.article_id) == before_story.get(m.article_id)
            and m.people == before_people.get((m.article_id, m.index), frozenset())
            and not m.people & renamed}


def stored_events(conn: Connection) -> EventState | None:
    """What the last recompute left for :func:`.update_events`, or None (cluster every
    mention again): no state, other rules, or a value that does not read."""
    rows = read_state(conn, schema.event_digests, VERSION)
    if rows is None:
        return None
    digests = {e: digest for e, (digest, _comp) in rows.items()}
    component = {e: comp for e, (_digest, comp) in rows.items()}
    ev, em = schema.events, schema.event_mentions
    members: dict[str, list[str]] = defaultdict(list)
    articles: dict[str, list[str]] = defaultdict(list)
    for aid, idx, event in fetch(conn, select(em.c.article_id, em.c.interaction_idx,
                                              em.c.event_id)):
        members[event].append(f"{aid}:{idx}")
        articles[event].append(aid)
    dates: dict[str, tuple[date | None, bool]] = {}
    for event, day, inferred in fetch(conn, select(ev.c.id, ev.c.date, ev.c.date_inferred)):
        try:
            dates[event] = (date.fromisoformat(day) if day else None, bool(inferred))
        except ValueError:
            return None
    return EventState(digests, component, dict(members), dates, dict(articles))


def keep_events(conn: Connection, updated: Updated, before: EventState | None) -> None:
    """Leave the events' digests and components for the next recompute: only the rows of
    events whose digest or component differ from ``before`` (as :func:`stored_events`
    read them in this transaction; None: every row)."""
    write_state(conn, schema.event_digests, VERSION,
                {e: (d, updated.component[e]) for e, d in updated.digests.items()},
                None if before is None else {e: (d, before.component[e])
                                             for e, d in before.digests.items()})


_TABLES = (schema.events, schema.event_mentions, schema.event_people)


def write_events(conn: Connection, rows: Mapping[Table, Sequence[dict[str, Any]]],
                 updated: Updated, *, chunk: int = 2000) -> None:
    """Bring the event tables to ``rows`` (the rows of :attr:`Updated.events` only), when
    the update kept the other events: the stored rows of the events replaced and of the
    new ones are read and compared, every other event's rows stand; an event neither kept
    nor made again is deleted (its mentions and people go with it). After the people rows
    are written (new event people point at them)."""
    assert updated.replaced is not None
    ev, em, ep = _TABLES
    kept = {e for e, _day, _inferred, _articles in updated.kept}
    stored_ids = set(conn.execute(select(ev.c.id)).scalars())
    made = {r["id"] for r in rows[ev]}
    scope = sorted((updated.replaced | made | (stored_ids - kept)) - kept)
    have: dict[Table, list[tuple[Any, ...]]] = {t: [] for t in _TABLES}
    for i in range(0, len(scope), _CHUNK):
        part = scope[i:i + _CHUNK]
        for table, column in ((ev, ev.c.id), (em, em.c.event_id), (ep, ep.c.event_id)):
            have[table] += fetch(conn, select(table).where(column.in_(part)))
    write_changes(conn, rows, chunk=chunk, stored=have)
