"""What the article as a whole says about speakers once each mention is resolved.

A mention is resolved on its own in `speakers.py`; these passes look across the quotes
of one article: a role phrase names one person throughout, a quote without a mention
continues the one just before it, words in the first person singular are one person's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from presswatch.nlp.french import FIRST_PERSON_SINGULAR
from presswatch.nlp.people import Person
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


DESCRIPTION_MIN_WORDS = 3
"""Words a description needs before its wording alone ties it to a name (`le frère de la
victime`; `le maire` may be said of several people)."""


DEFINITE_OPENINGS = frozenset({"le", "la", "les"})
"""First words of a description that points at one holder (`plusieurs sources` does not)."""
APPOSITION_CLOSERS = frozenset({",", ".", ")", ";", ""})


def description_named_elsewhere(doc: Doc, quotes: list[dict], persons: list[Person]) -> None:
    """`Le frère de la victime raconte …` (a headline), then `la cour a entendu le frère de
    la victime, Julien Roche`: a speaker left a description (and every pronoun that took it
    up) is the one person the article names right after the same words, set off by a comma,
    wherever that apposition stands."""
    text = doc_text(doc).lower()
    names = {p.full_name for p in persons}
    for speaker in {q["speaker"] for q in quotes if q["speaker"] and q["speaker"] not in names}:
        phrase = " ".join(speaker.split()).lower()
        if len(phrase.split()) < DESCRIPTION_MIN_WORDS or " et " in phrase or \
                not _definite(phrase):
            continue
        found: set[str] = set()
        needle = phrase + ", "
        k = text.find(needle)
        while k >= 0:
            # (not after a complement's preposition: `le président de la Fédération X,
            # Paul Roux` is his name, not the federation's)
            if not _complement_before(text[:k]):
                after = doc_text(doc)[k + len(needle):]
                # (the name closed by a comma or a stop: an apposition, not the subject of
                # the next clause, `D'après plusieurs sources, X a répété`)
                found |= {p.full_name for p in persons for n in p.names if
                          after.startswith(n) and after[len(n):len(n) + 1] in APPOSITION_CLOSERS}
            k = text.find(needle, k + 1)
        if len(found) == 1:
            who = found.pop()
            for q in quotes:
                if q["speaker"] == speaker:
                    q["speaker"] = who


COMPLEMENT_PREPOSITIONS = ("de", "d'", "d’", "du", "des", "à", "au", "aux")


def _complement_before(text: str) -> bool:
    """Whether the words ending `text` open a complement (`… président de `): what follows
    is part of a longer description, whose apposed name is not its own."""
    words = text.split()
    last = words[-1] if words else ""
    return last in COMPLEMENT_PREPOSITIONS or (not text.endswith(" ") and last.endswith(
        ("d'", "d’")))


def _definite(phrase: str) -> bool:
    """Whether a description opens on a definite article (`le`, `la`, `les`, `l'`)."""
    first = phrase.split()[0].replace("’", "'")
    return first in DEFINITE_OPENINGS or first.startswith("l'")


def in_the_first_person_singular(text: str) -> bool:
    """Whether the words speak as one person (`je`, `moi`, `mon`), not as `nous`."""
    words = {w.lower().replace("’", "'") for w in re.findall(r"\w+['’]?", text)}
    return bool(words & FIRST_PERSON_SINGULAR - {"me", "m'"})  # (`me` may be a `nous` object)


def neighbour_speaker(q: dict, quotes: list[dict]) -> str | None:
    """The speaker a quote without a mention continues: that of the quote just before it,
    unless that one is a question put to someone (then the answer is theirs)."""
    anchor = q["cue_start"] if q["cue_start"] is not None else q["start"]
    before = [p for p in quotes if p is not q and p["speaker"] and p["end"] <= anchor
              and anchor - p["end"] <= NEIGHBOUR_CHARS]
    if not before:
        return None
    return continued_speaker(q, max(before, key=lambda p: p["end"]), quotes)


def continued_speaker(q: dict, ref: dict, quotes: list[dict]) -> str | None:
    """The speaker of the quote `ref` that the quote `q` (no mention of its own) continues,
    unless `ref` is a question and `q` is not: `q` then answers it (`_answerer`)."""
    if _is_question(ref) and not _is_question(q) and ref["speaker"]:
        return _answerer(ref, quotes) or ref["speaker"]
    return ref["speaker"]


def _is_question(q: dict) -> bool:
    return q["text"].rstrip(" »\"”").endswith("?")


def _answerer(question: dict, quotes: list[dict]) -> str | None:
    """`« Comment avez-vous vécu … ? », lui a demandé notre journaliste. « Très mal », a-t-elle
    répondu. […] « Et les Mondiaux ? », a insisté X. « Je veux un podium. »`: a quotation
    standing alone after a question answers it; its speaker is whoever answered the same
    questioner's earlier question (the interviewee), not the questioner."""
    asker = question["speaker"]
    answerers = []
    for earlier in sorted(quotes, key=lambda p: p["start"]):
        if earlier["start"] >= question["start"]:
            break
        if earlier["speaker"] != asker or not _is_question(earlier):
            continue
        answer = min((p for p in quotes if p["start"] > earlier["end"] and p["speaker"]),
                     key=lambda p: p["start"], default=None)
        if answer is not None and answer["speaker"] != asker and \
                answer["start"] < question["start"]:
            answerers.append(answer["speaker"])
    return answerers[-1] if answerers else None
