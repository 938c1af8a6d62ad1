"""Which words of a role mention say the office itself, and which only say where it is
held or whom it serves: `le préfet de Corse` shares `Corse` with `le président du conseil
exécutif de Corse, X` but names another office; `le directeur de campagne du maire` shares
`maire` with the mayor but is someone of his (sixth speaker probe, session 27). Also the
office comparison `speaker_roles.py` used inline (`other_function`).

Split from `speaker_roles.py` (at its size limit) by concern: these read one mention's words
against one person's; choosing among the people left is `speaker_roles.py`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from presswatch.lexicon import Lexicon
from presswatch.nlp.docfacts import morph
from presswatch.nlp.interaction_nations import countries_in
from presswatch.nlp.people import Person
from presswatch.textutil import doc_text, fold

RELATION_NOUNS = frozenset({"adversaire", "rival", "rivale", "successeur", "prédécesseur"})
"""Nouns said of the possessor that name the other side of a contest or a handover (`son
rival`, `son prédécesseur`): no office of their own, so no office the person they name
must not hold (unlike `son homologue`, who holds the possessor's office elsewhere)."""

HANDOVER_NOUNS = frozenset({"successeur", "prédécesseur"})
"""Relation nouns naming the other party of a handover (`son prédécesseur`)."""

HANDOVER_WORDS = frozenset({"succeder", "remplacer", "succession", "passation", "releve"})
"""Lemmas (folded) by which an article tells a handover between two people it names
(`X a succédé à Y`, `X remplace Y`)."""


def untold_handover(head: Token) -> bool:
    """`La maire X a quitté ses fonctions. Le préfet Y a salué son action. Son successeur a
    promis …`: a successor or a predecessor is the other party of a handover only where
    the text before tells one; without it, they are someone the article does not name,
    not whoever else is in focus (review of session 27)."""
    return head.lower_ in HANDOVER_NOUNS and not any(
        fold(t.lemma_) in HANDOVER_WORDS for t in head.doc[:head.i])


STATE_WORDS = frozenset({"etat", "republique"})
"""Complements (folded) that name the State itself: `le président de la République` is
`le chef de l'État`."""


def _state_as_one(words: frozenset[str]) -> frozenset[str]:
    """`words` with the State's names as one word, so that they compare as the same."""
    return frozenset("etat" if w in STATE_WORDS else w for w in words)


def other_function(function: tuple[str, frozenset[str]],
                   held: list[tuple[str, frozenset[str]]],
                   synonyms: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a person holding the roles `held` holds another office than `function`
    names: the same role noun, or one its `synonyms` say it stands for (`l'élu de
    Beaupréau` and `Le maire de Chemillé, X`: data/role_synonyms.tsv gives `elu` → maire),
    with complements that share no noun (countries aside: the nationality is compared on
    its own, `le ministre russe` may be `le ministre des Affaires étrangères`). Two towns,
    two councils: two holders. A bare role on either side (`le ministre`) contradicts
    nothing."""
    noun, complement = function
    complement = _state_as_one(complement - countries_in(set(complement)))
    same = [_state_as_one(c - countries_in(set(c))) for n, c in held
            if n == noun or n in synonyms]
    return bool(complement) and bool(same) and all(c and not (c & complement) for c in same)


def office_synonyms(tokens: list[Token], noun: str, lex: Lexicon) -> set[str]:
    """The role nouns a mention's role noun may stand for (`elu` → maire, député …), to
    compare offices by (`other_function`); none when the mention writes an acronym (`la
    SG de l'OIF`): initials may stand for the body a person's role spells out (`secrétaire
    générale de la Francophonie`), so their complements are not two bodies."""
    if any(t.text.isupper() and len(t.text) > 1 for t in tokens):
        return set()
    return lex.role_words(noun) & lex.role_nouns


def shares_the_office(words: frozenset[str], function: tuple[str, frozenset[str]] | None,
                      countries: frozenset[str], p: Person) -> bool:
    """Whether a role mention's `words` share with `p`'s written roles more than the place
    or body its named complement gives (`function`'s complement) and its country: `le
    préfet de Corse` and `le président du conseil exécutif de Corse, X` share only
    `Corse`, two offices of one island, so the prefect is not X; `le maire de Lyon` and
    `l'édile lyonnais, X` share a role word."""
    shared = words & p.descriptors
    where = (function[1] if function else frozenset()) | countries
    return bool(shared - where)


def principal_words(tokens: list[Token], head: Token, lex: Lexicon) -> set[str]:
    """The words of a role complement naming the person the mention's holder serves
    (`du maire` in `le directeur de campagne du maire`, `de la ministre` in `un conseiller
    de la ministre`, `de l'accusé` in `l'avocat de l'accusé`), with the role synonyms they
    imply: these say whose the role is, not what the holder is, so they tie nobody to it.
    A plural complement is the people the holder leads or speaks for (`le patron des
    boulangers du Nord` is `le président de la fédération des boulangers, X`): kept."""
    ids = {t.i for t in tokens}
    out: set[str] = set()
    for t in tokens:
        if t.i <= head.i or t.pos_ != "NOUN" or lex.noun_class(t) != "role" or \
                fold(t.lemma_) == fold(head.lemma_) or "Plur" in morph(t, "Number"):
            continue  # (`le patron des boulangers`: the people led, whose words tie him)
        governor = t.head
        while governor.i in ids and governor.i != head.i and governor.i > head.i and \
                lex.noun_class(governor) != "role":
            governor = governor.head  # (`de campagne du maire`: through `campagne`)
        if governor.i != head.i or not any(c.dep_ == "case" for c in t.children):
            continue
        words = {fold(t.lemma_), fold(t.text)}
        phrase = fold(doc_text(t.doc)[t.left_edge.idx: t.right_edge.idx +
                                      len(t.right_edge)])
        out |= words | (lex.role_words(phrase) & lex.role_nouns)
    return out - {fold(head.lemma_), fold(head.text)}


def body_qualified_otherwise(head: Token, p: Person, lex: Lexicon) -> bool:
    """`le président du groupe socialiste` is not `Le président du groupe Les
    Républicains, X`: the mention's complement noun (`groupe`) is one the article wrote
    for `p`, but the words that tell which one (`socialiste`) are not, while `p`'s role
    has words of its own beyond its role and body nouns (`Républicains`): one noun for two
    bodies. A complement said without such words (`le président du groupe`) contradicts
    nothing."""
    qualifiers: list[set[str]] = []  # each qualifier's forms (`étrangères`, `étranger`)
    bodies: set[str] = set()
    for c in head.children:
        if c.i < head.i or c.dep_ != "nmod" or c.pos_ != "NOUN" or \
                lex.noun_class(c) == "role":
            continue
        bodies.add(fold(c.lemma_))
        qualifiers += [{fold(d.text), fold(d.lemma_)} for d in c.children if d.i > c.i and
                       d.pos_ == "ADJ" and d.dep_ == "amod"]
    # (a nationality is compared on its own: `la diplomatie américaine` is its minister's)
    qualifiers = [q for q in qualifiers if not q & lex.nationalities]
    if not qualifiers or not bodies <= p.descriptors or \
            any(q & p.descriptors for q in qualifiers):
        return False
    # (a party is a body's name here: `Républicains` is no office of X's)
    own = p.descriptors - bodies - (lex.role_nouns - lex.affiliations) - {fold(head.lemma_)}
    return bool(own)
