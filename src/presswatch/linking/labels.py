"""Where a story or event took place, said as French says it: `à Genève`, `en France`,
`au Kremlin`, `aux États-Unis`.

Labels used to put `à` before every place (`réunion à France`). The preposition depends on
what the place is: a country takes `en` (feminine or opening on a vowel) or `au`/`aux`; a
place written with its article contracts it (`le Kremlin` → `au Kremlin`); anything else
(a city, most often) takes `à`. Countries come from `data/nationality_countries.tsv`, seats
of power as French writes them (`Kremlin` → `le Kremlin`) from `data/interaction_seats.tsv`
(both editable).
"""

from __future__ import annotations

import functools

from presswatch.lexicon import load_nationality_countries, load_seats
from presswatch.textutil import fold

# Countries ending in -e that are masculine, and islands that take `à`
_MASCULINE_IN_E = frozenset({"mexique", "cambodge", "mozambique", "zimbabwe", "belize"})
_ISLANDS = frozenset({"cuba", "madagascar", "malte", "chypre", "haiti", "singapour"})


@functools.cache
def _countries() -> frozenset[str]:
    """Folded country names of `data/nationality_countries.tsv`."""
    return frozenset(fold(c) for c in load_nationality_countries().values())


@functools.cache
def _seats_written() -> dict[str, str]:
    """Folded seat → its written form, for seats French writes with an article."""
    return {s.seat: s.written for s in load_seats()
            if s.written.split(maxsplit=1)[0].lower() in {"le", "la", "les"} or
            s.written[:2].lower() in {"l'", "l’"}}


def located(place: str) -> str:
    """`place` with the preposition a French label puts before it."""
    place = _seats_written().get(fold(place), place)
    words = place.split(maxsplit=1)
    first = fold(words[0]) if words else ""
    if first in {"le", "les"} and len(words) == 2:
        return ("au " if first == "le" else "aux ") + words[1]
    if first in {"la"} or place[:2].lower() in {"l'", "l’"}:
        return "à " + place[:1].lower() + place[1:]
    key = fold(place)
    if key in _countries() and key not in _ISLANDS:
        if key.endswith("s"):
            return "aux " + place  # États-Unis, Pays-Bas, Philippines
        if key[:1] in "aeiouy" or (key.endswith("e") and key not in _MASCULINE_IN_E):
            return "en " + place
        return "au " + place
    return "à " + place
