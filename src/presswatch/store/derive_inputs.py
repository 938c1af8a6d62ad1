"""What a recompute reads and infers before it links anything: every stored article's
compact features (dates, outlet, people entries, interactions, quote speakers; never its
text), the people entries and interaction mentions made of them, and the dates it infers for
undated articles (from their story, then from the events they report) and writes back.

Kept apart from :mod:`.derive`, which runs the recompute (stories, people, quotes, events,
and the writes by key); these steps only read rows or set dates.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select, update

from presswatch.linking import PersonEntry
from presswatch.linking import stories as story_rules
from presswatch.linking.events import Mention
from presswatch.nlp.dates import parse_article_date
from presswatch.store import schema
from presswatch.store.changes import fetch
from presswatch.store.corrections import Overlay
from presswatch.textutil import fold

__all__ = [
    "DERIVED_DATE_BASES",
    "SPEAKER_ENTRY_OFFSET",
    "StoredArticle",
    "StoryFeatureCache",
    "article_features",
    "day_of",
    "infer_event_dates",
    "infer_story_dates",
    "interaction_mentions",
    "person_entries",
    "write_dates",
]

DERIVED_DATE_BASES = ("story", "event")
"""Inferred dates a recompute makes, and forgets at its start (``interactions``: inferred
at ingest from the article's own text, is kept)."""


@dataclass(slots=True)
class StoredArticle:
    """One article as a recompute reads it back: its compact features, never its text."""

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


def article_features(conn: Connection
                  ) -> tuple[dict[str, StoredArticle], list[tuple[Any, ...]]]:
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
        out[aid] = StoredArticle(aid, own, outlet, [], [], set(),
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


class StoryFeatureCache(dict[str, story_rules.StoryFeatures]):
    """Each article's story features, computed when first asked for: after a feed's batch
    grouping reads those of the new articles and of the few they reach only."""

    def __init__(self, arts: dict[str, StoredArticle]) -> None:
        super().__init__()
        self.arts = arts

    def __missing__(self, aid: str) -> story_rules.StoryFeatures:
        a = self.arts[aid]
        found = self[aid] = story_rules.features({
            "id": a.id, "date": a.date, "people": a.people, "interactions": a.interactions,
            "keywords": json.loads(a.keywords) if a.keywords else {}})
        return found


def infer_story_dates(arts: dict[str, StoredArticle], story_of: dict[str, str]) -> None:
    """An undated article in a story takes the story's earliest date, marked inferred."""
    first: dict[str, str] = {}
    for aid, sid in story_of.items():
        d = arts[aid].own
        if d and len(d) == 10 and (sid not in first or d < first[sid]):
            first[sid] = d
    for aid, sid in story_of.items():
        if arts[aid].date is None and sid in first:
            arts[aid].date, arts[aid].basis = first[sid], "story"


def infer_event_dates(arts: dict[str, StoredArticle], dates: dict[str, tuple[date, bool]]
                      ) -> None:
    """An undated article takes the date of the (latest) event it reports (``dates``:
    :func:`.events.inferred_article_dates`); one dated only by its story takes it too
    when some article's text gives that event's date."""
    for aid, (day, given) in dates.items():
        art = arts[aid]
        if art.date is None or (art.basis == "story" and given):
            art.date, art.basis = day.isoformat(), "event"


def write_dates(conn: Connection, arts: dict[str, StoredArticle]) -> None:
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


day_of = functools.lru_cache(maxsize=1 << 14)(parse_article_date)
"""Dates recur (one a day, and each article's is parsed by several stages)."""
SPEAKER_ENTRY_OFFSET = 10_000
"""Index of the first entry made from a speaker string (after the article's own people)."""


def person_entries(arts: dict[str, StoredArticle], story_of: dict[str, str]
                   ) -> Iterator[PersonEntry]:
    """The articles' people entries, plus each quote speaker written as a full name that
    the article's people lack (the pipeline may attribute a quote to a name it did not
    list among the article's people)."""
    for art in arts.values():
        day, aid, story = day_of(art.date), art.id, story_of.get(art.id)
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


def interaction_mentions(arts: dict[str, StoredArticle], story_of: dict[str, str],
                         participants: Mapping[tuple[str, int], Iterable[str]]
                         ) -> list[Mention]:
    """Every interaction mention with its people
    (:func:`.derive_events.participant_links`)."""
    out = []
    for art in arts.values():
        reported = day_of(art.own)
        for i, ev in enumerate(art.interactions):
            out.append(Mention(art.id, i, ev["type"],
                               frozenset(participants.get((art.id, i), ())), ev["place"],
                               day_of(ev["date"]), reported, story_of.get(art.id, "a:" + art.id)))
    return out
