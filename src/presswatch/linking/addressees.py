"""Which quote addressees a person page lists: those that name someone.

A quote's addressee is the words after its cue (`a dit à X`, `a assuré aux journalistes`),
as the pipeline read them. Read off a clumsy parse, they are sometimes a fragment that names
no one (`cette occasion les enjeux`, `hauteur`, `l'adresse`) or a phrase relative to someone
unnamed (`son homologue russe`). A person page lists an addressee only when it is a name
(a capitalised word: `M. Darmanin`, `Kiev`, `la Maison Blanche`) or a phrase headed by a
noun of person, group or institution (`des journalistes français`, `les ministres`), short
enough to be one party.
"""

from __future__ import annotations

import functools
import re

from presswatch.lexicon import load_speaker_nouns
from presswatch.textutil import fold

__all__ = ["MAX_ADDRESSEE_WORDS", "names_someone"]

MAX_ADDRESSEE_WORDS = 6
"""Longer addressees are a parse that ran on (`le représentant de la délégation française
auprès des Nations unies`); shorter ones may too (see ``_runs_on``)."""
_LEADING = frozenset({"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux",
                      "a", "m", "mme", "mm", "mmes", "me", "dr", "pr"})
"""Words before the head of an addressee: articles, prepositions, titles."""
_NOT_ANYONE = frozenset({"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
                         "mon", "ma", "mes", "notre", "nos", "votre", "vos", "cela", "ceci",
                         "tout", "tous", "toute", "toutes", "chacun", "chacune", "on"})
"""First words of a fragment, or of a phrase relative to someone unnamed."""
_WORD = re.compile(r"[\w’'.-]+")


@functools.cache
def _party_nouns() -> frozenset[str]:
    """Nouns of the speaker lexicon (roles, groups, institutions, media), folded."""
    return frozenset(fold(lemma) for lemma in load_speaker_nouns())


_OF = frozenset({"de", "des", "du", "d"})
"""`de` and its forms, after which a name's phrase may run on into a topic."""
_ARTICLES = frozenset({"le", "la", "les"})
"""Articles skipped after that `de` (`de la nécessité`)."""


def names_someone(addressee: str) -> bool:
    """Whether an addressee, as a quote records it, names a party to list."""
    words = _WORD.findall(addressee)
    if not words or len(words) > MAX_ADDRESSEE_WORDS or _runs_on(words):
        return False
    for word in words:
        head = fold(word).strip(".").replace("’", "'").split("'")[-1]
        if fold(word).strip(".").split("'")[0] in _NOT_ANYONE:
            return False
        if head in _LEADING or not head:
            continue
        bare = word.replace("’", "'").split("'")[-1]
        return bare[:1].isupper() or head in _party_nouns() or \
            head.removesuffix("s").removesuffix("x") in _party_nouns()
    return False


def _runs_on(words: list[str]) -> bool:
    """`le secrétaire d'État X des conséquences`: a name, then `de` and a lower-case word
    (what the verb was about, not whom it was said to); `les ministres des affaires
    étrangères` names no one before its `des`, `Jean de la Fontaine` goes on capitalised."""
    for k in range(1, len(words) - 2):
        word, of = words[k], fold(words[k + 1]).rstrip("'’")
        rest = [w.replace("’", "'").split("'")[-1] for w in words[k + 2:]]
        if rest[0] in _ARTICLES and len(rest) > 1:  # `Mme X de la nécessité`
            rest = rest[1:]
        if word[:1].isupper() and fold(word).strip(".") not in _LEADING and of in _OF and \
                rest[0][:1].islower():
            return True
    return False
