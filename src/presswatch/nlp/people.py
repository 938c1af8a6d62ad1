"""People mentioned in one article: names, gender, roles.

A journalist names a person fully once (`le ministre russe des Affaires étrangères, Sergueï
Lavrov`) and then uses the surname, a title (`M. Lavrov`), a role (`le chef de la diplomatie
russe`) or a pronoun. This module builds the article's people from its named mentions so that
`presswatch.nlp.speakers` can map every other mention back to a full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from presswatch.lexicon import Lexicon
from presswatch.linking.names import one_first_name, same_surname
from presswatch.nlp.docfacts import morph
from presswatch.nlp.marks import find_segments
from presswatch.nlp.name_spans import (
    NAME_PARTICLES,
    NAMED_PLACES,
    TITLE_ROLES,
    TITLES,
    demonym_after_an_adjective,
    name_tokens,
    person_spans,
)
from presswatch.nlp.name_spans import PLATFORMS as PLATFORMS  # (circumstances.py reads it here)
from presswatch.nlp.people_frames import (
    counterpart_offices,
    elliptic_offices,
    frame_words,
    handovers,
    heads_by_participle,
    predecessors,
)
from presswatch.nlp.people_roles import descriptor_tokens
from presswatch.nlp.predicate_roles import OFFICE_NOUNS, SUCCEEDING_VERBS, predicate_roles
from presswatch.nlp.role_complement_places import complement_places
from presswatch.nlp.shared_surnames import kin_inverses, shared_surname_firsts
from presswatch.textutil import doc_cache, doc_text, doc_value, fold

ARTICLES = {"le", "la", "les", "l'", "l’", "du", "des", "au", "aux"}
STOP_DESCRIPTORS = {"le", "la", "les", "l'", "de", "du", "des", "d'", "un", "une", "et", "à",
                    "au", "aux", "en", "son", "sa", "ses", "leur", "ce", "cette"}


@dataclass(slots=True)
class Person:
    """One person of the article: every written form of their name, gender, descriptors."""

    key: str  # folded surname
    names: list[str] = field(default_factory=list)
    first: str | None = None
    gender: str = ""  # "m", "f" or ""
    descriptors: set[str] = field(default_factory=set)  # lemmas of role phrases
    roles: list[str] = field(default_factory=list)  # role phrases as written
    positions: list[int] = field(default_factory=list)  # char offsets of mentions
    # each role phrase's noun and the nouns of its complement, folded lemmas: `le ministre
    # de la Défense` → (ministre, {defense}), for telling two holders of one role apart
    functions: list[tuple[str, frozenset[str]]] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        """The fullest form, preferring one whose first name is known."""
        return max(self.names, key=lambda n: (len(n.split()) > 1, len(n.split()), len(n)))


@dataclass(slots=True)
class NameMention:
    start: int  # token index
    end: int
    person: Person
    is_subject: bool
    quoted: bool = False  # inside a quotation: the speaker's words, not a referent


class People:
    """The people of one Doc, built by `build_people`."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.mentions: list[NameMention] = []
        self._by_token: dict[int, NameMention] = {}

    def mention_at(self, i: int) -> NameMention | None:
        return self._by_token.get(i)

    def add(self, m: NameMention) -> None:
        self.mentions.append(m)
        for i in range(m.start, m.end):
            self._by_token[i] = m

    def by_surname(self, surname: str, first: str | None = None, gender: str = "",
                   before: int | None = None) -> Person | None:
        key = fold(surname)
        cands = [p for p in self.persons if same_surname(p.key, key)]  # Mishustin: Michoustine
        if first:
            exact = [p for p in cands if p.first and one_first_name(p.first, first)]
            if exact:
                return exact[0]
            # another first name: a namesake, not this person (Hervé vs Wendie Renard)
            cands = [p for p in cands if not p.first]
        if gender:
            agreeing = [p for p in cands if p.gender in {gender, ""}]
            cands = agreeing or cands
        if len(cands) > 1 and before is not None:
            # the most recently mentioned before this point
            cands.sort(key=lambda p: max([x for x in p.positions if x < before], default=-1))
            return cands[-1]
        return cands[0] if cands else None


def _apposed_subject(doc: Doc, a: int, b: int) -> bool:
    """`L'actuel consultant de la radio, Hans Kraus, s'était classé …`: a name set off by
    commas after the noun phrase that opens its sentence, right before the verb, is the
    subject however the parse hung it (often on the noun phrase, the verb a parataxis)."""
    if a < 2 or b + 1 >= len(doc) or doc[a - 1].text != "," or doc[b].text != ",":
        return False
    after = doc[b + 1]
    if not (after.pos_ in {"AUX", "VERB"} or after.lower_ in {"ne", "n'", "n’", "s'", "s’",
                                                                "se", "a", "avait"}):
        return False
    lead = doc[doc[a - 1].sent.start: a - 1]
    return len(lead) > 1 and lead[0].pos_ == "DET" and \
        not any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in lead)


SUBJECT_VERB_OPENERS = frozenset({"ne", "n'", "n’", "s'", "s’", "se", "a", "avait", "est"})
"""Words that open a finite verb group the tagger may misread (`a`, `avait`)."""


def _subject_before_aside(doc: Doc, a: int, b: int) -> bool:
    """`Boko, souvent considéré comme le « bras droit » du président, a été arrêté …`: a
    name opening its sentence, then an aside set off by commas, then the verb, is the
    sentence's subject, though the parser may hang the name on the aside's participle
    (and a pronoun after it then took up someone named earlier)."""
    if b >= len(doc) or doc[b].text != "," or not (
            a == 0 or doc[a - 1].text in {".", "!", "?"} or doc[a - 1].is_space):
        return False
    close = next((k for k in range(b + 2, min(b + 25, len(doc) - 1)) if doc[k].text in ",.;:"),
                 None)
    if close is None or doc[close].text != ",":
        return False
    after = doc[close + 1]
    return not any(t.pos_ in {"VERB", "AUX"} and "Fin" in morph(t, "VerbForm")
                   for t in doc[b + 1:close]) and (
        after.lower_ in SUBJECT_VERB_OPENERS or (
            after.pos_ in {"AUX", "VERB"} and "Fin" in morph(after, "VerbForm")))


def _in_subject(token: Token) -> bool:
    """True when the name is, or sits inside, the subject of its clause. A name behind a
    preposition is a complement of the subject's noun (`le fils de Laetitia`, `Le
    programme Artemis, sœur d'Apollon, …`): the subject is someone or something else."""
    for _ in range(4):
        if any(c.dep_ == "case" for c in token.children):
            return False
        if token.dep_.startswith("nsubj"):
            return True
        if token.dep_ not in {"appos", "flat:name", "nmod", "compound", "conj"} or \
                token.head is token:
            return False
        token = token.head
    return False


def _verb_after_a_cut_name(doc: Doc, a: int, b: int) -> Token | None:
    """`Ilias` | `Koronen` | `s'est montré prudent`: a name opening its sentence that the
    parser cut into sentences of their own, right before a verb left with no subject (its
    clitics and auxiliaries between): that verb, whose subject the name is; else None."""
    if not any(doc[k].is_sent_start for k in range(a, b)):
        return None
    k = b
    while k < len(doc) and k < b + 3 and doc[k].pos_ in {"PRON", "AUX"} and \
            fold(doc[k].text) in {"s'", "se", "a", "est", "sont", "ont"}:
        k += 1
    if k >= len(doc) or doc[k].pos_ != "VERB" or k == b or \
            any(c.dep_.startswith("nsubj") for c in doc[k].children):
        return None
    return doc[k]


def _quoted(doc: Doc, i: int, segments: list,
            narration: tuple[tuple[int, int], ...] = ()) -> bool:
    """Inside a quotation (descriptions there are the speaker's, not the journalist's).
    Not a quote's own reporting words (`narration`): an incise inside quotation marks the
    press leaves open (`« A, indique le maire, Paul Roux. B »`) is the journalist's."""
    c = doc[i].idx
    if any(lo <= c < hi for lo, hi in narration):
        return False
    for s in segments:  # noqa: SIM110  (a plain loop, as spans.inside_segment)
        if s.open < c < s.outer_end:
            return True
    return False


def _fuller_name_of(people: People, words: list[str], lex: Lexicon, *,
                    titled: bool = False) -> Person | None:
    """The person already named with more words ending in `words` (`Khalid Ait Taleb`
    for `Ait Taleb`): a surname of two words, whose first word would otherwise be read as
    another first name, so as a namesake. Not when that word is a known first name:
    `Idriss Déby Itno` is the father of `Mahamat Idriss Déby Itno`, not him; unless a
    title says it is a particle (`M. Ben Salah` after `Mohamed Ben Salah`: `Ben`)."""
    first = fold(words[0].split("-")[0]) if words else ""
    if len(words) < 2 or (first in lex.first_names and not (
            titled and first in NAME_PARTICLES)):
        return None
    tail = [fold(w) for w in words]
    return next((p for p in people.persons for n in p.names
                 if len(n.split()) > len(words) and
                 [fold(w) for w in n.split()[-len(words):]] == tail), None)


def _family_name_first(people: People, word: str, a: int, doc: Doc, lex: Lexicon
                       ) -> Person | None:
    """The person named in full with `word` first, when `word` alone comes after a title
    (`M. Xi`, `le président Xi` after `Xi Jinping`): names whose family name comes first
    (Chinese, Korean, Hungarian order) keep it in short mentions, and no French title
    ever goes before a first name alone. Not a known first name (`Mme Claire` is not
    `Claire Dubois`'s usual short form, but a name of its own)."""
    if fold(word) in lex.first_names:
        return None
    titled = is_title(doc[a]) or (a > 0 and (is_title(doc[a - 1]) or
                                             lex.noun_class(doc[a - 1]) == "role"))
    if not titled:
        return None
    key = fold(word)
    named = next((p for p in people.persons if not any(fold(n.split()[-1]) == key
                                                        for n in p.names)
                  and any(len(n.split()) > 1 and fold(n.split()[0]) == key for n in p.names)),
                 None)
    if named is not None:
        return named
    full = _written_with_given_name(doc, word)
    if full is None:
        return None
    person = Person(key=key, names=[full])
    people.persons.append(person)
    return person


def _first_name_alone(people: People, word: str, a: int, doc: Doc, lex: Lexicon
                      ) -> Person | None:
    """The one person named in full with first name `word`, when `word` alone (a known
    first name) comes later untitled (`Kylian Mbala … Kylian, lui, a assuré`): sports and
    human-interest pieces go on by the first name, and it is no new person. Not after a
    title (`Mme Claire` is a name of its own), not when two people share that first name."""
    if fold(word) not in lex.first_names or is_title(doc[a]) or (
            a > 0 and (is_title(doc[a - 1]) or lex.noun_class(doc[a - 1]) == "role")):
        return None
    named = [p for p in people.persons if p.first and fold(p.first) == fold(word)]
    return named[0] if len(named) == 1 else None


def _written_with_given_name(doc: Doc, word: str) -> str | None:
    """`Wang Yi`, `Tsai Ing-wen` where the article writes `word` (`Wang`) followed by one
    capitalised word inside a sentence, after a role, a nationality or a comma, outside
    any place or organisation (the NER often misses such names after a nationality: `le
    ministre chinois Wang Yi`); None unless exactly one such completion is written."""
    text, found = doc_text(doc), set()
    for t in doc[1:-1]:
        if t.text != word or t.is_sent_start or t.whitespace_ != " " or \
                doc[t.i - 1].pos_ not in {"ADJ", "NOUN", "PUNCT"}:
            continue
        after = doc[t.i + 1]
        given = GIVEN_NAME.match(text, after.idx)
        if given is None or is_title(after) or after.pos_ not in {"PROPN", "NOUN", "X"} or \
                {t.ent_type_, after.ent_type_} & {"LOC", "ORG"}:
            continue
        found.add(f"{word} {given.group(0)}")
    return found.pop() if len(found) == 1 else None


GIVEN_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?\b")
"""A given name written after a family name: capitalised, one hyphenated part at most."""


def build_people(doc: Doc, lex: Lexicon, narration: tuple[tuple[int, int], ...] = ()
                 ) -> People:
    """Collect the article's people from its name mentions, merging surname variants.
    `narration`: the character spans of the quotes' speaker mentions, the journalist's
    words even where quotation marks enclose them."""
    people = People()
    segments = doc_cache(doc, "segments", find_segments)
    pending = shared_surname_firsts(doc, _named_persons(doc, lex), lex)  # `Anne et Pierre X`
    # full names first so that surnames alone attach to them
    for a, b, words, gender in sorted(pending, key=lambda p: -len(p[2])):
        person, first = _person_named(people, doc, a, words, gender, lex)
        name = " ".join(words)
        if name not in person.names:
            person.names.append(name)
        if gender and not person.gender:
            person.gender = gender
        if not person.gender and first:
            person.gender = lex.first_names.get(fold(first.split("-")[0]), "")
        person.positions.append(doc[a].idx)
        profession = TITLE_ROLES.get(fold(doc[a].text).rstrip(".")) \
            if doc[a].text[:1].isupper() else None
        if profession:
            person.descriptors.add(profession)
        quoted = _quoted(doc, a, segments, narration)
        groups = [] if quoted else descriptor_tokens(doc, a, b, lex)
        if not quoted:  # (`X est le maire de Lyon`, `X préside l'association`)
            said, verb_words = predicate_roles(doc, a, b, lex)
            groups += said
            person.descriptors |= verb_words | frame_words(doc, a, b)
        _add_roles(person, groups, lex)
        people.add(NameMention(a, b, person, any(_in_subject(t) for t in doc[a:b]) or
                               _apposed_subject(doc, a, b) or _subject_before_aside(doc, a, b) or
                               _verb_after_a_cut_name(doc, a, b) is not None,
                               quoted))
    people.mentions.sort(key=lambda m: m.start)
    counterpart_offices(people.persons)
    named = [(m.person, m.start, m.end) for m in people.mentions if not m.quoted]
    elliptic_offices(doc, named, lex.role_nouns)  # (`L'entraîneur de A, X, et celui de B, Y`)
    heads_by_participle(doc, named)  # (`L'association X, présidée par Y`)
    predecessors(doc, [(m.person, m.start, m.end) for m in people.mentions if not m.quoted],
                 SUCCEEDING_VERBS)
    handovers(doc, [(m.person, m.start, m.end) for m in people.mentions if not m.quoted],
              lex.role_nouns, OFFICE_NOUNS)  # (`X a cédé son écharpe de maire à Y`)
    for person in people.persons:  # (`le chirurgien X` may be `le praticien`: one way)
        own = frozenset(w for text in [*person.roles, *person.descriptors]
                        for w in re.findall(r"[\w-]+", fold(text)))
        person.descriptors |= {w for text in [*person.roles, *person.descriptors]
                               for w in lex.broader_words(fold(text), own)}
    for person in people.persons:
        if not person.gender:  # (`Ilias Koronen s'est montré prudent`: a first name
            person.gender = _agreement_gender(doc, people, person)  # the list lacks)
    kin_inverses(doc, people)  # (`X entraîne son fils Y`: X is `le père`)
    return people


GENDERS = {"Masc": "m", "Fem": "f"}
AGREEING_AUXILIARIES = frozenset({"aux:tense", "aux:pass", "cop"})
"""Dependents of a participle or an adjective through which `être` makes it agree with
the subject (`est arrivée`, `a été élue`, `s'est montré`, `est prudente`)."""


def _agreement_gender(doc: Doc, people: People, person: Person) -> str:
    """The gender a person's verbs give them when neither a title, a first name nor a role
    did: the participle or adjective that `être` makes agree with the name as subject
    (`X s'est montrée prudente` is a woman). Participles after `avoir` agree with nothing
    and say nothing; several mentions must agree."""
    said = set()
    for m in people.mentions:
        if m.person is not person or m.quoted:
            continue
        # (the parse may make the first name a root and the surname the subject, or cut
        # the name from its verb by a sentence split)
        roots = [t.head if t.dep_ == "flat:name" else t for t in doc[m.start:m.end]]
        name = next((t for t in roots if t.dep_.startswith("nsubj")), None)
        word = name.head if name is not None else _verb_after_a_cut_name(doc, m.start, m.end)
        if word is None:
            continue
        if name is None:
            name = doc[m.start]
        if word.pos_ not in {"VERB", "ADJ"} or \
                (word.pos_ == "VERB" and "Part" not in morph(word, "VerbForm")) or any(
                    c.dep_.startswith("nsubj") and c.i != name.i for c in word.children):
            continue
        if any(c.dep_ in AGREEING_AUXILIARIES and c.lemma_ == "être" for c in word.children):
            said |= {GENDERS[g] for g in morph(word, "Gender") if g in GENDERS}
    return said.pop() if len(said) == 1 else ""


def _named_persons(doc: Doc, lex: Lexicon) -> list[tuple[int, int, list[str], str]]:
    """The name spans that name a person (not `la République`, a team, an inhabitant or a
    street), each with its name's words and the gender its title or first name gives."""
    pending: list[tuple[int, int, list[str], str]] = []
    spans = doc_value(doc, "person spans", lex, lambda: person_spans(doc, lex))
    places = complement_places(doc, spans, is_title, lex.first_names)
    for a, b in spans:
        if (a, b) in places:
            continue  # (`le directeur de Pradelles, X`: Pradelles is no person)
        if a > 0 and doc[a - 1].lower_ in ARTICLES and not is_title(doc[a]):
            continue  # `la République`, `le Kremlin`: names take no article in French
            # (a title does: `le Dr Amadou Diallo`, `le professeur Li`)
        if b == a + 1 and a > 0 and doc[a - 1].pos_ == "NOUN" and \
                doc[a - 1].text.islower() and fold(doc[a - 1].lemma_) in lex.organisation_nouns:
            continue  # `le coureur de l'équipe Borelli`: the team's name, no person (a
            # full name is: `la présidente du club Anne Morel`)
        if b == a + 1 and demonym_after_an_adjective(doc, a, lex):
            continue  # `la jeune Niçoise`: an inhabitant, described
        if a > 0 and doc[a - 1].text in NAMED_PLACES:
            continue  # `sur l'avenue Christophe-Colomb`: named after someone, not them
        words, gender = name_tokens(doc, a, b)
        if not words:
            continue
        pending.append((a, b, words, gender))
    return pending


def _person_named(people: People, doc: Doc, a: int, words: list[str], gender: str,
                  lex: Lexicon) -> tuple[Person, str | None]:
    """The person a name at token `a` names: one already met under a fuller name or the
    same surname (and no other first name), else a new one added to `people`; and the
    first name this mention gives it (None after a fuller name: `M. X` adds none)."""
    surname = words[-1]
    first = words[0] if len(words) > 1 else None
    fuller = _fuller_name_of(people, words, lex, titled=is_title(doc[a]) or (
        a > 0 and is_title(doc[a - 1])))
    if fuller is not None:  # `M. Ait Taleb` after `Khalid Ait Taleb`: no first name
        person, first = fuller, None
    else:
        person = people.by_surname(surname, first, gender)
        if person is None and first is None:
            person = _family_name_first(people, surname, a, doc, lex)
        if person is None and first is None:
            person = _first_name_alone(people, surname, a, doc, lex)
    if person is None or (first and person.first and not one_first_name(person.first, first)):
        person = Person(key=fold(surname), first=first)
        people.persons.append(person)
    if first and not person.first:
        person.first = first
    return person, first


def _add_roles(person: Person, groups: list[list[Token]], lex: Lexicon) -> None:
    """What each role phrase said of the person (`groups`: its words) adds to it: the
    phrase, its descriptor words and synonyms, the function it names, and the gender its
    determiner or noun says when none is known."""
    for desc in groups:
        ordered = sorted(desc, key=lambda t: t.i)
        phrase = _as_written(ordered)
        person.roles.append(phrase)
        person.descriptors.update(fold(t.lemma_) for t in desc
                                  if t.pos_ in {"NOUN", "ADJ", "PROPN"} and
                                  fold(t.lemma_) not in STOP_DESCRIPTORS)
        person.descriptors.update(  # (`polésien` read as an adverb: an adjective)
            fold(t.text) for t in desc if t.pos_ == "ADV" and t.dep_ == "amod")
        person.descriptors.update(  # (`accusé` read as a participle: the role's form)
            fold(t.text) for t in desc if t.pos_ == "VERB" and
            lex.speaker_nouns.get(t.lower_, ("",))[0] == "role")
        person.descriptors |= lex.role_words(fold(phrase))
        function = role_function(ordered, lex)
        if function is not None:
            person.functions.append(function)
            if function[0] == "chef" and function[1]:
                # `le chef de l'État` heads the State as its president: the role
                # synonyms' noun holds the same complement (`le président du Sénat`
                # heads another body)
                person.functions += [(noun, function[1]) for noun in sorted(
                    lex.role_words(fold(phrase)) & lex.role_nouns)]
        if not person.gender:
            dets = sorted((t for t in desc if t.pos_ == "DET"), key=lambda t: t.i)
            if dets and dets[0].lower_ in {"la", "une"}:
                person.gender = "f"
            elif dets and dets[0].lower_ in {"le", "un"}:
                person.gender = "m"
            else:  # (`l'actrice X`: the elided article says nothing, the noun does)
                person.gender = _noun_gender(ordered, lex)


def _noun_gender(tokens: list[Token], lex: Lexicon) -> str:
    """`l'actrice X`, `l'entraîneur X`: the gender the speaker lexicon gives the role noun's
    written form (`-` for `ministre`: none), where an elided article says none and the
    first name is one the first-name list does not hold."""
    for t in tokens:
        if t.pos_ in {"NOUN", "PROPN"} and t.text[:1].islower():
            cls, gender = lex.speaker_nouns.get(t.lower_, ("", "-"))
            if cls == "role":
                return gender if gender in {"m", "f"} else ""
    return ""


def role_function(tokens: list[Token], lex: Lexicon) -> tuple[str, frozenset[str]] | None:
    """A role phrase's noun (the first of the speaker lexicon's roles) and the capitalised
    nouns of its complement after it, folded (`le ministre de la Défense` → ministre,
    {defense}), with their initials (`de la Banque centrale de l'Ouest` → … bco): what
    tells two holders of one role apart (initials over its adjectives too: `des Affaires
    étrangères` → ae). Lower-case complements describe rather than name
    (`le PDG de la compagnie pétrolière` may be `le PDG de TotalEnergies`) and are left out.
    None without a role noun."""
    heads = [t for t in tokens if t.pos_ in {"NOUN", "PROPN"} and lex.noun_class(t) == "role"]
    if not heads:
        return None
    head = heads[0]
    after = [t for t in sorted(tokens, key=lambda t: t.i) if t.i > head.i and
             t.pos_ in {"NOUN", "PROPN", "ADJ"} and fold(t.lemma_) not in lex.nationalities
             and fold(t.text) not in lex.nationalities]
    named = [t for t in after if t.pos_ != "ADJ" and t.text[:1].isupper()]
    nouns = {fold(t.lemma_) for t in named} | {fold(t.text) for t in named}
    if len(after) >= 2 and named:  # `des Affaires étrangères` is also `des AE`
        nouns.add(fold("".join(t.text[0] for t in after)))
    # a name opening with a capitalised article (`du groupe Les Républicains`) is also
    # its initials with the article's (`du groupe LR`)
    opening = next((t for t in tokens if t.i > head.i and t.pos_ == "DET" and
                    t.text[:1].isupper() and not t.is_sent_start), None)
    if opening is not None:
        caps = [t for t in sorted(tokens, key=lambda t: t.i) if t.i >= opening.i and
                t.text[:1].isupper() and t.pos_ in {"DET", "NOUN", "PROPN", "ADJ"}]
        if len(caps) >= 2:
            nouns.add(fold("".join(t.text[0] for t in caps)))
    return fold(head.lemma_).removeprefix("ex-"), frozenset(nouns - STOP_DESCRIPTORS)


def is_title(token: Token) -> bool:
    """`M.`, `Mme`, `Me`, `Dr` written before a name (capitalised: `me` is a pronoun)."""
    return token.text[:1].isupper() and token.lower_ in TITLES


def _as_written(tokens: list[Token]) -> str:
    """A role phrase with the article's own spacing (`le lieutenant-colonel`, `de
    Font-Romeu`, `l'histoire`), one space where the phrase skips words. The parse leaves
    a closing bracket out of the phrase (`directeur de l'Agence nationale (ANF`): the
    article's own one right after closes it, else the aside it opens is cut short and
    left out."""
    out = []
    for k, token in enumerate(tokens):
        out.append(token.text)
        if k + 1 < len(tokens) and not token.text.endswith(("'", "’")):
            out.append(token.whitespace_ if tokens[k + 1].i == token.i + 1 else " ")
    phrase = "".join(out)
    if phrase.count("(") <= phrase.count(")"):
        return phrase
    last = tokens[-1]
    if phrase.count("(") == phrase.count(")") + 1 and last.i + 1 < len(last.doc) and \
            last.doc[last.i + 1].text == ")" and not last.whitespace_:
        return phrase + ")"
    return phrase[:phrase.rfind("(")].rstrip(" ,") or phrase
