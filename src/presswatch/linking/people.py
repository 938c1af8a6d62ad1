"""People across articles: one canonical person for the many ways articles write a name.

The pipeline resolves people *within* one article (``record["people"]``: a full name, the
shorter names it was also called, role descriptions). Across articles the same person comes
back as ``Sergueï``/``Sergei``/``Sergey Lavrov``, with a surname only, or garbled by a
scraper (``Antoine BlinkIl`` next to ``Anthony Blinken``); and different people share a
surname (Hervé and Wendie Renard). This module decides, from compact per-article entries
only, which of them are one person, learns the roles each person held and when, and resolves
the ``speaker`` strings of quotes (names, joint speakers, role-only descriptions such as
``le chef de la diplomatie russe``) to canonical people.

Everything here is a pure function of its inputs, so the store can recompute it after every
ingest batch. Nothing about particular people is written in code: first-name and role
knowledge comes from the general-French lexicons in ``presswatch/data``, and a user's pins,
merges and splits come from an identities file (:mod:`presswatch.linking.identities`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from presswatch.lexicon import Lexicon, default_lexicon
from presswatch.linking.names import (
    CONTEXT_FIRST_NAME_SIMILARITY,
    FIRST_NAME_SIMILARITY,
    TITLES,
    first_names_match,
    initial_fits,
    is_initial,
    name_key,
    person_id,
    phonetic,
    split_words,
    surnames_close,
)
from presswatch.linking.roles import MAX_ROLE_GAP_DAYS, RoleSpan, role_matches, role_signature
from presswatch.textutil import fold

__all__ = [
    "Identity",
    "Linking",
    "Order",
    "Person",
    "PersonEntry",
    "RoleSpan",
    "assign",
    "attach_key",
    "first_names_match",
    "is_full",
    "link_people",
    "name_key",
    "person_id",
    "role_signature",
    "speaker_lookups",
]

_JOINT = re.compile(r"\s+et\s+|\s*,\s*|\s*&\s*")

Order = tuple[int | str, ...]
"""A cluster's place in a linking run: ``(0, identity position)`` for a user's identity,
``(1, -articles, first name, surname)`` of the full name that started it; runs over parts of
the entries keep the order of the run over all of them."""


# --------------------------------------------------------------------------------------------
# Inputs and outputs


@dataclass(slots=True, unsafe_hash=True)
class PersonEntry:
    """One ``people`` entry of one stored article: the compact input of linking.

    Never changed once made, but not a frozen dataclass: a frozen one's constructor sets
    each field through ``object.__setattr__``, five times the cost, and a recompute makes
    one per entry of every article (16,623 at 5,050 articles: a twentieth of an update).
    Hashed by value, as a frozen one would be."""

    article_id: str
    index: int
    name: str
    names: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    gender: str | None = None
    day: date | None = None
    story: str | None = None
    from_speaker: bool = False  # a quote's speaker string the article's people lacked


@dataclass(frozen=True, slots=True)
class Identity:
    """A user's statement about one person (from the identities file).

    ``name`` pins the display name; every name in ``aliases`` is this person (merge); no
    name in ``distinct`` ever is (split); ``roles`` are (role, since, until) facts added to
    the learned ones.
    """

    name: str
    aliases: tuple[str, ...] = ()
    distinct: tuple[str, ...] = ()
    roles: tuple[tuple[str, date | None, date | None], ...] = ()


@dataclass(slots=True)
class Person:
    """A canonical person: the name shown, every alias seen and the roles held."""

    id: str
    name: str
    aliases: Counter[str] = field(default_factory=Counter)
    roles: dict[frozenset[str], RoleSpan] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)
    pinned: bool = False


# --------------------------------------------------------------------------------------------
# Clustering


@dataclass(slots=True)
class _Cluster:
    variants: set[tuple[str, str]] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)
    identity: Identity | None = None
    forbidden: set[tuple[str, str]] = field(default_factory=set)
    merged_into: int | None = None

    def accepts(self, key: tuple[str, str], *, threshold: float) -> bool:
        """``key`` fits every variant of the same surname (an identity's aliases may
        spell the surname otherwise: those are the user's word, not evidence here)."""
        if key in self.forbidden:
            return False
        same = [f for f, s in self.variants if phonetic(s) == phonetic(key[1])]
        full = [f for f in same if not is_initial(f)]
        return bool(full) and all(_firsts_fit(f, key[0], threshold) for f in same)


def _firsts_fit(a: str, b: str, threshold: float) -> bool:
    """Two first names of one cluster's variants can be one person's. An initial (only an
    identities file puts one in a cluster: ``S. Lavrov``) fits the names it abbreviates,
    so that a pinned alias never keeps out a transliteration the rules would have merged."""
    if is_initial(a) or is_initial(b):
        return initial_fits(*sorted((a, b), key=len))
    return first_names_match(a, b, threshold=threshold)


_NOT_FIRST_WORDS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'",
                              "ce", "cette", "ces", "selon"})


def _is_person(entry: PersonEntry, lex: Lexicon) -> bool:
    """A full name of a person, not an institution the pipeline listed among people. A
    speaker string counts when it reads as a name (``Wendie Renard``, not ``La Russie``
    nor ``Washington et Moscou``) even if its first name is not in the lexicon."""
    key = name_key(entry.name)
    if key is None or is_initial(key[0]):
        return False
    if entry.from_speaker:
        words = split_words(entry.name)
        return (fold(words[0]) not in _NOT_FIRST_WORDS and len(words) <= 4
                and not _JOINT.search(entry.name) and all(w[:1].isupper() for w in words))
    return entry.gender is not None or key[0] in lex.first_names


class _Linker:
    """The state of one linking run; :func:`link_people` is its public face."""

    def __init__(self, identities: Sequence[tuple[int, Identity]], lex: Lexicon) -> None:
        self.lex = lex
        self.clusters: list[_Cluster] = []
        # each cluster's place in the order of a run over every entry: (0, identity position)
        # or (1, -articles, first, surname) of the key that made it. Cluster indices follow
        # it, so a run over a part of the entries (:mod:`.people_parts`) orders and breaks
        # ties as the run over all of them would
        self.order: list[Order] = []
        self.by_key: dict[tuple[str, str], int] = {}
        self.by_surname: dict[str, set[int]] = defaultdict(set)  # phonetic surname -> clusters
        for pos, ident in identities:
            c = _Cluster(identity=ident)
            c.forbidden = {k for n in ident.distinct if (k := name_key(n))}
            self.clusters.append(c)
            self.order.append((0, pos))
            for n in (ident.name, *ident.aliases):
                if (k := name_key(n)) is not None:
                    self._add(k, len(self.clusters) - 1)

    def _add(self, key: tuple[str, str], i: int) -> None:
        self.clusters[i].variants.add(key)
        self.by_key[key] = i
        self.by_surname[phonetic(key[1])].add(i)

    def root(self, i: int) -> int:
        while self.clusters[i].merged_into is not None:
            i = self.clusters[i].merged_into  # type: ignore[assignment]
        return i

    def cluster_full_names(self, entries: list[PersonEntry]) -> None:
        """Exact and transliterated variants of one name across all articles."""
        seen: dict[tuple[str, str], set[str]] = defaultdict(set)
        for e in entries:
            seen[name_key(e.name)].add(e.article_id)  # type: ignore[index]
        for key in sorted(seen, key=lambda k: (-len(seen[k]), k)):
            if key in self.by_key:
                continue
            fits = [i for i in sorted(self.by_surname[phonetic(key[1])])
                    if self.clusters[i].accepts(key, threshold=FIRST_NAME_SIMILARITY)]
            if not fits:
                self.clusters.append(_Cluster())
                self.order.append((1, -len(seen[key]), *key))
                fits = [len(self.clusters) - 1]
            self._add(key, fits[0])
        for e in entries:
            c = self.clusters[self.by_key[name_key(e.name)]]  # type: ignore[index]
            c.articles.add(e.article_id)
            if e.story:
                c.stories.add(e.story)

    def _may_merge(self, a: int, b: int) -> bool:
        ca, cb = self.clusters[a], self.clusters[b]
        if ca.identity is not None and cb.identity is not None:
            return False
        if ca.variants & cb.forbidden or cb.variants & ca.forbidden:
            return False
        for fa, sa in ca.variants:
            for fb, sb in cb.variants:
                if not surnames_close(sa, sb):
                    return False
                if not _firsts_fit(fa, fb, CONTEXT_FIRST_NAME_SIMILARITY):
                    return False
        return True

    def merge_in_context(self, entries: list[PersonEntry],
                         rank: dict[str, tuple[int, int]] | None = None) -> None:
        """Garbled names: two clusters that appear in one article or one story and whose
        names are close (surname and first name) are one person. Contexts are met in the
        order of ``entries``, or of ``rank`` when given (a part's run: the order of all)."""
        contexts: dict[str, set[int]] = defaultdict(set)
        for e in entries:
            i = self.by_key[name_key(e.name)]  # type: ignore[index]
            contexts["a:" + e.article_id].add(i)
            if e.story:
                contexts["s:" + e.story].add(i)
        order = list(contexts) if rank is None else sorted(contexts, key=rank.__getitem__)
        for members in (contexts[c] for c in order):
            roots = sorted({self.root(i) for i in members})
            for x in range(len(roots)):
                for y in range(x + 1, len(roots)):
                    a, b = self.root(roots[x]), self.root(roots[y])
                    if a != b and self._may_merge(a, b):
                        big, small = sorted((a, b), key=lambda i: (
                            self.clusters[i].identity is None, -len(self.clusters[i].articles),
                            i))
                        self._absorb(big, small)

    def _absorb(self, big: int, small: int) -> None:
        cb, cs = self.clusters[big], self.clusters[small]
        cb.variants |= cs.variants
        cb.articles |= cs.articles
        cb.stories |= cs.stories
        cb.forbidden |= cs.forbidden
        cb.identity = cb.identity or cs.identity
        cs.merged_into = big
        for _f, surname in cs.variants:
            self.by_surname[phonetic(surname)].add(big)

    def attach(self, entry: PersonEntry) -> int | None:
        """A surname alone or an initial: the one person it can be, looking first in the
        same article, then the same story, then everywhere; None when it stays ambiguous
        (or names no known person: ``Kommersant`` is a newspaper)."""
        surname, initial = attach_key(entry.name)
        if surname is None:
            return None
        roots = {self.root(i) for i in self.by_surname.get(surname, ())}
        fitting = [r for r in sorted(roots) if any(
            phonetic(s) == surname and (initial is None or initial_fits(initial, f))
            for f, s in self.clusters[r].variants)]
        for scope in (lambda c: entry.article_id in c.articles,
                      lambda c: entry.story is not None and entry.story in c.stories,
                      lambda c: True):
            found = [r for r in fitting if scope(self.clusters[r])]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                return None
        return None


@functools.lru_cache(maxsize=1 << 16)
def attach_key(name: str) -> tuple[str | None, str | None]:
    """(phonetic surname, initial or None) a surname alone or an initial is attached by;
    (None, None) when it can name nobody (no capitalised last word)."""
    words = [w for w in split_words(name) if fold(w).strip(".") not in TITLES]
    if not words or not words[-1][:1].isupper():
        return None, None
    return phonetic(fold(words[-1])), fold(words[0])[:1] if len(words) > 1 else None


def speaker_lookups(speaker: str, lex: Lexicon
                    ) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """The folded names (titles stripped) under which :meth:`Linking.resolve` may look
    ``speaker`` up among every person's aliases, and the role signatures it may read it
    as: those of the whole string and of each joint part. The links of a quote whose
    article did not change can change only when the people of one of those did."""
    texts = [speaker, *(p for p in _JOINT.split(speaker) if p.strip())]
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


def is_full(entry: PersonEntry, lex: Lexicon, identity_keys: Container[tuple[str, str]]
            ) -> bool:
    """The entry is clustered as a full name (else it is attached, if it can be)."""
    return _is_person(entry, lex) or name_key(entry.name) in identity_keys


def assign(entries: Sequence[PersonEntry], identities: Sequence[tuple[int, Identity]],
           lex: Lexicon, rank: dict[str, tuple[int, int]] | None = None
           ) -> dict[tuple[str, int], Order]:
    """The cluster of each entry that names someone, by the cluster's :data:`Order`.

    ``identities`` come with their positions in the user's list; ``rank`` orders the
    article and story contexts (see :meth:`_Linker.merge_in_context`)."""
    linker = _Linker(identities, lex)
    full = [e for e in entries if is_full(e, lex, linker.by_key)]
    linker.cluster_full_names(full)
    linker.merge_in_context(full, rank)
    out: dict[tuple[str, int], Order] = {}
    for e in full:
        out[(e.article_id, e.index)] = linker.order[linker.root(linker.by_key[name_key(e.name)])]  # type: ignore[index]
    for e in entries:
        if (e.article_id, e.index) not in out and (r := linker.attach(e)) is not None:
            out[(e.article_id, e.index)] = linker.order[r]
    return out


# --------------------------------------------------------------------------------------------
# The result: people, and speakers resolved to them


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
        parts = [p for p in _JOINT.split(speaker) if p.strip()]
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
