"""Role descriptions: one signature for the ways journalists write one office, and the
dates a person was seen holding it (used by :mod:`presswatch.linking`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from presswatch.lexicon import Lexicon, default_lexicon
from presswatch.textutil import fold

__all__ = ["MAX_ROLE_GAP_DAYS", "RoleSpan", "role_matches", "role_nouns", "role_signature"]

MAX_ROLE_GAP_DAYS = 730
"""A role-only speaker links to a holder seen in that role within this many days."""

_ROLE_STOPWORDS = frozenset({
    "le", "la", "les", "l", "de", "du", "des", "d", "au", "aux", "a", "en", "et", "un", "une",
    "son", "sa", "ses", "leur", "leurs", "ce", "cette", "sur", "pour", "par",
})
_RELATIVE = frozenset({"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre",
                       "votre", "nos", "vos"})
"""Possessives before a role: a role relative to another person (`son homologue`)."""
_BEFORE_ROLE = frozenset({
    "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel",
    "actuelle", "ex", "premier", "premiere", "vice", "vieux", "jeune", "plus", "puissant",
    "puissante", "influent", "influente", "eternel", "ephemere", "tres", "sous", "haut",
    "haute", "grand", "grande", "secretaire", "chef", "fraichement", "tout", "toute",
    "celebre", "charismatique", "emblematique", "controverse", "controversee", "defunt",
    "defunte", "feu", "regrette", "regrettee", "seul", "seule", "dernier", "derniere",
    "interim", "ministre", "candidat", "candidate"})
"""Words that may stand before the role noun heading a role phrase (`l'ancien patron`,
`le plus jeune Premier ministre`, `le vice-président`)."""
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(slots=True)
class RoleSpan:
    """A role one person was seen in, with the first and last article dates it was seen."""

    signature: frozenset[str]
    phrases: Counter[str] = field(default_factory=Counter)
    first_seen: date | None = None
    last_seen: date | None = None
    count: int = 0
    open_ended: bool = False  # declared held since first_seen, with no end (identities)

    @property
    def role(self) -> str:
        """The most frequent way articles wrote the role."""
        return self.phrases.most_common(1)[0][0] if self.phrases else " ".join(
            sorted(self.signature))

    def see(self, phrase: str, day: date | None) -> None:
        self.phrases[phrase] += 1
        self.count += 1
        if day is not None:
            self.first_seen = day if self.first_seen is None else min(self.first_seen, day)
            self.last_seen = day if self.last_seen is None else max(self.last_seen, day)

    def declare(self, phrase: str, since: date | None, until: date | None) -> None:
        """A role the user's identities file says was held from ``since`` to ``until``
        (either may be open). It widens the dates but is not a sighting: ``count`` stays
        the number of articles' mentions, and with no ``until`` the role has no end."""
        self.phrases[phrase] += 0
        if since is not None:
            self.first_seen = since if self.first_seen is None else min(self.first_seen, since)
        if until is not None:
            self.last_seen = until if self.last_seen is None else max(self.last_seen, until)
        else:
            self.open_ended = True

    def distance(self, day: date | None) -> int | None:
        """Days from ``day`` to the seen interval (0 inside it); None when either is unknown."""
        if day is None or self.first_seen is None:
            return None
        if self.open_ended and day >= self.first_seen:
            return 0
        if self.last_seen is None:
            return None
        if day < self.first_seen:
            return (self.first_seen - day).days
        if day > self.last_seen:
            return (day - self.last_seen).days
        return 0


_ROLE_NOUNS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def role_nouns(lex: Lexicon) -> frozenset[str]:
    """The lexicon's role nouns, folded (computed once per lexicon: linking asks for every
    role phrase of every article)."""
    cached = _ROLE_NOUNS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    nouns = {fold(lemma) for lemma, (cls, _g) in lex.speaker_nouns.items() if cls == "role"}
    for words in lex.role_synonyms.values():
        nouns |= {w for w in words if w in nouns}
    _ROLE_NOUNS[id(lex)] = (lex, frozenset(nouns))
    return _ROLE_NOUNS[id(lex)][1]


def role_signature(phrase: str, lex: Lexicon | None = None) -> frozenset[str] | None:
    """The content words of a role description, with journalists' synonyms replaced by one
    canonical wording (``chef de la diplomatie russe`` and ``ministre russe des Affaires
    étrangères`` give the same set). None when the phrase names no role noun (``la
    Britannique``, ``le ministère``): such a phrase describes no office to learn or match.
    """
    lex = lex or default_lexicon()
    known = _SIGNATURES.setdefault(id(lex), (lex, {}))
    if known[0] is not lex:  # another lexicon now lives at that address
        known = _SIGNATURES[id(lex)] = (lex, {})
    if phrase not in known[1]:
        if len(known[1]) >= _SIGNATURES_KEPT:
            known[1].clear()
        known[1][phrase] = _signature(phrase, lex)
    return known[1][phrase]


_SIGNATURES: dict[int, tuple[Lexicon, dict[str, frozenset[str] | None]]] = {}
_SIGNATURES_KEPT = 1 << 16
"""Signatures remembered per lexicon: a recompute asks for the same phrases again and again."""


def _signature(phrase: str, lex: Lexicon) -> frozenset[str] | None:
    text = " " + re.sub(r"[^a-z0-9'-]+", " ", fold(phrase)) + " "
    words = text.replace("'", " ").split()
    if (words and words[0] in _RELATIVE) or "homologue" in words:
        return None  # `son homologue`, `son Premier ministre`: someone else's, no office
    if not _headed_by_role(words, lex):
        return None  # `présence du président`, `le parti du maire`: a role is not the head
    for syn in sorted(lex.role_synonyms, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(syn)}(?![\w-])", " " + " ".join(
            sorted(lex.role_synonyms[syn])) + " ", text)
    words = {w for w in _WORD.findall(text.replace("'", " "))
             if w not in _ROLE_STOPWORDS and not w.isdigit()}
    if not words & role_nouns(lex):
        return None
    return frozenset(words)


def _headed_by_role(words: list[str], lex: Lexicon) -> bool:
    """The phrase's first content word is a role noun, or a qualifier before one (`le
    président`, `l'ancien patron de Danone`, `le Premier ministre`), not another noun
    whose complement the role is (`la présence du président`, `le parti du maire`)."""
    nouns = role_nouns(lex)
    words = " ".join(words).replace(" - ", "-").split()
    for k, w in enumerate(words):
        if w in _ROLE_STOPWORDS or w.isdigit():
            continue
        rest = " ".join(words[k:])
        if any(part in nouns for part in w.split("-")) or any(
                rest.startswith(syn.replace("'", " ")) for syn in lex.role_synonyms):
            return True  # `le garde des Sceaux`: a wording of a role
        if w not in _BEFORE_ROLE:
            return False
    return False


def role_matches(speaker: frozenset[str], held: frozenset[str]) -> bool:
    """A role-only speaker names a held role: the same words, or a part of them specific
    enough (two words at least: ``le ministre`` alone fits every minister)."""
    return speaker == held or (len(speaker) >= 2 and speaker <= held)
