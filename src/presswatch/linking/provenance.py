"""Provenance: the agencies and outlets an article credits, and its byline.

An article republishes wire copy (``Avec des informations de Spoutnik et de l'AFP``,
``MOSCOU (Reuters) -``, ``selon l'AFP``), quotes another outlet (``Iran Press/ Le Monde :``,
``le journal russe Kommersant a cité``) and is signed (``Par Jean Dupont``). Knowing that
lets an analyst filter by original source as well as by publishing outlet.

Credits come from general French patterns plus an editable list of agency names
(``presswatch/data/agencies.tsv``): a known agency is credited wherever it is named; any
other name only where a pattern says it is a source (after ``le journal``, ``l'agence``, in
a credit line). Pure functions of the article text: no model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from presswatch.lexicon import _rows
from presswatch.textutil import fold

__all__ = ["Agencies", "Credit", "Provenance", "default_agencies", "find_provenance",
           "load_agencies"]

CREDIT_LINE_CHARS = 80
"""A line this short that starts with ``Avec``, ``Source :``, ``©`` is a credit line."""
BYLINE_LINES = 3
"""A byline (``Par Jean Dupont``) is looked for in the first and last lines this many."""


@dataclass(frozen=True, slots=True)
class Credit:
    """One source an article credits.

    Attributes:
        name: The agency's name from the agency list (``AFP`` for ``l'Agence
            France-Presse``), else the outlet as written (``Le Monde``).
        kind: ``agency`` (in the list, or introduced as ``l'agence X``) or ``outlet``.
        phrase: The words that credit it (``Avec des informations de Spoutnik``).
        start, end: Offsets of ``phrase`` in the article text.
    """

    name: str
    kind: str
    phrase: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Provenance:
    """What one article credits, first mention first, and who signed it."""

    credits: tuple[Credit, ...] = ()
    byline: str | None = None


class Agencies:
    """The agency list: aliases as written in texts → the name credits are stored under."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = dict(names)
        aliases = sorted(self.names, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])"
        ) if aliases else None
        self._folded = {fold(a): n for a, n in self.names.items()}

    def canonical(self, name: str) -> str | None:
        """The agency ``name`` designates (any alias, any case), or None."""
        return self._folded.get(fold(name))

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, agency name) of every alias named in ``text``."""
        if self._pattern is None:
            return []
        return [(m.start(), m.end(), self.names[m.group(1)])
                for m in self._pattern.finditer(text)]


def load_agencies(path: str | Path | None = None) -> Agencies:
    """The agency list from a TSV file (``name``, ``aliases`` separated by ``|``); the
    packaged one when ``path`` is None."""
    names: dict[str, str] = {}
    for row in _rows(Path(path) if path else None, "agencies.tsv"):
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias.strip():
                names[alias.strip()] = row["name"]
    return Agencies(names)


@lru_cache(maxsize=1)
def default_agencies() -> Agencies:
    """The packaged agency list, loaded once per process."""
    return load_agencies()


# --------------------------------------------------------------------------------------------
# Patterns

_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒ"
_NAME_WORD = rf"[{_UPPER}][\w'’.&-]*"
_NAME = rf"{_NAME_WORD}(?:[ \xa0]+(?:{_NAME_WORD}|\d+))*"
_APOS = "['’]"

# "le journal russe Kommersant", "l'agence de presse officielle IRNA", "la chaîne CNN"
_MEDIA = re.compile(
    rf"\b(?P<noun>(?i:l{_APOS}agence|le journal|le quotidien|l{_APOS}hebdomadaire|le mensuel|"
    rf"le magazine|le site|la chaîne|la radio|la télévision|le média))"
    rf"(?:[ \xa0]+(?:de presse|d{_APOS}informations?|en ligne|[a-zàâçéèêëîïôûùüÿœ]+)){{0,3}}?"
    rf"[ \xa0]+(?P<name>{_NAME})")
_NOT_OUTLETS = frozenset({"internet", "web"})

# "Avec des informations de Spoutnik et de l'AFP"
_INFORMATION = re.compile(rf"(?i:avec des informations (?:de |d{_APOS}))(?P<names>[^\n.]+)")
# a short line "Avec AFP", "Source : Le Monde", "© Reuters"
_CREDIT_LINE = re.compile(r"^[ \t]*(?:(?i:avec|sources?[ \xa0]*:|crédits?[ \xa0]*:)|©)"
                          r"[ \xa0]*(?P<names>.+)$", re.MULTILINE)
# "Iran Press/ Le Monde :" opening a line
_SLASHED = re.compile(rf"^[ \t]*(?P<names>{_NAME}(?:[ \xa0]*/[ \xa0]*{_NAME})+)[ \xa0]*:",
                      re.MULTILINE)
# a dateline "MOSCOU (Reuters) -"
_DATELINE = re.compile(rf"^[ \t]*[{_UPPER}][{_UPPER}' -]{{2,}}[ \xa0]*"
                       r"\((?P<names>[^()\n]{2,40})\)[ \xa0]*[-–—]", re.MULTILINE)
_LIST_SEP = re.compile(r"[ \xa0]*(?:,|/|&|\bet\b)[ \xa0]*")
_LEADING = re.compile(rf"^(?:de la |de l{_APOS}|du |des |de |d{_APOS}|la |le |les |l{_APOS})")

_BYLINE = re.compile(
    rf"^[ \t]*(?:Par|Propos recueillis par|Rédigé par|Écrit par)[ \xa0]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \xa0]+(?:{_NAME_WORD}|de|du|d{_APOS}|van|von|da|di|le|la))*"
    rf"[ \xa0]+{_NAME_WORD}(?:[ \xa0]+et[ \xa0]+{_NAME_WORD}(?:[ \xa0]+{_NAME_WORD})+)?)")


def _names_in(listing: str, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of each capitalised name of a list (``Spoutnik et de l'AFP``)."""
    out = []
    pos = 0
    for part in _LIST_SEP.split(listing):
        at = listing.find(part, pos)
        pos = at + len(part)
        lead = _LEADING.match(part)
        name = part[lead.end():] if lead else part
        name = name.strip(" \xa0.;:!?»«\"()")
        if name and name[0].isupper() and len(name.split()) <= 5:
            start = offset + at + (lead.end() if lead else 0)
            out.append((start, start + len(name), name))
    return out


def _byline(text: str) -> str | None:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for line in lines[:BYLINE_LINES] + lines[-BYLINE_LINES:]:
        if (m := _BYLINE.match(line)) is not None:
            return " ".join(m.group("name").split())
    return None


def find_provenance(text: str, agencies: Agencies | None = None) -> Provenance:
    """The sources ``text`` credits (each once, at its first credit) and its byline."""
    agencies = agencies or default_agencies()
    found: list[tuple[int, int, str, str, str]] = []  # start, end, name, kind, phrase

    def add(start: int, end: int, name: str, *, phrase: tuple[int, int], agency: bool = False
            ) -> None:
        canonical = agencies.canonical(name)
        if fold(name) in _NOT_OUTLETS:
            return
        kind = "agency" if canonical or agency else "outlet"
        found.append((start, end, canonical or name, kind, text[phrase[0]:phrase[1]].strip()))

    for start, end, name in agencies.mentions(text):
        add(start, end, name, phrase=(start, end))
    for m in _MEDIA.finditer(text):
        add(m.start("name"), m.end("name"), m.group("name"), phrase=m.span(),
            agency=m.group("noun").lower().endswith("agence"))
    for pattern in (_INFORMATION, _SLASHED, _DATELINE):
        for m in pattern.finditer(text):
            for start, end, name in _names_in(m.group("names"), m.start("names")):
                add(start, end, name, phrase=m.span())
    for m in _CREDIT_LINE.finditer(text):
        if len(m.group(0).strip()) <= CREDIT_LINE_CHARS:
            for start, end, name in _names_in(m.group("names"), m.start("names")):
                add(start, end, name, phrase=m.span())
    credits: dict[str, Credit] = {}
    for start, end, name, kind, phrase in sorted(found, key=lambda f: (f[0], -len(f[4]))):
        key = fold(name)
        if key not in credits:
            credits[key] = Credit(name, kind, phrase, start, end)
        elif kind == "agency" and credits[key].kind != "agency":
            credits[key] = Credit(credits[key].name, kind, credits[key].phrase,
                                  credits[key].start, credits[key].end)
    return Provenance(tuple(credits.values()), _byline(text))
