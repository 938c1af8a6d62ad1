"""A group meeting among itself: one plural party that is the whole of a meeting.

Why: a meeting needs two parties, but `les ministres du G7 se réuniront`, `les ministres
européens ont tenu une réunion` and `lors de leur réunion de groupe, les sénateurs ont …`
tell one body's members meeting each other; the guideline counts that group as the
meeting's one party (an institution's session). These tests read the parse around the
trigger for such a group; ``interactions.py`` asks them before it requires two parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from presswatch.nlp.docfacts import morph
from presswatch.nlp.interaction_parties import ArticleParties
from presswatch.nlp.interaction_phrases import is_role
from presswatch.nlp.interaction_triggers import PLACE_CASES

__all__ = ["GATHERINGS", "gathered", "gathering_of", "we_gather"]

GATHERINGS = {"réunir", "rassembler", "retrouver"}
"""Words of a group meeting among themselves (`les maires se sont rassemblés`)."""
GROUP_HOSTS = {"tenir", "organiser", "entamer", "ouvrir", "achever", "terminer", "conclure",
               "clore", "clôturer", "poursuivre"}
"""Verbs whose plural group subject holds the meeting their object names among itself
(`ont tenu une réunion`, `ont achevé leur réunion`)."""
MEETING_NOUNS = {"réunion"}
"""Nouns of a meeting that, hung on a plural group's verb (`lors de la réunion`), are that
group's own meeting (not `séance`, `sommet`: a sitting or a summit has its own rules)."""
WE = {"on", "nous"}
"""Subjects by which a quoted speaker tells their own side meeting (`on se réunit`)."""
MAX_ADVERBS = 3
"""Adverbs a `lors de` phrase may hang under before its verb (`lors`, `tôt`)."""


def gathered(verb: Token) -> Token | None:
    """`les ministres du G7, réunis à Capri`: a past participle of `réunir` describing a
    known group gathered at a named place (not `une coalition réunissant des entreprises`,
    not a crowd: `devant des militants réunis au théâtre`); the group's head, or None."""
    if verb.lemma_ != "réunir" or verb.dep_ != "acl" or "Past" not in verb.morph.get(
            "Tense") or any(c.dep_ == "obj" for c in verb.children) or not any(
            c.dep_.startswith("obl") and (c.ent_type_ or c.text[:1].isupper()) and any(
                g.dep_ == "case" and g.lower_ in PLACE_CASES for g in c.children)
            for c in verb.children):
        return None
    group = verb.head
    if group.dep_ == "nmod" and not known(group):  # `les dirigeants du G20, réunis`
        group = group.head
    return group if group.pos_ in {"NOUN", "PROPN"} and known(group) else None


def gathering_of(head: Token, heads: list[Token], names: list[str],
                 art: ArticleParties) -> bool:
    """`une dizaine de dirigeants européens se sont rassemblés … pour une réunion
    d'urgence`: one plural group meeting among themselves is the meeting's one party."""
    if len(names) != 1 or names[0] in art.persons:
        return False
    group = next((h for h in heads if h.dep_.startswith("nsubj")), None)
    verb = group.head if group is not None else head
    held = head.pos_ == "NOUN" and head.dep_ == "obj" and head.head == verb and \
        verb.lemma_ in GROUP_HOSTS  # `les ministres européens ont tenu une réunion`
    gathers = verb.lemma_ in GATHERINGS and any(
        c.lower_ in {"se", "s'", "s’"} for c in verb.children) and head in (verb, *verb.children)
    if group is None or not (held or gathers or during(head, verb)):
        return False  # the group is the subject of `se rassembler`, `se réunir`
    if [h for h in heads if art.names(h)] != [group]:  # not `lundi`, read as an object
        return False
    counted = next((c for c in group.children if c.dep_ == "nmod"), group)
    return group.pos_ == "NOUN" and "Plur" in (morph(group, "Number") + counted.morph.get(
        "Number")) and (is_role(group) or is_role(counted))  # leaders, not supporters


def during(noun: Token, verb: Token) -> bool:
    """`lors de leur réunion de groupe, les sénateurs ont …`, `les ministres ont adopté le
    texte au cours d'une réunion`: a meeting noun telling when the group subject of ``verb``
    acted (hung on the verb, or on `lors` under it) is that group's meeting."""
    if noun.pos_ != "NOUN" or noun.lemma_ not in MEETING_NOUNS or not noun.dep_.startswith(
            "obl"):
        return False
    up = noun.head
    for _ in range(MAX_ADVERBS):  # `plus tôt, lors de la réunion`: up through the adverbs
        if up.pos_ != "ADV" or up.head == up:
            break
        up = up.head
    return up == verb


def known(group: Token) -> bool:
    """`les ministres`, `ces dirigeants`: a definite group, not `des militants`."""
    return any(c.dep_ == "det" and c.lower_ in {"les", "ces"} for c in group.children)


def we_gather(verb: Token, art: ArticleParties) -> str | None:
    """`« Dans la foulée, on se réunit et on avise », a précisé X` (round 15): a quoted
    speaker's side meeting among itself, told with `on` or `nous` as the subject of a
    reflexive gathering verb; the speaker, its one party (only there: `« On a accueilli
    75.000 personnes »` is no meeting of the speaker's), or None."""
    if verb.pos_ == "VERB" and verb.lemma_ in GATHERINGS and any(
            c.lower_ in {"se", "s'", "s’", "nous"} and c.dep_ != "nsubj"
            for c in verb.children) and any(
            c.dep_ == "nsubj" and c.lower_ in WE for c in verb.children):
        return art.quoting(verb.idx)
    return None
