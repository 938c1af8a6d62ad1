"""Epithets the press takes a person up by, rather than the office it named them with.

Two kinds, both said of someone already in the story, never of a new office holder:
- an age noun (`le quinquagénaire`, `la sexagénaire`) when the article states no age of
  that decade before it: the writer knows the person's age, the reader is told it now;
- a role noun with an age (`l'attaquant de 20 ans` after `Le buteur, X`, `la demi-centre
  de 27 ans` after `La capitaine, X`): the age marks a portrait of someone in focus (a
  newcomer is introduced by `un`/`une`, or with a name), so its noun is no rival office.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from presswatch.nlp.people_frames import AGE_NOUNS
from presswatch.textutil import doc_text

AGES = re.compile(r"\b(\d{1,3})\s(?:ans|an)\b")
"""An age written in figures (`54 ans`, `X, 31 ans,`, `un homme de 62 ans`)."""
DECADES = dict(AGE_NOUNS)
"""Age noun (folded) → the first year of its decade."""
OF = frozenset({"de", "d'", "d’"})


def age_stated_before(doc: Doc, head_word: str, char: int) -> bool:
    """Whether the text before `char` gives someone an age in the decade of the age noun
    `head_word` (`Un homme de 62 ans … le sexagénaire`): the noun then takes up whoever
    has that age, not whoever is in focus. False for any word that is no age noun."""
    first = DECADES.get(head_word)
    if first is None:
        return False
    return any(first <= int(m.group(1)) < first + 10
               for m in AGES.finditer(doc_text(doc)[:char]))


def free_age_noun(doc: Doc, head_word: str, char: int) -> bool:
    """An age noun said where no age of its decade was written before (`Le jardinier, X,
    a été licencié. « … », a dénoncé le quinquagénaire`): the press's variation for the
    person in focus, who need not have been given that age."""
    return head_word in DECADES and not age_stated_before(doc, head_word, char)


def aged_role(head: Token) -> bool:
    """`l'attaquant de 20 ans`: the role noun carries an age complement (`de <n> ans`),
    read on the parse or on the words right after the noun."""
    doc = head.doc
    after = [t.lower_ for t in doc[head.i + 1: head.i + 4]]
    if len(after) == 3 and after[0] in OF and doc[head.i + 2].like_num and \
            after[2] in {"ans", "an"}:
        return True
    return any(c.i > head.i and c.lower_ in {"ans", "an"} and
               any(g.like_num for g in c.children) and any(g.lower_ in OF for g in c.children)
               for c in head.children)
