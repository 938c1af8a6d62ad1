"""Who takes part in an interaction: the parties a trigger's parse heads
(``nlp/interaction_heads.py``) name, as the article names them.

A party is a person of the article, an organisation or country the parse names, or a group
noun phrase (``les syndicats``, ``la délégation malienne``). Pronouns and role descriptions
(``il``, ``le président français``, ``son homologue chinois``) are resolved the way quote
speakers are (``nlp/speakers.py``: gender, salience, role words, nationality), so an
interaction and a quote of one article name one person alike; a role description that opens
an article before anyone is named is the person named next (``Le président français s'est
rendu à Kiev. … Emmanuel Macron …``). Nationalities, pronoun phrases and places are not
parties. The words of a party's phrase, and which nouns can head one, are
``nlp/interaction_phrases.py``'s.
"""

from __future__ import annotations

import bisect
import functools

from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import default_lexicon
from presswatch.nlp import interaction_holders as holders
from presswatch.nlp.docfacts import morph
from presswatch.nlp.interaction_nations import countries_named, is_nationality, nationalities_of
from presswatch.nlp.interaction_phrases import (
    OWNER_CASES,
    apposed_name,
    is_party_noun,
    is_role,
    party_phrase,
    role_span,
)
from presswatch.nlp.interaction_pronouns import described_before, not_the_quoter
from presswatch.nlp.people import build_people
from presswatch.nlp.speakers import SpeakerResolver
from presswatch.textutil import fold, span_ents

__all__ = ["FIRST_PERSON", "SITTINGS", "SUBJECT_PRONOUNS", "ArticleParties"]

SITTINGS = {"session", "seance"}
"""A body's sittings (`la séance du conseil`): held by an institution, one party is enough;
one held is singular (`les séances du conseil` are sittings in general)."""
SUBJECT_PRONOUNS = {"il", "elle"}
GROUP_PRONOUNS = {"ils", "elles"}
FIRST_PERSON = {"je", "j'", "nous", "moi"}
"""Pronouns that, inside a quote, are its speaker."""
PAIR_PERSON_NOUNS = {"homme", "femme", "dirigeant", "ministre", "president", "presidente",
                     "chef", "responsable", "leader", "homologue", "diplomate", "interlocuteur",
                     "dirigeante", "ministres", "chancelier", "premier"}
PAIR_COUNTRY_NOUNS = {"pays", "nation", "capitale", "etat", "voisin", "puissance"}
"""`les deux hommes`, `les deux pays`: a pair named earlier, by the head noun's kind."""
THING_KINDS = {"epidemie", "virus", "maladie", "variant", "pandemie", "tempete", "ouragan",
               "cyclone", "typhon", "depression", "operation", "affaire", "loi", "prix",
               "trophee", "plan", "rapport", "fondation", "stade", "rue", "avenue", "boulevard",
               "place", "lycee", "college", "ecole", "hopital", "aeroport", "navire",
               "porte-avions"}
"""Kinds of things named after a name (`l'épidémie d'Ebola`, `la loi Veil`, `le stade
Pierre-Mauroy`): a name only so used is no party."""
SOURCE_CUES = {"selon", "d'apres", "d’apres", "pour", "de source"}
"""Cues of a source that reports the event (`selon la présidence`): not one who took part."""
QUANTITY_NOUNS = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "centaine",
                  "millier", "plupart", "majorite", "poignee"}
"""Nouns that count the party their `de` complement names (`une dizaine de dirigeants`)."""
GROUP_SENTENCES = 2
"""How many sentences before a plural reference (`ils`, `les deux hommes`) its members
are looked for."""
CATAPHORA_CHARS = 400
"""How far after a role description opening an article its person may be named."""


class ArticleParties:
    """What party finding needs of the whole article: who is named where, and the
    speaker resolver that turns pronouns and role descriptions into those people."""

    def __init__(self, doc: Doc, people: list[dict], quotes: list[dict]) -> None:
        self.doc = doc
        self.person_at: dict[int, str] = {}
        people = [p for p in people if not _a_things_name(doc, p.get("mentions") or [])
                  and not a_places_name(doc, p.get("mentions") or [])]
        for p in people:
            for m in p.get("mentions") or []:
                self.person_at[m] = p["name"]
        self.people = people
        self.quotes = quotes
        self.persons = {p["name"] for p in people}
        self.roles = {p["name"]: p.get("roles") or [] for p in people}
        self.by_role = {fold(r): p["name"] for p in people for r in self.roles[p["name"]]}
        self.mention_starts = sorted(self.person_at)
        self.pairs: list[tuple[int, list[str]]] = []
        """(character offset, persons) of the contacts found so far, in text order."""
        self._resolver: SpeakerResolver | None = None

    @property
    def resolver(self) -> SpeakerResolver:
        """Built on first use: most articles name their parties outright."""
        if self._resolver is None:
            lex = default_lexicon()
            self._resolver = SpeakerResolver(self.doc, build_people(self.doc, lex), lex)
            gender = {p["name"]: p.get("gender") or "" for p in self.people}
            for q in sorted(self.quotes, key=lambda q: q["mention_start"] or -1):
                if q.get("speaker") and q.get("mention_start") is not None and \
                        q.get("parent") is None:
                    self._resolver.note_speaker(q["mention_start"], q["speaker"],
                                                gender.get(q["speaker"], ""),
                                                q["speaker"] in self.persons)
        return self._resolver

    def person(self, tok: Token) -> str | None:
        """The person whose mention starts at ``tok`` or at a name attached to it."""
        for t in (tok, *(c for c in tok.children if c.dep_ in {"appos", "flat:name", "nmod",
                                                               "amod"}
                         and (c.pos_ == "PROPN" or c.ent_type_ == "PER"))):
            # `le prince héritier saoudien Mohammed ben Salmane`: the name the tagger read
            # as a common noun (or the parser as an adjective: `du président français
            # Emmanuel Macron`) still names the person
            if t.idx in self.person_at:
                return self.person_at[t.idx]
            for c in t.children:
                if c.dep_ == "flat:name" and c.idx in self.person_at:
                    return self.person_at[c.idx]
        k = tok.i
        while k > 0 and tok.doc[k - 1].pos_ == "PROPN" and \
                tok.doc[k - 1].text[:1].isupper() and "\n" not in tok.doc[k - 1].whitespace_:
            # (the parse may begin a sentence inside the name: not ``tok.sent``'s bounds)
            k -= 1
            if tok.doc[k].idx in self.person_at:
                return self.person_at[tok.doc[k].idx]  # `Wang Yi`, the parse's head on
                # `Yi`: the person whose name starts on a capitalised word before it
        if tok.ent_type_ == "PER":
            span = next((e for e in span_ents(tok.sent) if e.start <= tok.i < e.end), None)
            return span.text if span is not None else None
        return None

    def refers_to(self, start: int, end: int) -> str | None:
        """The article's person a pronoun or role description (tokens ``start:end``)
        stands for, or None."""
        try:
            who, _gender, is_person = self.resolver.resolve((start, end))
        except (IndexError, ValueError):  # a parse the resolver cannot read
            return None
        return who if is_person and who in self.persons else None

    @functools.cached_property
    def countries(self) -> dict[str, set[str]]:
        """Person → the countries the article ties them to (``nationalities_of``)."""
        return nationalities_of(self.doc, self.people, self.quotes)

    @functools.cached_property
    def by_country(self) -> dict[str, set[str]]:
        """Person → folded countries, from their nationality and their roles."""
        return holders.country_people(self.people, self.countries)

    def _object_of(self, pronoun: Token) -> str | None:
        """The person an object pronoun of a meeting verb stands for (`l'a reçu`), or the
        group a plural one does (`les avait rencontrés`)."""
        return holders.object_antecedent(pronoun, self.person_at, self.mention_starts,
                                         self.people, self.person) or \
            holders.group_antecedent(pronoun, party_phrase)

    def _of_that_country(self, role: Token, who: str) -> str | None:
        """``who``, the person a role description was resolved to, unless the role's
        nationality contradicts what the article says of them (`le président français`
        resolved to the one it calls `le président chinois`): then the person of that
        country, else the most named person the article ties to no other country."""
        said = countries_named(role)
        known = self.countries.get(who)
        if not said or not known or said & known:
            return who
        others = [p for p in self.persons if p != who and self.countries.get(p, said) & said]
        exact = [p for p in others if p in self.countries]
        if len(exact) == 1:
            return exact[0]
        return self.most_named(besides=self.persons - set(others)) if others else None

    def antecedent(self, before: int) -> str | None:
        """The last person named as a subject before character ``before``, else the last
        person named."""
        earlier = [m for m in self.mention_starts if m < before]
        for m in reversed(earlier[-4:]):
            if holders.subject_at(self.doc, m):
                return self.person_at[m]
        return self.person_at[earlier[-1]] if earlier else None

    def named_next(self, after: int) -> str | None:
        """The person named next that a role description opening the article stands for
        (``holders.named_later``), within ``CATAPHORA_CHARS``."""
        return holders.named_later(self.doc, after, self.person_at, self.mention_starts,
                                   CATAPHORA_CHARS)

    def named_between(self, lo: int, hi: int, trigger: int | None = None) -> list[str]:
        """People named, and speakers quoted, between two character offsets; given the
        ``trigger``'s offset, not those named only inside what a quote says (`a annoncé
        qu'il ne reconnaîtrait pas la victoire de X` names X, who holds no press
        conference), unless that quote holds the trigger too (its span is then no guide)."""
        names = [p["name"] for p in self.people if any(
            lo <= m < hi and (trigger is None or not self._quoted_apart(m, trigger))
            for m in p["mentions"])]
        names += [party for q in self.quotes if q["speaker"] and q["cue_start"]
                  is not None and lo <= q["cue_start"] < hi
                  and fold(q.get("cue") or "") not in SOURCE_CUES  # `selon X` reports
                  for party in self._parties_of(q["speaker"])]
        return names

    def _parties_of(self, speaker: str) -> list[str]:
        """A joint speaker (`A et B ont annoncé …`, resolved as `A et B`) is two parties
        when both are people of the article; any other speaker is one."""
        parts = speaker.split(" et ")
        return parts if len(parts) > 1 and all(p in self.persons for p in parts) \
            else [speaker]

    def most_named(self, besides: set[str]) -> str | None:
        """The article's person named most often (mentions and quotes), other than
        ``besides``."""
        count = {p["name"]: len(p.get("mentions") or []) for p in self.people
                 if p["name"] not in besides}
        for q in self.quotes:
            if q.get("speaker") in count:
                count[q["speaker"]] += 1
        return max(count, key=lambda n: (count[n], n)) if count else None

    def quoting(self, at: int) -> str | None:
        """The speaker of the quote holding character ``at`` (`« J'ai parlé à X au
        téléphone », a dit Y`: `je` is Y)."""
        return next((q["speaker"] for q in self.quotes if q.get("speaker") and
                     q.get("start") is not None and q["start"] <= at < q["end"]), None)

    def _quoted_apart(self, at: int, trigger: int) -> bool:
        """Character ``at`` lies in a quote's span that does not hold ``trigger``."""
        return any(q.get("start") is not None and q["start"] <= at < q["end"]
                   and not q["start"] <= trigger < q["end"] for q in self.quotes)

    def nearest_named(self, lo: int, at: int, hi: int) -> list[str]:
        """The person named as a subject last before character ``at`` (from ``lo``), else
        named last before it, else first after it (up to ``hi``): one visitor, not everyone
        the sentence names (`X a déclaré … l'épidémie d'Ebola …, où il a effectué une
        visite`: X)."""
        before = [m for m in self.mention_starts if lo <= m < at]
        after = [m for m in self.mention_starts if at <= m < hi]
        subjects = [m for m in before if self._subject_at(m)]
        pick = subjects[-1:] or before[-1:] or after[:1]
        return [self.person_at[m] for m in pick]

    def _subject_at(self, at: int) -> bool:
        """The name starting at character ``at`` is (in apposition to) a subject."""
        return holders.subject_at(self.doc, at)

    def speaker_of_cue(self, verb: Token) -> str | None:
        """The speaker of the quote whose reporting verb is ``verb`` (`a déclaré X à
        l'issue de pourparlers`: X held them)."""
        for q in self.quotes:
            if q.get("speaker") and q.get("cue_start") is not None and \
                    verb.idx <= q["cue_start"] < verb.idx + len(verb):
                return q["speaker"]
        return None

    @functools.cached_property
    def sentences(self) -> list[Span]:
        """The article's sentences, listed once (plural references look back through
        them)."""
        return list(self.doc.sents)

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def last_pair(self, before: int) -> list[str]:
        """The persons of the last contact reported before character ``before`` (`leur
        entretien`, `les deux hommes`: an article tells one contact at a time)."""
        met = [who for at, who in self.pairs if at < before]
        return met[-1] if met else []

    def names(self, tok: Token) -> list[str]:
        """The parties a parse head names: one, or the members of a pair or group it
        refers back to (`les deux hommes`, `ils`), or none."""
        members = self.group(tok)
        if members:
            return members
        one = self.name(tok)
        return [one] if one else []

    def group(self, tok: Token) -> list[str]:
        """The pair a plural reference stands for: `les deux hommes` / `les deux
        dirigeants` / a subject `ils` are the persons of the contact the article reported
        last, else those named in the sentence before it and the ones just before (the
        last two when more), `les deux pays` the
        last two countries or capitals named there. Empty when the article named fewer than
        two before it, or the phrase is no such reference."""
        doc = tok.doc
        if tok.pos_ == "PRON":
            if tok.lower_ not in GROUP_PRONOUNS or not tok.dep_.startswith(
                    ("nsubj", "expl:subj")):
                return []
            kind = "person"
        else:
            plural = any(c.lower_ in {"les", "ces", "des"} for c in tok.children)
            pair = plural and any(c.lower_ == "deux" for c in tok.children)
            if plural and not pair and "Plur" in morph(tok, "Number") and is_role(tok):
                # `les chefs de la diplomatie américaine et russe`: one role, two countries
                pair = any(t.dep_ == "conj" and t.pos_ == "ADJ"
                           and is_nationality(t.text) for t in tok.subtree)
            if not pair:
                return []
            head = fold(tok.lemma_)
            if head in PAIR_COUNTRY_NOUNS:
                kind = "country"
            elif head in PAIR_PERSON_NOUNS or is_role(tok):
                kind = "person"
            else:
                return []
        sents = self.sentences
        here = bisect.bisect_right(self.sentence_starts, tok.i) - 1
        lo = sents[max(0, here - GROUP_SENTENCES)].start_char
        hi = doc[tok.i].idx
        if kind == "person":
            if met := self.last_pair(hi):  # the parties of the contact reported last
                return met
            seen = [self.person_at[m] for m in self.mention_starts if lo <= m < hi]
        else:
            seen = [e.text for s in sents[max(0, here - GROUP_SENTENCES): here + 1]
                    for e in span_ents(s) if e.label_ == "LOC" and lo <= e.start_char < hi
                    and not is_nationality(e.text)]
        distinct: list[str] = []
        for who in reversed(seen):
            if who not in distinct:
                distinct.append(who)
        if tok.pos_ == "PRON" and len(distinct) > 2:
            return []  # `ils` after three or more people: a group the parse cannot tell
        return distinct[:2][::-1] if len(distinct) >= 2 else []

    def name(self, tok: Token) -> str | None:
        """The party a parse head names, or None (a pronoun with no person before it, a
        nationality, a word that names no one)."""
        if tok.pos_ == "PRON" and not (tok.ent_type_ and tok.text[:1].isupper()):
            if tok.lower_ == "qui" and tok.dep_.startswith("nsubj") and \
                    tok.head.dep_ == "acl:relcl" and tok.head.head.i < tok.i:
                # `le président ukrainien, qui effectue une visite`: the relative's antecedent
                return self.name(tok.head.head)
            if tok.lower_ in SUBJECT_PRONOUNS and tok.dep_.startswith(("nsubj", "expl:subj")):
                who = self.refers_to(tok.i, tok.i + 1) or self.antecedent(tok.sent.start_char)
                return not_the_quoter(tok, who, self.quotes, self.name, is_role) if who else \
                    described_before(tok, is_role, party_phrase)
            if fold(tok.lower_) in FIRST_PERSON:
                return self.quoting(tok.idx)
            return self._object_of(tok)
        if (who := self.person(tok)) is not None:
            return who
        if fold(tok.lemma_) in QUANTITY_NOUNS and (of := next((
                c for c in tok.children if c.dep_ == "nmod" and any(
                    g.lower_ in OWNER_CASES for g in c.children)), None)) is not None:
            return self.name(of)  # `une dizaine de dirigeants européens`: those leaders
        if is_nationality(tok.text):
            return None
        if not tok.text[:1].isupper() and (tok.pos_ != "NOUN" or len(tok) < 4):
            # `pour les accueillir`, `syndicats` read as a name: a lower-case word names a
            # party only as a group noun
            return party_phrase(tok) if is_party_noun(tok) else None
        if tok.pos_ == "PROPN" or (tok.ent_type_ in {"ORG", "LOC", "MISC"} and not is_role(tok)):
            ent = next((e for e in span_ents(tok.sent) if e.start <= tok.i < e.end), None)
            if ent is not None and ent.label_ in {"ORG", "LOC", "MISC", "PER"}:
                if tok.pos_ == "NOUN" and len(ent) == 1 and (whole := party_phrase(tok)) and \
                        len(whole) > len(tok.text) + 4:
                    # `le Conseil communal de Daillens`, `les Etats membres de l'UE`: the
                    # recogniser kept only the capitalised common noun of the body
                    return whole
                return ent.text
            return party_phrase(tok) or tok.text
        if is_role(tok) and "Plur" not in morph(tok, "Number"):
            # `le président sortant`, `son homologue chinois`: the person the article
            # describes so; else the person the article names next when it opens with it
            if (written := apposed_name(tok)) is not None:
                # `son homologue chinois Wang Yi`: the person the name starts, else the name
                # as written (the recogniser missed it)
                return next((self.person_at[m] for m in self.mention_starts
                             if written.start_char <= m < written.end_char), written.text)
            if (who := holders.holder_of_nationality(tok, self.by_country, self.roles, True)):
                return who  # `l'opposant vénézuélien`: the one Venezuelan so described
            start, end = role_span(tok)
            if (who := self.refers_to(start, end)) is not None and (
                    who := self._of_that_country(tok, who)) is not None:
                return who
            if tok.dep_.startswith("nsubj") and (who := self.named_next(tok.idx)):
                return who
            if (who := holders.holder_of_nationality(tok, self.by_country, self.roles)):
                return who  # `son homologue américain`: the one American the article names
        phrase = party_phrase(tok)
        if phrase is None:
            return None
        return self.by_role.get(fold(phrase), phrase)


def _a_things_name(doc: Doc, mentions: list[int]) -> bool:
    """Every mention of a "person" names a thing after its kind (`l'épidémie d'Ebola`,
    `le virus Ebola`, `la tempête Ciaran`): no party, no stand-in."""
    heads = []
    for m in mentions:
        span = doc.char_span(m, m + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span[0]
        while tok.dep_ == "flat:name" and tok.head is not tok:
            tok = tok.head
        heads.append(tok.head if tok.dep_ in {"nmod", "appos"} else tok)
    return bool(heads) and all(h.pos_ == "NOUN" and fold(h.lemma_) in THING_KINDS
                               for h in heads)


WHEN_BEFORE_PLACE = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
                     "matin", "soir", "midi", "veille", "lendemain", "hier", "aujourd'hui"}
"""Time words that `à` + a place follows (`dimanche à Kelmar`, `mardi soir à Dellac`)."""


def a_places_name(doc: Doc, mentions: list[int]) -> bool:
    """Every mention of a "person" is one word after `<time word> à` (`dimanche à Kelmar`,
    `en visite mardi à Dellac`): a town the recogniser took for a surname, no party and no
    antecedent of a pronoun (a person is met `à` no one after a weekday)."""
    if not mentions:
        return False
    for m in mentions:
        span = doc.char_span(m, m + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span[0]
        if tok.i < 2 or any(c.dep_ == "flat:name" for c in tok.children) or \
                tok.dep_ == "flat:name" or doc[tok.i - 1].lower_ != "à" or \
                fold(doc[tok.i - 2].lower_) not in WHEN_BEFORE_PLACE:
            return False
    return True

