"""Hearings: someone heard by a parliamentary body met that body.

Why: `X a été auditionné par la commission des affaires économiques`, `il était interrogé
par la commission des lois`, `X a témoigné devant la commission d'enquête`, `lors de son
audition devant la commission` report a meeting between the one heard and the body (the
fresh gold of `eval/corpus` counts them so), but none of these words is an interaction
trigger: `interroger`, `entendre` and `témoigner` mostly tell a police or a court
questioning, an interview, a witness. Only the body that hears makes them a meeting, so
this module starts from the body (`data/interaction_hearing_bodies.txt`, editable) and
looks back for the hearing word, instead of adding those words to the trigger lexicon.
A body named bare (`a témoigné en commission`) is no party one can name: nothing.
Round 15: a speech before a sitting body (`son exposé devant le Conseil de sécurité`, `a
pris la parole devant le Sénat`; ``SPEECH_WORDS`` with `devant` and a body of
`data/interaction_sitting_bodies.txt`) is a sitting of that body with the speaker in it.
"""

from __future__ import annotations

import functools
from importlib import resources

from spacy.attrs import LEMMA, POS
from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import strings
from presswatch.nlp.interaction_attendees import sitting_bodies
from presswatch.nlp.interaction_events import mention
from presswatch.nlp.interaction_heads import clause_subjects
from presswatch.nlp.interaction_parties import ArticleParties
from presswatch.textutil import fold

__all__ = ["HEARING_WORDS", "hearings"]

HEARING_WORDS = {"auditionner", "audition", "auditionné", "interroger", "entendre",
                 "témoigner", "comparaître"}
"""Lemmas (or forms the tagger left as they are: `a été audition`) of being heard."""
PASSIVE_ONLY = {"auditionner", "audition", "auditionné", "interroger", "entendre"}
"""Hearing words whose body is their agent (`entendu par`): as verbs, only passive."""
SPEECH_WORDS = {"exposé", "discours", "intervention", "allocution", "exprimer", "intervenir",
                "parole"}
"""Lemmas of speaking before a body: a sitting of it only with `devant` and a body that sits
(`un discours devant les étudiants`, `parler devant la presse` are none)."""
HEARING_CASES = {"par", "devant"}
MAX_GAP = 5
"""Tokens at most between the hearing word and the body's preposition (`auditionnée
mercredi matin par`), set on sentences of our own: further, the body is another verb's."""


@functools.cache
def _bodies() -> frozenset[str]:
    """`data/interaction_hearing_bodies.txt`: the bodies whose hearing is a meeting."""
    text = resources.files("presswatch.data").joinpath(
        "interaction_hearing_bodies.txt").read_text("utf-8")
    return frozenset(fold(w.strip()) for w in text.splitlines()
                     if w.strip() and not w.startswith("#"))


def _hearing_word(body: Token) -> Token | None:
    """The hearing word a body phrase completes (`auditionné … par la commission`), looked
    for back from its preposition within the sentence, no other verb between."""
    case = next(c for c in body.children if c.dep_ == "case" and c.lower_ in HEARING_CASES)
    for k in range(case.i - 1, max(body.sent.start, case.i - MAX_GAP - 1) - 1, -1):
        tok = body.doc[k]
        word = tok.lemma_.lower() if tok.lemma_.lower() in HEARING_WORDS else tok.lower_
        if tok.lemma_.lower() in SPEECH_WORDS and case.lower_ == "devant" and \
                fold(body.lemma_) in sitting_bodies():
            return tok
        if word in HEARING_WORDS:
            if word in PASSIVE_ONLY and case.lower_ != "par" and tok.pos_ == "VERB":
                return None  # `a interrogé devant la commission`: who, then?
            if tok.pos_ == "VERB" and word in PASSIVE_ONLY and not any(
                    c.dep_ == "aux:pass" for c in tok.children):
                return None  # `la commission a entendu`: active, the body asked
            return tok
        if tok.pos_ in {"VERB", "PUNCT"} and tok.lower_ not in {",", "-"}:
            return None
    return None


def _heard(word: Token) -> list[Token]:
    """Who was heard: the hearing verb's subject, or the subject of the clause a hearing
    noun sits in (`lors de son audition, le ministre a …`)."""
    if word.pos_ in {"VERB", "AUX"}:
        subjects = [c for c in word.children if c.dep_.startswith("nsubj")]
        if subjects:
            return subjects
    return clause_subjects(word)


def hearings(doc: Doc, art: ArticleParties) -> list[dict]:
    """Meeting mentions of the hearings the article reports: the one heard and the body
    (its phrase as written), with the trigger, not yet dated nor merged."""
    found = []
    bodies = _bodies() | sitting_bodies()
    nouns = [i for i, (tag, lemma) in enumerate(zip(strings(doc, POS), strings(doc, LEMMA),
                                                    strict=True))
             if tag == "NOUN" and fold(lemma) in bodies]  # (read in bulk: few are bodies)
    for body in (doc[i] for i in nouns):
        if not any(
                c.dep_ == "case" and c.lower_ in HEARING_CASES for c in body.children) or \
                not any(c.dep_ == "det" for c in body.children):
            continue
        word = _hearing_word(body)
        if word is None:
            continue
        names = [n for h in _heard(word) for n in art.names(h)]
        side = art.name(body) or " ".join(
            t.text for t in body.subtree if t.dep_ not in {"case", "punct"})
        if not names or not side or side in names:
            continue
        found.append(mention("meeting", [names[0], side], doc[word.i:body.i + 1],
                             apart=True))
    return found
