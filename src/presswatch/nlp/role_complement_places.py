"""Single names that complete a role and stand before its holder's name: a place or a body,
not a person (`L'actuel directeur de Pradelles, Nicolas Peyrac`, `Le PDG de Végéa, Olivier
Sarrazin`, `la cour d'assises de Lorvan, Yanis Ferrat, …`).

Why: the model often tags an invented town or company as a person. Kept as one, it becomes
the most salient person of the article (it fills every role it completes) and takes the
quotes of later role phrases and pronouns (`Le futur directeur commun a promis …` →
`Pradelles`). French grammar says otherwise: after `le directeur de X,` the apposed name is
the director, so X is what they direct; a person is named by a first name or a title at
least once, and a place never. One such frame settles the word for the whole article.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from presswatch.textutil import fold

DE_WORDS = frozenset({"de", "d'", "d’"})


def complement_places(doc: Doc, spans: list[tuple[int, int]],
                      is_title: Callable[[Token], bool]) -> set[str]:
    """The words (folded) of one-word name spans that an article writes as the complement of
    a noun (or a noun the parse read as an adjective: `principal`) right before an apposed
    name (`<noun> de X, <Name>`) and never with a first name or a title (`is_title`: `M.`,
    `Me`, … from `people`, which imports this module): places or bodies, not people."""
    named = {fold(doc[b - 1].text) for a, b in spans
             if b - a > 1 or (a > 0 and is_title(doc[a - 1]))}
    places = set()
    for a, b in spans:
        if b != a + 1 or a < 2 or doc[a - 1].lower_ not in DE_WORDS or \
                doc[a - 2].pos_ not in {"NOUN", "ADJ"} or b + 1 >= len(doc) or \
                doc[b].text != ",":
            continue
        after = doc[b + 1]
        if not after.text[:1].isupper() or not (is_title(after) or any(
                c == b + 1 and d - c > 1 for c, d in spans)):
            continue  # (the holder's name, or `Me`/`M.` and a name, comes right after)
        word = fold(doc[a].text)
        if word not in named:
            places.add(word)
    return places
