"""What a thanked noun phrase is thanked for: `a remercié les bénévoles, qui se sont
relayés tout le week-end`, `a salué les pompiers, qui ont empêché le feu de s'étendre`.

Why apart: after a noun phrase said, a `, qui` relative is most often the writer describing
(`a rappelé les rencontres avec les riverains, qui se plaignent …`: content_end cuts it);
after a verb of thanking or hailing it gives the reason for the thanks, which is what was
said (the relative kept with its noun phrase, as the gold of eval/corpus m-07 and
probes-indirect-9 have it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from presswatch.nlp.candidates import Cue
from presswatch.nlp.docfacts import morph

THANKING_VERBS = frozenset({"remercier", "saluer", "féliciter"})


def thanked_for_end(doc: Doc, cue: Cue, end: int, limit: int) -> int | None:
    """The token end of the `qui` relative right after the noun-phrase object `…:end` of a
    verb of thanking (up to the next comma, semicolon or colon, or `limit`), or None when
    no such relative follows. Read from the words: the parser hangs such a relative on
    the main verb, or reads its verb as a noun (`qui finance`)."""
    if cue.verb.lemma not in THANKING_VERBS or end + 2 >= limit or doc[end].text != "," or \
            doc[end + 1].lower_ != "qui":
        return None
    stop = next((k for k in range(end + 2, limit) if doc[k].text in {",", ";", ":", "«"}),
                limit)
    if any(t.pos_ in {"VERB", "AUX"} and ("Fut" in morph(t, "Tense") or
                                         "Cnd" in morph(t, "Mood")) for t in doc[end + 2:stop]):
        return None  # `a félicité les lauréats, qui recevront leur prix samedi`: what is
        # yet to come is the writer's news, not what they are thanked for
    while stop > end + 2 and doc[stop - 1].is_punct:
        stop -= 1
    return stop if stop > end + 3 else None
