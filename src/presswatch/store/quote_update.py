"""Quote links after a batch: only the quotes whose resolution can have changed are
resolved again, and only the people whose quotes changed get their variants, statements
and counts worked out again.

A quote's links (:meth:`.linking.Linking.resolve`) are a function of its speaker string
and day, of its article's names (the person of each of the article's entries), of the
people of its article's story, and of two indexes over every person: who carries a folded
alias, and who held which role when. So a quote needs resolving again only when

- its article is *dirty*: written since the last run (new, re-annotated, corrected), or its
  story, date, names or story people differ from the last run's (each article's are kept
  as a row of ``quote_inputs``, :mod:`.state_rows`);
- (these two: :mod:`.index_changes`) a folded alias it is looked up by (the whole string
  or a joint part, titles stripped) names other people than in the stored
  ``person_aliases``;
- a role signature it reads as matches a role whose holder or dates differ from the stored
  ``person_roles``, and the holders at its day differ from those the stored rows give
  (without that second check when an identity declares roles: the rows lack their ends).

The stored alias and role rows are what the last run derived (same transaction as the
state), and a person moved between clusters changes the alias counts of both, so comparing
them with the new rows finds every change of the indexes. Everything else (the rules'
sources, the user's identities, the lexicon's data files) is one version string: when it
differs every quote is resolved again.

The ``speakers`` rows of the strings of quotes resolved again are worked out again; after
an article was written twice since the last run (annotated again, corrected), every
string is, since the strings of the quotes it lost are not known.

Variants, statements and counts follow from the quotes' rows. A person whose rows or whose
quotes' story or day changed is *changed*; only those get their variant digest
(:mod:`.memo`) compared, and only those whose digest differs are linked again. A stored
link is kept when an unchanged person owns both its quotes (a link depends on its two
quotes alone); the stored links read back are those of the changed people's quotes. A
statement is a connected set of linked quote keys; the components holding a changed
person's quote or an end of a changed link are walked again over ``quote_variants`` (after
it is written), and every person with a quote in them is counted again.
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sqlalchemy import Connection, Table, exists, select

from presswatch.linking import Linking
from presswatch.linking.statements import (
    Link,
    Said,
    StatementRoots,
    link_variants,
    statement_ids,
)
from presswatch.nlp.dates import parse_article_date
from presswatch.store import schema
from presswatch.store.changes import fetch
from presswatch.store.corrections import Overlay, is_deleted
from presswatch.store.index_changes import IndexChanges, Rows
from presswatch.store.memo import (
    VARIANTS,
    Variants,
    keep_variant_digests,
    person_digests,
    stored_state,
    variant_links,
)
from presswatch.store.state_rows import State, read_state, write_state

__all__ = ["Local", "all_quote_links", "article_inputs", "counted_from", "keep_inputs",
           "quote_links", "quote_query", "stored_inputs", "update", "version"]

_day = functools.lru_cache(maxsize=1 << 14)(parse_article_date)
_CHUNK = 500


def _sources_version() -> str:
    """A digest of what resolution and variants read besides the stored rows: the rules'
    sources and the lexicon's word lists (an edit there resolves every quote again)."""
    digest = hashlib.sha1()
    for name in ("people.py", "people_linking.py", "roles.py", "names.py", "statements.py",
                 "people_parts.py"):
        digest.update(resources.files("presswatch.linking").joinpath(name).read_bytes())
    for name in ("quote_update.py", "index_changes.py", "derive.py", "derive_inputs.py",
                 "derive_events.py"):  # derive: participants
        digest.update(resources.files("presswatch.store").joinpath(name).read_bytes())
    data = resources.files("presswatch.data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".tsv", ".txt")):
            digest.update(entry.name.encode() + entry.read_bytes())
    return digest.hexdigest()[:12]


_SOURCES = _sources_version()


def version(people_guard: str) -> str:
    """The version quote state is valid for: the rules and data, and the people side's
    guard (identities, first names)."""
    return f"{_SOURCES}:{people_guard}"


def quote_query(*, where: Any = None) -> Any:
    """Quotes as resolution reads them (key, article, start, speaker, said_on, said_when,
    text, corrected speaker, deleted correction), optionally narrowed."""
    q, fix = schema.quotes, Overlay(("speaker", "deleted"))
    query = select(q.c.key, q.c.article_id, q.c.start, q.c.speaker, q.c.said_on,
                   q.c.said_when, q.c.text, fix.correction("speaker").label("fixed"),
                   fix.correction("deleted").label("deleted")).select_from(fix.join_from(q))
    return query if where is None else query.where(where)


def quote_links(rows: Iterable[tuple[Any, ...]], date_of: Callable[[str], str | None],
                linking: Linking, context: Mapping[str, set[str]],
                story_of: Mapping[str, str]
                ) -> Iterator[tuple[dict[str, Any], Said | None]]:
    """quote_people rows of the quotes ``rows`` (:func:`quote_query`'s columns), each with
    what variant linking needs of the quote when it counts (None when a user deleted
    it); ``date_of``: an article's date (its own or inferred)."""
    for key, aid, start, said_by, said_on, said_when, text, fixed, deleted in rows:
        speaker = fixed if fixed is not None else said_by
        day = _day(said_on) or _day(date_of(aid))
        counts = not is_deleted(deleted)
        where = story_of.get(aid, "a:" + aid)
        for pid, how in linking.resolve(aid, speaker, day=day, context=context.get(aid, ())):
            yield ({"quote_key": key, "person_id": pid,
                    "how": "correction" if fixed is not None else how,
                    "said_when": said_when, "article_id": aid, "start": start},
                   Said(key, pid, where, text, day) if counts else None)


def article_inputs(dates: Mapping[str, str | None], linking: Linking,
                   context: Mapping[str, set[str]], story_of: Mapping[str, str], *,
                   before: State | None = None,
                   same: Callable[[str, str | None], bool] | None = None
                   ) -> dict[str, tuple[str, str, str]]:
    """Per article (story, date, digest of its names and its story's people): what its
    quotes' resolution reads of it (the story people digested once per story). With
    ``before`` (the last run's) and ``same`` (the article's and its story's entries stand
    for the people they stood for then: :meth:`.story_rows.Reach.same_people`), an
    article in the same story keeps its digest."""
    of_story: dict[str, str] = {}
    out = {}
    for aid, day in dates.items():
        sid = story_of.get(aid)
        if (same is not None and before is not None and (old := before.get(aid)) is not None
                and old[0] == (sid or "") and same(aid, sid)):
            out[aid] = (old[0], day or "", old[2])
            continue
        where = sid or "a:" + aid
        if (people := of_story.get(where)) is None:
            people = of_story[where] = "\x1f".join(sorted(context.get(aid, ())))
        local = "\x1f".join(f"{k}\x1e{v}" for k, v in sorted(linking.names_of(aid).items()))
        out[aid] = (sid or "", day or "", hashlib.sha1(
            f"{local}\x1d{people}".encode()).hexdigest()[:16])
    return out


def stored_inputs(conn: Connection, ver: str) -> State | None:
    """The articles' inputs the last run left (rows of ``quote_inputs``), or None when
    they were made under another version or are not trusted (resolve every quote)."""
    return read_state(conn, schema.quote_inputs, ver)


def keep_inputs(conn: Connection, inputs: dict[str, tuple[str, str, str]], ver: str,
                before: State | None) -> None:
    """Leave the articles' inputs for the next run (in the caller's transaction): only
    the rows that differ from ``before`` (as :func:`stored_inputs` read them; None: all)."""
    write_state(conn, schema.quote_inputs, ver, inputs, before)


def all_quote_links(conn: Connection, date_of: Callable[[str], str | None],
                    linking: Linking, context: Mapping[str, set[str]],
                    story_of: Mapping[str, str], people_rows: list[dict[str, Any]], *,
                    full: bool) -> tuple[list[dict[str, Any]], list[Link], Variants]:
    """Every quote resolved, every person's variants and statements (variant links
    compared again only for people whose quotes changed unless ``full``), the people's
    counts filled in: the quote_people rows, the links and the variants to write."""
    quote_rows, said = [], []
    for row, one in quote_links(fetch(conn, quote_query()), date_of, linking, context,
                                story_of):
        quote_rows.append(row)
        if one is not None:
            said.append(one)
    variants = variant_links(conn, said, reuse=not full)
    statement_of = statement_ids(said, variants.links)
    counted: Counter[str] = Counter()
    statements: dict[str, set[str]] = defaultdict(set)
    for s in said:
        counted[s.person] += 1
        statements[s.person].add(statement_of[(s.key, s.person)])
    for row in quote_rows:
        row["statement"] = statement_of.get((row["quote_key"], row["person_id"]))
    for row in people_rows:
        row["quotes"], row["statements"] = counted[row["id"]], len(statements[row["id"]])
    return quote_rows, variants.links, variants


def counted_from(conn: Connection, local: Local, people_rows: list[dict[str, Any]],
                  stored: dict[Table, list[tuple[Any, ...]]]) -> None:
    """People's counts after a local update: recounted ones from it, the others as
    stored (their quotes and statements did not change); keeps the stored rows read."""
    p = schema.people
    if p not in stored:
        stored[p] = fetch(conn, p)
    at = [c.name for c in p.columns]
    i, q, st = at.index("id"), at.index("quotes"), at.index("statements")
    before = {r[i]: (r[q], r[st]) for r in stored[p]}
    for row in people_rows:
        row["quotes"], row["statements"] = local.counts.get(
            row["id"], before.get(row["id"], (0, 0)))


@dataclass(slots=True)
class Local:
    """What :func:`update` derived: the rows of the keys it touched (and the stored rows
    they replace) for quote_people and speakers, each recounted person's (quotes,
    statements), and the variant links written."""

    rows: dict[Table, list[dict[str, Any]]]
    stored: dict[Table, list[tuple[Any, ...]]]
    counts: dict[str, tuple[int, int]]
    variants: Variants


def _in(conn: Connection, query: Callable[[list[Any]], Any], keys: Iterable[Any]
        ) -> list[tuple[Any, ...]]:
    """``query(chunk)`` run over ``keys`` in chunks, rows together."""
    keys = sorted(set(keys))
    out: list[tuple[Any, ...]] = []
    for i in range(0, len(keys), _CHUNK):
        out += fetch(conn, query(keys[i:i + _CHUNK]))
    return out


def update(conn: Connection, quotes: Iterable[tuple[Any, ...]], *,
           inputs: dict[str, tuple[str, str, str]], before: State | None,
           written: frozenset[str], linking: Linking, exact_roles: bool,
           context: Mapping[str, set[str]],
           story_of: Mapping[str, str], date_of: Callable[[str], str | None],
           aliases: Rows, roles: Rows, index: IndexChanges | None = None
           ) -> Local | None:
    """The quote side after a batch, from the quotes it can have changed (see the module
    docstring). ``quotes``: every quote's key, article, speaker as corrected, folded
    speaker as written and said_on; ``before``: the articles' inputs of the last run
    (:func:`stored_inputs`, None: unknown); ``exact_roles``: no identity declares a role, so the
    stored role rows say who held which role when, and a quote whose role signatures
    meet a changed role is resolved again only when the holders at its day differ. None,
    having written nothing, when the last run's state does not serve (another version,
    unreadable, an article gone): then resolve every quote. ``index``: the changes of the
    alias and role indexes (:class:`.IndexChanges` of ``aliases`` and ``roles``) when the
    caller made them already."""
    if (old := before) is None:
        return None
    variant_digests = stored_state(conn, VARIANTS)
    if not old.keys() <= inputs.keys() or (old and not variant_digests):
        return None
    dirty = set(written) | {a for a, v in inputs.items() if old.get(a) != v}
    moved = set(written) | {a for a, v in inputs.items()
                            if old.get(a, (None, None))[:2] != v[:2]}
    rewritten = {a for a in written if a in old}
    # written more than once: perhaps annotated again, losing quotes (None: unknown)
    again = rewritten | getattr(written, "repeated", written)
    if index is None:
        index = IndexChanges(linking, aliases, roles, exact_roles=exact_roles)
    folded_of, every = _to_resolve(quotes, dirty, index, date_of)
    found = _links(conn, folded_of, rewritten, moved, lambda data: quote_links(
        data, date_of, linking, context, story_of))
    new_rows, said, old_rows = found.new_rows, found.said, found.old_rows
    changed, replaced = found.changed, found.replaced
    old_keys = _their_quotes(conn, changed, replaced, said, story_of, date_of)
    mine = [s for s in said.values() if s.person in changed]
    digests = person_digests(mine)
    relinked = {p for p in changed if digests.get(p) != variant_digests.get(p)}
    variants = _variants(conn, [s for s in mine if s.person in relinked], relinked,
                         old_keys, new_rows, replaced, said)
    variants.write(conn)
    for p in changed:
        if p in digests:
            variant_digests[p] = digests[p]
        else:
            variant_digests.pop(p, None)
    keep_variant_digests(conn, variant_digests)

    # a link new, changed or gone is one of a relinked person's (a kept owner keeps it),
    # so its ends are among these
    seeds = {k for p in relinked for k in old_keys[p]} | {
        s.key for s in mine if s.person in relinked}
    statement = _statements(conn, seeds)
    rows, stored_rows = _quote_rows(conn, new_rows, said, statement, old_rows, replaced)
    counts = _recount(conn, changed | {r["person_id"] for r in rows}, rows, stored_rows)
    # an article annotated again lost quotes whose speaker strings are not known any
    # more (their rows were unlinked as they were written): every string is looked at
    # again (rare: a re-annotation or a correction, not a feed's batch)
    speaker_rows, speaker_stored = _speakers(
        conn, {f for f in (every if again else folded_of.values()) if f}, rows,
        stored_rows, bool(again))
    qp = schema.quote_people
    return Local({qp: rows, schema.speakers: speaker_rows},
                 {qp: stored_rows, schema.speakers: speaker_stored}, counts, variants)


def _to_resolve(quotes: Iterable[tuple[Any, ...]], dirty: set[str], index: IndexChanges,
                date_of: Callable[[str], str | None]
                ) -> tuple[dict[str, str | None], list[str | None]]:
    """Key → folded speaker of each quote to resolve again (its article's inputs changed,
    or its speaker string meets a changed alias, or a role whose holder at its day
    moved), and every quote's folded speaker."""
    lookups, moved_role = index.lookups, index.moved_role

    def touches(speaker: str | None, said_on: str | None, aid: str) -> bool:
        alias, sigs = lookups(speaker)
        if alias or not sigs:
            return alias
        day = _day(said_on) or _day(date_of(aid))
        return any(moved_role(sig, day) for sig in sigs)

    folded_of: dict[str, str | None] = {}
    every: list[str | None] = []
    for key, aid, speaker, folded, said_on in quotes:
        every.append(folded)
        if aid in dirty or touches(speaker, said_on, aid):
            folded_of[key] = folded
    return folded_of, every


@dataclass(slots=True)
class _Links:
    """The resolved quotes' links now (`new_rows`, and what each says) and as stored
    (theirs and those of the articles written again), the people whose links changed or
    whose quotes moved in time, and the quote keys whose stored links are replaced."""

    new_rows: dict[tuple[str, str], dict[str, Any]]
    said: dict[tuple[str, str], Said]
    old_rows: dict[tuple[str, str], tuple[Any, ...]]
    changed: set[str]
    replaced: set[str]


def _links(conn: Connection, folded_of: dict[str, str | None], rewritten: set[str],
           moved: set[str], resolve: Callable[[list[tuple[Any, ...]]], Iterable[Any]]
           ) -> _Links:
    """The links of the quotes to resolve again (``resolve``: :func:`quote_links` with
    the run's dates, people and stories), against the stored ones."""
    q, qp = schema.quotes, schema.quote_people
    data = _in(conn, lambda ks: quote_query(where=q.c.key.in_(ks)), folded_of)
    new_rows: dict[tuple[str, str], dict[str, Any]] = {}
    said: dict[tuple[str, str], Said] = {}
    for row, one in resolve(data):
        new_rows[(row["quote_key"], row["person_id"])] = row
        if one is not None:
            said[(one.key, one.person)] = one
    old_rows = {(r[0], r[1]): r for r in _in(conn, lambda ks: select(qp).where(
        qp.c.quote_key.in_(ks)), folded_of)}
    old_rows.update({(r[0], r[1]): r for r in _in(conn, lambda ks: select(qp).where(
        qp.c.article_id.in_(ks)), rewritten)})
    changed = {p for _k, p in new_rows.keys() ^ old_rows.keys()}
    changed |= {p for (_k, p), r in old_rows.items() if r[5] in moved}
    replaced = {k for k, _p in old_rows} | set(folded_of)
    return _Links(new_rows, said, old_rows, changed, replaced)


def _their_quotes(conn: Connection, changed: set[str], replaced: set[str],
                  said: dict[tuple[str, str], Said], story_of: Mapping[str, str],
                  date_of: Callable[[str], str | None]) -> dict[str, set[str]]:
    """Every quote of the changed people, as it stands now: their stored keys (returned,
    by person), and what the unchanged ones that count as statements say (into
    ``said``)."""
    q, qp = schema.quotes, schema.quote_people
    theirs = _in(conn, lambda ps: select(qp.c.quote_key, qp.c.person_id, qp.c.statement)
                 .where(qp.c.person_id.in_(ps)), changed)
    old_keys: dict[str, set[str]] = defaultdict(set)
    kept: dict[str, list[str]] = defaultdict(list)  # unchanged quotes that count
    for key, pid, st in theirs:
        old_keys[pid].add(key)
        if key not in replaced and st is not None:
            kept[key].append(pid)
    for key, aid, said_on, text in _in(conn, lambda ks: select(
            q.c.key, q.c.article_id, q.c.said_on, q.c.text).where(q.c.key.in_(ks)), kept):
        for pid in kept[key]:
            said[(key, pid)] = Said(key, pid, story_of.get(aid, "a:" + aid), text,
                                    _day(said_on) or _day(date_of(aid)))
    return old_keys


def _variants(conn: Connection, said: list[Said], relinked: set[str],
              old_keys: Mapping[str, set[str]], new_rows: Mapping[tuple[str, str], Any],
              replaced: set[str], now: Mapping[tuple[str, str], Said]) -> Variants:
    """The links of the ``relinked`` people's quotes compared with the stored links of
    their quotes (before and now): which are new, changed or gone."""
    qv, qp = schema.quote_variants, schema.quote_people
    keys = {k for p in relinked for k in old_keys[p]} | {s.key for s in said}
    stored = {}
    for a, b, score, shared, how in _in(conn, lambda ks: select(
            qv.c.quote_key, qv.c.variant_key, qv.c.score, qv.c.shared_words, qv.c.how)
            .where(qv.c.quote_key.in_(ks)), keys):
        x, y = sorted((a, b))
        stored[(x, y)] = (score, shared, how)
    ends = {k for pair in stored for k in pair}
    owners: dict[str, set[str]] = defaultdict(set)
    for key, pid in _in(conn, lambda ks: select(qp.c.quote_key, qp.c.person_id).where(
            qp.c.quote_key.in_(ks)), ends - replaced):
        owners[key].add(pid)  # unchanged quotes: every row of one counts
    for key, pid in now:
        if key in ends:
            owners[key].add(pid)
    out = Variants([])
    found = {}
    for (a, b) in stored:
        if any(p not in relinked for p in owners[a] & owners[b]):
            found[(a, b)] = None  # kept as stored
    for link in link_variants(said):
        key = (link.a, link.b)
        if key not in stored:
            out.added.append(link)
        elif stored[key] != (link.score, link.shared, link.how):
            out.changed.append(link)
        found[key] = None
    out.gone = sorted(stored.keys() - found.keys())
    return out


def _statements(conn: Connection, seeds: set[str]) -> dict[str, str]:
    """Statement id of every quote key in the components of ``seeds`` over the stored
    (already written) variant links: the component's smallest key, digested."""
    qv = schema.quote_variants
    roots = StatementRoots()
    frontier, seen = set(seeds), set(seeds)
    while frontier:
        nxt = set()
        for a, b in _in(conn, lambda ks: select(qv.c.quote_key, qv.c.variant_key).where(
                qv.c.quote_key.in_(ks)), frontier):
            roots.join(a, b)
            if b not in seen:
                seen.add(b)
                nxt.add(b)
        frontier = nxt
    return {k: roots.statement_id(k) for k in seen}


def _quote_rows(conn: Connection, new_rows: dict[tuple[str, str], dict[str, Any]],
                said: Mapping[tuple[str, str], Said], statement: Mapping[str, str],
                old_rows: dict[tuple[str, str], tuple[Any, ...]], replaced: set[str]
                ) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    """The quote_people rows of the quotes resolved again and of the statements walked
    again, and the stored rows they replace."""
    qp = schema.quote_people
    names = [c.name for c in qp.columns]
    stored = list(old_rows.values())
    rows = []
    for (key, pid), row in new_rows.items():
        if (key, pid) not in said:
            st = None
        elif key in statement:
            st = statement[key]
        else:
            st = old_rows[(key, pid)][3]
        rows.append({**row, "statement": st})
    for r in _in(conn, lambda ks: select(qp).where(qp.c.quote_key.in_(ks)),
                 statement.keys() - replaced):
        stored.append(r)
        row = dict(zip(names, r, strict=True))
        if row["statement"] is not None:
            row["statement"] = statement[row["quote_key"]]
        rows.append(row)
    return rows, stored


def _recount(conn: Connection, people: set[str], rows: list[dict[str, Any]],
             stored: list[tuple[Any, ...]]) -> dict[str, tuple[int, int]]:
    """(quotes, statements) of ``people`` from their rows as they will stand: a row's
    statement is None exactly when its quote was deleted."""
    qp = schema.quote_people
    now: dict[tuple[str, str], str | None] = {
        (k, p): st for k, p, st in _in(conn, lambda ps: select(
            qp.c.quote_key, qp.c.person_id, qp.c.statement).where(qp.c.person_id.in_(ps)),
            people)}
    for r in stored:
        now.pop((r[0], r[1]), None)
    for r in rows:
        now[(r["quote_key"], r["person_id"])] = r["statement"]
    quotes: dict[str, int] = dict.fromkeys(people, 0)
    statements: dict[str, set[str]] = defaultdict(set)
    for (_k, p), st in now.items():
        if st is not None and p in quotes:
            quotes[p] += 1
            statements[p].add(st)
    return {p: (n, len(statements[p])) for p, n in quotes.items()}


def _speakers(conn: Connection, folded: set[str], rows: list[dict[str, Any]],
              stored: list[tuple[Any, ...]], pruned: bool
              ) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    """``speakers`` rows of the folded speaker strings whose quotes were resolved again
    (and, after a re-annotation, of strings no quote has any more), and the stored rows."""
    q, qp, sp = schema.quotes, schema.quote_people, schema.speakers
    if pruned:
        folded |= set(conn.execute(select(sp.c.speaker_folded).where(~exists().where(
            q.c.speaker_folded == sp.c.speaker_folded))).scalars())
    of_key = dict(_in(conn, lambda fs: select(q.c.key, q.c.speaker_folded).where(
        q.c.speaker_folded.in_(fs)), folded))
    linked: dict[str, set[str]] = defaultdict(set)
    for key, pid in _in(conn, lambda ks: select(qp.c.quote_key, qp.c.person_id).where(
            qp.c.quote_key.in_(ks)), of_key):
        linked[key].add(pid)
    for r in stored:
        linked[r[0]].discard(r[1])
    for r in rows:
        if r["quote_key"] in of_key:
            linked[r["quote_key"]].add(r["person_id"])
    common: dict[str, set[str]] = {}
    for key, f in of_key.items():
        people = linked.get(key, set())
        common[f] = common[f] & people if f in common else people
    new = [{"speaker_folded": f, "person_id": min(ps) if ps else None}
           for f, ps in common.items()]
    return new, _in(conn, lambda fs: select(sp).where(sp.c.speaker_folded.in_(fs)), folded)
