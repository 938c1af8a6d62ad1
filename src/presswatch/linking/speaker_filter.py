"""Which speaker strings can meet a changed alias or role, decided without working out
their lookups (:func:`.people_linking.speaker_lookups`).

After a batch the quote side asks, for every distinct speaker string of the store, whether
one of the folded names it is looked up by is a changed alias, or one of its role
signatures matches a role whose holders changed. Working out the lookups of every string
(a role signature each, with the lexicon's synonyms) cost more than everything else the
quote side does after a feed's batch, though a batch changes a handful of aliases and
roles. :func:`may_meet` is a necessary condition, checked on the folded string's words:

- a lookup name is the fold of some of the string's words (titles dropped), so each word
  of a changed alias it equals is in the folded string;
- a signature matching a held role is a subset of it (:func:`.roles.role_matches`) holding
  a role noun, so one of the held roles' nouns is a word of the string, unless a synonym
  was replaced first (then its wording is in the string: the first replacement reads the
  string as written).

When the condition fails the string meets nothing and its lookups are not worked out;
when it holds they are, as before. So the answer is exactly the old one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from presswatch.lexicon import Lexicon
from presswatch.linking.roles import role_nouns
from presswatch.textutil import fold

__all__ = ["may_meet"]

_NOT_WORD = re.compile(r"[^a-z0-9'-]+")
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def may_meet(aliases: Collection[str], helds: Collection[frozenset[str]], lex: Lexicon
             ) -> Callable[[str], bool]:
    """A test of speaker strings: False only for a string none of whose lookup names is
    in ``aliases`` (folded) and none of whose role signatures matches one of ``helds``."""
    alias_words = [k.split() for k in aliases]
    if any(not words for words in alias_words):  # a string of titles alone is looked up
        return lambda _speaker: True  # by "": every string may
    nouns = frozenset().union(*helds) & role_nouns(lex) if helds else frozenset()
    synonyms = tuple(lex.role_synonyms) if helds else ()

    def test(speaker: str) -> bool:
        folded = fold(speaker)
        if any(all(w in folded for w in words) for words in alias_words):
            return True
        if not nouns:
            return False
        text = " " + _NOT_WORD.sub(" ", folded) + " "
        return any(s in text for s in synonyms) or not nouns.isdisjoint(
            _WORD.findall(text.replace("'", " ")))

    return test
