"""Readings of trigger words the interaction probe (session 27, `eval/probes-interactions`)
found read wrongly: `voir` someone (a meeting without its reflexive), `au sommet de sa
popularité` (a peak, no summit), `la réunion` told again in the sentence after a meeting, a
prize received (`a reçu le Molière`). (A town after `dimanche à` that the recogniser took
for a person is `interaction_parties.a_places_name`'s.)

Why each is general French rather than one sentence's: news tells a visit's meetings with
`où il a vu le maire` as often as with `a rencontré`; `le sommet de` + a possessive and a
quality is the figurative peak whatever the quality; a bare definite meeting noun (`la
réunion`, `la rencontre`, with no complement naming its parties or its time) can only be one
the reader already knows of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import POSSESSIVES
from presswatch.nlp.interaction_phrases import is_party_noun, is_role
from presswatch.textutil import fold

if TYPE_CHECKING:
    from presswatch.nlp.interaction_parties import ArticleParties

__all__ = ["a_count_taken_in", "a_name_with_an_article", "a_possessed_peak", "sees_someone",
           "the_meeting_told"]

SEEN_APART = {"xcomp", "ccomp", "acl", "acl:relcl"}
"""Dependents that make `voir` a perception (`a vu X partir`, `a vu que`, `a vu X qui
pleurait`), not a meeting."""
SCREENS = {"television", "ecran", "tele", "video", "photo", "image", "reve"}
"""`a vu X à la télévision`: seen, not met."""
TOLD_MEETINGS = {"réunion", "rencontre", "entrevue", "entretien"}
"""Meeting nouns that, bare and definite, name the meeting just told (`s'est invité à la
réunion`)."""


def sees_someone(verb: Token, heads: list[Token], art: ArticleParties) -> bool:
    """`où elle a vu le maire`, `X l'avait vu en juin`: `voir` without its reflexive meets
    the person or role it has as object, held (a compound or simple past), not a
    perception (`a vu X partir`, `a vu X à la télévision`) nor negated."""
    if verb.lemma_ != "voir" or any(c.dep_ in SEEN_APART or "Inf" in morph(c, "VerbForm") or (
            c.dep_ == "advmod" and fold(c.lower_) in {"ne", "n'", "pas", "jamais"})
            for c in verb.children):  # (`a vu X partir`, however the parse hangs `partir`)
        return False
    if any(fold(t.lemma_) in SCREENS for c in verb.children if c.dep_.startswith("obl")
           for t in c.subtree):
        return False
    if not any(c.dep_ == "aux:tense" for c in verb.children) and not (
            {"Past", "Pqp"} & set(morph(verb, "Tense"))):
        return False
    seen = [h for h in heads if h.dep_ == "obj" and h.head == verb]
    return any((art.person(h) or (is_role(h) and "Plur" not in morph(h, "Number")) or (
        h.pos_ == "PRON" and art.quoting(h.idx) is None and art.name(h))) and not any(
        c.dep_ in SEEN_APART for c in h.children) for h in seen)
    # (a pronoun inside a quotation is as often a thing seen: `« L'arbitre l'a vu »`)


def a_possessed_peak(noun: Token) -> bool:
    """`au sommet de sa popularité`, `de leur art`: a possessed common noun (not a body:
    `le sommet de leur alliance` would be one) makes `sommet` a peak."""
    return noun.lemma_ == "sommet" and any(
        c.dep_.startswith("nmod") and c.pos_ == "NOUN" and c.ent_type_ != "ORG"
        and not is_party_noun(c) and any(d.dep_ == "det" and d.lower_ in POSSESSIVES
                                         for d in c.children)
        for c in noun.children)


def the_meeting_told(noun: Token) -> bool:
    """`s'est invité à la réunion`: a bare definite singular meeting noun (no complement,
    no adjective, no relative) in a sentence after the article's first: the meeting the
    article has just told, told again."""
    if noun.pos_ != "NOUN" or noun.lemma_ not in TOLD_MEETINGS or \
            "Plur" in morph(noun, "Number") or noun.sent.start == 0:
        return False
    dets = [c for c in noun.children if c.dep_ == "det"]
    return bool(dets) and all(fold(d.lower_) in {"la", "l'", "le"} for d in dets) and not any(
        c.dep_ not in {"det", "case", "punct"} for c in noun.children)


def a_name_with_an_article(obj: Token) -> bool:
    """`a reçu le Molière du meilleur texte`, `le Goncourt`: a one-word name after a
    definite article is a prize or a work named after someone, not a person received (a
    person's name takes no article; `le pape` is a common noun)."""
    return obj.pos_ == "PROPN" and not any(c.dep_ == "flat:name" for c in obj.children) and \
        any(c.dep_ == "det" and fold(c.lower_) in {"le", "la", "l'", "l’"}
            for c in obj.children)


def a_count_taken_in(host: Token, received: list[Token]) -> bool:
    """`Le lycée accueille 900 élèves`, `la clinique a reçu 200 patients`: a body or
    place hosting a bare count of people (a number, no article, no name) tells how many it
    takes in, not a reception of parties (a person receiving is left to the other rules:
    `Le président a reçu trois ministres`). A count of someone's people is a delegation
    received, a meeting (`La préfecture a reçu trois représentants des agriculteurs`,
    `deux délégués du collectif`: second reader, h40-review)."""
    subjects = [c for c in host.children if c.dep_ == "nsubj"]
    return bool(received and subjects) and all(
        s.pos_ == "NOUN" and not is_role(s) for s in subjects) and all(
        h.pos_ == "NOUN" and "Plur" in morph(h, "Number") and any(
            c.like_num and c.dep_ in {"nummod", "det"} for c in h.children) and not any(
            c.dep_ == "det" and not c.like_num for c in h.children) and not any(
            c.dep_ == "nmod" and any(k.dep_ == "case" and fold(k.lower_) in {
                "de", "du", "des", "d'"} for k in c.children) for c in h.children)
        for h in received)
