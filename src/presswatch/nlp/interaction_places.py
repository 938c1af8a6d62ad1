"""Where an interaction took place: a location of the trigger's own sentence, introduced by
à / en / dans and nearest the trigger (``s'est entretenu mardi à Genève avec``), else the
city a summit or meeting is named after (``le sommet de Lisbonne``); never a place that is
only what was talked about (``ont évoqué la guerre en Ukraine``, ``un sommet consacré à
l'Ukraine``, ``une réunion d'urgence sur la situation au Liban``). Dates are read by
``nlp/dates.py``. A seat of power (``data/interaction_seats.tsv``: l'Élysée, le Kremlin)
names the host of a reception that names none (``X a été reçu à l'Élysée``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from presswatch.lexicon import Seat, load_seats
from presswatch.nlp.docfacts import sentence_bounds, span_text
from presswatch.nlp.interaction_noun_heads import is_city
from presswatch.nlp.interaction_phrases import NOT_OWNERS, OWNER_CASES, WHEN_WORDS
from presswatch.nlp.interaction_triggers import PLACE_CASES, site_place
from presswatch.textutil import fold, span_ents

__all__ = ["TOPIC_VERBS", "place_of", "seat_host", "seat_office", "visit_place"]

TOPIC_VERBS = {"aborder", "évoquer", "discuter", "parler", "examiner", "débattre", "traiter",
               "consacrer", "dédier", "porter", "concerner"}
"""Verbs of discussing or being about: a place inside their object is a topic (`ont évoqué
la guerre en Ukraine`, `un sommet consacré à l'Ukraine`)."""


ANY_COUNTRY = "*"
"""A seat row's country for an office of any country that receives as itself."""


def place_of(sent: Span, trigger: Token) -> str | None:
    """A location of the trigger's sentence introduced by à/en/dans, nearest the trigger,
    else the city a summit or meeting is named after (`le sommet de Lisbonne`)."""
    for c in trigger.children:
        if c.dep_.startswith("nmod") and is_city(c) and fold(c.lemma_) not in NOT_OWNERS and any(
                g.lower_ in OWNER_CASES for g in c.children):
            return next((e.text for e in span_ents(sent) if e.start <= c.i < e.end), c.text)
    best = None
    for ent in span_ents(sent):
        if ent.label_ != "LOC" or ent.start == 0:
            continue
        before = trigger.doc[ent.start - 1]
        if before.lower_ in {"l'", "la", "le", "les"} and ent.start > 1:
            before = trigger.doc[ent.start - 2]
        if before.lower_ not in PLACE_CASES or _in_topic(ent.root, trigger):
            continue
        gap = abs(ent.start - trigger.i) + (0 if ent.start > trigger.i else 3)
        if best is None or gap < best[0]:
            best = (gap, _with_its_town(ent))
    return best[1] if best else None


def _with_its_town(ent: Span) -> str:
    """A venue the recogniser cut before the town it is of (`la chambre d'agriculture de` |
    `Rodel`: two entities, the second at times read as a person's name) as one place, the
    proper nouns after its `de` included."""
    doc, end = ent.doc, ent.end
    if ent[-1].lower_ not in {"de", "d'", "d’", "du", "des"}:
        return ent.text
    if end < len(doc) and doc[end].ent_iob_ == "B":  # the town, as the recogniser has it
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return span_text(doc, ent.start, end) if end > ent.end else ent.text


def visit_place(verb: Token, heads: list[Token]) -> tuple[list[Token], Token | str | None]:
    """What `visiter` names as the place visited, and the parties left once it is set aside:
    a place object (`a visité Kiev et Odessa`, both places, neither a party), however the
    parse hung it (`a visité Kiev mardi`: a bare complement; `la ville de Kiev`: the object's
    `de` complement), else the named place a site visited lies in (`une usine à Toulouse`,
    ``site_place``; the site is no party); None when the clause names no place (`visitait le
    stand Peugeot`), which is no visit."""
    for c in verb.children:
        if c.dep_ not in {"obj", "obl", "obl:mod"} or any(g.dep_ == "case" for g in c.children):
            continue
        place = c if c.ent_type_ == "LOC" else next((
            g for g in c.children if c.dep_ == "obj" and g.dep_ == "nmod" and
            g.ent_type_ == "LOC" and any(x.dep_ == "case" and fold(x.lower_) in {
                "de", "du", "d'"} for x in g.children)), None)
        if place is not None:
            gone = {c, place, *place.conjuncts}
            return [h for h in heads if h not in gone], place
    site = site_place(verb)
    if site is None:
        return heads, None
    return [h for h in heads if h.dep_ != "obj"], site


def seat_office(verb: Token) -> str | None:
    """`les élus ont été reçus lundi en sous-préfecture`, `reçu à la mairie de Lyon`: the
    office (a seat noun of any country in ``data/interaction_seats.tsv``) a passive
    reception took place at, as written, when the clause names one before its next verb;
    the office is the host (an institution is a party), none is made up otherwise."""
    doc = verb.doc
    for t in doc[verb.i + 1: sentence_bounds(verb)[1]]:
        if t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.text != ","):
            return None
        if t.pos_ == "NOUN" and fold(t.lemma_) in _offices() and any(
                g.dep_ == "case" and g.lower_ in PLACE_CASES for g in t.children):
            end = t.i + 1  # `la mairie de Lyon`, not the date the parse hung on it
            while end < len(doc) and doc[end] in t.subtree and not doc[end].is_punct and \
                    fold(doc[end].lower_) not in WHEN_WORDS:
                end += 1
            return span_text(doc, t.i, end)
    return None


def _in_topic(tok: Token, trigger: Token) -> bool:
    """``tok`` sits inside what a verb of discussing has as object (`ils ont abordé la
    situation au Sahel`, `pour discuter de la guerre en Ukraine`): what was talked of,
    not where."""
    if trigger in tok.subtree:  # `à Strasbourg, où le Parlement se réunit`
        return False
    while tok.head != tok and tok != trigger:
        if tok.dep_ in {"obj", "obl:arg"} and tok.head.lemma_ in TOPIC_VERBS:
            return True
        if tok.head == trigger and any(g.lower_ == "sur" for g in tok.children):
            return True  # `une réunion d'urgence sur la situation au Liban`
        tok = tok.head
    return False


@functools.cache
def _seats() -> tuple[Seat, ...]:
    """The seats of power of one country (their holder received)."""
    return tuple(s for s in load_seats() if s.country != ANY_COUNTRY)


@functools.cache
def _offices() -> frozenset[str]:
    """The seat nouns of offices of any country (`*`), which receive as themselves
    (`préfecture`, `mairie`)."""
    return frozenset(s.seat for s in load_seats() if s.country == ANY_COUNTRY)


def seat_host(place: str | None, people: list[dict], countries: dict[str, set[str]]
              ) -> str | None:
    """The person who received someone at ``place`` when it is a seat of power: the one
    the article ties to the seat's country (``countries``: person → countries) and
    describes by its office (a role of ``people`` holding the role words), else the only
    person tied to that country; None when the place is no seat or no one, or several,
    fit."""
    if not place:
        return None
    where = fold(place)
    seat = next((s for s in _seats() if s.seat in where), None)
    if seat is None:
        return None
    country, role = seat.country, seat.role
    tied = [p for p in people if country in countries.get(p["name"], set())]
    holders = [p["name"] for p in tied if any(role in fold(r) for r in p.get("roles") or [])]
    if len(set(holders)) == 1:
        return holders[0]
    return tied[0]["name"] if len(tied) == 1 and not holders else None
