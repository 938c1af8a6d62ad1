"""One mention of an interaction: from a trigger the lexicon matched to its type, its parties
and its place, or to nothing when the words report no event.

The parties come from the parse around the trigger (a verb's heads in
``nlp/interaction_heads.py``, a noun's in ``nlp/interaction_noun_heads.py``, the guests
of ``nlp/interaction_guests.py``), named by ``nlp/interaction_parties.py``; when the parse
gives too few, the people named around the trigger in its sentence stand in. Each reading
that rejects a trigger (a wish, a peak, a thing received, an interview given to a medium,
`entretenir des relations`, `échanger des tirs`) says why beside it. The article-wide run
over every trigger, dates and merging is ``nlp/interactions.py``'s.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Token

from presswatch.nlp.docfacts import morph, sentence_bounds
from presswatch.nlp.interaction_events import PAIR_TYPES, mention, next_edition
from presswatch.nlp.interaction_groups import GATHERINGS, gathered, gathering_of, we_gather
from presswatch.nlp.interaction_guests import (
    CONSULTING,
    attendees,
    consults_a_person,
    described_visitor,
    invited,
    received_described,
    receives_someone,
)
from presswatch.nlp.interaction_heads import (
    clause_subjects,
    hosted_by_an_event,
    is_call,
    neighbour_subjects,
    object_conjuncts,
    verb_parties,
    with_conjuncts,
)
from presswatch.nlp.interaction_holders import GROUP_OBJECT_CLITICS, named_after
from presswatch.nlp.interaction_nations import compound_countries, is_nationality
from presswatch.nlp.interaction_noun_heads import (
    bound_for,
    noun_parties,
    presided,
    sent_by_two,
    summit_name,
    working_session,
)
from presswatch.nlp.interaction_parties import FIRST_PERSON, SITTINGS, ArticleParties
from presswatch.nlp.interaction_phrases import (
    NOT_OWNERS,
    OWNER_CASES,
    clean_parties,
    description,
    is_party_noun,
    is_role,
)
from presswatch.nlp.interaction_places import place_of, seat_host, seat_office, visit_place
from presswatch.nlp.interaction_readings import (
    a_count_taken_in,
    a_name_with_an_article,
    sees_someone,
    the_meeting_told,
)
from presswatch.nlp.interaction_triggers import (
    PLACE_CASES,
    a_peak,
    conditional,
    gathering_body,
    gathering_held,
    gathering_kind,
    in_passing,
    not_an_envoy,
    only_considered,
    only_wished,
    travels,
)
from presswatch.nlp.interaction_wording import (
    a_medium,
    for_summit,
    handover,
    manner,
    names_someone,
    of_two_nations,
    summit_owner,
    the_press,
    told_again,
    trigger_subject,
    verb_read_as_noun,
    whole_sentence,
)
from presswatch.textutil import fold, span_ents

__all__ = ["HOSTING", "MIN_PARTIES", "trigger_mention"]

MIN_PARTIES = {"meeting": 2, "talks": 2, "phone_call": 2, "summit": 1, "visit": 1,
               "press_conference": 1}
"""Parties an interaction needs (a summit, a visit, a press conference may have one;
a council session is a meeting of one institution)."""
CALL_WORDS = {"appel", "appeler"}
"""Call triggers that need a person called (see ``is_call``)."""
HOSTING = {"accueillir", "recevoir"}
"""Verbs whose place subject makes a visit (`Moscou accueille X`)."""
REFLEXIVE = {"entretenir", "retrouver", "voir", "revoir"}
"""Trigger verbs that report an interaction only in their reflexive form."""
REFLEXIVE_CLITICS = {"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
"""Their reflexive pronouns in every person: a speaker's own `je me suis entretenu avec Y`
inside a quote is the reflexive `s'entretenir` too."""
PARSED_ONLY = {"retrouver", "voir", "revoir", "discuter", "échanger", "parler"}
"""Trigger verbs that report a meeting or talks only when the parse names two parties (`le
gouvernement et les syndicats se retrouveront jeudi`, `les émissaires ont discuté avec les
rebelles`), no stand-ins from the sentence (`il faut discuter du budget`)."""
PURPOSE_ONLY = {"discuter", "échanger"}
"""Trigger verbs that, as an infinitive of purpose or occasion, tell what another event was
for (`s'est rendu à Kiev pour discuter`, `l'occasion de discuter`), not an event."""
SPOKEN_WITH = {"parler"}
"""Verbs of speaking that report a conversation only reciprocal (`X et Y se sont parlé`,
`nous nous sommes parlé`), not `parler de`, `parler aux Français` (an address) nor `parler
avec` (one tried it: it reported more interviews and talks with witnesses than contacts
between the parties)."""
TRADED = {"échanger"}
"""Trigger verbs that report a contact only without an object (`X a échangé avec Y`, `les
deux ministres ont échangé`), not when something is traded (`des tirs`, `des otages`)."""
PURPOSE_MARKS = {"pour", "afin", "de", "d'", "d’"}
NEEDS_OBJECT = {"recevoir", "accueillir", "rencontrer", "réunir", *CONSULTING}
"""Trigger verbs that report an interaction only with a party as object."""
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
              "matin", "soir", "midi", "jour", "semaine", "mois", "annee", "week-end"}
TRIP_NOUNS = {"voyage", "séjour", "tournée"}
"""Visit nouns that say a trip, not where to (`son voyage`, `sa tournée`, a singer's as
well): a visit only with a destination (`son voyage en Chine`, `une tournée au
Moyen-Orient`)."""
SUMMIT_LEADERS = {"dirigeant", "leader", "chef"}
"""Who a summit gathers (`les dirigeants du G20`, `les chefs d'État du G7`), folded."""
SEQUENCE_WORDS = {"puis", "ensuite"}
"""Coordinations of received parties that say they came in turn (`A, puis B`)."""


def _head(doc: Doc, start: int, end: int) -> Token:
    """The verb or noun of a trigger phrase (``conférence de presse`` → conférence)."""
    for t in doc[start:end]:
        if t.pos_ in {"VERB", "NOUN"}:
            return t
    return doc[start]


def trigger_mention(doc: Doc, art: ArticleParties, start: int, end: int, kind: str,
                    matches: list[tuple[int, int, str]], n_match: int) -> dict | None:
    """The interaction the trigger words ``doc[start:end]`` (of ``kind``; the
    ``n_match``-th of the article's ``matches``) tell, or None when they tell none held.
    In order: words that tell no event; the parties the parse gives (:func:`_party_heads`)
    and their names; readings that meet no one after all; place and sitting; parties
    the sentence names standing in when the parse gave too few (:func:`_stand_ins`)."""
    head = _head(doc, start, end)
    sent = head.sent
    if _no_event_held(doc, head, start):
        return None
    if gathering_held(head):  # `Le G20 s'est ouvert à Delhi` (a name, not a trigger word)
        body = gathering_body(head)
        return mention(kind, [body], doc[head.i:head.i + 1],
                       place=place_of(sent, head.head), sitting=True,
                       owner=body if kind == "summit" else None)
    heads, session, named, guests, group, kind = _party_heads(doc, art, head, start, end, kind)
    visited = None
    if head.lemma_ == "visiter":  # `X a visité Kiev`, `une usine à Toulouse`: where, not who
        heads, visited = visit_place(head, heads)
        if visited is None or any(
                h.dep_ == "nsubj" and h.pos_ == "NOUN" and not art.names(h) for h in heads):
            return None  # `des touristes visitent Paris`: no one named
    met = [h for h in heads if not trigger_subject(h, head)]
    if kind in {"meeting", "talks"} and met and all(a_medium(h) for h in met):
        return None  # `un entretien avec l'AFP`: an interview given to a medium
    names, told_before = _names_of(doc, art, head, heads, named, start, kind)
    participle = "Part" in morph(head, "VerbForm") and (head.dep_ == "acl" or (
        "Pres" in morph(head, "Tense") and head.dep_ != "advcl"))
    # (`Recevant X à l'Élysée, Y a promis…`: an adverbial participle is Y's reception)
    venue = next((h for h in heads if trigger_subject(h, head) and h.ent_type_ == "LOC"
                  and art.name(h) and not _a_persons_name(h, art)), None) \
        if head.lemma_ in HOSTING else None
    # (a place subject of another verb is a country as a party: `Israël et le Hamas
    # négocient`)
    if head.pos_ == "VERB" and participle and group is None and not guests:
        return None  # `une coalition réunissant des entreprises`: a description
    if venue is not None:
        return _visit_to_venue(doc, art, heads, venue, start, end)
    both = any(of_two_nations(h) for h in heads)  # `les délégations russe et ukrainienne`
    if _no_meeting_after_all(head, heads, names, art, kind, group, guests, both):
        return None
    if kind == "meeting" and head.lower_ == "conseil":  # `le Conseil des ministres`
        names.append(doc[start:end].text)
        session = True
    place = place_of(sent, head) if visited is None else visited if isinstance(
        visited, str) else art.name(visited) or visited.text
    if _goes_nowhere_or_sits(head, heads, kind, place, session):
        return None
    parties = _parties_named(doc, art, head, heads, named, names, kind, place, start,
                             session=session, both=both)
    names = _completed(doc, art, head, heads, parties, kind, place, start, end, matches,
                       n_match)
    if names is None:
        return None
    later = _named_later(art, head, heads, names) if kind in PAIR_TYPES else []
    return mention(kind, names, doc[start:end], place=place, told_before=told_before,
                   later=later, gathering=head.lemma_ in GATHERINGS or for_summit(head),
                   again=clean_parties(parties.outright, place) if told_again(head) or
                   the_meeting_told(head) else None, bare=the_meeting_told(head),
                   body=parties.among,
                   sitting=parties.session and len(names) == 1 and names[0] not in art.persons,
                   owner=summit_owner(head) if kind == "summit" else None,
                   next_edition=kind == "summit" and next_edition(head))


def _goes_nowhere_or_sits(head: Token, heads: list[Token], kind: str, place: str | None,
                          session: bool) -> bool:
    """A trip to nowhere the sentence names, or a sitting in general: no event of the
    guideline's."""
    if kind == "visit" and head.pos_ == "NOUN" and place is None and not bound_for(head) and (
            head.lemma_ in TRIP_NOUNS or any(g.lower_ == "avec" for h in heads
                                            for g in h.children)):
        return True  # `son voyage`, `la visite surprise avec l'historienne`: no one goes
        # anywhere the sentence names (a trip, a guided tour), no visit of the guideline's
    # `était en session`, `se réunit en séance`: the verb tells it if any
    return fold(head.lemma_) in SITTINGS and not working_session(head) and (not session or any(
        c.dep_ == "case" and c.lower_ == "en" for c in head.children))


class _Parties(NamedTuple):
    """The parties a trigger's sentence names before any stand-in: `names`; those named
    `outright` (not a pronoun's or a stand-in's); a summit's own name (`called`); whether
    one body sits (`session`); whether one plural group meets among itself (`among`)."""

    names: list[str]
    outright: list[str]
    called: str | None
    session: bool
    among: bool


def _parties_named(doc: Doc, art: ArticleParties, head: Token, heads: list[Token],
                   named: list[str], names: list[str], kind: str, place: str | None,
                   start: int, *, session: bool, both: bool) -> _Parties:
    """The parties the parse and the sentence name: a session's attendees, a summit's
    countries and organisations and its own name, one body meeting, one group among
    itself, a speaker's `on` (:func:`we_gather`). ``session``: whether the parse gave one
    body's session; ``both``: whether one phrase named two nations' delegations."""
    sent = head.sent
    guessed = ({n for h in heads if h.pos_ == "PRON" for n in art.names(h)} | set(named)) - {
        n for h in heads if h.pos_ != "PRON" for n in art.names(h)}
    if session or kind in {"press_conference", "summit"}:
        # attendees of a session or summit, speakers of a (joint) press conference: those
        # named in the sentence
        names += art.named_between(sent.start_char, sent.end_char, doc[start].idx)
    outright = [n for n in names if n not in guessed]  # not a pronoun's or a stand-in's
    if kind == "summit":  # and the countries and organisations taking part
        names += [e.text for e in span_ents(sent) if e.label_ in {"LOC", "ORG"}
                  and not (e.start > 0 and doc[e.start - 1].lower_ in PLACE_CASES)
                  and not (e.start > 1 and doc[e.start - 2].lower_ in PLACE_CASES)
                  and not is_nationality(e.text)]
    names = clean_parties(names, place)
    called = summit_name(head) if kind == "summit" and summit_owner(head) is None and \
        not compound_countries(head) and names else None
    names += [called] if called else []  # `le sommet mondial sur le climat`: its own name
    # beside those taking part (alone, a titled `sommet diplomatique` is no event told)
    if head.pos_ == "VERB" and head.lemma_ == "réunir" and any(
            c.lower_ in {"se", "s'"} for c in head.children) and not (
            len(names) == 1 and names[0] in art.persons):
        session = True  # `les ministres du G7 se réuniront`: one body meets (not one person)
    if any(g.lower_ == "entre" for h in heads for g in h.children) and len(heads) == 1 \
            and "Plur" in morph(heads[0], "Number"):
        session = True  # `entre les deux pays`: one phrase names both parties
    among = gathering_of(head, heads, names, art)
    session = session or both or among or presided(head)
    if (we := we_gather(head, art)) is not None:  # `« on se réunit »`, a dit X: X's side
        names, session = clean_parties([*names, we], place), True
    return _Parties(names, outright, called, session, among)


def _completed(doc: Doc, art: ArticleParties, head: Token, heads: list[Token],
               parties: _Parties, kind: str, place: str | None, start: int, end: int,
               matches: list[tuple[int, int, str]], n_match: int) -> list[str] | None:
    """The parties in the order the sentence names them (a pronoun's antecedent first),
    completed by the office that hosted and by those the sentence names standing in when
    the parse gave too few; None when still too few."""
    sent, session, called = head.sent, parties.session, parties.called
    names = list(parties.names)  # (a copy: the record stays what the sentence named)
    trigger_words = fold(doc[start:end].text)
    need = 1 if session or the_meeting_told(head) else MIN_PARTIES.get(kind, 1)
    # (`s'est joint à la réunion`: one who joins the meeting told, see `bare`)
    if len(names) < need and head.lemma_ in HOSTING and any(
            c.dep_ == "aux:pass" for c in head.children) and not any(
            h.dep_ == "obl:agent" for h in heads) and (
            host := seat_host(place, art.people, art.countries) or seat_office(head)) and \
            host not in names:
        names.append(host)  # `X a été reçu à l'Élysée`: by the holder of that office;
        # `reçus en sous-préfecture`: by that office
    where = None if place and names and fold(names[-1]) == fold(place) else place
    # (`reçus à la préfecture du Cantal`: the office is where and who received)
    names = _stand_ins(doc, art, head, heads, names, need, kind, start, matches, n_match,
                       where)
    if head.lower_ != "conseil":  # a speaker `face à la presse` is no party
        names = [n for n in names if trigger_words not in fold(n) or n == called]
    # nor the press (`interrogé par des journalistes`): one faces it, one does not meet it
    names = [n for n in names if not the_press(n)]
    if len(names) < need:
        return None
    # parties in the order the sentence names them (a pronoun's antecedent first)
    names.sort(key=sent.text.find)
    return names


def _no_event_held(doc: Doc, head: Token, start: int) -> bool:
    """Trigger words that tell no event held: a conditional, a plan only considered or
    wished, a peak, a council named in passing, sittings in general (`les séances du
    conseil`)."""
    return bool(conditional(head) or only_considered(head) or only_wished(head) or a_peak(
        head) or (head.lower_ == "conseil" and in_passing(doc, start)) or (
        fold(head.lemma_) in SITTINGS and "Plur" in morph(head, "Number")))


def _party_heads(doc: Doc, art: ArticleParties, head: Token, start: int, end: int, kind: str
                 ) -> tuple[list[Token], bool, list[str], list[Token], Token | None, str]:
    """The tokens the trigger's parse gives as its parties, and what the parse tells of
    them: (heads, a session of one body, parties named outright, guests received, the
    group gathered, the kind as that group may change it)."""
    session, named, guests = False, [], []
    group = gathered(head)
    if group is not None:
        heads, session = [group], True  # `les ministres du G7, réunis à Capri`
        if fold(group.lemma_) in SUMMIT_LEADERS and any(
                gathering_kind(t.text) == "summit" for t in group.subtree):
            kind = "summit"  # `les leaders du G7 réunis au Canada`: the G7's summit (its
            # ministers gathered hold a meeting)
    elif head.pos_ == "VERB" and (guests := received_described(head)):
        heads = guests  # `des patrons reçus à l'Élysée`: they were received
    elif head.pos_ == "VERB" and (named := invited(head, art)):
        heads = []  # `a invité X à venir à Paris`: X visits
    elif head.pos_ == "VERB":
        heads = verb_parties(head)
    else:
        heads, session, named = noun_parties(head, art)
        if verb_read_as_noun(head):  # `Donald Trump lui a téléphoné`: subject, objects
            heads += [h for h in verb_parties(head) if h not in heads]
        if kind == "phone_call" and manner(head):
            # `a échangé par téléphone avec son homologue`: the verb's parties
            heads += [h for h in verb_parties(head.head) if h not in heads]
    heads += [h for h in attendees(head) if h not in heads]  # `en présence de X`
    heads = [h for h in with_conjuncts(heads) if not start <= h.i < end]
    if kind in PAIR_TYPES:  # `des représentants d'Israël et du Hamas`: those two parties
        heads = [p for h in heads for p in (sent_by_two(h) or [h])]
    return heads, session, named, guests, group, kind


def _names_of(doc: Doc, art: ArticleParties, head: Token, heads: list[Token],
              named: list[str], start: int, kind: str) -> tuple[list[str], bool]:
    """The parties' names from their heads, and whether the article told them before
    (`leur entretien`, `entre les deux hommes`)."""
    names = [n for h in heads for n in art.names(h)] + [n for n in named if n]
    if head.pos_ == "NOUN" and kind != "visit":  # `le sommet franco-allemand`
        names += compound_countries(head)
    if kind in PAIR_TYPES:  # `X a reçu le ministre français. Jean-Noël Barrot a …`
        names = _roles_named_after(heads, names, art)
    told_before = any(art.group(h) or (h.lower_ in GROUP_OBJECT_CLITICS and h.pos_ == "PRON")
                      for h in heads)  # `entre les deux hommes`, `il les avait rencontrés`
    if head.pos_ == "NOUN" and any(c.lower_ in {"leur", "leurs"} and c.dep_ == "det"
                                   for c in head.children) and (pair := art.last_pair(
                                       doc[start].idx)):
        # `leur entretien`, `lors de leur conférence de presse`: the pair reported before
        names += [n for n in pair if n not in names]
        told_before = True
    if kind in PAIR_TYPES and len(heads) >= 2 and len(set(names)) == 1 and \
            set(names) <= art.persons and \
            sum(bool(art.person(h)) or (h.pos_ == "NOUN" and is_role(h)) for h in heads) >= 2:
        # `le président français a reçu son homologue chinois`, both descriptions read as
        # one person: the other is the article's other most named person
        names += [n for n in [art.most_named(besides=set(names))] if n]
    if kind in PAIR_TYPES and len(set(names)) == 1:
        # `X rencontrera son homologue russe`, the article naming no Russian: that
        # description is the other party
        names += [d for h in heads if h.pos_ == "NOUN" and set(art.names(h)) & {
            n for o in heads if o != h for n in art.names(o)} and (d := description(h))]
    return names, told_before


def _a_persons_name(tok: Token, art: ArticleParties) -> bool:
    """`Erdogan reçoit X à Ankara`, `Erdogan` read as a place by the recogniser: a word
    that is a name or surname of one of the article's people names that person."""
    return any(tok.text == n or tok.text == n.split()[-1]
               for p in art.people for n in p.get("names") or [p["name"]])


def _visit_to_venue(doc: Doc, art: ArticleParties, heads: list[Token], venue: Token,
                    start: int, end: int) -> dict | None:
    """`Moscou accueille la chancelière`: her visit to that place; `le Grand Palais
    accueille des visiteurs` (no party received) is nothing."""
    guests = [n for h in with_conjuncts([h for h in heads if h.dep_ == "obj"])
              if (n := art.name(h)) and (n in art.persons or art.person(h)
                                         or is_role(h))]
    if not guests:
        return None
    host = art.name(venue)
    return {"type": "visit", "participants": [*guests, host], "place": host,
            "date": None, "trigger": doc[start:end].text, "trigger_start": doc[start].idx,
            "trigger_end": doc[end - 1].idx + len(doc[end - 1])}


def _no_meeting_after_all(head: Token, heads: list[Token], names: list[str],
                          art: ArticleParties, kind: str, group: Token | None,
                          guests: list[Token], both: bool) -> bool:
    """Readings of the trigger verb or noun that tell no meeting of parties after all
    (`a reçu des critiques`, `ont échangé des tirs`, `se rendre à l'évidence`)."""
    if head.lemma_ in HOSTING and hosted_by_an_event(head):
        return True  # `la journée a accueilli de nombreux acteurs`: they attended it
    if kind == "visit" and head.lemma_ == "rendre" and not travels(head):
        return True  # `se rendre à l'évidence`, `rendre visite` (the noun reports it)
    if kind == "visit" and head.pos_ == "NOUN" and any(
            c.dep_.startswith("nmod") and c.pos_ == "NOUN" and not c.text[:1].isupper()
            and not is_party_noun(c) and any(g.lower_ in OWNER_CASES for g in c.children)
            and fold(c.lemma_) not in NOT_OWNERS for c in head.children):
        return True  # `le déplacement des séances`, `la visite des lieux`: no one travels
    if head.pos_ == "VERB" and head.lemma_ in HOSTING and (received := [
            h for h in heads if h.dep_ == "obj"]) and all(
            a_name_with_an_article(h) for h in received):
        return True  # `a reçu le Molière du meilleur texte`: a prize
    if head.pos_ == "VERB" and head.lemma_ in HOSTING and a_count_taken_in(
            head, [h for h in heads if h.dep_ in {"obj", "obl:mod"}]):
        return True  # `Le lycée accueille 900 élèves`: how many it takes in
    if head.pos_ == "VERB" and head.lemma_ in REFLEXIVE and not any(
            c.lower_ in REFLEXIVE_CLITICS for c in head.children) and not sees_someone(
            head, heads, art):
        return True  # `entretenir des relations` is no talk (`où il a vu le maire` is one)
    if head.lemma_ in SPOKEN_WITH and (head.pos_ != "VERB" or not any(
            c.lower_ in REFLEXIVE_CLITICS for c in head.children)):
        return True  # `a parlé de la crise`, `parle aux Français`, `a parlé avec des
        # habitants` (what a reporter or a witness does): no conversation of the parties
    if head.lemma_ in PARSED_ONLY and len(set(names)) < 2 and not both and not gathering_of(
            head, heads, names, art):
        return True  # `il s'est retrouvé seul`: finding oneself somewhere, meeting no one
    if head.lemma_ in TRADED and any(c.dep_ == "obj" and fold(c.lemma_) not in TIME_WORDS
                                     for c in head.children):
        return True  # `ont échangé des tirs`, `échanger des prisonniers`: things traded
    if head.lemma_ in PURPOSE_ONLY and any(c.dep_ == "mark" and fold(c.lower_) in PURPOSE_MARKS
                                           for c in head.children):
        return True  # `a rencontré X pour discuter de la crise`: that meeting's purpose
    if head.lemma_ in CALL_WORDS and not is_call(head, heads, art):
        return True
    if head.lemma_ in CONSULTING and not consults_a_person(head, heads, art):
        return True  # `consulter les citoyens par référendum`: no one met
    if not_an_envoy(head, heads):
        return True  # `convoqué par la justice`: summoned, not met
    objects = [h for h in heads if h.dep_ == "obj" and h.pos_ == "NOUN"
               and fold(h.lemma_) not in TIME_WORDS]  # `a reçu lundi X`: lundi is when
    if head.pos_ == "VERB" and head.lemma_ in NEEDS_OBJECT and any(
            fold(h.lemma_) in CALL_WORDS for h in objects):
        return True  # `X a reçu un appel de Y`: the call tells it
    # `a reçu des critiques`, `qui recevra le prix`: no party received
    return head.pos_ == "VERB" and head.lemma_ in NEEDS_OBJECT and group is None and \
        not guests and bool((
            objects and not any(
                (art.name(h) or is_role(h)) and names_someone(h, art) for h in objects)) or
            not receives_someone(head, heads, art))


def _stand_ins(doc: Doc, art: ArticleParties, head: Token, heads: list[Token],
               names: list[str], need: int, kind: str, start: int,
               matches: list[tuple[int, int, str]], n_match: int, where: str | None
               ) -> list[str]:
    """The parties when the parse gave fewer than ``need``: the people named around the
    trigger in its sentence, its subject, a quote's speaker, the next sentence's subjects,
    a handover's holders."""
    sent = head.sent
    if len(names) < need or (need == 2 and len(art.persons.intersection(names)) < 2):
        # the people named around the trigger in its sentence stand in
        nxt = [a for a, _b, _k in matches[n_match + 1:]
               if sentence_bounds(doc[a])[0] == sent.start]
        prev = [b for _a, b, _k in matches[:n_match]
                if sentence_bounds(doc[b - 1])[0] == sent.start]
        after = art.named_between(doc[start].idx, doc[nxt[0]].idx if nxt else sent.end_char)
        before = art.named_between(doc[prev[-1]].idx if prev else sent.start_char,
                                   doc[start].idx)
        narrator = [who for t in sent if t.dep_.startswith("nsubj") and t.i < start
                    and fold(t.lower_) in FIRST_PERSON and (who := art.quoting(t.idx))]
        if kind == "visit" and not names and (one := described_visitor(
                head, art) or art.nearest_named(sent.start_char, doc[start].idx, sent.end_char)):
            after, before = one, []  # one visitor: the nearest person, not all named
        names = clean_parties(names + narrator[:1] + after + before, where)
        if len(names) < need:  # `…, après son entretien avec Y`: the sentence's subject
            names = clean_parties(names + art.named_between(sent.start_char,
                                                            doc[start].idx), where)
        if len(names) < need and heads and (main := next((
                c for c in sent.root.children if c.dep_.startswith("nsubj")
                and c not in heads), None)) is not None:
            # `X débute une visite qui mêlera … aux discussions avec Y`, `devant des patrons
            # reçus à l'Élysée, X a défendu…`: the one party the parse gave meets the
            # sentence's subject, named or described
            names = clean_parties(names + art.names(main), where)
    if len(names) < need and kind == "press_conference":  # `X a laissé entendre, mardi,
        # en impromptu de presse`: the clause's subject, however deep the phrase hangs
        names = clean_parties([n for h in clause_subjects(doc[start]) for n in art.names(h)],
                              where) or clean_parties([
            q["speaker"] for q in art.quotes if q.get("speaker") and whole_sentence(sent).start_char
            <= (q.get("cue_start") or -1) < sent.end_char][:1], where)
        # (`c'est ce qu'a déclaré l'entraîneur-chef lors d'une téléconférence`, the parse
        # lost: the speaker of the quote whose cue the sentence holds)
    if len(names) < need and head.pos_ == "NOUN" and head.dep_ in {"nsubj", "nsubj:pass"}:
        # `Une rencontre a eu lieu mardi. X et Y ont …`: the event is the sentence's
        # subject, its parties the next sentence's (else the previous one's) subjects
        names = clean_parties(names + neighbour_subjects(sent, art, need - len(names)), where)
    if len(names) < need and handover(head):
        # `au fil de la passation de pouvoir`: an article telling a handover is about its
        # outgoing and incoming holders, whoever the sentence names
        while len(names) < need and (other := art.most_named(besides=set(names))):
            names.append(other)
    return names


def _named_later(art: ArticleParties, head: Token, heads: list[Token], names: list[str]
                 ) -> list[tuple[str, Token]]:
    """Objects met one after the other (`a reçu X, puis Y`): each later party with its
    sequence word."""
    if head.pos_ != "VERB":
        return []
    return [(n, g) for c in [c for h in heads if h.dep_ == "obj" for c in h.conjuncts
                              if c.i > h.i] + object_conjuncts(head, heads)
             for g in c.children if g.dep_ == "cc" and g.lower_ in SEQUENCE_WORDS
             if (n := art.name(c)) in names]


def _roles_named_after(heads: list[Token], names: list[str], art: ArticleParties) -> list[str]:
    """The parties with each role description the article leaves unresolved (its words,
    nothing, or the person another party already is: `Il s'est entretenu avec son
    homologue`) replaced by the person it names right after as a subject
    (``interaction_holders.named_after``), so the reader's party is named; the role
    nearest before that name first (`Le roi du Maroc a reçu le président mauritanien.
    Y …`: Y is the one received). Not a role the trigger's subject: `Le président du
    Sénégal a reçu A. B lui a remis …` names B, the one acting next, not the host (an
    article's opening role goes to ``ArticleParties.named_next``)."""
    for h in sorted(heads, key=lambda t: -t.i):
        if h.pos_ != "NOUN" or not is_role(h) or "Plur" in morph(h, "Number") or \
                h.dep_.startswith("nsubj"):
            continue
        own = art.names(h)
        others = {n for o in heads if o is not h for n in art.names(o)}
        if own and own[0] in art.persons and own[0] not in others:
            continue  # resolved to a person of its own
        who = named_after(h, art.person_at, art.people, art.by_country,
                          {n for n in names if n in art.persons} | {art.quoting(h.idx)},
                          frozenset(
                              q["mention_start"] for q in art.quotes
                              if q.get("speaker") and q.get("mention_start") is not None))
        if who is None:
            continue
        if own and own[0] not in art.persons:
            names = [who if n == own[0] else n for n in names]
        else:
            names.append(who)
    return names
