"""Who an interaction received, met or had present, however the parse tells it: the ones
a participle describes as received or met (`des patrons reçus à l'Élysée`), whether a
verb of receiving received anyone (`a reçu, vendredi, le Premier ministre, X`; not `qui
recevra le prix`), and those the clause says attended (`en présence de X`, `aux côtés de
X`). Split from ``nlp/interaction_heads.py``, whose heads these complete. Round 15: a
person who did something `en présence de` another person met them, with no trigger word
(`elle avait salué en présence du ministre qatari les réformes`: ``in_presence``); the
one invited to come visits (``invited``); who a visit phrase describes
(``described_visitor``, from ``interactions.py``).
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import morph, sentence_bounds, strings
from presswatch.nlp.interaction_events import mention
from presswatch.nlp.interaction_heads import name_read_as_verb
from presswatch.nlp.interaction_parties import ArticleParties
from presswatch.nlp.interaction_phrases import OWNER_CASES, description, is_party_noun, is_role

__all__ = ["CONSULTING", "attendees", "consults_a_person", "described_visitor", "in_presence",
           "invited", "received_described", "receives_someone"]

RECEIVED_BY = {"recevoir", "accueillir", "rencontrer"}
"""Verbs whose past participle describing people says they were received or met."""
RECEIVED_WITHIN = 16
"""Tokens after `a reçu` searched for the person received when the parse gave no object."""
CLOSING_MARKS = {"»", "”", '"'}
INVITING = {"inviter", "proposer", "convier", "demander"}
"""Verbs whose object or `à` complement is asked to come (`a invité X à venir à Paris`)."""
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
    lemmas = strings(doc, LEMMA)  # (the few `présence` looked up, not every word built)
    for tok in (doc[i] for i, lemma in enumerate(lemmas) if lemma == "présence"):
        verb = tok.head
        if verb.pos_ != "VERB" or verb.i in triggers or not any(
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


def invited(verb: Token, art: ArticleParties) -> list[str]:
    """`a invité son homologue X à venir à Paris`, `a proposé au président chinois de venir
    en France` (round 15): the one a coming verb's inviter asked to come, who visits (not
    the inviter, the clause's subject; a role the resolver took for the inviter stays as
    written); empty for any other verb (`X est invité à venir`: X, the verb's own rules)."""
    if verb.lemma_ not in {"venir", "aller"}:
        return []
    guest = None
    if verb.dep_ == "acl" and (verb.head.ent_type_ == "PER" or is_role(verb.head)) and \
            verb.head.head.lemma_ in INVITING:
        guest = verb.head
    elif verb.dep_ == "xcomp" and verb.head.lemma_ in INVITING and not any(
            c.dep_ == "aux:pass" for c in verb.head.children):
        guest = next((c for c in verb.head.children if c.dep_ in {"obj", "iobj", "obl:arg"}
                      and c.i < verb.i), None)
    if guest is None:
        return []
    host = {n for c in guest.head.children if c.dep_ == "nsubj" for n in art.names(c)}
    names = [n for n in art.names(guest) if n not in host]
    return names or [n for n in [description(guest)] if n]


def described_visitor(noun: Token, art: ArticleParties) -> list[str]:
    """`le président X, en visite à Pékin`: the person the visit phrase hangs on; `En
    visite à Pékin, la présidente a demandé l'appui de Y`: the verb's subject role, not Y
    (round 15; moved here from ``interactions.py``)."""
    up = noun.head
    for _ in range(2):
        if up == noun or up.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in up.children if c.dep_ == "nsubj"), None)
            return [who] if up != noun and subject is not None and is_role(subject) and \
                "Plur" not in morph(subject, "Number") and (who := art.name(subject)) else []
        if (who := art.person(up)) is not None or (is_role(up) and (who := art.name(up))):
            return [who]
        up = up.head
    return []
