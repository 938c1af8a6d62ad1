"""Interactions an article reports: meetings, calls, talks, press conferences, visits, summits.

A trigger (``nlp/interaction_triggers.py``: the editable lexicon
``data/interaction_triggers.tsv``, ``s'est rendu mardi à Kiev``) makes a mention. Its
parties come from the parse around the trigger (``nlp/interaction_parties.py``): the
subject and object of a verb (``X a reçu Y``), the ``avec`` / ``entre`` complements of a
verb or noun (``la rencontre entre X et Y``), the ``de`` complement of a summit, visit or
session (``le sommet du G20``, ``la visite de X``), the subject of the clause a noun sits in
(``X a eu un entretien avec Y``, ``lors de sa visite``, ``à l'issue de pourparlers``), the
verb a manner phrase hangs on (``a échangé par téléphone avec Y``), the group a participle
describes (``les ministres du G7, réunis à Capri``), conjuncts included. When the parse
gives too few parties, the people named in the sentence (and the speakers of its quotes)
stand in; a visit's visitor is the nearest of them.

One trigger becomes one mention (or none) in ``nlp/interaction_mentions.py``; this module
runs every trigger of an article, adds the mentions no trigger word makes (hearings,
debates, presences), dates them, and hands them to ``nlp/interaction_events.py``, which
makes one entry per event. The place is a location of the trigger's own sentence
(``nlp/interaction_places.py``), the date the first one that sentence resolves.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from presswatch.nlp.dates import find_dates, resolve
from presswatch.nlp.docfacts import sentence_bounds, span_text
from presswatch.nlp.interaction_attendees import add_attendees
from presswatch.nlp.interaction_debates import debates
from presswatch.nlp.interaction_events import PAIR_TYPES, merge_mentions, one_by_one, still_to_come
from presswatch.nlp.interaction_guests import in_presence
from presswatch.nlp.interaction_hearings import hearings
from presswatch.nlp.interaction_mentions import HOSTING, trigger_mention
from presswatch.nlp.interaction_parties import ArticleParties
from presswatch.nlp.interaction_tenses import held_or_ahead
from presswatch.nlp.interaction_triggers import find_triggers, load_triggers
from presswatch.nlp.interaction_wording import purpose_of

__all__ = ["find_interactions", "load_triggers"]


def _dated(ev: dict, trigger: Token, art: ArticleParties, article_date: str | None
           ) -> list[dict]:
    """A mention dated by the first date its sentence resolves, one per party pair when it
    has several (``one_by_one``); each pair of persons met is remembered for `leur …`."""
    for _a, _b, expr in find_dates(span_text(trigger.doc, *sentence_bounds(trigger))):
        if day := resolve(expr, article_date, ahead=still_to_come(trigger)):
            ev["date"] = day
            break
    ones = one_by_one(ev)
    for one in ones:
        persons = [n for n in one["participants"] if n in art.persons]
        if one["type"] in PAIR_TYPES and len(persons) >= 2:
            art.pairs.append((one["trigger_start"], persons))
    return ones


def _held_as_talks(doc: Doc, start: int, mentions: list[dict]) -> None:
    """A meeting verb whose purpose is talks (`se sont réunies pour un cycle de
    négociations`) reports those talks: the guideline's more specific type, as when one
    event is told by both words (session 27)."""
    for m in mentions:
        span = doc.char_span(m["trigger_start"], m["trigger_end"], alignment_mode="expand")
        if m["type"] == "meeting" and span is not None and doc[start] in span.root.subtree:
            m["type"] = "talks"


def find_interactions(doc: Doc, triggers: dict[tuple[str, ...], str],
                      article_date: str | None) -> list[dict]:
    """Interaction dicts: type, participants, place, date, trigger, trigger_start/end."""
    art = ArticleParties(doc, doc._.people or [], doc._.quotes or [])
    matches = find_triggers(doc, triggers)
    # a call is not also a meeting: `s'est entretenu par téléphone avec`
    calls = {sentence_bounds(doc[a])[0] for a, _b, k in matches if k == "phone_call"}
    mentions = []
    told: list[tuple[int, int, str]] = []  # the matches that made a mention
    for n_match, (start, end, kind) in enumerate(matches):
        if kind in {"meeting", "talks"} and sentence_bounds(doc[start])[0] in calls and not (
                doc[start].lemma_ in HOSTING and not any(
                    c.dep_ == "aux:pass" for c in doc[start].children)):
            continue  # but `alors que Moscou accueille X` is no call
        if kind in {"meeting", "talks"} and purpose_of(doc, start, told):
            if kind == "talks":  # `se sont réunis pour un cycle de négociations`: the
                _held_as_talks(doc, start, mentions)  # meeting is those talks
            continue
        ev = trigger_mention(doc, art, start, end, kind, matches, n_match)
        if ev is None:
            continue
        told.append((start, end, kind))
        ev["ahead"] = held_or_ahead(doc, start, end)  # a held contact and a planned one
        # between the same people are two events (`interaction_tenses`)
        mentions += _dated(ev, doc[start], art, article_date)
    said = {i for a, b, k in matches if k in PAIR_TYPES for i in range(a, b)}
    for ev in hearings(doc, art) + debates(doc) + in_presence(doc, art, said):  # `auditionné par
        # la commission`, `où les débats s'engagent` (at the Senate), `en présence de Y`
        mentions += _dated(ev, doc.char_span(ev["trigger_start"], ev["trigger_end"])[0], art,
                           article_date)
    events = merge_mentions(mentions, {p["name"] for p in art.people})
    return add_attendees(doc, events, art, [sentence_bounds(doc[a])[0] for a, _b, k in matches
                                            if k == "summit"])
