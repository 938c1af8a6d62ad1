"""Debates held at a body: a sitting of that body.

Why: `le projet se présente devant le Sénat, où les débats s'engagent jeudi`, `le débat qui
a eu lieu à l'Académie de médecine` report a sitting of the Senate, of the Academy (the
fresh gold of `eval/corpus` counts both as meetings of the body, its named people
attending), but `débat` is no trigger word: most debates are a controversy (`le débat sur
les retraites`), a programme on air, an exchange of views anywhere. Only a debate that
takes place (`a eu lieu`, `s'engage`, `s'ouvre`, `se tient`) at a body of
`data/interaction_sitting_bodies.txt` (`à l'Assemblée`, `devant le Sénat, où`) is one here;
its party is that body, and the article's people join it as a sitting's attendees
(``nlp/interaction_attendees.py``).
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from presswatch.nlp.circumstances import says_when
from presswatch.nlp.docfacts import strings
from presswatch.nlp.interaction_attendees import sitting_bodies
from presswatch.nlp.interaction_events import mention
from presswatch.textutil import fold

__all__ = ["DEBATE_WORDS", "HELD_VERBS", "debates"]

DEBATE_WORDS = {"débat"}
"""Lemmas as the tagger writes them (compared before any folding: every token is read)."""
HELD_VERBS = {"engager", "ouvrir", "tenir", "derouler", "avoir"}
"""A debate `s'engage`, `s'ouvre`, `se tient`, `se déroule`, `a eu lieu`: it is held."""
BODY_CASES = {"à", "au", "devant", "dans"}
_SE = {"se", "s'", "s’"}


def _held_by(word: Token) -> Token | None:
    """The verb that says the debate `word` takes place: its own (`les débats s'engagent`)
    or its relative clause's (`le débat qui a eu lieu`)."""
    # both: the debate may be the main verb's subject and have its own relative clause
    # (`le débat qui a eu lieu au conseil a porté sur …`)
    verbs = [word.head] if word.dep_.startswith("nsubj") else []
    verbs += [c for c in word.children if c.dep_ == "acl:relcl" and any(
        g.dep_.startswith("nsubj") and g.lower_ == "qui" for g in c.children)]
    for verb in verbs:
        lemma = fold(verb.lemma_).lower()
        if lemma not in HELD_VERBS:
            continue
        if lemma == "avoir" and not any(c.dep_ == "obj" and c.lower_ == "lieu"
                                        for c in verb.children):
            continue
        if lemma != "avoir" and not any(c.lower_ in _SE for c in verb.children):
            continue
        return verb
    return None


def _body_at(verb: Token) -> Token | None:
    """The body where the debate is held: a complement of its verb (`à l'Assemblée`), or
    for `où` the body named before it in the sentence (`devant le Sénat, où`)."""
    bodies = sitting_bodies()
    # the parser hangs the place on a day told before it at times (`s'est tenu jeudi au
    # Sénat`: `au Sénat` under `jeudi`)
    days = [g for c in verb.children if says_when(verb.doc, c.i) for g in c.children]
    for c in [*verb.children, *days]:
        if fold(c.lemma_).lower() in bodies and any(
                g.dep_ == "case" and g.lower_ in BODY_CASES for g in c.children):
            return c
    if any(c.lower_ == "où" for c in verb.children):
        for tok in reversed(verb.doc[verb.sent.start:verb.i]):
            if tok.pos_ in {"NOUN", "PROPN"} and fold(tok.lemma_).lower() in bodies:
                return tok
    return None


def _phrase(body: Token) -> str:
    """The body as written, with its adjectives and `de` complements (`Académie de
    médecine`, `Assemblée nationale`), not what the debate was about (`sur le …`)."""
    keep = {body.i}
    todo = [body]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            if c.dep_ == "amod" or c.dep_ == "flat:name" or (c.dep_ == "nmod" and any(
                    g.dep_ == "case" and g.lower_ in {"de", "d'", "du", "des"}
                    for g in c.children)):
                keep |= {t.i for t in c.subtree}
                todo.append(c)
    words = [body.doc[i] for i in sorted(keep)]
    while words and words[-1].dep_ == "case":
        words.pop()
    return " ".join(t.text for t in words).replace("' ", "'")


def debates(doc: Doc) -> list[dict]:
    """Meeting mentions of the debates held at a body: the body (as written), with the
    debate word as trigger, not yet dated nor merged."""
    found: list[dict] = []
    lemmas = strings(doc, LEMMA)  # in bulk, shared with the other finders
    for i in (i for i, lemma in enumerate(lemmas) if lemma in DEBATE_WORDS):
        word = doc[i]
        if word.pos_ != "NOUN":
            continue
        verb = _held_by(word)
        body = _body_at(verb) if verb is not None else None
        if body is not None:
            found.append(mention("meeting", [_phrase(body)], doc[word.i:word.i + 1]))
    return found
