"""One entry per real-world event per article (the guideline's rule): an article reports a
meeting several times (``ont eu un entretien`` … ``lors de cet entretien`` … ``les deux
hommes``), so mentions of one type that share a party are one event, keeping every party,
the first place and date; ``cette visite`` is the visit told last; a meeting between the
parties of talks the article reports is those talks (the more specific word; not one
encounter of talks among more people), a gathering
of an article's summit that summit. People received in turn (``a reçu A, puis B``) are two
meetings.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from presswatch.nlp.french import looks_future
from presswatch.nlp.interaction_phrases import clean_parties
from presswatch.textutil import fold

__all__ = ["PAIR_TYPES", "mention", "merge_mentions", "next_edition", "one_by_one",
           "same_event", "still_to_come"]

PAIR_TYPES = {"meeting", "talks", "phone_call"}
"""Kinds of contact between two parties or more (summits, visits, press conferences may
have one)."""
ARTICLES = {"le", "la", "les", "l'"}
NEXT_WORDS = {"prochain", "prochaine", "suivant", "suivante"}
"""`le prochain sommet`: the next edition of a summit, another event than the one told."""
PAIR_PHRASES = ("les deux ", "leurs ", "ces deux ")
"""`l'entretien entre les deux hommes`: a contact the article has reported with names."""


def still_to_come(trigger: Token) -> bool:
    """Whether the clause of `trigger` tells the event in the future (`rencontrera`, `aura
    lieu`, `va rencontrer`, a future the tagger read as a present): its weekday is the next
    one, not the last (`Macron rencontrera Scholz mardi`)."""
    verb = trigger
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head  # `le sommet aura lieu samedi`: the noun's verb
    forms = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if any("Fut" in c.morph.get("Tense") or looks_future(c) for c in forms):
        return True
    going = verb.head if "Inf" in verb.morph.get("VerbForm") else None
    return going is not None and going.lemma_ == "aller" and "Pres" in going.morph.get("Tense")


def next_edition(noun: Token) -> bool:
    """`l'Afrique du Sud accueillera le prochain sommet` (round 15): the next edition of
    the summit the article tells, an event of its own, not a party more of this one."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and fold(c.lower_) in NEXT_WORDS
                                       for c in noun.children)


def mention(kind: str, participants: list[str], trigger: Span, **fields: Any) -> dict:
    """One interaction mention as the finders make it and `merge_mentions` reads it: the
    fields every mention has, at their plain values unless `fields` says otherwise
    (`told_before`, `later`, `gathering`, `again`, `body`, `sitting`, `owner`, `place`,
    `next_edition`, `apart`, `ahead`, `bare`)."""
    return {"type": kind, "participants": participants, "place": None, "date": None,
            "trigger": trigger.text, "trigger_start": trigger.start_char,
            "trigger_end": trigger.end_char, "told_before": False, "later": [],
            "gathering": False, "again": None, "body": False, "sitting": False,
            "next_edition": False, "apart": False, "ahead": None, "bare": False,
            "owner": None, **fields}


def one_by_one(ev: dict) -> list[dict]:
    """`X a reçu A, puis B`: two meetings of X, one with each (the parties named after
    `puis` met X in turn, not A); the later one's trigger is its `puis`, so that each
    mention keeps a trigger of its own."""
    later = ev.pop("later", [])
    if not later:
        return [ev]
    first = [n for n in ev["participants"] if n not in {n for n, _g in later}]
    return [{**ev, "participants": first}] + [
        {**ev, "participants": [*first[:1], n], "trigger": g.text, "trigger_start": g.idx,
         "trigger_end": g.idx + len(g)} for n, g in later]


def same_event(a: dict, b: dict, persons: set[str]) -> bool:
    """Two mentions of one type in one article report one event: they share a party, one
    of them names no person (`les deux dirigeants se sont entretenus`), or they are
    summits (an article reports one summit, unless it names two bodies holding them: `le
    sommet du G7` and `le sommet de l'Otan`). Two meetings of one person with two others
    are thus one entry: parties found around a trigger are too noisy to split on."""
    if a["type"] in PAIR_TYPES and (a.get("told_before") or b.get("told_before")) and \
            apart_in_time(a, b):
        return False  # `se sont réunis vendredi` … `ils se retrouveront en janvier`: held
        # and planned, two contacts (session 27)
    if a.get("next_edition") != b.get("next_edition") or a.get("apart") != b.get("apart"):
        return False  # `le sommet s'est achevé` … `X accueillera le prochain sommet`; a
        # hearing, a speech before a body or a presence, told by their own words, and a
        # contact trigger words tell (`son exposé devant le Conseil` … `les dirigeants
        # rencontrés`): two events, whatever person they share (round 15)
    if a.get("body") != b.get("body"):  # a group meeting among itself, a contact of others
        return _share(a["participants"], b["participants"])
    if a.get("sitting") != b.get("sitting") and not persons.intersection(
            a["participants"] + b["participants"]) and not _share(
            a["participants"], b["participants"]) and not any(
            fold(n).startswith(PAIR_PHRASES) for n in a["participants"] + b["participants"]):
        return False  # one body's sitting and a contact of others no one names (`lors du
        # conseil municipal` … `les élus ont été reçus en sous-préfecture`)
    if a["type"] == "summit" and a.get("owner") and b.get("owner"):
        return fold(a["owner"]) == fold(b["owner"])  # `le sommet du G7` … `de l'Otan`
    if a["type"] == "summit" or not persons.intersection(a["participants"]) or \
            not persons.intersection(b["participants"]):
        return True
    pa = {fold(n).split()[-1] for n in a["participants"]}
    pb = {fold(n).split()[-1] for n in b["participants"]}
    if a["type"] in PAIR_TYPES and len(pa) == len(pb) == 2 and len(pa & pb) == 1 and \
            len(persons.intersection(a["participants"])) == 2 and \
            len(persons.intersection(b["participants"])) == 2:
        return False  # `X a reçu Y, puis Z`: two meetings of X
    return bool(pa & pb)


def apart_in_time(a: dict, b: dict) -> bool:
    """One mention's verb tells its contact as held and the other's as still to come
    (``nlp/interaction_tenses.py`` sets ``ahead``): when the later one refers back to the
    parties (`les deux dirigeants`, `ils`), two events. (Two mentions naming the parties in
    full are still one: an article updated as the day went on tells one reception as
    planned and as held, `doit recevoir X` … `a accueilli X`.)"""
    return a.get("ahead") is not None and b.get("ahead") is not None and \
        a["ahead"] != b["ahead"]


def _share(a: list[str], b: list[str]) -> bool:
    """A party named in both lists, whole or shortened (`le conseil municipal de Québec` …
    `la séance du conseil`)."""
    short_a, short_b = {_bare(n) for n in a}, {_bare(n) for n in b}
    return any(x == y or x.startswith(y + " ") or y.startswith(x + " ")
               for x in short_a for y in short_b)


def _bare(name: str) -> str:
    """A party folded, without its leading article."""
    words = fold(name).replace("'", "' ").split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in ARTICLES else words)


def _among_more(meeting: dict, talks: dict, persons: set[str]) -> bool:
    """Talks among more people than a meeting names (`les tractations entre A, B et C` …
    `A a reçu B`): the meeting is one encounter of those talks, an event of its own; only
    a meeting of the talks' own persons is the talks told again."""
    held = persons.intersection(talks["participants"])
    return len(held) > 2 and not held <= set(meeting["participants"])


def merge_mentions(mentions: list[dict], persons: set[str]) -> list[dict]:
    """One entry per event: mentions of one type sharing a party are merged (keeping
    every party, the first place and date); a meeting between reported talks' parties is
    those talks (`la rencontre` … `à l'issue des pourparlers`: one event, talks)."""
    events: list[dict] = []
    for m in mentions:
        again = m.pop("again", None)
        if m.pop("bare", False) and not any(e["type"] == m["type"] for e in events) and \
                len(m["participants"]) < 2:
            continue  # `s'est joint à la réunion` with no meeting told before: no event
        same = next((e for e in events if e["type"] == m["type"]
                     and same_event(e, m, persons)), None)
        if again is not None and (told := [e for e in events if e["type"] == m["type"]]):
            # `cette visite`: the one told last, with the parties the clause names outright
            # (not a pronoun's guess: `il a dit … durant cette visite`)
            same, m["participants"] = told[-1], again
        if m.pop("told_before", False) and m["type"] in PAIR_TYPES:
            # `l'entretien entre les deux hommes`: the contact already reported, whatever
            # word reported it first
            same = next((e for e in events if e["type"] in PAIR_TYPES and persons.intersection(
                m["participants"]) <= set(e["participants"]) and not apart_in_time(e, m)),
                        same)
        if same is None:
            events.append(m)
            continue
        same["participants"] = clean_parties(same["participants"] + m["participants"],
                                              same["place"] or m["place"])
        same["place"] = same["place"] or m["place"]
        same["date"] = same["date"] or m["date"]
        same["owner"] = same.get("owner") or m.get("owner")
    contacts = [e for e in events if e["type"] in PAIR_TYPES and
                len(persons.intersection(e["participants"])) >= 2]
    events = [e for e in events if not (e["type"] in PAIR_TYPES and contacts and all(
        fold(n).startswith(PAIR_PHRASES) for n in e["participants"]))]
    talks = [e for e in events if e["type"] == "talks" and len(e["participants"]) >= 2]
    summits = [e for e in events if e["type"] == "summit"]
    kept = []
    for e in events:
        same = next((t for t in talks if e["type"] == "meeting" and len(
            {fold(n) for n in e["participants"]} & {fold(n) for n in t["participants"]}) >= 2
            and not _among_more(e, t, persons)), None)
        if e.pop("gathering", False) and e["type"] == "meeting" and summits and len(
                persons.intersection(e["participants"])) < 2:
            same = summits[0]  # `les dirigeants réunis à Bruxelles` of an article's summit
        if same is None:
            kept.append(e)
        else:  # the meeting is those talks (that summit): who, where and when it says
            same["participants"] = clean_parties(same["participants"] + e["participants"],
                                                 same["place"] or e["place"])
            same["place"] = same["place"] or e["place"]
            same["date"] = same["date"] or e["date"]
    owners = [e["owner"] for e in summits if e.get("owner") and not e.get("next_edition")]
    for e in kept:
        if e.pop("next_edition", False) and owners and not _share(e["participants"], owners):
            e["participants"] = clean_parties(owners[:1] + e["participants"], e["place"])
        e.pop("apart", None)
        e.pop("ahead", None)
        e.pop("body", None)
        e.pop("sitting", None)
        e.pop("owner", None)
    return kept
