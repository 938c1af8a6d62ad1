"""Whose a role is, read from a person's written roles: a role held on someone's behalf
(`L'avocate du chauffeur, Me X`) names its principal, and a possessive mention of that
role (`Son conseil a plaidé …` after `Le prévenu a présenté ses excuses`) names the holder
serving the possessor. When the possessor the text gives is someone other than the
principal written for X, the mention is another holder of the role (the defendant's
lawyer, not the victim's): evidence of a second candidate, so the link is refused (eighth
speaker probe, session 30). Also the tests of a person's written roles that
`speaker_roles.py` asks (whether all are former, whether a noun has words of its own
after it), moved here when that module reached its size limit.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.mention_forms import FORMER_MARKERS, POSSESSIVE_DETERMINERS
from presswatch.nlp.people import STOP_DESCRIPTORS, Person
from presswatch.textutil import fold

NOMINAL = frozenset({"NOUN", "PROPN"})
"""The parts of speech that say who a possessor or a principal is."""


def only_former(p: Person) -> bool:
    """Whether every role written next to `p`'s name is a past one (`l'ancien
    Premier ministre`, `l'ex-ministre`)."""
    return bool(p.roles) and all(
        any(w in FORMER_MARKERS or w.startswith("ex-")
            for w in re.findall(r"[\w-]+", fold(role))) for role in p.roles)


def qualified(p: Person, noun: str) -> bool:
    """Whether a role phrase written next to `p`'s name has `noun` with a word of its
    own after it (`l'entraîneur parisien`, `le ministre de la Défense`): only such a
    role has qualifiers a mention's can contradict. `le défenseur X` is `le défenseur
    central` as well."""
    for role in p.roles:
        words = re.findall(r"[\w-]+", fold(role))
        if any(w == noun and k + 1 < len(words) for k, w in enumerate(words)):
            return True
    return False


def _principal(p: Person, lex: Lexicon) -> set[str]:
    """The words after a role held on someone's behalf in a role written for `p`
    (`chauffeur` in `L'avocate du chauffeur`, `paul`, `roux` in `l'avocat de Paul
    Roux`): whom `p` serves. Empty when no such role was written."""
    out: set[str] = set()
    for role in p.roles:
        words = re.findall(r"[\w-]+", fold(role))
        for k, w in enumerate(words):
            if w in lex.proxy_roles:
                out |= {v for v in words[k + 1:] if len(v) > 2} - STOP_DESCRIPTORS
                break
    return out


def _possessor(head: Token) -> set[str] | None:
    """The words of the subject a possessive role mention (`Son conseil`, `son avocat`)
    belongs to: the last nominal subject before it in its sentence, else the subject of
    the sentence before (`Le prévenu a présenté ses excuses. Son conseil a plaidé …`).
    None when the mention has no possessive, or that subject is a pronoun or missing
    (nothing then says whose the role is)."""
    if not any(c.dep_ == "det" and c.lower_ in POSSESSIVE_DETERMINERS for c in head.children):
        return None
    sent = head.sent
    subjects = [t for t in sent if t.i < head.i and t.dep_.startswith("nsubj")]
    if not subjects and sent.start > 0:
        subjects = [t for t in head.doc[sent.start - 1].sent if t.dep_.startswith("nsubj")
                    and t.head.dep_ == "ROOT"]
    if not subjects:
        return None
    subject = subjects[-1]
    if subject.pos_ not in NOMINAL and not any(c.dep_ == "det" for c in subject.children):
        return None  # (`Le prévenu` tagged a participle is still a noun after its article)
    words = [subject] + [t for t in subject.subtree if t.pos_ in NOMINAL]
    return {fold(t.lemma_) for t in words} | {fold(t.text) for t in words}


def serves_another(head: Token, p: Person, lex: Lexicon) -> bool:
    """`Son conseil` after `Le prévenu a …` is not `L'avocate du chauffeur, X`: the
    possessor the text gives (`prévenu`) shares no word with the principal written for
    X (`chauffeur`) nor with what X is called, so the mention is another holder. A
    possessor that is a pronoun, or no principal written, says nothing."""
    principal = _principal(p, lex)
    possessor = _possessor(head)
    if not principal or not possessor:
        return False
    return not (possessor & principal) and not (possessor & p.descriptors) and not any(
        w in possessor for name in p.names for w in fold(name).split())
