"""When a contact a verb tells takes place, relative to the article: already held or still
to come.

Why (session 27, probe `eval/probes-interactions`): an article often tells a contact and
then the next one between the same people (`ont eu un échange téléphonique … sont convenus
de se retrouver à X`, `se sont réunis vendredi … Ils se retrouveront en janvier`, `recevra
lundi les syndicats … Il les avait déjà rencontrés en septembre`). The merging rule (one
entry per event: mentions sharing a party, or a plural reference `les deux dirigeants`, are
the contact told before) made the planned one the past one told again, and lost it. Two
verbs of which one tells a held contact and the other a planned one are two events; a noun
(`la rencontre`) or a present tense says neither, and merges as before.
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import future_read_as_past
from presswatch.nlp.interaction_events import still_to_come
from presswatch.nlp.interaction_heads import HOST_VERBS

__all__ = ["PLANNING_VERBS", "held_or_ahead"]

PLANNING_VERBS = {"convenir", "prévoir", "devoir", "décider", "accepter", "promettre",
                  "engager", "programmer", "projeter", "compter"}
"""Verbs whose infinitive complement is a contact agreed on or planned (`sont convenus de
se retrouver`, `doit rencontrer`, `prévoit de recevoir`): still to come, not held."""
PAST_TENSES = {"Past", "Imp", "Pqp"}


def held_or_ahead(doc: Doc, start: int, end: int) -> bool | None:
    """For a trigger verb (tokens ``start:end``): True when its clause tells the contact as
    still to come (a future, `va rencontrer`, an infinitive under a planning verb), False
    when it tells it as held (a compound past, a passé simple or imperfect, a past
    passive), None when it says neither (a noun, a present, an infinitive elsewhere)."""
    verb = next((t for t in doc[start:end] if t.pos_ == "VERB" or any(
        c.dep_ in {"aux:tense", "aux:pass"} for c in t.children)), None)
    if verb is None and doc[start].pos_ == "NOUN" and doc[start].dep_ == "obj" and \
            doc[start].head.lemma_ in HOST_VERBS:
        verb = doc[start].head  # `ont eu un échange téléphonique`, `tiendra une réunion`
    if verb is None:  # (`a téléphoné` tagged a noun still has its auxiliary)
        return None
    if still_to_come(verb) or future_read_as_past(verb):
        return True
    if "Inf" in morph(verb, "VerbForm"):
        governor = verb.head
        if verb.dep_ in {"xcomp", "ccomp"} and governor.lemma_ in PLANNING_VERBS and \
                "Cnd" not in morph(governor, "Mood"):
            return True  # `sont convenus de se retrouver`, `doit rencontrer`
        return None
    if any(c.dep_ in {"aux:tense", "aux:pass"} and not (
            "Fut" in morph(c, "Tense") or "Cnd" in morph(c, "Mood"))
           for c in verb.children):
        return False  # `a rencontré`, `se sont réunis`, `avait rencontrés`, `a été reçu`
    if set(morph(verb, "Tense")) & PAST_TENSES and "Part" not in morph(verb, "VerbForm"):
        return False  # `reçut`, `recevait`
    return None
