"""Countries and nationalities in interactions: the adjectives of nationality
(``lexicon.load_nationalities``) and the country each names (``data/nationality_countries.tsv``,
editable), so that a compound names countries (``le sommet franco-allemand``: France and
Germany), a nationality is never a party (``les Britanniques``), and a role description
whose nationality contradicts what the article says of a person (``le président français``,
read by the speaker resolver as the president the article calls ``chinois``) is not that
person.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from presswatch.lexicon import load_nationalities, load_nationality_countries
from presswatch.textutil import fold

__all__ = ["compound_countries", "countries_in", "countries_named", "country_of",
           "is_nationality", "nationalities_of"]

ROLE_DEPS = {"appos", "flat:name", "nmod", "amod"}
"""How a name hangs on the role description written beside it (`le président chinois Xi
Jinping`), however the parser read the name."""


@functools.cache
def _nationalities() -> frozenset[str]:
    return load_nationalities()


def country_of(word: str) -> str | None:
    """`allemandes`, `grecque`, `ukrainienne`, `sino`: the country a form names."""
    f = fold(word)
    one = f.removesuffix("s")
    for form in (f, one, one.removesuffix("e"), one.removesuffix("ne"),
                 one.removesuffix("que"), one.removesuffix("que") + "c"):
        if form in load_nationality_countries():
            return load_nationality_countries()[form]
    return None


def compound_countries(noun: Token) -> list[str]:
    """`le sommet franco-allemand`, `les discussions sino-américaines`, `les négociations
    russo-ukrainiennes`: the countries a compound adjective of nationality on the noun
    names (all its parts must be such forms), in order; empty otherwise."""
    doc = noun.doc
    for start in sorted({c.i for c in noun.children if c.dep_ == "amod" and c.i > noun.i}
                        | {noun.i + 1}):
        end = start  # the tokenizer may split the word (`russo`, `-`, `ukrainiennes`)
        while end + 1 < len(doc) and not doc[end].whitespace_ and not doc[end + 1].is_space:
            end += 1
        word = doc[start:end + 1].text if start < len(doc) else ""
        found = [country_of(part.strip(".,;:!?»)")) for part in word.split("-")]
        if "-" in word and len(found) >= 2 and all(found):
            return list(dict.fromkeys(n for n in found if n))
    return []


def countries_in(words: set[str]) -> set[str]:
    """The countries folded words name, as adjectives of nationality (`malienne` → mali)
    or by the country's own name (`mali`): a role's complement compared across both
    forms (`le chef de la délégation malienne`, `le ministre … du Mali`)."""
    return {fold(n) for w in words if is_nationality(w) and (n := country_of(w))} | \
        (words & _country_names())


@functools.cache
def _country_names() -> frozenset[str]:
    """The countries' own names, folded (made once: `countries_in` is asked for every role
    complement compared)."""
    return frozenset(fold(c) for c in load_nationality_countries().values())


def is_nationality(word: str) -> bool:
    """`Britannique`, `russes`, `française`, `ghanéenne`: an adjective or noun of
    nationality (of the speaker lexicon's list, or of a country ``data/nationality_countries.tsv``
    knows; not the short forms of compounds: `franco`)."""
    f = fold(word)
    return any(form in _nationalities() for form in (
        f, f.removesuffix("s"), f.removesuffix("es"), f.removesuffix("e"),
        f.removesuffix("ne").removesuffix("nes"))) or (
        not f.endswith("o") and country_of(word) is not None)


def countries_named(role: Token) -> set[str]:
    """The countries the adjectives of nationality on a role description name (`le
    président chinois` → Chine; `les chefs de la diplomatie américaine et russe` → both)."""
    adjectives = [c for c in role.children if c.dep_ == "amod"]
    adjectives += [t for a in adjectives for t in a.conjuncts]
    return {n for a in adjectives if a.pos_ == "ADJ" and is_nationality(a.text)
            and (n := country_of(a.text))}


def nationalities_of(doc: Doc, people: list[dict], quotes: list[dict]) -> dict[str, set[str]]:
    """Person → the countries the article ties them to: a nationality on the role written
    right before their name (`le président chinois Xi Jinping`; an apposition after it is
    too often a misparse of the next phrase), or in the words a quote of theirs names them
    by (`a déclaré le président chinois`, resolved to them)."""
    out: dict[str, set[str]] = {}
    for p in people:
        for m in p.get("mentions") or []:
            span = doc.char_span(m, m + 1, alignment_mode="expand")
            if span is None or not len(span):
                continue
            tok = span[0]
            while tok.dep_ == "flat:name" and tok.head is not tok:
                tok = tok.head
            role = tok.head
            if tok.dep_ in ROLE_DEPS and role.pos_ == "NOUN" and role.i < tok.i and not any(
                    t.is_punct for t in doc[role.i: tok.i]):  # not `X, le ministre russe`:
                out.setdefault(p["name"], set()).update(countries_named(role))  # a misparse
    names = {p["name"] for p in people}
    for q in quotes:
        if q.get("speaker") in names and q.get("mention"):
            out.setdefault(q["speaker"], set()).update(
                n for w in q["mention"].split() if is_nationality(w) and (n := country_of(w)))
    return {who: found for who, found in out.items() if found}
