"""The rows of ``people``, ``person_aliases`` and ``person_roles``, and people read back
from them.

After a feed's batch the people side builds again only the people of the parts of the
name graph the batch reaches (:meth:`.linking.people_linking.Linking.build`); every other person
is the one the last run stored, read back from its rows (:func:`people_from_rows`) rather than
counted again from all of its entries. Those people's rows stand as stored: only the rows
of the people built are compared and written (by key), unless the quote side recounts
every person (then every row is, as before).

A person read back knows what resolving speakers and naming events need of it (display
name, aliases with their counts, each role's signature, most frequent wording, dates and
count), not its articles (the stored row keeps their number) nor every wording of a role.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Table

from presswatch.linking import Linking
from presswatch.linking.people import Person
from presswatch.linking.people_update import People
from presswatch.linking.roles import RoleSpan
from presswatch.store import schema
from presswatch.textutil import fold

__all__ = ["PEOPLE_TABLES", "as_dicts", "built_rows", "people_from_rows", "renamed_people",
           "role_span", "taken_rows"]

PEOPLE_TABLES = (schema.people, schema.person_aliases, schema.person_roles)

Rows = tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]


def role_span(key: str, first: str | None, last: str | None, count: int,
              role: str | None = None) -> RoleSpan:
    """A role as a ``person_roles`` row keeps it (``role_key``, dates, count, and its most
    frequent wording when given)."""
    sig = frozenset(key.split())
    return RoleSpan(sig, Counter({role: count}) if role is not None else Counter(),
                    first_seen=date.fromisoformat(first) if first else None,
                    last_seen=date.fromisoformat(last) if last else None, count=count)


def people_from_rows(rows: Mapping[Table, Sequence[tuple[Any, ...]]]) -> People:
    """The people of the stored rows (``rows``: each of :data:`PEOPLE_TABLES`, as read
    in column order), made when asked for, by id."""
    index: dict[Table, dict[str, list[tuple[Any, ...]]]] = {}

    def of(table: Table) -> dict[str, list[tuple[Any, ...]]]:
        if table not in index:
            found = index[table] = defaultdict(list)
            for row in rows[table]:
                found[row[0]].append(row)
        return index[table]

    def read(pids: Collection[str]) -> dict[str, Person]:
        people, aliases, roles = (of(t) for t in PEOPLE_TABLES)
        out = {}
        for pid in pids:
            if (found := people.get(pid)) is None:
                continue
            _id, name, _articles, _quotes, pinned, _statements = found[0]
            person = out[pid] = Person(pid, name, pinned=bool(pinned))
            person.aliases.update({alias: n for _p, alias, _f, n in aliases.get(pid, ())})
            for _p, role, key, first, last, n in roles.get(pid, ()):
                span = role_span(key, first, last, n, role)
                person.roles[span.signature] = span
        return out

    return read


def renamed_people(stored: Mapping[Table, Sequence[tuple[Any, ...]]], linking: Linking
                   ) -> frozenset[str]:
    """The people whose display name or label name (:attr:`.Person.label_name`, which
    reads the aliases) differs from what their stored rows give, new and gone people
    included: rows that show a person's name (stories, events) must be made again. A
    person taken as stored (:attr:`.Linking.kept`) is its rows: only those built are read
    back and compared."""
    ids = {row[0] for row in stored[schema.people]}
    built = {pid for pid in linking.people if pid not in linking.kept}
    before = people_from_rows(stored)(built & ids)
    return frozenset((ids - linking.people.keys()) | {
        pid for pid in built
        if (old := before.get(pid)) is None or (old.name, old.label_name) != (
            linking.people[pid].name, linking.people[pid].label_name)})


def built_rows(linking: Linking) -> Rows:
    """Rows of every person ``linking`` built (quotes and statements counted later): not
    of those it took as stored (:attr:`.Linking.kept`)."""
    people = [p for p in linking.people.values() if p.id not in linking.kept]
    return ([{"id": p.id, "name": p.name, "articles": len(p.articles), "quotes": 0,
              "pinned": p.pinned, "statements": 0} for p in people],
            [{"person_id": p.id, "alias": alias, "alias_folded": fold(alias), "count": n}
             for p in people for alias, n in p.aliases.items()],
            [{"person_id": p.id, "role": span.role, "role_key": " ".join(sorted(sig)),
              "first_seen": _iso(span.first_seen), "last_seen": _iso(span.last_seen),
              "count": span.count}
             for p in people for sig, span in p.roles.items()])


def taken_rows(kept: Collection[str], stored: Mapping[Table, Iterable[tuple[Any, ...]]],
               *, theirs: bool) -> dict[Table, list[tuple[Any, ...]]]:
    """The stored rows of each of :data:`PEOPLE_TABLES`: those of the people ``kept``
    (``theirs``), or those of everyone else."""
    return {t: [r for r in stored[t] if (r[0] in kept) is theirs] for t in PEOPLE_TABLES}


def as_dicts(table: Table, rows: Iterable[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Stored rows (column order) as the dictionaries a recompute writes; a person's
    quotes and statements are 0 until counted."""
    names = [c.name for c in table.columns]
    out = [dict(zip(names, r, strict=True)) for r in rows]
    if table is schema.people:
        for row in out:
            row["quotes"], row["statements"] = 0, 0
    return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
