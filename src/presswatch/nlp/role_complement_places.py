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

from collections.abc import Callable, Container

from spacy.tokens import Doc, Token

from presswatch.textutil import fold

DE_WORDS = frozenset({"de", "d'", "d’"})


def complement_places(doc: Doc, spans: list[tuple[int, int]],
                      is_title: Callable[[Token], bool], first_names: Container[str]
                      ) -> set[tuple[int, int]]:
    """The name spans that are places or bodies, not people: those ending in a word the
    article writes as the complement of a noun (or of a noun the parse read as an adjective:
    `principal`) right before an apposed name (`<noun> de X, <Name>`; the parse may cut
    `de X` as a particle name), when no span names that word with a first name (a folded
    key of `first_names`) or a title (`is_title`: `M.`, `Me`, … from `people`, which
    imports this module). `Urgences de Montbrun` goes with `Le maire de Montbrun, X`."""
    def personal(a: int, b: int) -> bool:
        return is_title(doc[a]) or (a > 0 and is_title(doc[a - 1])) or (
            b - a > 1 and fold(doc[a].text).split("-")[0] in first_names)

    named = {fold(doc[b - 1].text) for a, b in spans if personal(a, b)}
    places = set()
    for a, b in spans:
        lo = a
        while lo < b - 1 and doc[lo].lower_ in DE_WORDS:
            lo += 1  # (`Le maire de Montbrun, X`: the parse's `de Montbrun`)
        if b != lo + 1 or lo < 2 or doc[lo - 1].lower_ not in DE_WORDS or \
                doc[lo - 2].pos_ not in {"NOUN", "ADJ"} or b + 1 >= len(doc) or \
                doc[b].text != ",":
            continue
        after = doc[b + 1]
        if not after.text[:1].isupper() or not (is_title(after) or any(
                c == b + 1 and d - c > 1 for c, d in spans)):
            continue  # (the holder's name, or `Me`/`M.` and a name, comes right after)
        word = fold(doc[lo].text)
        if word not in named:
            places.add(word)
    return {(a, b) for a, b in spans if fold(doc[b - 1].text) in places and not personal(a, b)}
