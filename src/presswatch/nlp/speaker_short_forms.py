"""An institution the article names in full, then by its head noun alone: `La Cour
européenne des droits de l'homme a condamné … la Cour a estimé que …`, `Le ministère des
Armées a confirmé … Le ministère précise que …`.

Why: the short form (`la Cour`, `la Commission`, `le Conseil`) is capitalised, so it
reads as a name of its own and stays the speaker, while it says which institution only
together with the full name written elsewhere in the article. A speaker that is an article
and one capitalised word takes the full name the article gives an organisation opened by
that word, when it gives exactly one (two courts named in full leave `la Cour` as it is).
The same holds for a lower-case institution noun (`le ministère`, `la fédération`, `le
parquet`): alone it names no institution, while the article named one in full before
(`le ministère de la Santé`, `la Fédération française de handball`, `le parquet de
Nanterre`); with exactly one such name before it, that is the speaker.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.mention_forms import GENERIC_QUALIFIERS
from presswatch.textutil import doc_ents, doc_text, fold

SHORT_FORM = re.compile(r"^(?P<article>(?:le|la|les) |l'|l’)(?P<head>[^\W\d_][\w-]*)$",
                        re.IGNORECASE)
INSTITUTION_CLASSES = frozenset({"institution", "media"})
TIME_QUALIFIERS = frozenset({"precedent", "precedente", "sortant", "sortante", "dernier",
                             "derniere", "prochain", "prochaine"})
"""Adjectives that say when, not which (`le gouvernement précédent`), folded."""
"""Speaker-noun classes whose lower-case noun alone is an institution's short form."""


def full_names(doc: Doc) -> dict[str, set[str]]:
    """Folded head word → the organisation names of the article it opens, written with
    a lower-case word after it (`Cour pénale internationale`, `Conseil constitutionnel`,
    `Cour de cassation`): a name made of a common noun and its complements, which the
    press shortens to the noun."""
    out: dict[str, set[str]] = {}
    for ent in doc_ents(doc):
        words = ent.text.split()
        if ent.label_ != "ORG" or len(words) < 2 or not words[0][:1].isupper() or \
                not words[1][:1].islower():
            continue
        out.setdefault(fold(words[0]), set()).add(" ".join(words))
    return out


def _is_institution_noun(word: str, lex: Lexicon) -> bool:
    """`ministère`, `fédération`, `radio`: a noun that describes an institution, not a
    person (`le président` is a role, taken up by people)."""
    entry = lex.speaker_nouns.get(word)
    return (entry is not None and entry[0] in INSTITUTION_CLASSES) or \
        fold(word) in lex.organisation_nouns


def _named_in_full(doc: Doc, head: str, before: int) -> set[str]:
    """The institution names before char `before`, outside quotation marks, headed by
    the noun `head` (folded) and naming it with a capital (`ministère de la Santé`,
    `parquet de Nanterre`, `Fédération française de handball`) or an adjective that
    says which (`parquet national financier`, `tribunal administratif`), as written. A complement
    naming a person (`le gouvernement de Paul Roux`) says whose, not which: left out."""
    quoted = [(q["start"], q["end"]) for q in doc._.quotes or []]
    text, out = doc_text(doc), set()
    for t in doc:
        if t.idx >= before:
            break
        if t.pos_ not in {"NOUN", "PROPN"} or head not in {fold(t.lemma_), fold(t.text)} \
                or "Plur" in morph(t, "Number") or \
                any(lo <= t.idx < hi for lo, hi in quoted):
            continue
        right = _complements_end(t)
        words = doc[t.i: right + 1]
        if len(words) < 2 or words[-1].idx >= before or any(
                w.ent_type_ == "PER" for w in words) or not (
                t.text[:1].isupper() or any(w.text[:1].isupper() for w in words[1:]) or
                any(w.pos_ == "ADJ" and w.head == t and w.i > t.i and
                    fold(w.text) not in GENERIC_QUALIFIERS | TIME_QUALIFIERS for w in words)):
            continue
        out.add(text[t.idx: words[-1].idx + len(words[-1])])
    return out


def _complements_end(t: Token) -> int:
    """The last token of `t`'s adjectives and complements after it (`ministère` → `…
    de la Santé`), stopping at a comma or a verb."""
    right = t.i
    for c in t.children:
        if c.i <= t.i or c.dep_ not in {"amod", "nmod", "flat:name"}:
            continue
        last = c.right_edge.i
        bracket = next((w.i for w in t.doc[c.i: last + 1] if w.text == "("), None)
        if bracket is not None and bracket > c.i:
            last = bracket - 1  # `l'Institut régional de la statistique (IRS)`: the
            # short form in brackets closes the name, it does not void its complement
        if not any(w.text in {",", "(", ";"} or w.pos_ in {"VERB", "AUX"}
                   for w in t.doc[t.i + 1: last + 1]):
            right = max(right, last)
    return right


def expand_short_forms(doc: Doc, quotes: list[dict], lex: Lexicon | None = None) -> None:
    """Give a quote whose speaker is an institution's short form (`la Cour`, `le
    ministère`) the one full name the article gives it (`la Cour pénale internationale`,
    `le ministère de la Santé`)."""
    forms: dict[str, set[str]] | None = None
    for q in quotes:
        match = SHORT_FORM.match(q.get("speaker") or "")
        if match is None:
            continue
        head = match.group("head")
        if not head[:1].isupper():
            if lex is None or q.get("mention_start") is None or \
                    not _is_institution_noun(head.lower(), lex):
                continue
            names = _named_in_full(doc, fold(head), q["mention_start"])
            if len({fold(n) for n in names}) == 1:
                q["speaker"] = match.group("article") + min(names)
            continue
        if forms is None:
            forms = full_names(doc)
        names = forms.get(fold(head), set())
        if len({fold(n) for n in names}) == 1:
            q["speaker"] = match.group("article") + min(names)
