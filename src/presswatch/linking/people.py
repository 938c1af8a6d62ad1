"""People across articles: one canonical person for the many ways articles write a name.

The pipeline resolves people *within* one article (``record["people"]``: a full name, the
shorter names it was also called, role descriptions). Across articles the same person comes
back as ``Sergueï``/``Sergei``/``Sergey Lavrov``, with a surname only, or garbled by a
scraper (``Antoine BlinkIl`` next to ``Anthony Blinken``); and different people share a
surname (Hervé and Wendie Renard). This module decides, from compact per-article entries
only, which of them are one person (:func:`assign`: the clusters); the people made of those
clusters, the roles each held and when, and the ``speaker`` strings of quotes (names, joint
speakers, role-only descriptions such as ``le chef de la diplomatie russe``) resolved to
them are :mod:`presswatch.linking.people_linking`'s (:func:`link_people` runs both).

Everything here is a pure function of its inputs, so the store can recompute it after every
ingest batch. Nothing about particular people is written in code: first-name and role
knowledge comes from the general-French lexicons in ``presswatch/data``, and a user's pins,
merges and splits come from an identities file (:mod:`presswatch.linking.identities`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from datetime import date

from presswatch.lexicon import Lexicon
from presswatch.linking.labels import short_name
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
from presswatch.linking.roles import RoleSpan, role_signature
from presswatch.textutil import fold

__all__ = [
    "JOINT",
    "Identity",
    "Order",
    "Person",
    "PersonEntry",
    "RoleSpan",
    "assign",
    "attach_key",
    "first_names_match",
    "is_full",
    "name_key",
    "person_id",
    "role_signature",
]

JOINT = re.compile(r"\s+et\s+|\s*,\s*|\s*&\s*")
"""What joins two speakers in one string (`A et B`, `A, B`, `A & B`): such a string is no
one's full name, and each part is resolved on its own."""

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

    @property
    def label_name(self) -> str:
        """How a story or event label names this person (:func:`.labels.short_name`)."""
        return short_name(self.name, self.aliases)


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
                and not JOINT.search(entry.name) and all(w[:1].isupper() for w in words))
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
