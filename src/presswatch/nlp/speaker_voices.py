"""A body that speaks `par la voix de` a named person: the person is the speaker.

`Le syndicat, par la voix de sa secrétaire générale Anne Roy, a dénoncé …` reports words
Anne Roy said on the union's behalf; the guideline's speaker is who said it, as fully
named, so the name the aside gives wins over the body the parse makes the subject. With no
name in the aside (`par la voix de son avocat`, `par la voix de leur fédération`) the
subject stays: a role alone names nobody a reader could look up, and the body said it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import sentence_bounds
from presswatch.nlp.people import is_title

VOICE_OPENINGS = (("par", "la", "voix"), ("par", "l'", "intermédiaire"),
                  ("par", "l’", "intermédiaire"), ("par", "le", "biais"))
"""The words that open the aside: `par la voix de`, `par l'intermédiaire de`, `par le biais
de`, lower case, before the preposition `de` (`du`, `d'`, `de la`)."""
OF = frozenset({"de", "du", "d'", "d’", "des"})
ASIDE_WORDS = 8
"""How many words after `de` the name may come (`de sa secrétaire générale adjointe, X`)."""


def voice_of(doc: Doc, verb: Token, subject: tuple[int, int] | None
             ) -> tuple[int, int] | None:
    """The span of the person a `par la voix de` aside names, in the subject or between it
    and the verb, or right after the verb (`a répondu par la voix de sa présidente, X, que …`), or
    None when the clause has no such aside or the aside names no one."""
    start = subject[0] if subject is not None else sentence_bounds(verb)[0]
    end = min(sentence_bounds(verb)[1], verb.i + 4 + len(VOICE_OPENINGS[0]) + ASIDE_WORDS)
    for k in range(start, end):
        word = doc[k].lower_
        if k > verb.i and word in {"que", "qu'", "qu’", ":", "«", "“"}:
            return None  # (what was said begins: an aside inside it is not the speaker's)
        if word != "par":
            continue  # (every opening starts with it: most words are read once, no more)
        opening = next((o for o in VOICE_OPENINGS if _words(doc, k, len(o)) == o), None)
        if opening is None:
            continue
        after = k + len(opening)
        if after >= len(doc) or doc[after].lower_ not in OF:
            return None
        return _name_in_aside(doc, after + 1)
    return None


def _words(doc: Doc, start: int, count: int) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[start:start + count])


def _name_in_aside(doc: Doc, start: int) -> tuple[int, int] | None:
    """The first run of proper nouns (a title such as `Me` kept out) in the few words of
    the aside, before it closes (a verb, `que`, a comma that no name follows), or None:
    `de son secrétaire général, X` sets the name off after the role."""
    k = start
    limit = min(len(doc), start + ASIDE_WORDS)
    while k < limit:
        token = doc[k]
        if token.pos_ == "PROPN" and token.text[:1].isupper() and not is_title(token):
            end = k
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            titled = k > start and is_title(doc[k - 1])
            return (k, end) if end - k >= 2 or titled else None
        if token.pos_ in {"VERB", "AUX"} or token.lower_ in {"que", "qu'", "qu’"} or \
                (token.text == "," and k + 1 < len(doc) and doc[k + 1].pos_ != "PROPN"
                 and not is_title(doc[k + 1])):
            return None
        k += 1
    return None
