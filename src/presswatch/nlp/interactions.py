"""Interactions an article reports: meetings, calls, talks, press conferences, visits, summits.

A trigger phrase (``data/interaction_triggers.tsv``, editable) in a sentence makes a
mention. Its parties come from the parse around the trigger, as the article names them:
the subject and object of a verb (``X a reçu Y``), the ``avec`` / ``entre`` complements of a
verb or noun (``la rencontre entre X et Y``), the ``de`` complement of a summit, visit or
session (``le sommet du G20``, ``la visite de X``), the subject of the clause a noun sits in
(``X a eu un entretien avec Y``, ``lors de sa visite``), conjuncts included. A party is a
person of the article, an organisation or country the parse names, or a group noun phrase
(``les syndicats``, ``la délégation malienne``); a pronoun subject is the person last named
before its sentence. Nationalities, pronoun phrases and the meeting's own place are not
parties. When the parse gives too few parties, the people named in the sentence (and the
speakers of its quotes) stand in.

Mentions of one type sharing a party are one event (an article reports a meeting several
times); ``talks`` between the parties of a meeting it reports are that meeting. The place
is a location of the trigger's own sentence; the date the first one that sentence resolves.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import load_nationalities, load_speaker_nouns
from presswatch.nlp.dates import find_dates, resolve
from presswatch.textutil import fold

__all__ = ["MIN_PARTIES", "find_interactions", "load_triggers"]

MAX_PHRASE = 4
MIN_PARTIES = {"meeting": 2, "talks": 2, "phone_call": 2, "summit": 1, "visit": 1,
               "press_conference": 1}
"""Parties an interaction needs (a summit, a visit, a press conference may have one;
a council session is a meeting of one institution, see ``SESSION_NOUNS``)."""
SESSION_NOUNS = {"conseil", "sommet", "réunion", "assemblée", "session", "comité",
                 "commission", "conférence"}
"""Nouns whose ``de`` complement names the body that meets (``une réunion du conseil
régional``): such a meeting may have that one party."""
NOT_OWNERS = {"etat", "travail", "urgence", "presse", "courtoisie", "pouvoir", "adieu",
              "quelque", "heure", "jour", "semaine"}
"""``de`` complements that say what kind of visit or meeting it is, not whose
(``visite d'État``, ``réunion de travail``, ``passation de pouvoir``)."""
PARTY_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:agent"}
PARTY_CASES = {"avec", "entre", "par"}
OWNER_CASES = {"de", "du", "des", "d'"}
HOST_VERBS = {"avoir", "tenir", "mener", "effectuer", "organiser", "participer", "entamer",
              "poursuivre", "accorder", "commencer", "achever", "conclure", "présider",
              "accueillir", "engager", "reprendre", "donner", "faire"}
"""Verbs whose subject holds the interaction their object names (``X a eu un entretien``,
``X effectue une visite``, ``X donne une conférence de presse``)."""
CALL_WORDS = {"appel", "appeler"}
"""Call triggers that need a person called (see ``_a_call``)."""
HOSTING = {"accueillir", "recevoir"}
"""Verbs whose place subject makes a visit (`Moscou accueille X`)."""
REFLEXIVE = {"entretenir"}
"""Trigger verbs that report an interaction only in their reflexive form."""
NEEDS_OBJECT = {"recevoir", "accueillir", "rencontrer", "réunir"}
"""Trigger verbs that report an interaction only with a party as object."""
PLACE_CASES = {"à", "au", "aux", "en", "dans"}
SUBJECT_PRONOUNS = {"il", "elle"}
SALIENCE_WINDOW = 4
"""Person mentions before a pronoun searched for a subject antecedent."""
MAX_PARTY_TOKENS = 8


def load_triggers(path: Path | None = None) -> dict[tuple[str, ...], str]:
    """The trigger lexicon: word sequence (lemmas or forms, lower case) → type."""
    if path is None:
        text = resources.files("presswatch.data").joinpath(
            "interaction_triggers.tsv").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    out: dict[tuple[str, ...], str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("type\t"):
            continue
        kind, _, phrase = line.partition("\t")
        out[tuple(w.lower().replace("’", "'") for w in phrase.split())] = kind.strip()
    return out


@functools.cache
def _group_nouns() -> frozenset[str]:
    """Nouns that can head a party: roles, groups, institutions (the speaker lexicon)."""
    return frozenset(fold(lemma) for lemma in load_speaker_nouns())


@functools.cache
def _roles() -> dict[str, str]:
    """Folded noun → its class in the speaker lexicon (role, group, institution…)."""
    return {fold(lemma): cls for lemma, (cls, _g) in load_speaker_nouns().items()}


@functools.cache
def _nationalities() -> frozenset[str]:
    return load_nationalities()


def _matches(doc: Doc, triggers: dict[tuple[str, ...], str]) -> list[tuple[int, int, str]]:
    found = []
    firsts = {k[0] for k in triggers}
    words = [t.lemma_.lower().replace("’", "'") for t in doc]
    texts = [t.lower_.replace("’", "'") for t in doc]
    i = 0
    while i < len(doc):
        hit = None
        if words[i] not in firsts and texts[i] not in firsts:
            i += 1
            continue
        for n in range(MAX_PHRASE, 0, -1):
            key_l, key_t = tuple(words[i: i + n]), tuple(texts[i: i + n])
            kind = triggers.get(key_l) or triggers.get(key_t)
            if kind and len(key_l) == n:
                hit = (i, i + n, kind)
                break
        if hit:
            # verbs and nouns only: `appeler à` is not `un appel`
            if doc[hit[0]].pos_ in {"VERB", "NOUN", "PROPN", "ADP", "ADJ"}:
                found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def _conditional(tok: Token) -> bool:
    """`pourrait rencontrer`, `si X rencontrait`: possible, not held nor planned."""
    for t in (tok, tok.head):
        if "Cnd" in t.morph.get("Mood"):
            return True
        if any(c.lower_ == "si" and c.dep_ == "mark" for c in t.children):
            return True
    return False


class _Article:
    """What party finding needs of the whole article: who is named where."""

    def __init__(self, doc: Doc, people: list[dict], quotes: list[dict]) -> None:
        self.doc = doc
        self.person_at: dict[int, str] = {}
        for p in people:
            for m in p.get("mentions") or []:
                self.person_at[m] = p["name"]
        self.people = people
        self.quotes = quotes
        self.by_role = {fold(r): p["name"] for p in people for r in p.get("roles") or []}
        self.mention_starts = sorted(self.person_at)

    def person(self, tok: Token) -> str | None:
        """The person whose mention starts at ``tok`` or at a name attached to it."""
        for t in (tok, *(c for c in tok.children if c.dep_ in {"appos", "flat:name", "nmod"}
                         and c.pos_ == "PROPN")):
            if t.idx in self.person_at:
                return self.person_at[t.idx]
            for c in t.children:
                if c.dep_ == "flat:name" and c.idx in self.person_at:
                    return self.person_at[c.idx]
        if tok.ent_type_ == "PER":
            span = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
            return span.text if span is not None else None
        return None

    def antecedent(self, before: int) -> str | None:
        """The person a pronoun or role subject at character ``before`` stands for: the
        last person named as a subject before it, else the last person named."""
        earlier = [m for m in self.mention_starts if m < before]
        for m in reversed(earlier[-SALIENCE_WINDOW:]):
            span = self.doc.char_span(m, m + 1, alignment_mode="expand")
            tok = span[0] if span is not None and len(span) else None
            while tok is not None and tok.dep_ in {"flat:name", "appos"} and tok.head is not tok:
                tok = tok.head
            if tok is not None and tok.dep_.startswith("nsubj"):
                return self.person_at[m]
        return self.person_at[earlier[-1]] if earlier else None

    def named_between(self, lo: int, hi: int) -> list[str]:
        """People named, and speakers quoted, between two character offsets."""
        names = [p["name"] for p in self.people if any(lo <= m < hi for m in p["mentions"])]
        names += [q["speaker"] for q in self.quotes if q["speaker"] and q["cue_start"]
                  is not None and lo <= q["cue_start"] < hi]
        return names


def _phrase(tok: Token) -> str | None:
    """A group or institution named by a noun phrase (``les syndicats``, ``la direction de
    l'usine``, ``le Conseil des ministres``), or None when its head is no such noun."""
    if tok.pos_ == "NOUN" and fold(tok.lemma_) not in _group_nouns():
        return None
    keep = [tok]
    for c in tok.children:
        if c.dep_ in {"det", "amod", "flat:name", "fixed", "compound"}:
            keep.append(c)
        elif c.dep_ == "nmod" and any(g.lower_ in OWNER_CASES for g in c.children):
            keep += [t for t in c.subtree if t.dep_ not in {"acl", "acl:relcl", "punct"}]
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    if hi - lo + 1 > MAX_PARTY_TOKENS:
        hi = tok.i
    span = tok.doc[lo:hi + 1]
    if span[0].lower_ in {"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs"}:
        return None
    return span.text


def _name(tok: Token, art: _Article) -> str | None:
    """The party a parse head names, or None (a pronoun with no person before it, a
    nationality, a word that names no one)."""
    if tok.pos_ == "PRON":
        if tok.lower_ in SUBJECT_PRONOUNS and tok.dep_.startswith(("nsubj", "expl:subj")):
            return art.antecedent(tok.sent.start_char)
        return None
    if (who := art.person(tok)) is not None:
        return who
    if fold(tok.text).rstrip("s") in _nationalities() or \
            fold(tok.text).rstrip("es") in _nationalities():
        return None
    if tok.pos_ == "PROPN" or tok.ent_type_ in {"ORG", "LOC", "MISC"}:
        ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ in {"ORG", "LOC", "MISC", "PER"}:
            return ent.text
        return _phrase(tok) or tok.text
    phrase = _phrase(tok)
    if phrase is None:
        return None
    # `le président sortant`: the person the article gives that role; a role subject
    # the article gives no one is the person last named (`Le président français s'est
    # rendu à Kiev` after a sentence naming him)
    if (who := art.by_role.get(fold(phrase))) is not None:
        return who
    if tok.dep_.startswith("nsubj") and _roles().get(fold(tok.lemma_)) == "role" and \
            tok.doc[tok.left_edge.i].lower_ in {"le", "la", "l'"}:
        return art.antecedent(tok.sent.start_char) or phrase
    return phrase


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    out = []
    for t in toks:
        out.append(t)
        out += [c for c in t.conjuncts if c.i > t.i]
    return out


def _verb_parties(verb: Token) -> list[Token]:
    heads = []
    for c in verb.children:
        cases = {g.lower_ for g in c.children if g.dep_ == "case"}
        if c.dep_ in PARTY_DEPS or (c.dep_.startswith(("obl", "nmod")) and cases & PARTY_CASES):
            heads.append(c)
    up = verb
    for _ in range(3):  # `X devait se rendre à Y pour rencontrer Z`: X meets Z
        if any(h.dep_.startswith("nsubj") for h in heads) or up.dep_ not in {
                "xcomp", "advcl", "conj"} or up.head is up:
            break
        up = up.head
        heads += [c for c in up.children if c.dep_.startswith("nsubj") or (
            c.dep_ == "expl:subj" and c.lower_ in SUBJECT_PRONOUNS)]
    return heads


def _noun_parties(noun: Token) -> tuple[list[Token], bool]:
    """Parse heads of a noun trigger's parties, and whether one is the body it is a
    session of (``réunion du conseil``)."""
    heads, session = [], False
    owner_ok = fold(noun.lemma_) in {fold(w) for w in SESSION_NOUNS} or noun.lemma_ in {
        "visite", "sommet", "réunion", "rencontre", "entretien", "passation"}
    for c in noun.children:
        cases = {g.lower_ for g in c.children if g.dep_ == "case"}
        if c.dep_.startswith(("nmod", "obl")) and cases & PARTY_CASES:
            heads.append(c)
        elif c.dep_.startswith("nmod") and cases & OWNER_CASES and owner_ok and \
                fold(c.lemma_) not in NOT_OWNERS and not _city(c):
            heads.append(c)
            session = session or fold(noun.lemma_) in {fold(w) for w in SESSION_NOUNS}
    if len(heads) == 1 and any(g.lower_ == "entre" for g in heads[0].children) and \
            not heads[0].conjuncts:
        # `entre X et Y` where the parse hung Y on the noun itself
        heads += [c for c in noun.children if c.dep_ == "conj" and c.i > heads[0].i]
    verb = noun.head
    possessed = any(c.dep_ == "det" and c.lemma_ in {"son", "leur"} for c in noun.children)
    for _ in range(3):  # `au deuxième jour de sa visite`: the clause's subject is its owner
        if not possessed or verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    if verb is not noun and (possessed or (noun.dep_ in {"obj", "nsubj:pass"}
                                           and verb.lemma_ in HOST_VERBS)
                             or noun.dep_.startswith("obl")):
        heads += [c for c in verb.children if c.dep_.startswith("nsubj") and c is not noun]
        if noun.dep_.startswith("obl") and any(g.lower_ in {"pour", "à"}
                                               for g in noun.children):
            # `X a convié Y à une réunion`, `… a invité Y pour un entretien`
            heads += [c for c in verb.children if c.dep_ == "obj"]
    return heads, session


def _a_call(head: Token, heads: list[Token], art: _Article) -> bool:
    """`appeler` / `un appel` is a call only to or with a person, never an appeal
    (`appeler à la retenue`, `un appel à manifester`, `appeler X à démissionner`)."""
    if any(c.dep_ in {"xcomp", "ccomp", "advcl", "acl"} and c.pos_ == "VERB"
           for c in head.children):
        return False
    called = [h for h in heads if not h.dep_.startswith("nsubj")]
    if head.pos_ == "NOUN":
        called += [c for c in head.children if c.dep_.startswith("nmod") and any(
            g.lower_ == "à" for g in c.children)]
        nxt = head.doc[head.i + 1: head.i + 2]
        if len(nxt) and nxt[0].lower_ in {"avec", "à"}:  # however the parse hung it
            called += list(head.doc[head.i + 2: min(head.i + 7, head.sent.end)])
    return any(art.person(h) for h in called)


def _city(tok: Token) -> bool:
    """A location named without article (`le sommet de Lisbonne`): where, not who (a
    country takes one: `la visite de la France`)."""
    return (tok.ent_type_ == "LOC" or (tok.pos_ == "PROPN" and not tok.ent_type_)) and \
        not any(c.dep_ in {"det", "flat:name"} for c in tok.children)


def _place(sent: Span, trigger: Token) -> str | None:
    """A location of the trigger's sentence introduced by à/en/dans, nearest the trigger,
    else the city a summit or meeting is named after (`le sommet de Lisbonne`)."""
    for c in trigger.children:
        if c.dep_.startswith("nmod") and _city(c) and any(
                g.lower_ in OWNER_CASES for g in c.children):
            return next((e.text for e in sent.ents if e.start <= c.i < e.end), c.text)
    best = None
    for ent in sent.ents:
        if ent.label_ != "LOC" or ent.start == 0:
            continue
        before = trigger.doc[ent.start - 1]
        if before.lower_ in {"l'", "la", "le", "les"} and ent.start > 1:
            before = trigger.doc[ent.start - 2]
        if before.lower_ not in PLACE_CASES:
            continue
        gap = abs(ent.start - trigger.i) + (0 if ent.start > trigger.i else 3)
        if best is None or gap < best[0]:
            best = (gap, ent.text)
    return best[1] if best else None


def _head(doc: Doc, start: int, end: int) -> Token:
    """The verb or noun of a trigger phrase (``conférence de presse`` → conférence)."""
    for t in doc[start:end]:
        if t.pos_ in {"VERB", "NOUN"}:
            return t
    return doc[start]


def _clean(names: list[str], place: str | None) -> list[str]:
    """Parties once each: no place given as a party, no short form of a full name."""
    out: list[str] = []
    for n in names:
        f = fold(n)
        if not f or (place and f == fold(place)):
            continue
        last = f.split()[-1]
        if any(fold(o) == f or (fold(o).split()[-1] == last and len(o) >= len(n))
               for o in out):
            continue
        out = [o for o in out if fold(o).split()[-1] != last]
        out.append(n)
    return out


def _mention(doc: Doc, art: _Article, start: int, end: int, kind: str,
             matches: list[tuple[int, int, str]], n_match: int) -> dict | None:
    head = _head(doc, start, end)
    sent = head.sent
    if _conditional(head):
        return None
    session = False
    if head.pos_ == "VERB":
        heads = _verb_parties(head)
    else:
        heads, session = _noun_parties(head)
    heads = [h for h in _with_conjuncts(heads) if not start <= h.i < end]
    names = [n for h in heads if (n := _name(h, art))]
    participle = "Part" in head.morph.get("VerbForm") and (
        head.dep_ == "acl" or "Pres" in head.morph.get("Tense"))
    venue = next((h for h in heads if h.dep_ == "nsubj" and h.ent_type_ == "LOC"
                  and _name(h, art)), None) if head.pos_ == "VERB" else None
    if head.pos_ == "VERB" and participle:
        return None  # `une coalition réunissant des entreprises`: a description
    if venue is not None:
        # `Moscou accueille la chancelière`: her visit to that place; `le Grand Palais
        # accueille des visiteurs` (no party received) is nothing
        guests = [n for h in _with_conjuncts([h for h in heads if h.dep_ == "obj"])
                  if (n := _name(h, art)) and (art.person(h) or _roles().get(
                      fold(h.lemma_)) == "role")]
        if head.lemma_ not in HOSTING or not guests:
            return None
        host = _name(venue, art)
        return {"type": "visit", "participants": [*guests, host], "place": host,
                "date": None, "trigger": doc[start:end].text, "trigger_start": doc[start].idx,
                "trigger_end": doc[end - 1].idx + len(doc[end - 1])}
    if head.pos_ == "VERB" and head.lemma_ in REFLEXIVE and not any(
            c.lower_ in {"se", "s'", "nous", "vous"} for c in head.children):
        return None  # `entretenir des relations` is no talk
    if head.lemma_ in CALL_WORDS and not _a_call(head, heads, art):
        return None
    objects = [h for h in heads if h.dep_ == "obj" and h.pos_ == "NOUN"]
    if head.pos_ == "VERB" and head.lemma_ in NEEDS_OBJECT and objects and not any(
            _name(h, art) for h in objects):
        return None  # `a reçu des critiques`: an object that names no party
    if kind == "meeting" and head.lower_ == "conseil":  # `le Conseil des ministres`
        names.append(doc[start:end].text)
        session = True
    place = _place(sent, head)
    if session or kind in {"press_conference", "summit"}:
        # attendees of a session or summit, speakers of a (joint) press conference: those
        # named in the sentence
        names += art.named_between(sent.start_char, sent.end_char)
    if kind == "summit":  # and the countries and organisations taking part
        names += [e.text for e in sent.ents if e.label_ in {"LOC", "ORG"}
                  and not (e.start > 0 and doc[e.start - 1].lower_ in PLACE_CASES)
                  and not (e.start > 1 and doc[e.start - 2].lower_ in PLACE_CASES)
                  and fold(e.text).rstrip("s") not in _nationalities()]
    names = _clean(names, place)
    if head.pos_ == "VERB" and head.lemma_ == "réunir" and any(
            c.lower_ in {"se", "s'"} for c in head.children):
        session = True  # `les ministres du G7 se réuniront`: one body meets
    if any(g.lower_ == "entre" for h in heads for g in h.children) and len(heads) == 1 \
            and "Plur" in heads[0].morph.get("Number"):
        session = True  # `entre les deux pays`: one phrase names both parties
    need = 1 if session else MIN_PARTIES.get(kind, 1)
    persons = {p["name"] for p in art.people}
    if len(names) < need or (need == 2 and len(persons.intersection(names)) < 2):
        # the people named around the trigger in its sentence stand in
        nxt = [a for a, _b, _k in matches[n_match + 1:] if doc[a].sent.start == sent.start]
        prev = [b for _a, b, _k in matches[:n_match] if doc[b - 1].sent.start == sent.start]
        after = art.named_between(doc[start].idx, doc[nxt[0]].idx if nxt else sent.end_char)
        before = art.named_between(doc[prev[-1]].idx if prev else sent.start_char,
                                   doc[start].idx)
        names = _clean(names + after + before, place)
        if len(names) < need:  # `…, après son entretien avec Y`: the sentence's subject
            names = _clean(names + art.named_between(sent.start_char, doc[start].idx), place)
    if len(names) < need:
        return None
    # parties in the order the sentence names them (a pronoun's antecedent first)
    names.sort(key=sent.text.find)
    return {"type": kind, "participants": names, "place": place, "date": None,
            "trigger": doc[start:end].text, "trigger_start": doc[start].idx,
            "trigger_end": doc[end - 1].idx + len(doc[end - 1])}


def _same_event(a: dict, b: dict, persons: set[str]) -> bool:
    """Two mentions of one type in one article report one event: they share a party, one
    of them names no person (`les deux dirigeants se sont entretenus`), or they are
    summits (an article reports one summit). Two meetings of one person with two others
    are thus one entry: parties found around a trigger are too noisy to split on."""
    if a["type"] == "summit" or not persons.intersection(a["participants"]) or \
            not persons.intersection(b["participants"]):
        return True
    pa = {fold(n).split()[-1] for n in a["participants"]}
    pb = {fold(n).split()[-1] for n in b["participants"]}
    return bool(pa & pb)


def _merge(mentions: list[dict], persons: set[str]) -> list[dict]:
    """One entry per event: mentions of one type sharing a party are merged (keeping
    every party, the first place and date); talks between a reported meeting's parties
    are that meeting."""
    events: list[dict] = []
    for m in mentions:
        same = next((e for e in events if e["type"] == m["type"]
                     and _same_event(e, m, persons)), None)
        if same is None:
            events.append(m)
            continue
        same["participants"] = _clean(same["participants"] + m["participants"],
                                      same["place"] or m["place"])
        same["place"] = same["place"] or m["place"]
        same["date"] = same["date"] or m["date"]
    meetings = [e for e in events if e["type"] == "meeting" and len(e["participants"]) >= 2]
    return [e for e in events if not (e["type"] == "talks" and any(
        len({fold(n) for n in e["participants"]} & {fold(n) for n in m["participants"]}) >= 2
        for m in meetings))]


def find_interactions(doc: Doc, triggers: dict[tuple[str, ...], str],
                      article_date: str | None) -> list[dict]:
    """Interaction dicts: type, participants, place, date, trigger, trigger_start/end."""
    art = _Article(doc, doc._.people or [], doc._.quotes or [])
    matches = _matches(doc, triggers)
    # a call is not also a meeting: `s'est entretenu par téléphone avec`
    calls = {doc[a].sent.start for a, _b, k in matches if k == "phone_call"}
    mentions = []
    for n_match, (start, end, kind) in enumerate(matches):
        if kind in {"meeting", "talks"} and doc[start].sent.start in calls:
            continue
        ev = _mention(doc, art, start, end, kind, matches, n_match)
        if ev is None:
            continue
        for _a, _b, expr in find_dates(doc[start].sent.text):
            if day := resolve(expr, article_date):
                ev["date"] = day
                break
        mentions.append(ev)
    return _merge(mentions, {p["name"] for p in art.people})
