"""The historical infinitive of the press: `Et d'ajouter : « … »`, `Et le maire de
regretter que …`.

Why: French narration writes a report as `et` + (subject) + `de` + an infinitive of saying
that stands for a finite verb (`Et le maire de regretter que …` = `Et le maire regretta
que …`). The parser hangs such an infinitive on the subject noun or on `et`, and an
infinitive under a noun is otherwise a noun's complement (`le refus d'exclure …`), which
reports nothing; the opening `Et` and a `de` right before the verb, with nothing but a
noun phrase between, tell the two apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import is_infinitive, morph

SUBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP", "PUNCT"})
"""What the subject between `Et` and `de` may be made of: a noun phrase, its `de`
complements and an apposition set off by commas (`le maire de X, Jean Roux,`)."""


def historical_infinitive(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The subject of a historical infinitive at `verb` (`Et le maire de regretter …`), as a
    token span, empty (`(k, k)`) for `Et d'ajouter …`; None when `verb` is no such
    infinitive."""
    if not is_infinitive(verb) or verb.i < 2 or \
            doc[verb.i - 1].lower_.replace("’", "'") not in {"de", "d'"}:
        return None
    k = verb.i - 2
    while k >= 0 and doc[k].lower_ != "et" and doc[k].pos_ in SUBJECT_POS and \
            doc[k].text not in {".", "!", "?", ";", ":"} and verb.i - k < 16:
        k -= 1
    if k < 0 or doc[k].lower_ != "et" or not _opens_sentence(doc, k):
        return None
    lo, hi = k + 1, verb.i - 1
    while hi > lo and doc[hi - 1].text == ",":
        hi -= 1
    if hi > lo and not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[lo:hi]):
        return None
    if any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm") for t in doc[lo:hi]):
        return None
    return lo, hi


def _opens_sentence(doc: Doc, k: int) -> bool:
    """Whether `Et` at `k` opens its sentence (after a full stop, a line break or nothing)."""
    m = k - 1
    while m >= 0 and doc[m].is_space:
        m -= 1
    return m < 0 or doc[m].text in {".", "!", "?", "»", "”"} or "\n" in doc[m].text
