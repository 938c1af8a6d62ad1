"""Who takes part in an interaction: the parties a trigger's parse heads
(``nlp/interaction_heads.py``) name, as the article names them.

A party is a person of the article, an organisation or country the parse names, or a group
noun phrase (``les syndicats``, ``la délégation malienne``). Pronouns and role descriptions
(``il``, ``le président français``, ``son homologue chinois``) are resolved the way quote
speakers are (``nlp/speakers.py``: gender, salience, role words, nationality), so an
interaction and a quote of one article name one person alike; a role description that opens
an article before anyone is named is the person named next (``Le président français s'est
rendu à Kiev. … Emmanuel Macron …``). Nationalities, pronoun phrases and places are not
parties.
"""

from __future__ import annotations

import bisect
import functools
from importlib import resources

from spacy.tokens import Doc, Span, Token

from presswatch.lexicon import default_lexicon, load_speaker_nouns
from presswatch.nlp import interaction_holders as holders
from presswatch.nlp.docfacts import morph
from presswatch.nlp.interaction_nations import countries_named, is_nationality, nationalities_of
from presswatch.nlp.interaction_pronouns import described_before, not_the_quoter
from presswatch.nlp.people import build_people
from presswatch.nlp.speakers import SpeakerResolver
from presswatch.textutil import fold, span_ents

__all__ = ["FIRST_PERSON", "NOT_OWNERS", "OWNER_CASES", "SITTINGS", "SUBJECT_PRONOUNS",
           "WHEN_WORDS", "ArticleParties", "clean_parties", "description", "is_party_noun",
           "is_role"]

OWNER_CASES = {"de", "du", "des", "d'"}
SITTINGS = {"session", "seance"}
"""A body's sittings (`la séance du conseil`): held by an institution, one party is enough;
one held is singular (`les séances du conseil` are sittings in general)."""
NOT_OWNERS = {"etat", "travail", "urgence", "presse", "courtoisie", "pouvoir", "adieu",
              "quelque", "heure", "jour", "semaine", "crise", "haut", "niveau", "trois",
              "deux", "quatre", "cinq"}
"""``de`` complements that say what kind of visit or meeting it is, not whose
(``visite d'État``, ``réunion de travail``, ``passation de pouvoir``, ``réunion de crise``)."""
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
MAX_PARTY_TOKENS = 8
WHEN_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
              "demain", "matin", "soir", "aujourd'hui", "dernier", "prochain"}
"""Words that end a party's noun phrase when the parse hung a date on it."""
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
FUNCTION_WORDS = {"le", "la", "les", "l'", "un", "une", "des", "de", "du", "d'", "ce", "cet",
                  "cette", "ces", "son", "sa", "ses", "leur", "leurs", "et", "ou", "a"}
NAME_PARTS = {"flat:name", "flat", "dep"}
NAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "ben", "bin", "al", "el", "da", "dos"}
"""Lower-case words inside a name (`Ursula von der Leyen`, `Mohammed ben Salmane`)."""
CATAPHORA_CHARS = 400
"""How far after a role description opening an article its person may be named."""


@functools.cache
def _group_nouns() -> frozenset[str]:
    """Nouns that can head a party: roles, groups, institutions of the speaker lexicon
    (not its outlets and documents: `a reçu le communiqué` is no meeting)."""
    return frozenset(fold(lemma) for lemma, (cls, _g) in load_speaker_nouns().items()
                     if cls != "media") | _party_nouns()


@functools.cache
def _party_nouns() -> frozenset[str]:
    """`data/interaction_party_nouns.txt`: nouns that head a party though they seldom head
    a speaker's mention (`les partenaires sociaux`, `l'émissaire`), editable."""
    text = resources.files("presswatch.data").joinpath(
        "interaction_party_nouns.txt").read_text("utf-8")
    return frozenset(fold(w.strip()) for w in text.splitlines()
                     if w.strip() and not w.startswith("#"))


@functools.cache
def _roles() -> dict[str, str]:
    """Folded noun → its class in the speaker lexicon (role, group, institution…)."""
    return {fold(lemma): cls for lemma, (cls, _g) in load_speaker_nouns().items()}


def _heads_a_group(tok: Token) -> bool:
    """The noun's lemma, or its plural form made singular when the lemmatiser went astray
    (`parties` → `party`), is a noun that heads a party."""
    nouns = _group_nouns()
    return fold(tok.lemma_) in nouns or (
        tok.lower_.endswith("s") and fold(tok.lower_[:-1]) in nouns)


def is_party_noun(tok: Token) -> bool:
    """`les syndicats`, `la délégation`, `le ministre`: a noun that can head a party."""
    return _heads_a_group(tok)


def is_role(tok: Token) -> bool:
    """`la chancelière`, `le ministre`: a noun naming one person by their function."""
    return _roles().get(fold(tok.lemma_)) == "role"


class ArticleParties:
    """What party finding needs of the whole article: who is named where, and the
    speaker resolver that turns pronouns and role descriptions into those people."""

    def __init__(self, doc: Doc, people: list[dict], quotes: list[dict]) -> None:
        self.doc = doc
        self.person_at: dict[int, str] = {}
        people = [p for p in people if not _a_things_name(doc, p.get("mentions") or [])]
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
        """The person an object pronoun of a meeting verb stands for (`l'a reçu`)."""
        return holders.object_antecedent(pronoun, self.person_at, self.mention_starts, self.people,
                                         self.person)

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
        names += [q["speaker"] for q in self.quotes if q["speaker"] and q["cue_start"]
                  is not None and lo <= q["cue_start"] < hi
                  and fold(q.get("cue") or "") not in SOURCE_CUES]  # `selon X` reports
        return names

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
                    described_before(tok, is_role, _phrase)
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
            return _phrase(tok) if _heads_a_group(tok) else None
        if tok.pos_ == "PROPN" or (tok.ent_type_ in {"ORG", "LOC", "MISC"} and not is_role(tok)):
            ent = next((e for e in span_ents(tok.sent) if e.start <= tok.i < e.end), None)
            if ent is not None and ent.label_ in {"ORG", "LOC", "MISC", "PER"}:
                if tok.pos_ == "NOUN" and len(ent) == 1 and (whole := _phrase(tok)) and \
                        len(whole) > len(tok.text) + 4:
                    # `le Conseil communal de Daillens`, `les Etats membres de l'UE`: the
                    # recogniser kept only the capitalised common noun of the body
                    return whole
                return ent.text
            return _phrase(tok) or tok.text
        if is_role(tok) and "Plur" not in morph(tok, "Number"):
            # `le président sortant`, `son homologue chinois`: the person the article
            # describes so; else the person the article names next when it opens with it
            if (written := _apposed_name(tok)) is not None:
                # `son homologue chinois Wang Yi`: the person the name starts, else the name
                # as written (the recogniser missed it)
                return next((self.person_at[m] for m in self.mention_starts
                             if written.start_char <= m < written.end_char), written.text)
            if (who := holders.holder_of_nationality(tok, self.by_country, self.roles, True)):
                return who  # `l'opposant vénézuélien`: the one Venezuelan so described
            start, end = _role_span(tok)
            if (who := self.refers_to(start, end)) is not None and (
                    who := self._of_that_country(tok, who)) is not None:
                return who
            if tok.dep_.startswith("nsubj") and (who := self.named_next(tok.idx)):
                return who
            if (who := holders.holder_of_nationality(tok, self.by_country, self.roles)):
                return who  # `son homologue américain`: the one American the article names
        phrase = _phrase(tok)
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


def _apposed_name(role: Token) -> Span | None:
    """`son homologue chinois Wang Yi`, `la présidente de la Commission Ursula von der
    Leyen`: the name written beside a role description, which the recogniser missed (no
    person of the article): the role's proper-noun apposition, else the capitalised words
    right after the role and its adjectives; None when there are none."""
    doc = role.doc
    for c in role.children:
        if c.dep_ == "appos" and c.i > role.i and c.pos_ == "PROPN" and \
                c.text[:1].isupper() and c.ent_type_ != "LOC":
            words = [c, *(g for g in c.children if g.dep_ in NAME_PARTS)]
            return doc[c.i: max(t.i for t in words) + 1]
    start = role.i + 1
    while start < len(doc) and doc[start].dep_ == "amod" and doc[start].head == role:
        start += 1
    end = start
    while end < len(doc) and (_name_word(doc[end]) or (
            doc[end].lower_ in NAME_PARTICLES | {"-"} and end + 1 < len(doc)
            and _name_word(doc[end + 1]) and end > start)):
        end += 1
    if end == start or doc[start].ent_type_ in {"LOC", "ORG"}:
        return None
    return doc[start:end]


def _name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in {"PROPN", "X", "NOUN"} and not tok.is_punct


def _role_span(tok: Token) -> tuple[int, int]:
    """Token span of a role description: the head, its determiner and adjectives, and
    `de` complements (`le chef de la diplomatie russe`)."""
    keep = [tok]
    for c in tok.children:
        if c.dep_ in {"det", "amod", "fixed", "compound"}:
            keep.append(c)
        elif c.dep_ == "nmod" and c.pos_ != "PROPN" and any(
                g.lower_ in OWNER_CASES for g in c.children):
            keep += [t for t in c.subtree if t.dep_ not in {"acl", "acl:relcl", "punct"}]
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    return lo, min(hi + 1, tok.i + MAX_PARTY_TOKENS)


def _phrase(tok: Token) -> str | None:
    """A group or institution named by a noun phrase (``les syndicats``, ``la direction de
    l'usine``, ``le Conseil des ministres``), or None when its head is no such noun."""
    if (tok.pos_ == "NOUN" or not tok.text[:1].isupper()) and \
            not _heads_a_group(tok):
        return None
    keep = [tok]
    for c in tok.children:
        if c.dep_ in {"det", "amod", "flat:name", "fixed", "compound"}:
            keep.append(c)
            if c.dep_ == "amod":  # `les délégations russe et ukrainienne`
                keep += [t for t in c.children if t.dep_ in {"conj", "cc"} and t.pos_ in {
                    "ADJ", "CCONJ"}]
        elif c.dep_ == "conj" and c.pos_ == "ADJ":  # however the parse hung the second
            keep += [c, *(t for t in c.children if t.dep_ == "cc")]
        elif c.dep_ == "nmod" and c.i == tok.i + 1 and c.pos_ == "NOUN" and not any(
                g.dep_ == "case" for g in c.children):
            keep.append(c)  # `les États membres`, `les pays voisins` read as a noun
        elif c.dep_ == "nmod" and any(g.lower_ in OWNER_CASES for g in c.children):
            keep += [t for t in c.subtree if t.dep_ not in {"acl", "acl:relcl", "punct"}]
    lo, hi = min(t.i for t in keep), max(t.i for t in keep)
    if hi - lo + 1 > MAX_PARTY_TOKENS:  # `les représentants de la FNSEA et des Jeunes …`:
        hi = max(tok.i, lo + MAX_PARTY_TOKENS - 1)  # its first words
        while hi > tok.i and (tok.doc[hi].lower_ in FUNCTION_WORDS or tok.doc[hi].is_punct):
            hi -= 1
    stop = next((t.i for t in tok.doc[tok.i + 1: hi + 1] if _ends_phrase(t)), None)
    if stop is not None:  # `les dirigeants du G20, réunis à Rome`, `les chefs de partis à
        hi = stop - 1     # Matignon`: a clause or a place hung inside the phrase ends it
    when = next((t.i for t in tok.doc[tok.i + 1: hi + 1] if fold(t.lower_) in WHEN_WORDS), None)
    if when is not None:  # `les syndicats de policiers mardi`: the date hung on the party
        hi = when - 1
        while hi > tok.i and tok.doc[hi].lower_ in FUNCTION_WORDS:
            hi -= 1  # `du conseil de mercredi soir`: not `conseil de`
    if (cut := next((e for e in span_ents(tok.sent) if lo <= e.start <= hi < e.end - 1), None)):
        hi = cut.end - 1  # `du conseil de Attijari Al-Wafa`: a name the parse cut, read whole
    span = tok.doc[lo:hi + 1]
    if span[0].lower_ in {"ce", "cet", "cette", "ces"} or (
            span[0].lower_ in POSSESSIVES and not _identifying(tok, hi) and (
                is_role(tok) or "Plur" not in morph(tok, "Number"))):
        return None  # `son homologue`: whom the article does not say (but `ses
        # administrés`, `ses citoyens`: a group of the subject's own, named by its noun)
    if (named := _apposed_body(tok)) is not None and named.start > hi:
        return f"{span.text}, {named.text}"  # `le propriétaire du journal, Lagardère,`
    return span.text


def _apposed_body(tok: Token) -> Span | None:
    """`le propriétaire du journal, Lagardère, discute`: the proper name set off by
    commas beside a group or institution noun, which says who that party is (a role's
    name is its person's, found by the resolver)."""
    if is_role(tok):
        return None
    doc = tok.doc
    for c in tok.children:
        if c.dep_ in {"appos", "nmod"} and c.i > tok.i + 1 and c.pos_ == "PROPN" and \
                doc[c.i - 1].text == "," and not any(g.dep_ == "case" for g in c.children):
            end = max([c.i, *(g.i for g in c.children if g.dep_ in NAME_PARTS)]) + 1
            if end >= len(doc) or doc[end].is_punct:
                return doc[c.i:end]
    return None


def description(tok: Token) -> str | None:
    """The words of a role description that says whom it means (`son homologue russe`,
    `le pape`, `la reine`: a definite article takes its holder as known), for when the
    person the resolver chose for it is already another party."""
    definite = is_role(tok) and "Plur" not in morph(tok, "Number") and any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)
    return _phrase(tok) if definite or _identifying(tok, len(tok.doc)) else None


DEFINITE = {"le", "la", "l'", "l’"}
"""Articles by which a role names the one holder the reader knows (`a rencontré le pape`)."""


def _identifying(tok: Token, hi: int) -> bool:
    """`son homologue chinois`, `leurs homologues marocains`, `son homologue de la
    Défense`: a role description that says whom it means (a nationality or a `de`
    complement) though the article names no holder; the reader's party is that
    description."""
    return is_role(tok) and any(
        (c.dep_ == "amod" and is_nationality(c.text)) or (
            c.dep_ == "nmod" and any(g.lower_ in OWNER_CASES for g in c.children))
        for c in tok.children if c.i <= hi)


def _ends_phrase(tok: Token) -> bool:
    """A comma, the start of a clause, or a place after à/en/dans: where a party's noun
    phrase stops however the parse hung what follows."""
    return tok.is_punct or tok.dep_ in {"acl", "acl:relcl"} or (
        tok.dep_ == "case" and tok.lower_ in {"à", "au", "aux", "en", "dans"}
        and tok.head.ent_type_ == "LOC")


def clean_parties(names: list[str], place: str | None) -> list[str]:
    """Parties once each: no place given as a party, no short form of a full name."""
    out: list[str] = []
    for n in (n.strip(' «»"“”') for n in names):  # `le Premier ministre »`: a quote's end
        f = fold(n)
        if not f or (place and f == fold(place)) or set(f.split()) <= FUNCTION_WORDS:
            continue  # `Le` cut from `Le roi` by the recogniser names no one
        last = f.split()[-1]
        if any(fold(o) == f or (fold(o).split()[-1] == last and len(o) >= len(n))
               for o in out):
            continue
        out = [o for o in out if fold(o).split()[-1] != last]
        out.append(n)
    return out
