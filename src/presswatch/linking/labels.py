"""How a story or event label words things: who (a surname, `Elizabeth II` whole), what
(`rencontre`, `sommet`), and where, as French says it: `à Genève`, `en France`, `au
Kremlin`, `aux États-Unis`.

Labels used to put `à` before every place (`réunion à France`). The preposition depends on
what the place is: a country takes `en` (feminine or opening on a vowel) or `au`/`aux`; a
place written with its article contracts it (`le Kremlin` → `au Kremlin`); a named
territory takes `dans` and its noun's article (`dans l'État du Michigan`); anything else
(a city, most often) takes `à`. Countries come from `data/nationality_countries.tsv`, seats
of power as French writes them (`Kremlin` → `le Kremlin`) from `data/interaction_seats.tsv`
(both editable).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable

from presswatch.lexicon import load_nationality_countries, load_seats
from presswatch.textutil import fold

# Countries ending in -e that are masculine, and islands that take `à`
_MASCULINE_IN_E = frozenset({"mexique", "cambodge", "mozambique", "zimbabwe", "belize"})
_ISLANDS = frozenset({"cuba", "madagascar", "malte", "chypre", "haiti", "singapour"})
# Nouns that open a named territory (`État du Michigan`, `province du Québec`): French
# puts `dans` and the noun's article before them, never a bare `à`
_TERRITORY_ARTICLES = {"etat": "l'", "province": "la ", "region": "la ", "departement": "le ",
                       "comte": "le ", "canton": "le ", "territoire": "le ", "oblast": "l'",
                       "land": "le ", "emirat": "l'", "principaute": "la "}


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
        rest = words[1] if first == "la" and len(words) == 2 else place[2:]
        if rest[:1].isupper() and fold(rest) not in _seats_written():
            return "à " + place  # the article is part of a town's name: `à La Rochelle`
        return "à " + place[:1].lower() + place[1:]  # `à la Maison Blanche`, `à la mairie`
    key = fold(place)
    article = _TERRITORY_ARTICLES.get(first) if len(words) == 2 else None
    if article and fold(words[1]).startswith(("de ", "du ", "des ", "d'", "d’")):
        return f"dans {article}{place}"
    if key in _countries() and key not in _ISLANDS:
        if key.endswith("s"):
            return "aux " + place  # États-Unis, Pays-Bas, Philippines
        if key[:1] in "aeiouy" or (key.endswith("e") and key not in _MASCULINE_IN_E):
            return "en " + place
        return "au " + place
    return "à " + place


KIND_WORDS = {"meeting": "rencontre", "talks": "pourparlers", "phone_call": "appel",
              "press_conference": "conférence de presse", "summit": "sommet",
              "visit": "visite"}
"""What a label calls each interaction type."""


def short_name(name: str, aliases: Iterable[str] = ()) -> str:
    """How a label names a person: the surname, the whole name for a regnal one
    (`Elizabeth II`), the first word when the articles call the person by it alone and
    never by the last (`Xi` of `Xi Jinping`: a family name written first)."""
    words = name.split()
    if len(words) > 1 and words[-1].strip(".").upper() == words[-1].strip(".") and set(
            words[-1].strip(".")) <= set("IVXL"):
        return name
    if len(words) > 1:
        alone = {fold(a) for a in aliases if len(a.split()) == 1}
        if fold(words[0]) in alone and fold(words[-1]) not in alone:
            return words[0]
    return words[-1] if words else name


def event_label(people: Counter[str], kinds: Counter[str], places: Counter[str],
                first_date: str | None) -> str:
    """A readable name for an event: its main people, what happened, where and when."""
    label = " – ".join(short_name(n) for n, _ in people.most_common(2)) or "?"
    kind = next((k for k, _ in kinds.most_common() if k != "press_conference"), None) or (
        kinds.most_common(1)[0][0] if kinds else None)
    if kind:
        label += f", {KIND_WORDS.get(kind, kind)}"
    if places:
        label += " " + located(places.most_common(1)[0][0])
    if first_date:
        label += f" ({first_date})"
    return label
