"""Rebuild what is derived across articles: stories, canonical people, their quotes,
events and statement variants, and the dates inferred for undated articles.

Runs after each ingest batch over compact per-article features read back from the store
(people entries, interactions, dates, quote texts), never over article texts, so it stays
cheap as the store grows. After a batch, stories, people parts, events and quote links
are derived again only where the new articles reach (their saved state in `derive_state` and the
story tables; the people of the parts they do not reach read back from their rows:
:mod:`.people_rows`), and every table is written by key: only rows that changed are deleted or
inserted, inside the caller's transaction, so readers and a `kill -9` never see a half
update. `relink` (``full=True``) derives everything again. Dates inferred by an earlier
run are forgotten first, so that a recompute gives the same result however many times it
runs.
"""

from __future__ import annotations

import functools
import gc
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, delete, func, select, update

from presswatch.lexicon import default_lexicon
from presswatch.linking import Identity, Linking, PersonEntry
from presswatch.linking import stories as story_rules
from presswatch.linking.event_update import EventState, Updated, update_events
from presswatch.linking.events import Event, Mention
from presswatch.linking.labels import event_label
from presswatch.linking.people_parts import link_people_in_parts
from presswatch.linking.people_update import guard, relink
from presswatch.linking.story_update import regroup, regroup_new
from presswatch.nlp.dates import parse_article_date
from presswatch.store import schema, touched
from presswatch.store.changes import fetch, write_changes
from presswatch.store.corrections import Overlay
from presswatch.store.event_state import (
    keep_events,
    stored_events,
    unchanged_mentions,
    write_events,
)
from presswatch.store.index_changes import IndexChanges, kept_participants
from presswatch.store.memo import (
    keep_people_parts,
    keep_story_labels,
    people_parts,
    stored_people,
    story_labels,
)
from presswatch.store.people_rows import (
    PEOPLE_TABLES,
    as_dicts,
    built_rows,
    people_from_rows,
    taken_rows,
)
from presswatch.store.quote_update import (
    all_quote_links,
    article_inputs,
    counted_from,
    keep_inputs,
    stored_inputs,
    version,
)
from presswatch.store.quote_update import update as update_quotes
from presswatch.store.story_rows import Kept, Reach, story_rows
from presswatch.store.story_state import keep_story_parts, story_parts
from presswatch.textutil import fold

__all__ = ["Summary", "fill_speakers", "recompute", "summarize"]

@dataclass(frozen=True, slots=True)
class Summary:
    """What one recompute produced."""

    people: int
    stories: int
    linked_quotes: int
    events: int = 0
    variant_links: int = 0


DERIVED_DATE_BASES = ("story", "event")
"""Inferred dates a recompute makes, and forgets at its start (``interactions``: inferred
at ingest from the article's own text, is kept)."""


@dataclass(slots=True)
class _Article:
    id: str
    date: str | None  # its own date, then the inferred one
    outlet: str | None
    people: list[dict[str, Any]]
    interactions: list[dict[str, Any]]
    speakers: set[str]
    keywords: str | None  # as stored (JSON): parsed only for the articles grouping reads
    own: str | None = None  # the date the article gives (or ingest inferred from its text)
    basis: str | None = None  # date_basis of ``date`` when inferred
    stored: tuple[str | None, bool, str | None] = (None, False, None)  # as in the database


def _articles(conn: Connection) -> tuple[dict[str, _Article], list[tuple[Any, ...]]]:
    """Every article's compact features; and every quote's (key, article, speaker as
    corrected, folded speaker as written, said_on), which the quote side reads too."""
    a, ap = schema.articles, schema.article_people
    it, ip = schema.interactions, schema.interaction_participants
    out = {}
    for aid, day, outlet, inferred, basis, keywords in fetch(conn, select(
            a.c.id, a.c.date, a.c.outlet, a.c.date_inferred, a.c.date_basis, a.c.keywords)
            .order_by(a.c.ingested_at, a.c.id)):
        # in the order of ingest, whatever order the database keeps rows in (PostgreSQL
        # moves a row it updates): linking meets articles in one order every time
        aid = sys.intern(aid)  # as the stored people parts' (:func:`.part_from_json`)
        derived = bool(inferred) and basis in (None, *DERIVED_DATE_BASES)
        own = None if derived else day
        out[aid] = _Article(aid, own, outlet, [], [], set(),
                            keywords, own=own,
                            basis=None if derived else basis,
                            stored=(day, bool(inferred), basis))
    q, fix = schema.quotes, Overlay(("speaker",))
    said = fetch(conn, select(q.c.key, q.c.article_id, fix.value("speaker"),
                              q.c.speaker_folded, q.c.said_on).select_from(fix.join_from(q)))
    for _key, aid, speaker, _folded, _on in said:
        if speaker:
            out[aid].speakers.add(speaker)
    parsed: dict[str, tuple[str, ...]] = {}  # one person's names recur in many articles

    def listed(text: str) -> tuple[str, ...]:  # shared: never changed
        if (found := parsed.get(text)) is None:
            found = parsed[text] = tuple(json.loads(text))
        return found

    for aid, idx, name, gender, names, roles in fetch(conn, select(
            ap.c.article_id, ap.c.idx, ap.c.name, ap.c.gender, ap.c.names, ap.c.roles)
            .order_by(ap.c.article_id, ap.c.idx)):
        out[aid].people.append({"idx": idx, "name": name, "gender": gender,
                                "names": listed(names), "roles": listed(roles)})
    events: dict[tuple[str, int], dict[str, Any]] = {}
    for aid, idx, kind, place, day in fetch(conn, select(
            it.c.article_id, it.c.idx, it.c.type, it.c.place, it.c.date)
            .order_by(it.c.article_id, it.c.idx)):
        ev = {"type": kind, "place": place, "date": day, "participants": []}
        events[(aid, idx)] = ev
        out[aid].interactions.append(ev)
    for aid, idx, participant in fetch(conn, select(
            ip.c.article_id, ip.c.interaction_idx, ip.c.participant)
            .order_by(ip.c.article_id, ip.c.interaction_idx, ip.c.position)):
        events[(aid, idx)]["participants"].append(participant)
    return out, said


class _Features(dict[str, story_rules.StoryFeatures]):
    """Each article's story features, computed when first asked for: after a feed's batch
    grouping reads those of the new articles and of the few they reach only."""

    def __init__(self, arts: dict[str, _Article]) -> None:
        super().__init__()
        self.arts = arts

    def __missing__(self, aid: str) -> story_rules.StoryFeatures:
        a = self.arts[aid]
        found = self[aid] = story_rules.features({
            "id": a.id, "date": a.date, "people": a.people, "interactions": a.interactions,
            "keywords": json.loads(a.keywords) if a.keywords else {}})
        return found


def _stories(conn: Connection, arts: dict[str, _Article], feats: _Features,
             fixes: list[tuple[str, str | None]], written: frozenset[str] | None, *,
             full: bool) -> tuple[dict[str, str], dict[str, str], bool]:
    """Article id → story id, and each article's feature digest; grouping again only
    what changed since the last recompute (everything with ``full``), from the new
    articles alone when they are all that ``written`` (the articles writes touched, None:
    unknown) holds (then True: a feed's batch, nothing else written)."""
    ids = sorted(arts)
    previous = None if full else story_parts(conn)
    alone = [a for a, _w in fixes]
    found = None
    if previous is not None and written is not None:
        found = regroup_new(ids, feats.__getitem__, previous, written, alone=alone)
    if found is None:
        groups, parts = regroup([feats[a] for a in ids], previous, alone=alone)
    else:
        index = {a: i for i, a in enumerate(ids)}
        groups, parts = [[index[a] for a in g] for g in found[0]], found[1]
    keep_story_parts(conn, parts, previous)
    return (story_rules.stories_of(ids, groups, [(a, w) for a, w in fixes if w is not None]),
            parts.digests, found is not None)


def _people(conn: Connection, entries: list[PersonEntry], story_of: dict[str, str],
            identities: Sequence[Identity], new: frozenset[str] | None,
            rows: Mapping[Table, Sequence[tuple[Any, ...]]], *, full: bool
            ) -> tuple[Linking, frozenset[str] | None]:
    """Canonical people, clustering again only the parts of the name graph that changed;
    after a feed's batch (``new``: the only articles written, all new) those parts are
    found from the entries of the new articles and of those whose story changed, the
    people of the other parts are taken from their stored ``rows`` (with the stored
    ``article_stories``), and the articles whose entries were clustered again are known
    (else None)."""
    lex = default_lexicon()
    check = guard(identities, lex)
    found, stored = None, None
    if new is not None and not full and (stored := stored_people(conn, check)) is not None:
        before = dict(rows[schema.article_stories])
        dirty = set(new) | {a for a in before.keys() | story_of.keys()
                            if before.get(a) != story_of.get(a)}
        found = relink(entries, identities, lex, stored, dirty,
                       {before[a] for a in dirty if a in before}, people_from_rows(rows))
    if found is None:
        found = link_people_in_parts(entries, identities, lex=lex,
                                     previous=None if full else people_parts(conn))
    keep_people_parts(conn, found[1], check, found[0].cluster_person, stored)
    return found[0], found[1].reached


def _infer_story_dates(arts: dict[str, _Article], story_of: dict[str, str]) -> None:
    """An undated article in a story takes the story's earliest date, marked inferred."""
    first: dict[str, str] = {}
    for aid, sid in story_of.items():
        d = arts[aid].own
        if d and len(d) == 10 and (sid not in first or d < first[sid]):
            first[sid] = d
    for aid, sid in story_of.items():
        if arts[aid].date is None and sid in first:
            arts[aid].date, arts[aid].basis = first[sid], "story"


def _infer_event_dates(arts: dict[str, _Article], dates: dict[str, tuple[date, bool]]
                       ) -> None:
    """An undated article takes the date of the (latest) event it reports (``dates``:
    :func:`.events.inferred_article_dates`); one dated only by its story takes it too
    when some article's text gives that event's date."""
    for aid, (day, given) in dates.items():
        art = arts[aid]
        if art.date is None or (art.basis == "story" and given):
            art.date, art.basis = day.isoformat(), "event"


def _write_dates(conn: Connection, arts: dict[str, _Article]) -> None:
    """Store the inferred dates that changed (and forget those no longer inferred), and the
    listing date of the article's quotes without a said_on of their own."""
    a, q = schema.articles, schema.quotes
    for art in arts.values():
        now = (art.date, art.basis is not None, art.basis)
        if now != art.stored:
            conn.execute(update(a).where(a.c.id == art.id).values(
                date=now[0], date_inferred=now[1], date_basis=now[2]))
            if now[0] != art.stored[0]:
                conn.execute(update(q).where(q.c.article_id == art.id, q.c.said_on.is_(None))
                             .values(said_when=now[0]))


_day = functools.lru_cache(maxsize=1 << 14)(parse_article_date)
"""Dates recur (one a day, and each article's is parsed by several stages)."""

SPEAKER_ENTRY_OFFSET = 10_000
"""Index of the first entry made from a speaker string (after the article's own people)."""


def _entries(arts: dict[str, _Article], story_of: dict[str, str]) -> Iterator[PersonEntry]:
    """The articles' people entries, plus each quote speaker written as a full name that
    the article's people lack (the pipeline may attribute a quote to a name it did not
    list among the article's people)."""
    for art in arts.values():
        day, aid, story = _day(art.date), art.id, story_of.get(art.id)
        known = set()
        for p in art.people:
            name, names = p["name"], p["names"]
            known.add(fold(name))
            known.update(map(fold, names))
            yield PersonEntry(aid, p["idx"], name, names, p["roles"], p["gender"], day, story)
        if art.speakers:
            extra = sorted(s for s in art.speakers if fold(s) not in known)
            for n, speaker in enumerate(extra):
                yield PersonEntry(aid, SPEAKER_ENTRY_OFFSET + n, speaker, (), (), None, day,
                                  story, from_speaker=True)


def _mentions(arts: dict[str, _Article], story_of: dict[str, str],
              participants: Mapping[tuple[str, int], Iterable[str]]) -> list[Mention]:
    """Every interaction mention with its people (:func:`_participant_links`)."""
    out = []
    for art in arts.values():
        reported = _day(art.own)
        for i, ev in enumerate(art.interactions):
            out.append(Mention(art.id, i, ev["type"],
                               frozenset(participants.get((art.id, i), ())), ev["place"],
                               _day(ev["date"]), reported, story_of.get(art.id, "a:" + art.id)))
    return out


def _events(mentions: list[Mention], arts: dict[str, _Article], linking: Linking,
            before: EventState | None, *, unchanged: Collection[str]) -> Updated:
    """Events of every mention, clustering again only what the batch can have changed
    (everything when ``before``, the stored state, is None or does not serve)."""
    outlets: dict[str, str | None] = {}

    def outlet(aid: str) -> str | None:
        if aid not in outlets:
            found = arts[aid].outlet
            outlets[aid] = fold(found) if found else None
        return outlets[aid]

    return update_events(mentions, before,
                         lambda pid: linking.people[pid].name, outlet, unchanged)


def _event_rows(events: list[Event], arts: dict[str, _Article], linking: Linking
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of ``events``, ``event_mentions`` and ``event_people``."""
    rows, mentions, people = [], [], []
    for ev in events:
        names = Counter({linking.people[pid].name: n for pid, n in ev.participants})
        day = _iso(ev.date)
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


def _participant_links(arts: dict[str, _Article], linking: Linking,
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
        day = _day(art.date)
        for i, ev in enumerate(art.interactions):
            found: dict[str, None] = {}
            out[(art.id, i)] = found
            for name in ev["participants"]:
                for pid, _how in linking.resolve(art.id, name, day=day,
                                                 context=context.get(art.id, ())):
                    found[pid] = None
    return out


def _insert(conn: Connection, table: Table, rows: Iterable[dict[str, Any]], chunk: int) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            conn.execute(table.insert(), batch)
            batch = []
    if batch:
        conn.execute(table.insert(), batch)


def fill_speakers(conn: Connection, *, chunk: int = 2000) -> None:
    """List every distinct speaker string of the stored quotes in an empty ``speakers``,
    each with a person all its quotes are linked to in ``quote_people``, if any."""
    qp = schema.quote_people
    linked = [{"quote_key": key, "person_id": pid}
              for key, pid in conn.execute(select(qp.c.quote_key, qp.c.person_id))]
    _insert(conn, schema.speakers, _speaker_rows(conn, linked), chunk)


def _speaker_rows(conn: Connection, quote_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``speakers`` rows as :func:`fill_speakers` writes them, from the new links."""
    q = schema.quotes
    linked: dict[str, set[str]] = defaultdict(set)
    for row in quote_rows:
        linked[row["quote_key"]].add(row["person_id"])
    common: dict[str, set[str]] = {}
    for key, folded in fetch(conn, select(q.c.key, q.c.speaker_folded).where(
            q.c.speaker_folded.isnot(None))):
        people = linked.get(key, set())
        common[folded] = common[folded] & people if folded in common else people
    return [{"speaker_folded": folded, "person_id": min(people) if people else None}
            for folded, people in common.items()]


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused: a recompute allocates hundreds of thousands of
    small dicts, sets and tuples that live until it ends and form no cycles, and each
    collection walked all of them again (a fifth of an update's CPU at 5,050 articles).
    Collection resumes afterwards, as it was."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def recompute(conn: Connection, identities: Sequence[Identity] = (), *,
              chunk: int = 2000, full: bool = True) -> Summary:
    """Bring every derived table up to date inside ``conn``'s transaction: with ``full``,
    delete and rewrite them all; else write only the rows that differ (see
    :func:`.changes.write_changes`). Both leave the same tables."""
    with _without_cycle_collection():
        return _recompute(conn, identities, chunk=chunk, full=full)


def _recompute(conn: Connection, identities: Sequence[Identity], *, chunk: int,
               full: bool) -> Summary:
    written = touched.take(conn)
    # the stored rows an update compares with (written at its end; read once)
    stored: dict[Table, list[tuple[Any, ...]]] = {} if full or written is None else {
        t: fetch(conn, t) for t in (*PEOPLE_TABLES, schema.participant_people,
                                    schema.article_stories)}
    arts, said = _articles(conn)
    feats = _Features(arts)
    fixes = list(conn.execute(select(schema.story_corrections.c.article_id,
                                     schema.story_corrections.c.with_article)))
    story_of, digests, new_only = _stories(conn, arts, feats, fixes,
                                           None if full else written, full=full)
    _infer_story_dates(arts, story_of)
    linking, reached = _people(conn, list(_entries(arts, story_of)), story_of, identities,
                               written if new_only else None, stored, full=full)
    in_story: dict[str, set[str]] = defaultdict(set)
    for (aid, _idx), pid in linking.entry_person.items():
        in_story[story_of.get(aid, "a:" + aid)].add(pid)
    context = {aid: in_story[story_of.get(aid, "a:" + aid)] for aid in arts}
    ver = version(guard(identities, default_lexicon()))
    before_inputs = None if full else stored_inputs(conn, ver)
    reach = None if reached is None or before_inputs is None else Reach.of(
        reached, story_of, dict(stored[schema.article_stories]), stored[schema.people],
        linking)

    people_rows, alias_rows, role_rows = built_rows(linking)
    # the people taken as stored keep their rows: the quote side compares every alias and
    # role (who held a role before is a question about everyone), the writes the others'
    kept = taken_rows(linking.kept, stored, theirs=True) if linking.kept else None
    every = (alias_rows, role_rows) if kept is None else (
        alias_rows + as_dicts(schema.person_aliases, kept[schema.person_aliases]),
        role_rows + as_dicts(schema.person_roles, kept[schema.person_roles]))
    # each article's inputs, at its date before events date undated ones (set again below)
    inputs = article_inputs({a: art.date for a, art in arts.items()}, linking, context,
                            story_of, before=before_inputs,
                            same=None if reach is None else reach.same_people)
    index = None if full or written is None or before_inputs is None else IndexChanges(
        linking, (every[0], stored[schema.person_aliases]),
        (every[1], stored[schema.person_roles]), exact_roles=not any(i.roles for i in identities))
    same_links = set() if index is None else kept_participants(
        arts, written, inputs, before_inputs, index)  # type: ignore[arg-type]
    linked: dict[tuple[str, int], set[str]] = defaultdict(set)  # as stored
    for aid, idx, pid in stored.get(schema.participant_people, ()):
        linked[(aid, idx)].add(pid)
    participants = _participant_links(arts, linking, context, same_links, linked)
    mentions = _mentions(arts, story_of, participants)
    before_events = None if full else stored_events(conn)
    updated = _events(mentions, arts, linking, before_events, unchanged=unchanged_mentions(
        mentions, written, stored, story_of, {p.id: p.name for p in linking.people.values()},
        linked) if stored else ())
    events = updated.events
    _infer_event_dates(arts, updated.article_dates())
    _write_dates(conn, arts)
    for aid, art in arts.items():  # the dates events gave (the digest does not read it)
        if inputs[aid][1] != (art.date or ""):
            inputs[aid] = (inputs[aid][0], art.date or "", inputs[aid][2])

    local = None
    if not full and written is not None:
        local = update_quotes(conn, said, inputs=inputs, before=before_inputs, written=written,
                              linking=linking, exact_roles=not any(i.roles for i in identities),
                              context=context, story_of=story_of,
                              date_of=lambda a: arts[a].date,
                              aliases=(every[0], stored[schema.person_aliases]),
                              roles=(every[1], stored[schema.person_roles]), index=index)
    keep_inputs(conn, inputs, ver, before_inputs)
    if kept is not None:  # a kept person's counts may change: its ``people`` row is compared
        people_rows += as_dicts(schema.people, kept[schema.people])
        if local is None:  # the full quote path: every row written as before
            alias_rows, role_rows = every
        else:  # their aliases and roles stand as stored: the others' are compared
            others = taken_rows(linking.kept, stored, theirs=False)
            stored.update({t: others[t] for t in PEOPLE_TABLES[1:]})
    if local is None:
        quote_rows, links, variants = all_quote_links(
            conn, lambda a: arts[a].date, linking, context, story_of, people_rows, full=full)
    else:
        quote_rows, links, variants = [], [], local.variants
        counted_from(conn, local, people_rows, stored)
    before_labels = None if full else story_labels(conn)
    kept = None
    if reach is not None and before_inputs is not None:
        stored[schema.stories] = fetch(conn, schema.stories)
        kept = Kept(reach, {r[0]: r for r in stored[schema.stories]},
                    {a: v[1] for a, v in before_inputs.items()}, in_story)
    story_table, labels = story_rows(arts, story_of, linking, feats.__getitem__, digests,
                                     before_labels or {}, kept)
    keep_story_labels(conn, labels, before_labels)
    event_rows, mention_rows, event_people = _event_rows(events, arts, linking)
    rows: dict[Table, list[dict[str, Any]]] = {
        schema.people: people_rows,
        schema.person_aliases: alias_rows,
        schema.person_roles: role_rows,
        schema.quote_people: quote_rows,
        schema.speakers: _speaker_rows(conn, quote_rows) if local is None else [],
        schema.participant_people: [  # the kept articles' stand as stored
            {"article_id": aid, "interaction_idx": i, "person_id": pid}
            for (aid, i), pids in participants.items() if aid not in same_links
            for pid in pids],
        schema.stories: story_table,
        schema.article_stories: [{"article_id": aid, "story_id": sid}
                                 for aid, sid in story_of.items()],
        schema.events: event_rows,
        schema.event_mentions: mention_rows,
        schema.event_people: event_people,
    }
    by_key = not full and updated.replaced is not None
    event_tables = {t: rows.pop(t) for t in (schema.events, schema.event_mentions,
                                            schema.event_people)} if by_key else {}
    keep_events(conn, updated, before_events)
    if full:
        rows[schema.quote_variants] = [
            {"quote_key": x, "variant_key": y, "score": lk.score, "shared_words": lk.shared,
             "how": lk.how} for lk in links for x, y in ((lk.a, lk.b), (lk.b, lk.a))]
        for table in schema.DERIVED_TABLES:
            conn.execute(delete(table))
        for table in reversed(schema.DERIVED_TABLES):
            _insert(conn, table, rows[table], chunk)
    else:  # quote_variants: no foreign key, written by key (its rows are most of all)
        if local is None:
            variants.write(conn, chunk=chunk)
        else:
            rows.update(local.rows)
            stored.update(local.stored)
        if same_links:  # their rows are not compared
            stored[schema.participant_people] = [r for r in stored[schema.participant_people]
                                                 if r[0] not in same_links]
        write_changes(conn, rows, chunk=chunk, stored={
            t: stored[t] if t in stored else fetch(conn, t) for t in rows})
        if by_key:  # after the people they point at
            write_events(conn, event_tables, updated, chunk=chunk)
    if local is not None:
        summary = summarize(conn)
        linked, n_links = summary.linked_quotes, summary.variant_links
    else:
        linked, n_links = len({r["quote_key"] for r in quote_rows}), len(links)
    return Summary(len(linking.people), len(story_table), linked,
                   len(events) + len(updated.kept), n_links)


def summarize(conn: Connection) -> Summary:
    """What the derived tables hold now, as the recompute that wrote them summed it up."""
    qp = schema.quote_people

    def count(table: Table) -> int:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()

    # the distinct keys counted from a subquery: SQLite walks its index of quote_people in
    # key order for it, where ``count(DISTINCT ...)`` sorted every key in a temporary tree
    # (7 ms of an update's 0.7 s at 5,000 articles; 1 ms this way)
    linked = conn.execute(select(func.count()).select_from(
        select(qp.c.quote_key).distinct().subquery())).scalar_one()
    return Summary(count(schema.people), count(schema.stories), linked,
                   count(schema.events), count(schema.quote_variants) // 2)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
