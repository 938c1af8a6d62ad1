"""Who an interaction received, met or had present, however the parse tells it: the ones
a participle describes as received or met (`des patrons reçus à l'Élysée`), whether a
verb of receiving received anyone (`a reçu, vendredi, le Premier ministre, X`; not `qui
recevra le prix`), and those the clause says attended (`en présence de X`, `aux côtés de
X`). Split from ``nlp/interaction_heads.py``, whose heads these complete. Round 15: a
person who did something `en présence de` another person met them, with no trigger word
(`elle avait salué en présence du ministre qatari les réformes`: ``in_presence``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.interaction_events import mention
from presswatch.nlp.interaction_heads import name_read_as_verb
from presswatch.nlp.interaction_parties import (
    OWNER_CASES,
    ArticleParties,
    is_party_noun,
    is_role,
)

__all__ = ["CONSULTING", "attendees", "consults_a_person", "in_presence", "received_described",
           "receives_someone"]

RECEIVED_BY = {"recevoir", "accueillir", "rencontrer"}
"""Verbs whose past participle describing people says they were received or met."""
RECEIVED_WITHIN = 16
"""Tokens after `a reçu` searched for the person received when the parse gave no object."""
CLOSING_MARKS = {"»", "”", '"'}
ATTENDING = {"présence": {"en"}, "côté": {"à", "aux", "au"}}
"""Nouns of attending and the cases that frame them (`en présence de X`, `aux côtés de X`):
their `de` complement took part in the meeting whose clause they hang on."""


def attendees(trigger: Token) -> list[Token]:
    """`se sont entretenus … en présence d'Emmanuel Macron`, `a reçu les syndicats aux
    côtés de la ministre`: the parse heads of those the trigger's clause says attended (on
    the trigger, or on the verb of the clause a trigger noun sits in)."""
    frames = [trigger] + ([trigger.head] if trigger.pos_ != "VERB" and
                          trigger.head.pos_ == "VERB" else [])
    return [g for v in frames for c in v.children if c.dep_.startswith(("obl", "nmod"))
            and c.lemma_ in ATTENDING and any(k.dep_ == "case" and k.lower_ in
                                              ATTENDING[c.lemma_] for k in c.children)
            for g in c.children if g.dep_ == "nmod" and any(
                k.dep_ == "case" and k.lower_ in OWNER_CASES for k in g.children)]


def received_described(verb: Token) -> list[Token]:
    """`des patrons reçus à déjeuner à l'Élysée`, `les dirigeants rencontrés`: a past
    participle of receiving or meeting that describes the ones received or met (a person, a
    role or a group), with its agent if it names one; empty for any other verb."""
    if verb.lemma_ not in RECEIVED_BY or verb.dep_ != "acl" or "Past" not in morph(
            verb, "Tense"):
        return []
    who = up = verb.head
    for _ in range(3):  # `les dirigeants de l'Est du pays rencontrés`: the leaders were met
        if not up.dep_.startswith(("nmod", "conj")) or "Plur" not in morph(verb, "Number"):
            break
        up = up.head
        if is_role(up) and "Plur" in morph(up, "Number"):
            who = up
            break
    if not (is_role(who) or is_party_noun(who) or who.ent_type_ == "PER"):
        return []
    return [who, *(c for c in verb.children if c.dep_ == "obl:agent")]


def receives_someone(verb: Token, heads: list[Token], art: ArticleParties) -> bool:
    """`a reçu X`, `X a été reçu`, `se sont rencontrés`: someone is received or met (an
    object, a passive subject, a reflexive, or a person named right after the verb
    however the parse hung it: `a reçu, vendredi, le Premier ministre, X`); `qui recevra
    le prix` has none."""
    if any(h.dep_ in {"obj", "nsubj:pass", "obl:agent"} for h in heads) or any(
            c.lower_ in {"se", "s'", "s’", "nous", "vous"} or c.dep_ in {"aux:pass", "obj"}
            for c in verb.children):
        return True
    for t in verb.doc[verb.i + 1: min(verb.i + RECEIVED_WITHIN, sentence_bounds(verb)[1])]:
        if (t.pos_ in {"VERB", "AUX"} and not name_read_as_verb(t)) or \
                t.lower_ in CLOSING_MARKS:
            break
        if art.person(t) or (t.pos_ == "NOUN" and is_role(t)):
            return True
    return False


CONSULTING = {"consulter"}
"""Verbs that report a meeting only when whom they consulted is a person the article names
(`a consulté le Premier ministre`, resolved to him), not a document, a doctor nor a people
(`consulter les citoyens par référendum`, `a consulté un médecin`)."""


def consults_a_person(verb: Token, heads: list[Token], art: ArticleParties) -> bool:
    """`après avoir consulté le Premier ministre et le président de l'Assemblée`: one of
    the verb's objects (conjuncts included) is, or is resolved to, a person of the
    article."""
    objects = [c for h in heads if h.dep_ == "obj" and h.head == verb
               for c in (h, *h.conjuncts)]
    return any(art.person(h) or art.name(h) in art.persons for h in objects)


def in_presence(doc: Doc, art: ArticleParties, triggers: set[int]) -> list[dict]:
    """Meeting mentions of `X a fait … en présence de Y` where no trigger word tells it
    (not on a verb of ``triggers``, the token indices of contact triggers: there Y attends that
    meeting, ``attendees``): X, a person the verb's subject names (not a thing: `l'image a
    été dévoilée en présence de Y`), met Y, a person or one described by a role (`du
    ministre qatari du Travail`)."""
    found = []
    for tok in doc:
        verb = tok.head
        if tok.lemma_ != "présence" or verb.pos_ != "VERB" or verb.i in triggers or not any(
                c.dep_ == "case" and c.lower_ == "en" for c in tok.children) or any(
                c.dep_ == "aux:pass" for c in verb.children):
            continue
        doers = [n for c in verb.children if c.dep_ == "nsubj" for n in art.names(c)
                 if n in art.persons]
        present = [n for g in tok.children if g.dep_ == "nmod" and any(
            k.lower_ in OWNER_CASES for k in g.children) and (art.person(g) or (
                is_role(g) and "Plur" not in morph(g, "Number"))) for n in art.names(g)]
        if doers and present and present[0] not in doers:
            found.append(mention("meeting", [doers[0], present[0]], doc[tok.i - 1:tok.i + 1],
                                 apart=True))
    return found
