"""Which speaker strings can resolve otherwise after a batch because the indexes over
every person changed: who carries a folded alias, and who held which role when.

A speaker string (a quote's speaker, an interaction's participant) is resolved
(:meth:`.linking.Linking.resolve`) from its article's names and story people, its day, and
those two indexes. The stored ``person_aliases`` and ``person_roles`` rows are what the
last run derived, so comparing them with this run's rows finds every change of the
indexes (a person moved between clusters changes the alias counts of both); a string
*touches* a change when one of the folded aliases it is looked up by (the whole string or a
joint part, titles stripped) names other people than before, or a role signature it reads
as matches a role whose holders at its day differ (without that second check when an
identity declares roles: the rows lack their ends). The quote side (:mod:`.quote_update`)
and the participant links of the articles a batch does not reach (:mod:`.derive`) both ask.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from presswatch.lexicon import default_lexicon
from presswatch.linking import Linking
from presswatch.linking.people import Person
from presswatch.linking.people_linking import speaker_lookups
from presswatch.linking.roles import RoleSpan, role_matches
from presswatch.linking.speaker_filter import may_meet
from presswatch.nlp.dates import parse_article_date
from presswatch.store.people_rows import role_span
from presswatch.store.state_rows import State

__all__ = ["IndexChanges", "kept_participants"]

_day = functools.lru_cache(maxsize=1 << 14)(parse_article_date)

Rows = tuple[Sequence[dict[str, Any]], Sequence[tuple[Any, ...]]]
"""This run's rows (as written) and the stored ones (column order) of one table."""


class IndexChanges:
    """The changes of the alias and role indexes between the stored rows and this run's
    (``aliases``, ``roles``: :data:`Rows`), and which speaker strings touch them.
    ``exact_roles``: no identity declares a role, so the stored role rows say who held
    which role when, and a string whose role signatures meet a changed role touches it
    only when the holders at its day differ."""

    def __init__(self, linking: Linking, aliases: Rows, roles: Rows, *,
                 exact_roles: bool) -> None:
        self.alias_keys, self.helds, self.spans = _index_changes(aliases, roles)
        self.lex = default_lexicon()
        self.linking = linking
        self.held_before = (_role_holders(roles[1], self.lex)
                            if self.helds and exact_roles else None)
        self.may = may_meet(self.alias_keys, self.helds, self.lex)
        self.lookups = functools.cache(self._lookups)
        self.moved_role = functools.cache(self._moved_role)

    def _lookups(self, speaker: str | None) -> tuple[bool, tuple[frozenset[str], ...]]:
        """Whether a changed alias is among the speaker's, and its signatures that meet
        a changed role (worked out only for a string that may meet one)."""
        if not self.may(speaker or ""):
            return False, ()
        keys, sigs = speaker_lookups(speaker or "", self.lex)
        return bool(self.alias_keys.intersection(keys)), tuple(
            sig for sig in sigs if any(role_matches(sig, held) for held in self.helds))

    def _moved_role(self, sig: frozenset[str], day: date | None) -> bool:
        """Whether the holders of a role matching ``sig`` at ``day`` moved."""
        return self.held_before is None or (not self.spans.same(sig, day) and _holders(
            self.held_before, sig, day) != _holders(self.linking, sig, day))

    def touches(self, speaker: str | None, day: date | None) -> bool:
        """Whether ``speaker``, said at ``day``, may resolve otherwise than last run
        because of the indexes alone."""
        alias, sigs = self.lookups(speaker)
        if alias or not sigs:
            return alias
        return any(self.moved_role(sig, day) for sig in sigs)


def kept_participants(arts: Mapping[str, Any], written: Collection[str],
                      inputs: Mapping[str, tuple[str, str, str]], before: State,
                      index: IndexChanges) -> set[str]:
    """The articles (``arts``: the recompute's, with ``interactions``, ``own`` and
    ``date``) whose participant links are the last run's. A participant is resolved as
    a quote's speaker is, so it is the last run's on the quote side's condition (see
    :mod:`.quote_update`): the article not written since, its ``quote_inputs`` row
    (``before``) this run's (``inputs``: story, names, story people), no participant
    string touching a changed index; and it gives its own date (participants are
    resolved at the article's date before events date it, which the inputs do not keep:
    an article dated by its story or an event is resolved again)."""
    clean: set[str] = set()  # strings no changed alias or role can reach (most of them)

    def touched(art: Any) -> bool:
        for ev in art.interactions:
            for name in ev["participants"]:
                if name not in clean:
                    alias, sigs = index.lookups(name)
                    if not (alias or sigs):
                        clean.add(name)
                    elif index.touches(name, _day(art.date)):
                        return True
        return False

    return {aid for aid, art in arts.items() if art.interactions and aid not in written
            and art.own is not None and before.get(aid) == inputs[aid] and not touched(art)}


def _index_changes(aliases: tuple[Sequence[dict[str, Any]], Sequence[tuple[Any, ...]]],
                   roles: tuple[Sequence[dict[str, Any]], Sequence[tuple[Any, ...]]]
                   ) -> tuple[set[str], set[frozenset[str]], _Spans]:
    """The folded aliases whose people differ between the new and the stored rows, the
    role signatures whose holders or dates differ, and the role spans (before and now) of
    the people whose role rows differ."""
    new_a = {(r["alias_folded"], r["person_id"]) for r in aliases[0]}
    old_a = {(folded, pid) for pid, _alias, folded, _n in aliases[1]}
    new_r = {(r["person_id"], r["role_key"], r["first_seen"], r["last_seen"])
             for r in roles[0]}
    old_r = {(pid, key, first, last) for pid, _role, key, first, last, _n in roles[1]}
    differ = new_r ^ old_r
    return ({f for f, _p in new_a ^ old_a},
            {frozenset(key.split()) for _p, key, _f, _l in differ},
            _Spans(old_r, new_r, {pid for pid, _k, _f, _l in differ}))


_ABSENT = object()


class _Spans:
    """The role spans of the people whose ``person_roles`` rows differ, as stored and as
    derived now: a quick proof that the holders of a role at a day did not move. Holders
    at a day (:meth:`.Linking.holders_at`) are a function of each matching holder's
    nearest distance to that day; every other person's rows, hence distances, are the
    same in both, so when each of these people's nearest distance is too, the holders are
    the same (else they are compared in full)."""

    def __init__(self, before: Iterable[tuple[str, str, str | None, str | None]],
                 now: Iterable[tuple[str, str, str | None, str | None]],
                 people: set[str]) -> None:
        self.people = sorted(people)
        self.before, self.now = self._of(before, people), self._of(now, people)

    @staticmethod
    def _of(rows: Iterable[tuple[str, str, str | None, str | None]], people: set[str]
            ) -> dict[str, list[tuple[frozenset[str], RoleSpan]]]:
        out: dict[str, list[tuple[frozenset[str], RoleSpan]]] = defaultdict(list)
        for pid, key, first, last in rows:
            if pid in people:
                span = role_span(key, first, last, 0)
                out[pid].append((span.signature, span))
        return out

    def same(self, sig: frozenset[str], day: date | None) -> bool:
        """Whether each of these people is as near (or as absent) a role matching ``sig``
        at ``day`` in both."""
        return all(_nearest(self.before.get(p, ()), sig, day)
                   == _nearest(self.now.get(p, ()), sig, day) for p in self.people)


def _nearest(spans: Iterable[tuple[frozenset[str], RoleSpan]], sig: frozenset[str],
             day: date | None) -> object:
    """One person's candidacy for a role matching ``sig`` at ``day``, as
    :meth:`.Linking.holders_at` weighs it: the least known distance, None when no
    matching span has one, ``_ABSENT`` when none matches."""
    best: object = _ABSENT
    for held, span in spans:
        if role_matches(sig, held):
            d = span.distance(day)
            if best is _ABSENT or (d is not None and (best is None or d < best)):  # type: ignore[operator]
                best = d
    return best


def _role_holders(rows: Iterable[tuple[Any, ...]], lex: Any) -> Linking:
    """A linking that knows only the roles of the stored ``person_roles`` rows: who held
    which role when, as the last run had it (its :meth:`.Linking.holders_at`)."""
    people: dict[str, Person] = {}
    for pid, _role, key, first, last, count in rows:
        span = role_span(key, first, last, count)
        people.setdefault(pid, Person(pid, pid)).roles[span.signature] = span
    return Linking(people, {}, {}, lex)


def _holders(linking: Linking, sig: frozenset[str], day: date | None) -> Any:
    found = linking.holders_at(sig, day)
    return found if isinstance(found, str) else frozenset(found)
