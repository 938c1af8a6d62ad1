"""Who attended the gathering an article is about, when its sentences name them apart from
the trigger: a summit's office holders and countries, a council sitting's people.

Why: an article about one gathering names its attendees where they act or speak (`Le
sommet s'est achevé. … Le Premier ministre indien X, qui le coprésidait, …`; `Pour sa
première réunion, le Conseil communal s'est offert … Également au menu de cette séance
présidée par Y`), and the gold lists them as parties, while the parse of the trigger's own
sentence gives only the body or the host. Round 11 made the summit rule; the sitting rule
(fourteenth interaction round) came from the fresh corpus gold, where six of the misses and
five of the false alarms were council sittings found with the body alone.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from presswatch.nlp.docfacts import sentence_bounds
from presswatch.nlp.interaction_holders import (
    attendee_countries,
    holds_office,
    summit_attendees,
)
from presswatch.textutil import fold

if TYPE_CHECKING:
    from presswatch.nlp.interaction_parties import ArticleParties

__all__ = ["OPENING_SENTENCES", "add_attendees", "is_sitting", "sitting_bodies"]

OPENING_SENTENCES = 2
"""A gathering whose trigger opens the article (its first two sentences: the title and lead)
is the article's subject; one met later in passing draws no one in."""
SENTENCE_ENDS = {".", "!", "?", "…", "»", '"', "”"}
_ARTICLES = {"le", "la", "les", "l", "l'", "l’", "ce", "cet", "cette", "son", "sa", "ses",
             "leur", "leurs"}


@functools.cache
def sitting_bodies() -> frozenset[str]:
    """The editable list ``data/interaction_sitting_bodies.txt``, folded."""
    text = resources.files("presswatch.data").joinpath(
        "interaction_sitting_bodies.txt").read_text("utf-8")
    return frozenset(fold(w.strip()).lower() for w in text.splitlines()
                     if w.strip() and not w.startswith("#"))


def is_sitting(ev: dict) -> bool:
    """A meeting one of whose parties is a sitting body (`le Conseil communal de Daillens`,
    `commissions des finances`), by the first word of the party as written."""
    if ev["type"] != "meeting":
        return False
    bodies = sitting_bodies()
    for party in ev["participants"]:
        words = [w for w in fold(party).lower().replace("'", "' ").replace("’", "' ").split()
                 if w not in _ARTICLES]
        if words and (words[0] in bodies or words[0].rstrip("sx") in bodies):
            return True
    return False


def add_attendees(doc: Doc, events: list[dict], art: ArticleParties,
                  summit_starts: list[int]) -> list[dict]:
    """``events`` with the attendees an article about one summit or one sitting names
    anywhere added to its parties (``art``: the article's
    :class:`~presswatch.nlp.interaction_parties.ArticleParties`; ``summit_starts``: the
    sentence starts of its summit words). A sitting so completed goes last: its people
    then match the article's other meetings of them only after those meetings' own
    entries (a sitting that gains no one keeps its place)."""
    summits = [ev for ev in events if ev["type"] == "summit"]
    sittings = [ev for ev in events if is_sitting(ev) or _holders_gathered(ev, art)]
    opening = _opening(doc, art) if len(summits) == 1 or len(sittings) == 1 else len(doc)
    if len(summits) == 1:
        summits[0]["participants"] += summit_attendees(
            summits[0]["participants"], art.roles, summit_starts, opening)
    for ev in summits:  # the gold names a summit's members by country
        ev["participants"] += attendee_countries(ev["participants"], art.by_country, art.roles)
    if len(sittings) != 1:
        return events
    sitting = sittings[0]
    start = doc.char_span(sitting["trigger_start"], sitting["trigger_end"],
                          alignment_mode="expand")
    if start is None or sentence_bounds(start[0])[0] >= opening:
        return events
    # a body's sitting: all its people; office holders gathered: the office holders
    added = [p["name"] for p in art.people if p["name"] not in sitting["participants"] and (
        is_sitting(sitting) or holds_office(art.roles[p["name"]])) and _named_outside(p, art)]
    if not added:
        return events
    sitting["participants"] += added
    return [ev for ev in events if ev is not sitting] + [sitting]


def _named_outside(person: dict, art: ArticleParties) -> bool:
    """Whether the article names ``person`` once outside what someone said: one named only
    inside a quote (`le maire a rappelé que le président X avait promis des aides`) is
    spoken of, not one who sat there."""
    said = [(q["start"], q["end"]) for q in art.quotes]
    return any(not any(a <= m < b for a, b in said) for m in person.get("mentions") or [])


def _opening(doc: Doc, art: ArticleParties) -> int:
    """Where the article's opening ends (a token index): after its first
    :data:`OPENING_SENTENCES` sentences, counted where one ends on a full stop, a question
    or exclamation mark or a closing quotation mark. Why not the parser's sentences: it
    makes sentences of a title line or a lone place (`Vaulion`, `: séance intense au
    Conseil`) and cuts one at a quotation mark (`(ancienne directrice de l'unité « |
    Épidémiologie | des cancers »)`); a title belongs to the opening."""
    found = 0
    for sent in art.sentences:
        last = next((t for t in reversed(sent) if not t.is_space), None)
        if last is not None and last.text[-1:] in SENTENCE_ENDS:
            found += 1
            if found == OPENING_SENTENCES:
                return sent.end
    return len(doc)


def _holders_gathered(ev: dict, art: ArticleParties) -> bool:
    """A meeting of one group of office holders among themselves (`Les ministres des
    Finances de la zone euro se sont réunis`): a body sitting too, whose members are the
    office holders the article names."""
    if ev["type"] != "meeting" or len(ev["participants"]) != 1 or \
            ev["participants"][0] in art.persons:
        return False
    words = [w for w in fold(ev["participants"][0]).lower().split() if w not in _ARTICLES]
    return bool(words) and words[0].endswith(("s", "x")) and holds_office([words[0][:-1]])
