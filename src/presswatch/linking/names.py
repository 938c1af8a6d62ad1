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
    "one_first_name",
    "person_id",
    "phonetic",
    "same_surname",
    "split_words",
    "surname_key",
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


def one_first_name(a: str, b: str) -> bool:
    """Two written first names of one surname in one article are one person's: equal, one
    transliteration (`Sergueï` / `Sergei`, :func:`phonetic`) or an initial of the other
    (`A.` / `Aliaksandr`). Stricter than :func:`first_names_match`: `Jean` / `Jeanne`
    stay two people."""
    fa, fb = fold(a).rstrip("."), fold(b).rstrip(".")
    if fa == fb or phonetic(fa) == phonetic(fb):
        return True
    short, full = sorted((fa, fb), key=len)
    return is_initial(short) and not is_initial(full) and initial_fits(short, full)


def initial_fits(initial: str, first: str) -> bool:
    return bool(first) and first[0] == initial[0]


def surnames_close(a: str, b: str) -> bool:
    """A garbled surname next to a real one in the same context (BlinkIl / Blinken)."""
    if a == b or phonetic(a) == phonetic(b):
        return True
    return (a[:CONTEXT_SURNAME_PREFIX] == b[:CONTEXT_SURNAME_PREFIX]
            and fuzz.ratio(a, b) >= CONTEXT_SURNAME_SIMILARITY)


@functools.lru_cache(maxsize=1 << 16)
def surname_key(word: str) -> str:
    """A key of one folded surname that the spellings of one name in one article share,
    when a translation from Russian or English wrote it twice differently: `Choïgov` /
    `Shoigov`, `Michoustine` / `Mishustin`, `Morozov` / `Morosov`, `Medvezhko` /
    `Medvejko`, `Valerianov` / `Valerjanov`, `Loukachenko` / `Lukachenko`, `Grossmann` /
    `Grosman`. Stricter than :func:`surnames_close`, it is meant for names of one article
    with no other clue: French `ch` and English `sh`, `zh` and `j`, `j` and `i` before a
    vowel, `z` and `s`, `w` and `v`, `x` and `ks`, a final `-off` and `-ov`, a final `-ine` and
    `-in` of a long name."""
    w = word.replace("sch", "sh").replace("tch", "ch").replace("ch", "sh")
    w = w.replace("zh", "j").replace("z", "s").replace("w", "v").replace("x", "ks")
    w = re.sub(r"(?<=[^aeiouy])j(?=[aeiou])", "i", w)
    w = phonetic(w)
    w = re.sub(r"of$", "ov", w)
    if len(w) >= 8:  # (not `Martine`, a first name, for `Martin`)
        w = re.sub(r"ine$", "in", w)
    return w


def same_surname(a: str, b: str) -> bool:
    """Two folded surnames of one article are one name: equal, one transliteration key
    (:func:`surname_key`), or one typo of two letters swapped in a long name (`Karpinksi` /
    `Karpinski`). Not a mere likeness: `Martin` and `Martinez`, `Petrov` and `Petrova` stay
    two people."""
    if a == b or surname_key(a) == surname_key(b):
        return True
    if len(a) != len(b) or len(a) < 7:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def person_id(name: str) -> str:
    """Stable id of a canonical person, from the folded display name."""
    return "p-" + hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:10]
