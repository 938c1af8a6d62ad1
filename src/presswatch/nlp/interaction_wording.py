"""What the words around an interaction trigger say, read one small question at a time: a
participle the tagger read as a noun, a manner phrase (`par téléphone`), a party that is
the press or a medium, the body a summit is of, a handover of office, the trigger clause's
subject, a reception for a summit, one phrase of two nationalities, an event told again
(`cette visite`), an object that can be someone met, a meeting noun that is another
meeting's purpose, the sentence a fragment the splitter cut belongs to. Kept apart from
``nlp/interaction_mentions.py``, which asks them while it turns a trigger into a mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from presswatch.linking.provenance import default_agencies
from presswatch.nlp.docfacts import morph
from presswatch.nlp.french import SINGULAR_DEMONSTRATIVES
from presswatch.nlp.interaction_nations import is_nationality
from presswatch.nlp.interaction_noun_heads import MEASURE_NOUNS
from presswatch.nlp.interaction_parties import ArticleParties
from presswatch.nlp.interaction_phrases import OWNER_CASES, is_party_noun, is_role
from presswatch.textutil import fold

__all__ = ["a_medium", "for_summit", "handover", "manner", "names_someone", "of_two_nations",
           "purpose_of", "summit_owner", "the_press", "told_again", "trigger_subject",
           "verb_read_as_noun", "whole_sentence"]

MANNER_CASES = {"par", "au", "en"}
PRESS_NOUNS = {"journal", "quotidien", "hebdomadaire", "magazine", "media", "chaine", "radio",
               "television", "journaliste", "presse", "agence", "reporter", "correspondant"}
"""Nouns of the media: talking with them is an interview, not an interaction."""
DEMONSTRATIVES = SINGULAR_DEMONSTRATIVES | {"ces"}
DETERMINERS = DEMONSTRATIVES | {"le", "la", "les", "l'", "un", "une", "des", "de", "du", "d'",
                                "plusieurs", "quelques"}
HANDED_OVER = {"pouvoir", "fonction", "consigne", "relais", "temoin", "flambeau"}
"""What a handover of office hands over (`passation de pouvoir`, `des consignes`)."""


def whole_sentence(sent: Span) -> Span:
    """The sentence a fragment the splitter cut off belongs to (`l'entraîneur` | `-chef du
    club …`): one that opens on no capital continues the one before it."""
    if sent.start == 0 or sent.text[:1].isupper() or sent.text[:1] in {"«", "\"", "“"}:
        return sent
    return sent.doc[sent.start - 1].sent


def verb_read_as_noun(head: Token) -> bool:
    """`Donald Trump lui a téléphoné mardi`: a participle the tagger read as a noun is still
    a verb when an auxiliary hangs on it, and its subject and objects are the parties."""
    return head.pos_ == "NOUN" and any(c.dep_ in {"aux:tense", "aux:pass"}
                                       for c in head.children)


def the_press(name: str) -> bool:
    """`des journalistes`, `la presse`: a party headed by a noun of the media (not `le
    syndicat des journalistes`)."""
    words = [w for w in fold(name).split() if w not in DETERMINERS]
    return bool(words) and words[0].removesuffix("s") in PRESS_NOUNS


def summit_owner(noun: Token) -> str | None:
    """`le sommet du G7`, `le sommet de l'Otan`: the body a summit is of (not its city:
    `le sommet de Vilnius`), which tells two summits of one article apart."""
    if noun.pos_ != "NOUN":
        return None
    return next((c.text for c in noun.children if c.dep_.startswith("nmod") and any(
        g.lower_ in OWNER_CASES for g in c.children) and (c.ent_type_ in {"ORG", "MISC"} or (
            c.pos_ == "PROPN" and c.ent_type_ != "LOC"))), None)


def handover(noun: Token) -> bool:
    """`la passation de pouvoir(s)`, `la passation`: a handover of office (not `la
    passation d'un marché`, a contract awarded)."""
    return noun.lemma_ == "passation" and all(
        fold(c.lemma_) in HANDED_OVER for c in noun.children if c.dep_ == "nmod")


def trigger_subject(tok: Token, trigger: Token) -> bool:
    """``tok`` is the trigger clause's subject: parsed so, or a verbless fragment the
    parser cut off before it (``interaction_heads.cut_subject``)."""
    return tok.dep_.startswith("nsubj") or (tok.dep_ == "ROOT" and tok.i < trigger.i
                                            and tok.sent != trigger.sent)


def for_summit(verb: Token) -> bool:
    """`X a accueilli les dirigeants sud-américains pour un sommet`: a reception whose
    purpose is a summit is a gathering of that summit, not a meeting of its own."""
    return verb.pos_ == "VERB" and any(
        c.lemma_ == "sommet" and any(g.lower_ == "pour" for g in c.children) and (
            c.head == verb or c.head.head == verb)  # however the parse hung it
        for c in verb.subtree)


def manner(noun: Token) -> bool:
    """`par téléphone`, `au téléphone`: the noun says how the verb it hangs on took
    place, so the verb's subject and complements are the call's parties."""
    return noun.dep_.startswith("obl") and noun.head.pos_ == "VERB" and any(
        c.dep_ == "case" and c.lower_ in MANNER_CASES for c in noun.children) and not any(
        c.dep_ == "det" for c in noun.children)


def a_medium(tok: Token) -> bool:
    """`des journalistes`, `le quotidien`, `l'AFP`: a medium, whom one gives interviews."""
    return fold(tok.lemma_) in PRESS_NOUNS or default_agencies().canonical(tok.text) is not None


def of_two_nations(tok: Token) -> bool:
    """`les délégations russe et ukrainienne`: one plural phrase naming the parties of two
    nationalities (the scorer's and the reader's parties are in it)."""
    return tok.pos_ == "NOUN" and "Plur" in morph(tok, "Number") and sum(
        t.pos_ == "ADJ" and is_nationality(t.text) for t in tok.children
        for t in [t, *t.conjuncts]) >= 2


def told_again(noun: Token) -> bool:
    """`cette visite`, `ce sommet`: the event the article has just reported, told again."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES
                                       for c in noun.children)


def names_someone(obj: Token, art: ArticleParties) -> bool:
    """An object that can be a party received or met: a person, a name, a group or role
    noun (`a reçu les syndicats`), not a thing (`a reçu le prix Goncourt`)."""
    return bool(art.person(obj)) or obj.pos_ != "NOUN" or is_party_noun(obj) or is_role(obj)


def purpose_of(doc: Doc, start: int, before: list[tuple[int, int, str]]) -> bool:
    """`a reçu X pour des entretiens`: a meeting noun giving the purpose of a meeting verb
    reported just before (``before``: the matches that made a mention) is that meeting, not
    another; when the verb made none (`se sont retrouvés` misparsed), the noun may."""
    tok = doc[start]
    if tok.dep_ == "nmod" and fold(tok.head.lemma_) in MEASURE_NOUNS:
        tok = tok.head  # `pour un nouveau cycle de pourparlers`
    return tok.pos_ == "NOUN" and any(c.lower_ == "pour" for c in tok.children) and any(
        kind in {"meeting", "talks"} and doc[a].pos_ == "VERB" and tok in doc[a].subtree
        for a, _b, kind in before)
