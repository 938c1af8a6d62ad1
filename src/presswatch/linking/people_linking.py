"""The result of linking people across articles: canonical people made from the clusters
:func:`presswatch.linking.people.assign` gives each article's entries, the person of each
entry, and the ``speaker`` strings of quotes resolved to those people (a name of the
article, an alias only one person has, each part of ``A et B``, or a role description read
as whoever held that role at the article's date).

Kept apart from :mod:`presswatch.linking.people`, which decides who is one person (the
inputs and the clustering): this module only names and looks up what that decided. Pure
functions of their inputs, like the clustering, so the store can rebuild them after every
ingest batch.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date

from presswatch.lexicon import Lexicon, default_lexicon
from presswatch.linking.names import TITLES, name_key, person_id, split_words
from presswatch.linking.people import JOINT, Identity, Order, Person, PersonEntry, assign
from presswatch.linking.roles import MAX_ROLE_GAP_DAYS, RoleSpan, role_matches, role_signature
from presswatch.textutil import fold

__all__ = ["Linking", "link_people", "speaker_lookups"]


def speaker_lookups(speaker: str, lex: Lexicon
                    ) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The folded names (titles stripped) under which :meth:`Linking.resolve` may look
    ``speaker`` up among every person's aliases, and the role signatures it may read it
    as: those of the whole string and of each joint part. The links of a quote whose
    article did not change can change only when the people of one of those did."""
    texts = [speaker, *(p for p in JOINT.split(speaker) if p.strip())]
    keys, sigs = set(), []
    for text in texts:
        keys.add(fold(" ".join(w for w in split_words(text) if fold(w).strip(".") not in TITLES)))
        if (sig := role_signature(text, lex)) is not None:
            sigs.append(sig)
    return frozenset(keys), tuple(sigs)


def _display_name(names: Counter[str], articles_of: dict[str, set[str]]) -> str:
    """The most-used full name (by articles); ties go to the accented, French spelling."""
    full = [n for n in names if name_key(n) is not None] or list(names)
    return min(full, key=lambda n: (-len(articles_of.get(n, ())), n.isascii(), -len(n), n))


def _named(members: Sequence[PersonEntry], ident: Identity | None
           ) -> tuple[str, Counter[str]]:
    """A cluster's display name (the identity's, if any) and its names, each counted once
    an entry."""
    names: Counter[str] = Counter()
    articles_of: dict[str, set[str]] = defaultdict(set)
    for e in members:
        for n in dict.fromkeys((e.name, *e.names)):
            names[n] += 1
            articles_of[n].add(e.article_id)
    return (ident.name if ident else _display_name(names, articles_of)), names


def link_people(entries: Iterable[PersonEntry], identities: Sequence[Identity] = (), *,
                lex: Lexicon | None = None) -> Linking:
    """Canonical people for every article's ``people`` entries.

    Full names are clustered by surname and compatible first names (never two clearly
    different first names: Hervé and Wendie Renard stay apart); names close to another name
    of the same article or story are merged (a scraper's ``Antoine BlinkIl``); a surname
    alone or an initial attaches to the one person it can be. Roles are learned with the
    dates of the articles that gave them.

    Args:
        entries: One per ``people`` entry of each stored article.
        identities: The user's pins, merges and splits; they win over every rule.
        lex: Lexicon for first names and roles (the packaged one when None).
    Returns:
        A :class:`Linking` that knows every person and resolves speakers.
    """
    lex = lex or default_lexicon()
    entries = list(entries)
    return Linking.build(entries, assign(entries, list(enumerate(identities)), lex),
                         identities, lex)


class Linking:
    """Canonical people, the person of each article entry, and speaker resolution."""

    def __init__(self, people: dict[str, Person], entry_person: dict[tuple[str, int], str],
                 article_names: dict[str, dict[str, str]], lex: Lexicon) -> None:
        self.people = people
        self.entry_person = entry_person
        self.cluster_person: dict[Order, str] = {}  # each cluster's person (by :meth:`build`)
        self.kept: frozenset[str] = frozenset()  # people taken as stored (:meth:`build`)
        self._article_names = article_names
        self._lex = lex
        self._alias_index: dict[str, set[str]] = defaultdict(set)
        for p in people.values():
            for alias in p.aliases:
                self._alias_index[fold(alias)].add(p.id)
        self._role_index: dict[str, list[tuple[str, frozenset[str], RoleSpan]]] | None = None
        self._held: dict[tuple[frozenset[str], date | None], str | list[str]] = {}
        self._matching: dict[frozenset[str], list[tuple[str, RoleSpan]]] = {}

    def _holders(self, signature: frozenset[str]
                 ) -> Iterable[tuple[str, frozenset[str], RoleSpan]]:
        """(person id, role, span) of every role held that may match ``signature``: those
        sharing its rarest word (a match holds all of a signature's words), through an
        index built on first use; every role for an empty signature."""
        if self._role_index is None:
            self._role_index = defaultdict(list)
            for p in self.people.values():
                for held, span in p.roles.items():
                    for word in held:
                        self._role_index[word].append((p.id, held, span))
        if not signature:
            return ((p.id, held, span) for p in self.people.values()
                    for held, span in p.roles.items())
        return min((self._role_index.get(w, []) for w in signature), key=len)

    @classmethod
    def build(cls, entries: list[PersonEntry], assignment: dict[tuple[str, int], Order],
              identities: Sequence[Identity], lex: Lexicon, *,
              kept: Mapping[Order, Person] | None = None, was: Collection[str] = ()
              ) -> Linking:
        """People from the clusters :func:`assign` gave each entry (in cluster order: the
        first of two clusters shown under one name gives that person's place).

        ``kept``: clusters whose members are those of the last run, with the person the
        last run made of them (as stored); ``was``: the ids of the people the other
        clusters made then. A kept cluster's person is taken as stored, its entries only
        named (not counted again), unless another cluster makes that person now or made it
        then: its members may differ. Collisions of two clusters under one name can join
        a kept cluster to any other, hence the check on both runs."""
        groups: dict[Order, list[PersonEntry]] = defaultdict(list)
        for e in entries:
            if (r := assignment.get((e.article_id, e.index))) is not None:
                groups[r].append(e)
        kept = kept or {}
        made = {r: _named(members, identities[r[1]] if r[0] == 0 else None)  # type: ignore[index]
                for r, members in groups.items() if r not in kept}
        moved = {*was, *(person_id(found[0]) for found in made.values())}
        people: dict[str, Person] = {}
        entry_person: dict[tuple[str, int], str] = {}
        article_names: dict[str, dict[str, str]] = defaultdict(dict)
        of_cluster: dict[Order, str] = {}
        taken: set[str] = set()
        for r, members in sorted(groups.items()):
            ident = identities[r[1]] if r[0] == 0 else None  # type: ignore[index]
            person: Person | None = None
            if (old := kept.get(r)) is not None and old.id not in moved:
                pid = of_cluster[r] = people.setdefault(old.id, old).id
                taken.add(pid)
            else:
                name, names = made[r] if r in made else _named(members, ident)
                pid = of_cluster[r] = person_id(name)
                person = people.setdefault(pid, Person(pid, name, pinned=ident is not None))
                person.aliases.update(names)
            for e in members:
                entry_person[(e.article_id, e.index)] = pid
                own = article_names[e.article_id]
                own[fold(e.name)] = pid
                for n in e.names:
                    own[fold(n)] = pid
                if person is None:
                    continue  # taken as stored: counted by the run that stored it
                person.articles.add(e.article_id)
                for phrase in e.roles:
                    if (sig := role_signature(phrase, lex)) is not None:
                        if (span := person.roles.get(sig)) is None:
                            span = person.roles[sig] = RoleSpan(sig)
                        span.see(phrase, e.day)
            if ident and person is not None:
                person.aliases.update({a: 0 for a in ident.aliases if a not in names})
                for phrase, since, until in ident.roles:
                    if (sig := role_signature(phrase, lex)) is not None:
                        person.roles.setdefault(sig, RoleSpan(sig)).declare(phrase, since, until)
        linking = cls(people, entry_person, dict(article_names), lex)
        linking.cluster_person, linking.kept = of_cluster, frozenset(taken)
        return linking

    def names_of(self, article_id: str) -> dict[str, str]:
        """The article's own names (folded) and the person each stands for: what a quote
        of the article is looked up by first."""
        return self._article_names.get(article_id, {})

    def resolve(self, article_id: str, speaker: str | None, *, day: date | None = None,
                context: Iterable[str] = ()) -> list[tuple[str, str]]:
        """Canonical people a ``speaker`` string of one article stands for.

        Args:
            article_id: The article the speaker string comes from (its names come first).
            speaker: As the quote gives it: a name, ``A et B``, or a role description.
            day: The article date, to pick who held a role then.
            context: Person ids of the article's story, preferred among role holders.
        Returns:
            (person id, how) pairs, how being ``name`` or ``role``; empty when the speaker
            is no known person (``la Russie``, ``des responsables``).
        """
        if not speaker or not speaker.strip():
            return []
        whole = self._one(article_id, speaker, day, context)
        if whole:
            return [whole]
        parts = [p for p in JOINT.split(speaker) if p.strip()]
        if len(parts) < 2:
            return []
        found = [hit for p in parts if (hit := self._one(article_id, p, day, context))]
        return list(dict.fromkeys(found))

    def _one(self, article_id: str, speaker: str, day: date | None,
             context: Iterable[str]) -> tuple[str, str] | None:
        local = self._article_names.get(article_id, {})
        key = fold(speaker)
        if key in local:
            return local[key], "name"
        words = [w for w in split_words(speaker) if fold(w).strip(".") not in TITLES]
        stripped = fold(" ".join(words))
        if stripped and stripped in local:
            return local[stripped], "name"
        if words and words[0][:1].isupper():
            ids = self._alias_index.get(stripped, set())
            if len(ids) == 1:
                return next(iter(ids)), "name"
        sig = role_signature(speaker, self._lex)
        if sig is None:
            return None
        holder = self.role_holder(sig, day, set(local.values()) | set(context))
        return (holder, "role") if holder else None

    def role_holder(self, signature: frozenset[str], day: date | None,
                    context: set[str] = frozenset()) -> str | None:  # type: ignore[assignment]
        """The person who held a role matching ``signature`` at ``day``.

        Holders seen nearest that date win (within :data:`MAX_ROLE_GAP_DAYS`); with no
        dates, or a tie, people of the same article or story decide; anything still
        ambiguous resolves to nobody rather than to a guess. What does not depend on the
        context is worked out once per signature and day (role-only speakers recur).
        """
        found = self.holders_at(signature, day)
        if isinstance(found, str):
            return found
        local = [pid for pid in found if pid in context]
        return local[0] if len(local) == 1 else None

    def holders_at(self, signature: frozenset[str], day: date | None
                   ) -> str | list[str]:
        """The one holder of a role matching ``signature`` at ``day``, or the tied
        holders a context must decide between (in no meaningful order; none: nobody)."""
        key = (signature, day)
        if (found := self._held.get(key)) is None:
            found = self._held[key] = self._holders_at(signature, day)
        return found

    def _holders_at(self, signature: frozenset[str], day: date | None) -> str | list[str]:
        """The one holder at ``day``, or the tied holders the context must decide between
        (none: nobody)."""
        candidates: dict[str, int | None] = {}  # its order never decides (see below)
        if (matching := self._matching.get(signature)) is None:  # the same at every day
            matching = self._matching[signature] = [
                (pid, span) for pid, held, span in self._holders(signature)
                if role_matches(signature, held)]
        for pid, span in matching:
            d = span.distance(day)
            old = candidates.get(pid, -1)
            if old == -1 or (d is not None and (old is None or d < old)):
                candidates[pid] = d
        if not candidates:
            return []
        dated = {pid: d for pid, d in candidates.items() if d is not None}
        if dated:
            best = min(dated.values())
            near = [pid for pid, d in dated.items() if d == best and d <= MAX_ROLE_GAP_DAYS]
            if len(near) == 1:
                return near[0]
            pool = near or [pid for pid, d in candidates.items() if d is None]
        else:
            pool = list(candidates)
        return pool[0] if len(pool) == 1 else pool
