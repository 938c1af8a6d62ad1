"""What the article as a whole says about speakers once each mention is resolved.

A mention is resolved on its own in `speakers.py`; these passes look across the quotes
of one article: a role phrase names one person throughout, a quote without a mention
continues the one just before it, words in the first person singular are one person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from presswatch.nlp.french import FIRST_PERSON_SINGULAR
from presswatch.textutil import doc_text, fold

# A quote with neither a mention nor a shared speaker takes the speaker of a quote that
# ended at most this many characters before it (`», commenté.`, participles).
NEIGHBOUR_CHARS = 400


def phrase_key(words: str) -> str:
    """A mention's words as one role phrase, whatever its spacing, case and accents
    (`Le  Président` and `le president` are one phrase)."""
    return fold(" ".join(words.split()))


def same_role_same_person(doc: Doc, quotes: list[dict], names: set[str]) -> None:
    """`En visite en Chine, le président de la République a demandé …` before the article
    names Emmanuel Macron, whom a later `a déclaré le président de la République` resolves
    to: one article uses one role phrase for one person, so a mention of it left a
    description takes the one person its other mentions name."""
    text = doc_text(doc)

    def phrase(q: dict) -> str:
        return phrase_key(text[q["mention_start"]:q["mention_end"]])

    named: dict[str, set[str]] = {}
    for q in quotes:
        if q["mention_start"] is not None and q["speaker"] in names:
            named.setdefault(phrase(q), set()).add(q["speaker"])
    for q in quotes:
        if q["mention_start"] is None or q["speaker"] in names or q["speaker"] is None:
            continue
        persons = named.get(phrase(q), set())
        if len(persons) == 1 and fold(q["speaker"]) == phrase(q):
            q["speaker"] = next(iter(persons))


def in_the_first_person_singular(text: str) -> bool:
    """Whether the words speak as one person (`je`, `moi`, `mon`), not as `nous`."""
    words = {w.lower().replace("’", "'") for w in re.findall(r"\w+['’]?", text)}
    return bool(words & FIRST_PERSON_SINGULAR - {"me", "m'"})  # (`me` may be a `nous` object)


def neighbour_speaker(q: dict, quotes: list[dict]) -> str | None:
    anchor = q["cue_start"] if q["cue_start"] is not None else q["start"]
    before = [p for p in quotes if p is not q and p["speaker"] and p["end"] <= anchor
              and anchor - p["end"] <= NEIGHBOUR_CHARS]
    if not before:
        return None
    return max(before, key=lambda p: p["end"])["speaker"]
