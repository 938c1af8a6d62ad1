"""Who speaks in a sentence opened by a participle or a gerund (`Estimant que …, le
directeur, Paul Roux, a salué …`, `Tout en jugeant que …, la ministre, Anne Roy, a …`):
the main clause's subject, with its apposition, comes before the main verb, and the comma
closing that apposition does not make the verb an incise.

Why a module of its own: `incise_cues` asks it, and `cues` imports `incise_cues`, so this
test may import nothing that imports `cues` (`spans`, `implicit_subjects` do).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import DE_FORMS, is_present_participle

GERUND_OPENERS = frozenset({"en"})
"""The preposition of a gerund (`en assurant que`), `tout` before it (`tout en
reconnaissant que`)."""

NP_TAGS = frozenset({"DET", "NOUN", "PROPN", "ADJ"})


def is_gerund_form(verb: Token) -> bool:
    """A present participle by its morphology, or by its form in -ant after `en` (the
    tagger calls `accusant` an infinitive there: `en` + -ant is a gerund in French)."""
    return is_present_participle(verb) or verb.lower_.endswith("ant")


def is_noun_phrase(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens `lo`…`hi` are all words of a noun phrase (determiners, nouns, names,
    adjectives, `de`), read from the tags, not the parse."""
    return lo < hi and all(doc[k].pos_ in NP_TAGS or doc[k].lower_ in DE_FORMS
                           for k in range(lo, hi))


def subject_after_opening_participle(doc: Doc, comma: int) -> bool:
    """`Tout en jugeant que …, le directeur de la santé, Olivier Lemaire, a salué …`: the
    sentence opens on a participle or gerund, and `comma` closes the apposition of a noun
    phrase that follows the participle's clause: that phrase is the main clause's subject
    and the verb after `comma` reports forward, its object no inverted subject."""
    start = doc[comma].sent.start
    k = start + (doc[start].lower_ == "tout")
    k += doc[k].lower_ in GERUND_OPENERS
    if k >= comma or not (is_gerund_form(doc[k]) if k > start else
                          is_present_participle(doc[k])):
        return False
    commas = [t.i for t in doc[k:comma] if t.text == ","]
    if len(commas) < 2:
        return False
    opened, closed = commas[-1], commas[-2]
    return doc[closed + 1].pos_ in {"DET", "PROPN"} and \
        is_noun_phrase(doc, closed + 1, opened) and is_noun_phrase(doc, opened + 1, comma) and \
        not any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
                for t in doc[closed:comma])
