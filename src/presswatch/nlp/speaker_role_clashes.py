"""What rules a person out as the holder a role mention names, beyond gender, nationality
and office (`speaker_roles.py`): the role written for them in the other gender's form, a
spokesperson's body other than theirs, or a role held for someone else when they hold
an office of their own.

Split from `speaker_roles.py` (near its size limit) by concern: these compare one role
mention's words with one person's written roles; choosing among the people left is
`speaker_roles.py`'s.
"""

from __future__ import annotations

import re

from presswatch.lexicon import Lexicon
from presswatch.nlp.interaction_nations import countries_in
from presswatch.nlp.mention_forms import FORMER_MARKERS, GENERIC_QUALIFIERS, described_as
from presswatch.nlp.name_spans import DEMONYM_ENDINGS
from presswatch.nlp.people import Person
from presswatch.nlp.people_frames import AGE_NOUNS
from presswatch.textutil import fold

ELIDED_ARTICLES = ("l'", "l’")


def _words_of(role: str) -> list[str]:
    """A written role's words, folded, hyphenated ones whole (`porte-parole`)."""
    return re.findall(r"[\w-]+", fold(role))


def written_feminine(p: Person, lex: Lexicon) -> bool:
    """Whether a role written next to `p`'s name opens, after an elided article or none,
    with a noun the lexicon gives as feminine (`L'avocate de la famille, Me X`, `X,
    adjointe à l'éducation`): no article says the gender there, the noun's form does. A masculine
    mention of the role (`l'avocat général`) is then someone else, as it is after `la
    présidente`; `le Premier ministre, Élisabeth Borne` says nothing of the kind."""
    for role in p.roles:
        low = role.lower()
        for article in ELIDED_ARTICLES:
            low = low.removeprefix(article)
        entry = lex.speaker_nouns.get(low.split(" ", 1)[0])
        if entry and entry[1] == "f":
            return True
    return False


def of_another_body(words: frozenset[str], head_word: str, p: Person,
                    lex: Lexicon) -> bool:
    """Whether the mention's words besides its role noun (`groupe` in `le porte-parole
    du groupe`) and the words the article wrote for `p` besides that noun (`intersyndicale`
    in `la porte-parole de l'intersyndicale`) are both there and share none: one role
    noun for two bodies. Only asked where a gender already disagrees (an epicene noun
    said `le` of a woman written `la`), so the body decides, not chance wording."""
    own = {w for w in words - {head_word} if w not in lex.role_nouns or w == head_word}
    theirs = {w for w in p.descriptors - {head_word} if w not in lex.role_nouns}
    return bool(own) and bool(theirs) and not (own & theirs)


def speaks_for_another(words: frozenset[str], head_word: str, p: Person,
                       lex: Lexicon) -> bool:
    """`le porte-parole du ministère tazirien` after `Le ministre tazirien, X`: a role held
    on someone's behalf (proxy_roles.txt) names no one who holds an office of their own
    and was never given that role, however many body words they share (the spokesman
    speaks for the minister, he is not the minister). Someone who speaks for another too
    may be (`le porte-parole du ministère, X` … `le représentant officiel du ministère`)."""
    if head_word not in lex.proxy_roles:
        return False
    held = p.descriptors & lex.role_nouns
    return bool(held) and not (held & words) and not (held & lex.proxy_roles) and not any(
        head_word in _words_of(role) for role in p.roles)


def other_holder(words: frozenset[str], head_word: str, said_gender: str, epicene: bool,
                 p: Person, lex: Lexicon, free_age: bool = False) -> bool:
    """Whether a role mention (its words, role noun, the gender it is said in, whether
    that noun has one form for both) cannot name `p`: said masculine of someone the article
    described in the feminine (`Le chef de l'État` is not `la présidente du groupe`;
    `le Premier ministre` may still be Élisabeth Borne, described before with `le`), unless
    an epicene noun the article wrote for her (`le porte-parole` for `la porte-parole, X`)
    of the same body; or a role held for someone else (`speaks_for_another`). An age noun
    names only someone given that age unless `free_age` (no age of its decade written
    before: `speaker_epithets.free_age_noun`) and `p` was given no other age (`Le maire,
    X, 34 ans` is no `quinquagénaire`, whoever is in focus)."""
    if said_gender == "m" and (described_as(p) == "f" or written_feminine(p, lex)) and not (
            epicene and head_word in p.descriptors and
            not of_another_body(words, head_word, p, lex)):
        return True
    return speaks_for_another(words, head_word, p, lex) or of_another_people(words, p, lex) \
        or only_their_principal(head_word, p, lex) or another_rank(words, p) or \
        opposition_of_an_executive(words, p) or \
        (age_unstated(head_word, p) and not (free_age and not p.descriptors & AGE_WORDS))


AGE_WORDS = frozenset(noun for noun, _first in AGE_NOUNS)


def age_unstated(head_word: str, p: Person) -> bool:
    """`le sexagénaire` names someone the article gave that age (`X, 62 ans`,
    `people_frames`), not whoever is in focus: an age noun is no office that a person
    without one may hold (`Un homme de 62 ans … Le maire, X, … a indiqué le sexagénaire`:
    not X)."""
    return head_word in AGE_WORDS and head_word not in p.descriptors


EXECUTIVE_OFFICES = frozenset({"adjoint", "adjointe", "vice-president", "vice-presidente",
                               "maire"})
"""Offices of a council's majority (folded): their holder is no `élu d'opposition`."""


def opposition_of_an_executive(words: frozenset[str], p: Person) -> bool:
    """`l'élu d'opposition` is not `L'adjoint aux finances, X`, whom `role_hypernyms` makes
    an `élu`: an office of the majority, with no word of the opposition written for it."""
    return "opposition" in words and bool(p.descriptors & EXECUTIVE_OFFICES) and \
        "opposition" not in p.descriptors and \
        not any("opposition" in fold(r) for r in p.roles)


RANKS = {"premier", "premiere"}
"""Words that make an office of its own out of a role noun: `le Premier ministre` heads
the government the ministers sit in."""


def another_rank(words: frozenset[str], p: Person) -> bool:
    """`le Premier ministre thaïlandais` is not `le ministre X`, a minister the article
    never calls Premier (nor `chef du gouvernement`, which says it): the rank makes another
    office of the same noun. Only the mention's rank is asked: `le ministre` said of a
    head of government is no French a newsroom writes."""
    return bool(words & RANKS) and "ministre" in words and "ministre" in p.descriptors and \
        not p.descriptors & RANKS


def only_their_principal(head_word: str, p: Person, lex: Lexicon) -> bool:
    """`Le ministre` is not `Le porte-parole de la ministre, X`: a role noun written for
    `p` only as the principal of a role held on someone's behalf (after `porte-parole`,
    `conseiller`, `avocat` … in the same phrase) is someone else's office."""
    seen = False
    for role in p.roles:
        words = _words_of(role)
        for k, w in enumerate(words):
            if w != head_word:
                continue
            if not any(v in lex.proxy_roles for v in words[:k]):
                return False
            seen = True
    return seen


def _demonyms(words: frozenset[str] | set[str], lex: Lexicon) -> set[str]:
    """The words of a role that say whose it is by a people or a place: a nationality of
    the lexicon, or an adjective of six letters or more with an inhabitant's ending
    (`karsan`, `valdurienne`, `lyonnais`) that is no role noun and no generic qualifier."""
    return {w for w in words if w in lex.nationalities or (
        len(w) >= 6 and w.endswith(DEMONYM_ENDINGS) and w not in lex.role_nouns and
        w not in GENERIC_QUALIFIERS and w not in FORMER_MARKERS)}


def _same_people(a: str, b: str) -> bool:
    """`valdurien` and `valdurienne`, `karsan` and `karsane`: one word in two genders."""
    return a.startswith(b) or b.startswith(a)


def of_another_people(words: frozenset[str], p: Person, lex: Lexicon) -> bool:
    """`le ministre karsan` after `Le chef de la diplomatie valdurienne, X`: a role said of
    one people or place is not someone the article gave another one, even when the
    lexicon knows neither word (invented or rare names of peoples are common in wire
    copy: the lexicon's nationalities are compared already, by country)."""
    if words & lex.nationalities:
        return False  # (`lusitanien` says `portugais`: compared as a nationality)
    own = {w for w in _demonyms(words, lex) if not countries_in({w})}  # (`en Argentine`)
    written = {w for role in p.roles for w in _words_of(role)}
    theirs = _demonyms(p.descriptors | written, lex)  # (as written: `sorvienne` lemmatised
    # `sorvienn`)
    return bool(own) and bool(theirs) and not any(
        _same_people(a, b) for a in own for b in theirs)


CURRENT_MARKERS = frozenset({"sortant", "sortante", "actuel", "actuelle", "exercice",
                             "nouveau", "nouvel", "nouvelle"})
"""Words saying a role is held now (`la sénatrice sortante`, `le maire actuel`, `en
exercice`, `son nouvel entraîneur`: `l'ancien entraîneur` is then someone else), folded."""


OUTGOING = frozenset({"sortant", "sortante"})
"""Words of a role held now and being handed over (`la présidente sortante`): its holder
is the one a handover made its former holder, or the one holding it now."""


def holds_it_now(p: Person, noun: str) -> bool:
    """Whether a role written next to `p`'s name gives them the role noun `noun` (folded)
    as held now (`la sénatrice sortante, X`): a former holder of that role (`l'ancienne
    sénatrice`) is then someone else, not an elegant variation for X. A role written
    plainly says nothing of it: `son Premier ministre, X`, limogé, is `l'ancien Premier
    ministre` by the next sentence."""
    return any(CURRENT_MARKERS & set(words) and any(  # (`conseillère` for `conseiller`)
        w.startswith(noun) and len(w) - len(noun) <= 2 for w in words)
        for words in map(_words_of, p.roles))
