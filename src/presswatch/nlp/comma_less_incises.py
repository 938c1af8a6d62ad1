"""An incise written without its comma at the end of a sentence: `Une grève est prévue
vendredi a fait savoir la direction`, `Le gouvernement a rejeté l'amendement révèle le site
X ce jeudi`.

Why apart: `incise_cues.is_incise` reads an incise after a comma or a closing mark; hasty
copy drops the comma, and the verb of saying then reads as more of the clause before it
(its object, or the object's noun phrase running on). The signs without the comma: a whole
clause before the verb (a finite verb of its own, no relative or `que` opening it), and
after the verb only its inverted subject (a noun phrase, a date) to the end of the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.nlp.candidates import Cue
from presswatch.nlp.circumstances import skip_circumstance
from presswatch.nlp.docfacts import morph

OPENS_A_CLAUSE = frozenset({"que", "qu'", "qu’", "qui", "dont", "où", "comme", "si", "quand",
                            "lorsque", "lorsqu'", "lorsqu’", "ce"})
"""Words before the verb that make it the verb of a subordinate clause, not an incise."""
WORD_BEFORE = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADV"})
"""What the clause before the incise ends on (not a pronoun: `l'a annoncé X`, `dont parle
X`; not a determiner, a preposition or an auxiliary)."""


def comma_less_incise(doc: Doc, cue: Cue) -> bool:
    """Whether the cue is an incise with no comma before it, ending its sentence."""
    if cue.clitic is not None or "incise" not in cue.verb.frames or cue.start < 4:
        return False
    if "Fin" not in morph(doc[cue.start], "VerbForm") or doc[cue.start].lower_.endswith("ant"):
        return False  # `ayant conclu des accords`: a participle describes, no incise
    prev = doc[cue.start - 1]
    if prev.pos_ not in WORD_BEFORE or prev.is_punct:
        return False
    first = doc[cue.i].sent.start
    before = doc[first:cue.start]
    if any(t.lower_ in OPENS_A_CLAUSE or t.text in {",", ":", ";", "«", "»", "\""}
           for t in before):
        return False  # (`Les travaux que promet le maire`, an aside: not read here)
    if not any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm") for t in before):
        return False  # `Le texte rappelle le préambule`: no clause before the verb
    verb = doc[cue.i]
    if verb.dep_ == "ROOT" and any(c.dep_.startswith("nsubj") and c.i < cue.start
                                   for c in verb.children):
        return False  # `Le collectif La Voie est libre a annoncé …`: the sentence's main
        # verb with its subject before it (a name with a verb inside) reports forward
    j = skip_circumstance(doc, cue.tail)
    if j >= len(doc) or not (doc[j].pos_ in {"DET", "PROPN"} or doc[j].ent_type_):
        return False
    end = doc[cue.i].sent.end
    rest = doc[j:end]
    return not any(t.pos_ in {"VERB", "AUX"} or t.lower_ in OPENS_A_CLAUSE - {"ce"} or
                   t.text in {",", ":", ";", "«", "»", "\""} for t in rest)
