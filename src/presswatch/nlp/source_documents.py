"""Source phrases about documents, figures and norms: `selon des chiffres publiés jeudi
par l'Insee`, `selon le bilan communiqué par la préfecture` are the publisher's (the
figures say nothing of their own, as `selon les chiffres de l'Insee` is the institute's);
`adapté d'après le roman de X`, `effectués selon la loi` say how a thing was made, and
name no source at all. Split from `presswatch.nlp.source_phrases`, which finds where a
source phrase's noun phrase ends and whether it can speak.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.lexicon import Lexicon
from presswatch.nlp.circumstances import says_when
from presswatch.nlp.docfacts import morph
from presswatch.nlp.source_phrases import is_source
from presswatch.textutil import fold

PUBLISHING_STEMS = ("publi", "communiqu", "diffus", "transmis", "fourni", "etabli", "devoil",
                    "present", "revel", "rendu", "realis", "mene", "effectu", "conduit",
                    "dress", "annonc")
"""Folded stems of the participles whose agent made or gave out the document (`publiés
par`, `communiqué par`, `réalisé par`, `dressé par`); not `consulté par`, `obtenu par`,
`commandé par`, whose agent read, got or ordered it."""

AGENT_GAP = 4
"""Words at most between the participle and `par` (`publiés jeudi soir par`,
`communiqué en fin de journée par`)."""


def published_by(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The agent of a participle right after a document or figures noun in the source
    noun phrase `start` … `end` (`des chiffres publiés mercredi par l'Institut régional
    de la statistique`): the tokens after `par`, up to the phrase's end; None when the
    head noun names no document (`selon le maire, élu par …`) or no agent follows."""
    noun = next((k for k in range(start, min(start + 4, end))
                 if doc[k].pos_ == "NOUN"), None)
    if noun is None or lex.noun_class(doc[noun]) != "media":
        return None
    k = noun + 1
    while k < end and doc[k].pos_ == "ADJ" and "Part" not in morph(doc[k], "VerbForm"):
        k += 1  # `les derniers chiffres officiels publiés par`
    if k >= end or not _participle(doc, k) or \
            not fold(doc[k].text).startswith(PUBLISHING_STEMS):
        return None  # (`un courrier consulté par notre rédaction`: who read it, not who
        # wrote it)
    par = next((j for j in range(k + 1, min(k + 2 + AGENT_GAP, end))
                if doc[j].lower_ == "par"), None)
    if par is None or par + 1 >= end or any(
            t.is_punct for t in doc[k + 1:par]) or not all(
            says_when(doc, j) or doc[j].pos_ in {"ADV", "ADP", "DET", "NOUN"}
            for j in range(k + 1, par)):
        return None
    return par + 1, end


PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


def _participle(doc: Doc, k: int) -> bool:
    """A past participle, or a first-group one the tagger calls a noun after another
    noun (`le bilan communiqué lundi par`): its spelling says it."""
    t = doc[k]
    return ("Part" in morph(t, "VerbForm") and t.pos_ in {"VERB", "ADJ"}) or \
        (t.pos_ == "NOUN" and t.lower_.endswith(PARTICIPLE_ENDINGS))


NORM_NOUNS = frozenset({"loi", "regle", "reglement", "reglementation", "procedure", "norme",
                        "code", "protocole", "bareme", "calendrier", "principe", "methode",
                        "modalite", "critere", "usage", "coutume", "tradition", "recette"})
"""Nouns (folded lemmas) of a rule or a way of doing (`selon la loi`, `d'après la
méthode`): after a participle they say how, not who."""


def says_how(doc: Doc, prep_start: int, np_start: int, np_end: int, lex: Lexicon) -> bool:
    """Whether a source phrase right after a past participle, with no comma between,
    says how the participle's act was done (`adapté d'après le roman de Simone Varga`,
    `Les relevés sont effectués selon la loi`) rather than who says the clause: its head
    is a rule or no source (a name in its complement writes the novel, it does not speak).
    `ont été tuées selon la police` keeps its source."""
    if prep_start == 0:
        return False
    before = doc[prep_start - 1]
    if "Part" not in morph(before, "VerbForm") or before.pos_ not in {"VERB", "ADJ"}:
        return False
    head = next((t for t in doc[np_start:np_end] if t.pos_ in {"NOUN", "PROPN", "PRON"}),
                None)
    return head is not None and (fold(head.lemma_) in NORM_NOUNS or not is_source(head, lex))
