"""An institution the article names in full, then by its head noun alone: `La Cour
européenne des droits de l'homme a condamné … la Cour a estimé que …`.

Why: the short form (`la Cour`, `la Commission`, `le Conseil`) is capitalised, so it
reads as a name of its own and stays the speaker, while it says which institution only
together with the full name written elsewhere in the article. A speaker that is an article
and one capitalised word takes the full name the article gives an organisation opened by
that word, when it gives exactly one (two courts named in full leave `la Cour` as it is).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from presswatch.textutil import doc_ents, fold

SHORT_FORM = re.compile(r"^(?P<article>(?:le|la|les) |l'|l’)(?P<head>[^\W\d_][\w-]*)$",
                        re.IGNORECASE)


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


def expand_short_forms(doc: Doc, quotes: list[dict]) -> None:
    """Give a quote whose speaker is an institution's short form (`la Cour`) the one full
    name the article gives it (`la Cour pénale internationale`)."""
    forms: dict[str, set[str]] | None = None
    for q in quotes:
        match = SHORT_FORM.match(q.get("speaker") or "")
        if match is None or not match.group("head")[:1].isupper():
            continue
        if forms is None:
            forms = full_names(doc)
        names = forms.get(fold(match.group("head")), set())
        if len({fold(n) for n in names}) == 1:
            q["speaker"] = match.group("article") + min(names)
