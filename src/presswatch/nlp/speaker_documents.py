"""A document quoted by its noun alone (`Selon le communiqué, …`, `précise la lettre`): who
issued it, when the same sentence or the one before says so (`La mairie de Brest a publié un
communiqué lundi. Selon le communiqué, …`). A communiqué speaks for whoever published it; the
noun alone names nobody a reader could look up."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import sentence_bounds
from presswatch.nlp.spans import np_span

DOCUMENT_NOUNS = frozenset({"communiqué", "lettre", "courrier", "note", "circulaire",
                            "déclaration", "tribune", "message"})
"""Documents a person or a body issues and signs, lower case (not a `rapport` or an
`étude`, whose authors the article often does not name as their issuer)."""
GENERIC_DOCUMENTS = frozenset({"texte", "document"})
"""Nouns that take up a document named before by its kind (`un communiqué` … `le texte`)."""
TAKEN_UP_BY = frozenset({"le", "la", "l'", "l’", "ce", "cette", "cet"})
"""Determiners that take up a document named before (`un communiqué` … `le communiqué`)."""
ISSUING_VERBS = frozenset({"publier", "diffuser", "envoyer", "adresser", "signer", "rendre",
                           "transmettre", "écrire", "rédiger", "annoncer", "indiquer",
                           "affirmer", "déclarer", "préciser", "expliquer", "dénoncer",
                           "assurer", "souligner", "réagir"})
"""Verbs whose subject issued the document they take as object or as `dans un …`."""


def document_issuer(doc: Doc, tokens: list[Token]) -> tuple[int, int] | None:
    """The span naming who issued the document `tokens` (`le communiqué`) stand for, or
    None: the subject of a verb of issuing or saying whose object or `dans` complement is
    the same noun, in the mention's sentence before it or in the sentence before."""
    if len(tokens) != 2 or tokens[0].lower_ not in TAKEN_UP_BY or \
            tokens[1].lower_ not in DOCUMENT_NOUNS | GENERIC_DOCUMENTS:
        return None
    head = tokens[1]
    start = sentence_bounds(head)[0]
    if start > 0:
        start = sentence_bounds(doc[start - 1])[0]
    for t in reversed(doc[start:head.i - 1]):
        if t.head.i == t.i or (t.lower_ != head.lower_ and not (
                head.lower_ in GENERIC_DOCUMENTS and t.lower_ in DOCUMENT_NOUNS)):
            continue  # (`le texte`, `le document` take up any document named before)
        verb = t.head
        if t.dep_ not in {"obj", "obl:mod", "obl", "obl:arg"} or verb.pos_ != "VERB" or \
                verb.lemma_ not in ISSUING_VERBS:
            continue
        subject = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
        if subject:
            return np_span(doc, subject[0])
    return None
