"""Personal names across articles: keys, transliterations, first-name compatibility.

The rules that decide whether two written names can be one person (used by
:mod:`presswatch.linking`). Sergueï, Sergei and Sergey meet through a transliteration key;
clearly different first names (Hervé, Wendie) never match, whatever the surname.
"""

from __future__ import annotations

import functools
import hashlib
import re

from rapidfuzz import fuzz

from presswatch.textutil import fold

__all__ = [
    "CONTEXT_FIRST_NAME_SIMILARITY",
    "CONTEXT_SURNAME_PREFIX",
    "CONTEXT_SURNAME_SIMILARITY",
    "FIRST_NAME_SIMILARITY",
    "TITLES",
    "first_names_match",
    "initial_fits",
    "is_initial",
    "name_key",
    "person_id",
    "phonetic",
    "split_words",
    "surnames_close",
]

# Thresholds (rapidfuzz ratio, 0..100) checked on the five examples/ articles and the
# Renard pair of tests/test_linking.py; re-check them together.
FIRST_NAME_SIMILARITY = 80
"""Two first names of one surname are one person's (Sergueï/Sergey, Anthony/Antony)."""
CONTEXT_FIRST_NAME_SIMILARITY = 60
"""Looser first-name bar when both names occur in one article or story (Antoine/Anthony)."""
CONTEXT_SURNAME_SIMILARITY = 70
"""A garbled surname (BlinkIl) matches a surname of the same article or story (Blinken)."""
CONTEXT_SURNAME_PREFIX = 3
"""...and shares at least its first letters, so unrelated short names never meet."""
TITLES = frozenset({
    "m", "mme", "mlle", "mm", "dr", "me", "pr", "monsieur", "madame", "mademoiselle",
    "president", "presidente", "ministre", "general", "colonel", "sir", "lord", "cheikh",
    "docteur", "professeur", "maitre", "monseigneur", "pere", "soeur", "prince", "princesse",
    "roi", "reine", "sheikh",
})

@functools.lru_cache(maxsize=1 << 16)
def phonetic(word: str) -> str:
    """A transliteration-tolerant key of one folded name word: French and English spellings
    of one Slavic or Arabic name (Sergueï/Sergei/Sergey, Anthony/Antony) meet here."""
    w = re.sub(r"gu(?=[eiy])", "g", word)
    for a, b in (("ou", "u"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("kh", "h"),
                 ("y", "i"), ("ei", "i"), ("ii", "i")):
        w = w.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", w)


def split_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", name.strip()) if w]


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> tuple[str, str] | None:
    """(first name, surname) of a written full name, folded; None for a single word.

    Titles in front (``M.``, ``Mme``, ``président``) are dropped; middle names are ignored;
    the surname is the last word. ``S. Lavrov`` gives ``("s", "lavrov")``.
    """
    words = [w for w in split_words(name) if fold(w).strip(".") not in TITLES]
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    return fold(words[0]).rstrip("."), fold(words[-1])


def is_initial(first: str) -> bool:
    return len(first.rstrip(".")) <= 1 or re.fullmatch(r"[a-z](-[a-z])?", first) is not None


def first_names_match(a: str, b: str, *, threshold: float = FIRST_NAME_SIMILARITY) -> bool:
    """Two folded first names can belong to one person: equal, transliterations of one
    another, or similar enough (``threshold``). An initial matches only through
    :func:`initial_fits`, never here, so that ``S.`` cannot join two different people."""
    if a == b:
        return True
    if is_initial(a) or is_initial(b):
        return False
    pa, pb = phonetic(a), phonetic(b)
    return pa == pb or fuzz.ratio(pa, pb) >= threshold


def initial_fits(initial: str, first: str) -> bool:
    return bool(first) and first[0] == initial[0]


def surnames_close(a: str, b: str) -> bool:
    """A garbled surname next to a real one in the same context (BlinkIl / Blinken)."""
    if a == b or phonetic(a) == phonetic(b):
        return True
    return (a[:CONTEXT_SURNAME_PREFIX] == b[:CONTEXT_SURNAME_PREFIX]
            and fuzz.ratio(a, b) >= CONTEXT_SURNAME_SIMILARITY)


def person_id(name: str) -> str:
    """Stable id of a canonical person, from the folded display name."""
    return "p-" + hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:10]
